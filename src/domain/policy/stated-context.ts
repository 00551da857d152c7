import type { ClauseId } from '../clauses.js';
import { clauseTag } from './case-lines.js';

/**
 * Background an officer states beside the ask (「正面清单上的企业」「安静期里」「举报来的」「专项里」):
 * each fact belongs to a clause of its own, which decides the fact but seldom what is asked. The
 * answer leads with the asked clause and names each such fact beside its clause.
 */
export interface StatedFact {
  /** The officer's words for the fact, as written. */
  word: string;
  clause: ClauseId;
  /** What the clause says of the fact, short, naming the fact in the officer's words. */
  line: string;
}

interface Family {
  pattern: RegExp;
  clause: ClauseId;
  line: (word: string) => string;
  /** Words of an ask that this clause itself answers: the fact is then what is asked. */
  ownAsk: RegExp;
  /** Leads under which the fact is no background but the matter itself (举报 as a clue's source on the form). */
  skipUnder?: readonly ClauseId[];
  /** Clauses that share the fact's words, which word overlap may choose for it (首违不罚 and 免罚不免责). */
  near?: readonly ClauseId[];
}

const FAMILIES: readonly Family[] = [
  {
    pattern: /监督执法正面清单|正面清单|白名单|守法模范企业/,
    clause: '9',
    line: (word) => `${word}企业的正向激励为减少、免除现场检查`,
    ownAsk: /现场|减少|免除|免检|少查|不查|不去|列入|列进|筛选|管理办法|移出|拿掉|名单上/,
  },
  {
    pattern: /企业安静期|安静期/,
    clause: '10',
    line: (word) => `${word}内确需现场检查的，须报请本级行政执法主体主要负责人批准`,
    ownAsk: /安静期|批|签|能(?:不能)?去|进厂|现场|几号|哪天|日期|时间/,
  },
  {
    pattern: /专项(?:执法)?检查|专项/,
    clause: '4',
    line: (word) => `${word}须聚焦环境风险突出的领域，严格限定检查内容和时间周期`,
    ownAsk: /专项|全覆盖|无差别|都查|一遍|所有|全部|挨个|一家不落|延长|扩大|周期|备案|公开|批|签|检查方案/,
  },
  {
    pattern: /不受频次(?:上限)?(?:限制)?|频次上限/,
    clause: '3',
    line: (word) =>
      `因投诉举报、转办交办、数据监测等线索或应企业申请实施的检查，${word.startsWith('不受') ? word : `不受${word}`}`,
    ownAsk: /频次|次数|上限|几次|几回/,
  },
  {
    pattern: /投诉举报|信访举报|群众举报|举报/,
    clause: '3',
    line: (word) => `因${word}发现线索确需实施的检查，可以不受频次上限限制`,
    ownAsk: /频次|次数|上限|几次|几回/,
    skipUnder: ['8', 'annex-2', 'annex-3'],
  },
  {
    pattern: /企业[^，。？?\s]{0,6}申请/,
    clause: '3',
    line: () => '应企业申请实施的检查，可以不受频次上限限制',
    ownAsk: /频次|次数|上限|几次|几回/,
  },
  {
    pattern: /双随机/,
    clause: '3',
    line: (word) => `${word}抽查纳入年度执法检查计划，合理确定检查比例和次数`,
    ownAsk: /频次|次数|上限|几次|几回|比例/,
  },
  {
    pattern: /减少入企检查频次|综合一次查/,
    clause: '3',
    line: (word) =>
      word === '综合一次查'
        ? '通过跨部门、跨区域、跨层级的“综合一次查”协作机制加强联合检查，避免重复检查'
        : `合理确定检查比例和次数，最大限度${word}`,
    ownAsk: /频次|次数|上限|几次|几回|一次查|联合|一块|一起/,
  },
  {
    pattern: /首违不罚|轻微免罚/,
    clause: '13',
    line: (word) => `${word}按省生态环境厅《生态环境轻微违法行为不予处罚事项清单》落实`,
    ownAsk: /罚不罚|不罚|免罚|处罚/,
    near: ['14'],
  },
  {
    pattern: /线索移交|移交/,
    clause: '8',
    line: (word) => `${word === '移交' ? '涉嫌违法线索' : ''}${word}有关分局调查处理`,
    ownAsk: /移交|移送|谁查|归谁/,
  },
  {
    pattern: /分管局领导|分管副局长|分管局长/,
    clause: '5',
    line: (word) => `市级入企执法检查由市生态环境局主要负责人或${word}审批`,
    ownAsk: /谁批|审批|签|批/,
  },
  {
    pattern: /分局主要负责人/,
    clause: '5',
    line: (word) => `县区级入企执法检查由各${word}审批`,
    ownAsk: /谁批|审批|签|批/,
  },
  {
    pattern: /(?:延期|分期)(?:缴纳|交)?(?:罚款)?/,
    clause: '13',
    line: () => '当事人确有困难的，可以依法依规批准延期、分期缴纳罚款',
    ownAsk: /延期|分期|缓交|困难/,
  },
  {
    pattern: /自由裁量基准|裁量基准/,
    clause: '12',
    line: () => '罚款执行省生态环境厅《生态环境行政处罚自由裁量基准》，做到过罚相当',
    ownAsk: /裁量|罚多少|过罚相当/,
  },
];

/** The background facts a question states, one per family, in the order of the table. */
export function statedFacts(question: string, lead?: ClauseId): StatedFact[] {
  const found: StatedFact[] = [];
  for (const family of FAMILIES) {
    if (lead && family.skipUnder?.includes(lead)) continue;
    const word = family.pattern.exec(question)?.[0];
    if (!word || found.some((fact) => fact.word.includes(word) || word.includes(fact.word))) continue;
    found.push({ word, clause: family.clause, line: family.line(word) });
  }
  return found;
}

/** Whether some part of the answer names the word together with the clause's tag. */
export function named(answer: string, fact: StatedFact): boolean {
  const tag = clauseTag(fact.clause);
  return answer.split(/[；。]/).some((part) => part.includes(fact.word) && part.includes(tag));
}

/** The facts the answer does not yet name beside their clause, other than the one it leads with. */
export function unnamedFacts(question: string, answer: string, lead: ClauseId | undefined): StatedFact[] {
  return statedFacts(question, lead).filter((fact) => fact.clause !== lead && !named(answer, fact));
}

export { FAMILIES as STATED_FAMILIES };
