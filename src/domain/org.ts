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
  /** 重点企业 on the bureau's list: 送法入企 aims to reach every one each year (第2条). */
  key?: boolean;
  /** 监督执法正面清单; validity dates are inclusive YYYY-MM-DD, open when absent. */
  positiveList: boolean;
  positiveListFrom?: string;
  positiveListTo?: string;
  /** 发现重大环境问题 (第11条): raises the yearly cap. */
  majorProblem?: boolean;
  /** 规模以上工业企业 and the like, as the quiet-period notices name them; absent when not recorded. */
  categories?: string[];
}

export type QuietScope = 'citywide' | 'county' | 'enterprises';

/** Days of each month, inclusive; `fromDay` after `toDay` runs over the month's end. */
export interface MonthlyDays {
  fromDay: number;
  toDay: number;
}

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export interface WeeklyDays {
  days: number[];
}

export interface DayRange {
  from: string;
  to: string;
}

/**
 * A 企业安静期 as a government notice sets it. Without `monthly`, `weekly` or `ranges` the period
 * is every day from `from` to `to` (the original one-range form); with one of them, `from`/`to`
 * bound its validity and may be left open.
 */
export interface QuietPeriod {
  /** Stable reference for other systems; the file's own, else its position in the file. */
  id?: string;
  jurisdiction: string;
  scope: QuietScope;
  /** Enterprise names or USCCs, for scope `enterprises`. */
  enterprises?: string[];
  from?: string;
  to?: string;
  monthly?: MonthlyDays;
  weekly?: WeeklyDays;
  ranges?: DayRange[];
  /** Only enterprises of these categories; every enterprise when absent. */
  categories?: string[];
  /** The cases the notice lets inspectors still enter, in its own words. */
  exemptions?: string[];
  basis: string;
}

/** 「潞城分局」 for 「长治市生态环境局潞城分局」: how chat answers name a unit of the bureau. */
export function shortUnitName(name: string): string {
  return name.replace(/^长治市生态环境局/, '');
}
