import type { ClauseId } from '../clauses.js';
import { clauseTag } from './case-lines.js';
import { CLAUSE_FACTS, type ClauseFact } from './clause-facts.js';

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

/** A fact of the shared table with what the background reading adds beside it. */
interface Family {
  fact: ClauseFact;
  /** Words of an ask that this clause itself answers: the fact is then what is asked. */
  ownAsk: RegExp;
  /** Leads under which the fact is no background but the matter itself (举报 as a clue's source on the form). */
  skipUnder?: readonly ClauseId[];
  /** Clauses that share the fact's words, which word overlap may choose for it (首违不罚 and 免罚不免责). */
  near?: readonly ClauseId[];
  /** Only said back, never a reason to move the lead off its clause (a violation is seldom background). */
  sayOnly?: boolean;
  /** Not when the question says this (「有人举报它直排」 reports a violation, which is not yet found). */
  unless?: RegExp;
}

const CAP_ASK = /频次|次数|上限|几次|几回/;
const APPROVAL_ASK = /谁批|审批|签|批/;

const FAMILIES: readonly Family[] = [
  {
    fact: CLAUSE_FACTS.positiveList,
    ownAsk: /现场|减少|免除|免检|少查|不查|不去|列入|列进|筛选|管理办法|移出|拿掉|名单上/,
  },
  { fact: CLAUSE_FACTS.quietPeriod, ownAsk: /安静期|批|签|能(?:不能)?去|进厂|现场|几号|哪天|日期|时间/ },
  {
    fact: CLAUSE_FACTS.special,
    ownAsk: /专项|全覆盖|无差别|都查|一遍|所有|全部|挨个|一家不落|延长|扩大|周期|备案|公开|批|签|检查方案/,
  },
  { fact: CLAUSE_FACTS.notCapped, ownAsk: CAP_ASK },
  { fact: CLAUSE_FACTS.complaint, ownAsk: CAP_ASK, skipUnder: ['8', 'annex-2', 'annex-3'] },
  { fact: CLAUSE_FACTS.firmRequest, ownAsk: CAP_ASK },
  { fact: CLAUSE_FACTS.randomDraw, ownAsk: /频次|次数|上限|几次|几回|比例/ },
  { fact: CLAUSE_FACTS.fewerChecks, ownAsk: /频次|次数|上限|几次|几回|一次查|联合|一块|一起/ },
  { fact: CLAUSE_FACTS.minorRelief, ownAsk: /罚不罚|不罚|免罚|处罚/, near: ['14'] },
  { fact: CLAUSE_FACTS.handover, ownAsk: /移交|移送|谁查|归谁/ },
  { fact: CLAUSE_FACTS.cityLeader, ownAsk: APPROVAL_ASK },
  { fact: CLAUSE_FACTS.branchHead, ownAsk: APPROVAL_ASK },
  { fact: CLAUSE_FACTS.fineHardship, ownAsk: /延期|分期|缓交|困难/ },
  { fact: CLAUSE_FACTS.discretion, ownAsk: /裁量|罚多少|过罚相当/ },
  { fact: CLAUSE_FACTS.recorder, ownAsk: /记录仪|移动执法|留痕|全程|录像|视频/ },
  { fact: CLAUSE_FACTS.oneCheckList, ownAsk: /一表通查|一证式|一次|全面体检|怎么组织|怎么查/ },
  // 「被发现不正常运行治污设施，可检查人员没开记录仪，这事咋弄」: the violation beside the asked lapse.
  // A special inspection's focus, a risk warned of and a clue handed on are no violation established.
  {
    fact: CLAUSE_FACTS.seriousViolation,
    ownAsk: /严惩|从严|严重|怎么罚|罚不罚/,
    skipUnder: ['1', '4', '8', 'annex-1', 'annex-3'],
    unless: /举报|投诉|反映|据说/,
    sayOnly: true,
  },
];

/** 「不在」「没有」「也没」 just before a fact's words: the fact denied. */
const NEGATED = /(?:不在|不是|不属于|没有|没|未|无|并非|非)(?:也|都|还)?(?:在|列入|进|被)?$/;

/** The background facts a question states, one per family, in the order of the table. */
export function statedFacts(question: string, lead?: ClauseId): StatedFact[] {
  const found: StatedFact[] = [];
  for (const family of FAMILIES) {
    if ((lead && family.skipUnder?.includes(lead)) || family.unless?.test(question)) continue;
    const { words, clause, says } = family.fact;
    const match = words.exec(question);
    // 「不在正面清单」「也没有群众举报」: a fact the question denies is no background.
    if (match && NEGATED.test(question.slice(Math.max(0, match.index - 4), match.index))) continue;
    const word = match?.[0];
    if (!word || found.some((fact) => fact.word.includes(word) || word.includes(fact.word))) continue;
    found.push({ word, clause, line: says(word) });
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
