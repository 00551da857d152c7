/** The organisation directory as the domain sees it: plain data, no storage concerns. */

export type Level = 'city' | 'county';
export type UnitKind = 'section' | 'branch';

export interface Person {
  id: string;
  name: string;
  title: string;
  openId: string;
}

export interface Unit {
  id: string;
  name: string;
  kind: UnitKind;
  level: Level;
  /** Person id of the unit's head (承办机构负责人 / 分局主要负责人). */
  head: string;
  /** Person id of the 分管局长; city sections only. */
  supervisor?: string;
  /** County or district a branch covers, e.g. 潞城区. */
  county?: string;
  /** Person ids of the members other than the head. */
  members: string[];
  /** Person ids marked as enforcement officers (双随机 pools); defaults to members. */
  officers?: string[];
}

export interface Directory {
  bureau: string;
  /** Person id of the 局长 (市级生态环境主管部门主要负责人). */
  director: string;
  people: Person[];
  units: Unit[];
  /** Person ids of the bot's administrators (imports, upkeep, warnings). */
  admins?: string[];
}

export interface Enterprise {
  name: string;
  /** 统一社会信用代码 */
  uscc: string;
  shortName?: string;
  county: string;
  industry: string;
  keyPolluter: boolean;
  /** 监督执法正面清单; validity dates are inclusive YYYY-MM-DD, open when absent. */
  positiveList: boolean;
  positiveListFrom?: string;
  positiveListTo?: string;
  /** 发现重大环境问题 (第11条): raises the yearly cap. */
  majorProblem?: boolean;
}

export type QuietScope = 'citywide' | 'county' | 'enterprises';

export interface QuietPeriod {
  jurisdiction: string;
  scope: QuietScope;
  /** Enterprise names or USCCs, for scope `enterprises`. */
  enterprises?: string[];
  from: string;
  to: string;
  basis: string;
}
