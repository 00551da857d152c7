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
  /** The clause's point in other words, which names the fact well enough. */
  said?: RegExp;
  /** An ask in these words is the fact's own matter, which the answer's lead already takes up. */
  asked?: RegExp;
  /** Parts of the answer that can name the fact in their own words, rather than a line of its own. */
  weaves?: readonly Weave[];
}

/** A part of the answer under `under` rewritten to name the fact; undefined when it cannot be. */
export interface Weave {
  under: ClauseId;
  rewrite: (part: string, word: string) => string | undefined;
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
  /** The answer already says the clause's point in other words (「综合一次查」): the fact is not repeated. */
  said?: RegExp;
  /** May share its words with an earlier family's fact (「专项方案」 beside 「专项」). */
  beside?: boolean;
  /** Only when the question says this too. */
  only?: RegExp;
  /** Names the fact inside a part the answer already has, rather than in a line of its own. */
  weaves?: readonly Weave[];
}

const CAP_ASK = /频次|次数|上限|几次|几回/;
/** No ask is the fact's own: the fact is said whatever is asked. */
const NEVER = /(?!)/;
/** 「因投诉举报、转办交办发现线索」: 第3条's triggers, as the scheme names them. */
const SCHEME_TRIGGER = /因((?:投诉举报|转办交办|数据监测)(?:、(?:投诉举报|转办交办|数据监测))*)/;
/** Which of 第3条's triggers an officer's word is: a channel of complaints, a referral, or data. */
const REFERRAL_WORD = /交办|转办|批转|批示/;
const DATA_WORD = /监测|监控|用电|尾气|无人机|遥感|排污许可/;

/** 「因投诉举报（12345）发现线索」: the officer's word beside the scheme's trigger it is. */
function schemeTrigger(part: string, word: string): string | undefined {
  const term = DATA_WORD.test(word) ? '数据监测' : REFERRAL_WORD.test(word) ? '转办交办' : '投诉举报';
  const listed = SCHEME_TRIGGER.exec(part)?.[1];
  if (!listed?.split('、').includes(term)) return undefined;
  return part.replace(SCHEME_TRIGGER, `因${listed.replace(term, `${term}（${word}）`)}`);
}
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
  // 「系群众举报引发」 beside a case that already frees the visit from the cap: said once, the word woven in.
  {
    fact: CLAUSE_FACTS.complaint,
    ownAsk: CAP_ASK,
    skipUnder: ['8', 'annex-2', 'annex-3'],
    said: /不受频次上限/,
    weaves: [{ under: '3', rewrite: schemeTrigger }],
  },
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
  // The families below are only said back: each names a fact the ask seldom turns on.
  {
    fact: CLAUSE_FACTS.clueTrigger,
    ownAsk: CAP_ASK,
    skipUnder: ['annex-2', 'annex-3'],
    said: /不受频次上限/,
    weaves: [{ under: '3', rewrite: schemeTrigger }],
    sayOnly: true,
  },
  {
    fact: CLAUSE_FACTS.offSiteSource,
    ownAsk: NEVER,
    said: /非现场、无感式|数据监测|发现的涉嫌违法线索/,
    weaves: [
      // 「涉嫌违法线索应及时移交屯留分局」 names the source it came from.
      {
        under: '8',
        rewrite: (part, word) =>
          /涉嫌违法线索/.test(part) && !part.includes('发现的涉嫌违法线索')
            ? part.replace(/(?:筛选出的)?涉嫌违法线索/, `${word}等发现的涉嫌违法线索`)
            : undefined,
      },
      // A branch's visit the data brought about: the source is 第3条's 数据监测.
      { under: '3', rewrite: schemeTrigger },
    ],
    sayOnly: true,
  },
  { fact: CLAUSE_FACTS.offSiteMethod, ownAsk: /非现场|无感/, said: /非现场、无感式/, sayOnly: true },
  {
    // Beside 第4条's 「专项」: the plan's form, when its approval or steps are asked.
    fact: CLAUSE_FACTS.specialForm,
    ownAsk: NEVER,
    said: /专项执法检查审批表/,
    beside: true,
    only: /批|签|手续|程序|延|备案|公开|报/,
    sayOnly: true,
  },
  { fact: CLAUSE_FACTS.intent, ownAsk: NEVER, said: /主观故意/, sayOnly: true },
  { fact: CLAUSE_FACTS.firstOffence, ownAsk: /罚不罚|不罚|免罚/, said: /首违不罚/, sayOnly: true },
  { fact: CLAUSE_FACTS.unpunished, ownAsk: /教育义务|免罚不免责/, said: /免罚不免责/, sayOnly: true },
  {
    // A penalty told as done or proposed; the rules on penalties themselves (第13条、第14条), the
    // publication of a decision (第7条) and a visit being weighed need no word on discretion.
    fact: CLAUSE_FACTS.penalty,
    ownAsk: /裁量|罚多少|过罚相当/,
    said: /过罚相当|自由裁量基准|跟踪整改效果/,
    skipUnder: ['3', '4', '5', '7', '9', '10', '13', '14', 'org-2'],
    unless: /延期|分期|缓交|交不起|处罚决定|公开|公示/,
    sayOnly: true,
  },
  {
    fact: CLAUSE_FACTS.rectification,
    ownAsk: /整改|复查/,
    said: /整改核查|跟踪企业整改进展/,
    skipUnder: ['4', '12'],
    sayOnly: true,
  },
  { fact: CLAUSE_FACTS.jointVisit, ownAsk: /联合|一次查/, said: /综合一次查/, sayOnly: true },
  {
    fact: CLAUSE_FACTS.yearlyPlan,
    ownAsk: NEVER,
    said: /年度执法检查计划/,
    // 「合理确定检查比例和次数（第3条）」 is the yearly plan's own sentence.
    weaves: [
      {
        under: '3',
        rewrite: (part, word) =>
          '年度执法检查计划'.includes(word) && part.includes('合理确定检查比例和次数')
            ? part.replace('合理确定检查比例和次数', '科学制定年度执法检查计划，合理确定检查比例和次数')
            : undefined,
      },
    ],
    sayOnly: true,
  },
  {
    fact: CLAUSE_FACTS.visitApproval,
    ownAsk: APPROVAL_ASK,
    said: /第5条/,
    unless: /专项|其他入企|行政许可|工作调研|核与辐射|安静期/,
    sayOnly: true,
  },
  {
    fact: CLAUSE_FACTS.publication,
    ownAsk: /公示|公开/,
    said: /公示制度|信息公开/,
    unless: /专项/,
    sayOnly: true,
  },
  { fact: CLAUSE_FACTS.trainingPublicity, ownAsk: /培训|宣传/, said: /学习培训/, sayOnly: true },
  { fact: CLAUSE_FACTS.graduated, ownAsk: /渐进式|一刀切/, said: /渐进式执法/, sayOnly: true },
];

/** 「不在」「没有」「也没」 just before a fact's words: the fact denied. */
const NEGATED = /(?:不在|不是|不属于|没有|没|未|无|并非|非)(?:也|都|还)?(?:在|列入|进|被)?$/;

/** The background facts a question states, one per family, in the order of the table. */
export function statedFacts(question: string, lead?: ClauseId): StatedFact[] {
  const found: StatedFact[] = [];
  for (const family of FAMILIES) {
    if ((lead && family.skipUnder?.includes(lead)) || family.unless?.test(question)) continue;
    if (family.only && !family.only.test(question)) continue;
    const { words, clause, says } = family.fact;
    const match = words.exec(question);
    // 「不在正面清单」「也没有群众举报」: a fact the question denies is no background.
    if (match && NEGATED.test(question.slice(Math.max(0, match.index - 4), match.index))) continue;
    const word = match?.[0];
    const overlaps = (fact: StatedFact) => fact.word.includes(word ?? '') || (word ?? '').includes(fact.word);
    if (!word || found.some((fact) => overlaps(fact) && !(family.beside && fact.clause !== clause))) continue;
    found.push({
      word,
      clause,
      line: says(word),
      ...(family.said ? { said: family.said } : {}),
      ...(family.sayOnly && family.weaves ? { weaves: family.weaves } : {}),
      // Only the families said back take their own ask as the lead's: the others move the lead instead.
      ...(family.sayOnly ? { asked: family.ownAsk } : {}),
    });
  }
  return found;
}

/** Whether some part of the answer names the word together with the clause's tag, or says the clause's point. */
export function named(answer: string, fact: StatedFact): boolean {
  const tag = clauseTag(fact.clause);
  return answer
    .split(/[；。]/)
    .some((part) => part.includes(tag) && (part.includes(fact.word) || !!fact.said?.test(answer)));
}

export { FAMILIES as STATED_FAMILIES };
