/**
 * 「举报来的勾哪个」「电话问询加调台账，检查方式勾哪几项」: the options of a plan form's row (附件2) that
 * the facts the officer states pick out.
 */
const CUES: readonly [option: string, cue: RegExp][] = [
  ['双随机', /双随机/],
  ['专项', /专项/],
  ['举报投诉', /举报|投诉|信访/],
  ['现场检查', /现场|进厂|入企|上门/],
  ['资料核查', /资料|台账|书面|在线数据|自动监控|在线监控|非现场/],
  ['监测采样', /采样/],
  ['问询调查', /电话|问询|询问/],
];

/** 「不进入企业现场」「不去现场」: a method ruled out is no cue for it. */
const RULED_OUT = /(?:不|没|未|无需|不用)(?:进入?|去|到|上)?(?:企业)?现场/g;

/** The row's options the question's facts name, in the row's order. */
export function chosenOptions(choices: readonly string[], text: string): string[] {
  // A method ruled out, or 非现场, is no cue for 现场检查.
  // The form's own title (入企执法检查计划审批表) names no method either.
  const onSite = text.replace(RULED_OUT, '').replace(/非现场|入企(?:执法)?检查计划(?:审批)?表/g, '');
  return choices.filter((choice) =>
    CUES.some(([option, cue]) => option === choice && cue.test(choice === '现场检查' ? onSite : text)),
  );
}

/** 第3条 on a complaint-driven check: the fact the 「举报投诉」 box records. */
export const COMPLAINT_FREE = '因投诉举报发现线索确需实施的检查，可以不受频次上限限制';
