import { isOnSite } from '../rules/index.js';
import type { PreparedCase } from './case-context.js';
import type { CaseLine } from './case-lines.js';
import type { CaseFacts } from './facts.js';

/** Lines for what the officer states about the plan, the list and the method, each with its clause. */

function tagged(text: string, clause: CaseLine['clause'], about: string): CaseLine {
  return { text: `${text}（第${clause}条）`, clause, about };
}

/**
 * 「它在不在正面清单上」「它没在正面清单上」: the list as the officer states it, set against the register
 * when the two differ or the officer says it is not listed.
 */
export function listLine(facts: CaseFacts): CaseLine[] {
  const enterprise = facts.enterprise;
  if (!enterprise || enterprise.positiveList || facts.positiveList === undefined) return [];
  const text =
    facts.positiveList === true
      ? `据本局企业名录，${enterprise.name}未列入监督执法正面清单，按一般企业判断`
      : `${enterprise.name}未列入监督执法正面清单，不适用减少、免除现场检查`;
  return [tagged(text, '9', '列入监督执法正面清单，采取减少、免除现场检查等正向激励举措')];
}

/** 「双随机抽中的」 with nothing else on 第3条: the draw belongs to the year's plan and its count. */
export function drawLine(prepared: PreparedCase, capSaid: boolean, listed: boolean): CaseLine[] {
  const { proposal } = prepared;
  if (proposal.type !== 'random' || capSaid || !isOnSite(proposal.methods)) return [];
  const text = listed
    ? '双随机抽中的，仍应合理确定检查比例和次数，最大限度减少入企检查频次'
    : '双随机抽查应结合“双随机、一公开”监管机制要求纳入年度执法检查计划，合理确定检查比例和次数';
  return [tagged(text, '3', '结合“双随机、一公开”监管机制要求，合理确定检查比例和次数')];
}

/** 「调自动监控数据」「看在线数据」「调台账」「无人机飞一圈」: what is looked at without entering, in the officer's words. */
const OFF_SITE_SOURCE =
  /(自动监控|在线监控|在线监测|在线|视频监控|用电用能|用电|无人机巡查|无人机|走航监测|走航|遥感监测|遥感|台账)(?:的)?(数据|资料|记录|画面)?/g;

/** The officer's short word said as 第8条 names the source (用电 → 用电用能). */
const SCHEME_SOURCE: Readonly<Record<string, string>> = {
  在线: '在线监控',
  用电: '用电用能',
  无人机: '无人机巡查',
  走航: '走航监测',
  遥感: '遥感监测',
};

/**
 * 「自动监控数据」「台账资料」「在线监控、用电用能数据」: what the officer looks at without entering, each
 * source once (「在线监控显示……调他们的在线数据跟用电数据」), or nothing said.
 */
export function offSiteSource(question: string): string {
  const found = [...question.matchAll(OFF_SITE_SOURCE)];
  const sources = [...new Set(found.map((m) => SCHEME_SOURCE[m[1]!] ?? m[1]!))];
  if (!sources.length) return '';
  const last = found.at(-1)!;
  const kind = last[2] ?? (sources.length === 1 && sources[0] === '台账' ? '资料' : '数据');
  return sources.length === 1 ? `${sources[0]}${found[0]![2] ?? kind}` : `${sources.join('、')}${kind}`;
}

/** What the off-site line's quote of 第8条 is about, by which the answer finds the line. */
export const OFF_SITE_ABOUT = '非现场 无感式执法';

/** 「自动监控数据属资料核查，符合大力推行非现场、无感式执法的要求」 (第8条). */
export function offSiteLine(question: string, words: string): CaseLine {
  const source = offSiteSource(question);
  const text = source
    ? `调取${source}属${words}，符合大力推行非现场、无感式执法的要求`
    : `${words}符合大力推行非现场、无感式执法的要求`;
  return tagged(text, '8', OFF_SITE_ABOUT);
}

/**
 * 「今年双随机已经去过两回了，又接到举报」: the draws count toward the year's visits, the triggered visit
 * does not; said before the trigger's line.
 */
export function earlierDraws(facts: CaseFacts): string {
  return facts.triggers?.includes('random') && facts.type !== 'random'
    ? '所述双随机抽查计入年度检查频次，'
    : '';
}

/** 「监控中心推过来的线索」「科里移交给分局的」: a clue a section passed on for the branch to check. */
const HANDED_OVER =
  /(?:推|转|移交|移送|交|转办)(?:线索)?(?:过来|来|给(?:我们|分局|[\u4e00-\u9fff]{2,4}分局))(?:的)?(?:线索|问题|件)?/;
/** 第8条's sources, as the officer names the one that found the clue. */
const SOURCE = /在线监控|在线监测|自动监控|用电用能|用电|无人机巡查|机动车尾气|遥感/;

/** 第8条: the sections find clues off site and hand them to the branch, which checks them. */
export function handoverLine(facts: CaseFacts, question: string): CaseLine[] {
  if (facts.unit?.kind !== 'branch' || !HANDED_OVER.test(question)) return [];
  const from = facts.units.find((unit) => unit.kind === 'section');
  if (!from) return [];
  const source = SOURCE.exec(question)?.[0];
  return [
    tagged(
      `${source ? `${source}发现` : '有关科室和单位筛选出'}的涉嫌违法线索，应及时移交有关分局调查处理`,
      '8',
      '将筛选出的涉嫌违法线索及时移交有关分局调查处理',
    ),
  ];
}

/** 「超标排放专项」: the risk a special inspection targets, which 第4条 asks it to focus on. */
export function focusLine(facts: CaseFacts, prepared: PreparedCase, blanket: boolean): CaseLine[] {
  if (prepared.proposal.kind !== 'special' || !facts.focus || blanket) return [];
  return [
    tagged(
      `${facts.focus}属环境风险突出领域，专项检查应聚焦于此，严格限定检查内容和时间周期`,
      '4',
      '专项检查需聚焦环境风险突出的领域（如超标排放、危废非法处置等），严格限定检查内容和时间周期',
    ),
  ];
}
