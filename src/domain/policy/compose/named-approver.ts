/** A role the question names as the one who approved, and whether the rule lets that role approve. */
export type ApproverRoles = readonly [RegExp, boolean][];

const APPROVES = /批|签|审|同意/;
/** 「分局的专项方案要批吗」 asks whether approval is needed, not whether 分局 may give it. */
// The 要 of 主要负责人 asks nothing.
const NEEDS_APPROVAL = /要不要|需不需要|需要|用不用|(?<!主)[要得用][^，。？]{0,6}(?:批|审|签)/;

/**
 * 「县政府批了行不行」: 可以; 「科长签了就行吗」: 不可以. The role named nearest before the verb
 * counts; on a tie (「分局局长」 ends where 「局长」 does) the later, narrower pattern wins. None
 * named, or a question whether approval is needed at all: no verdict.
 */
export function namedApprover(question: string, roles: ApproverRoles): string | undefined {
  // A follow-up read with the question before it asks in its last clause that names an approval.
  const text =
    question
      .split(/[，,；]/)
      .reverse()
      .find((clause) => APPROVES.test(clause)) ?? question;
  if (NEEDS_APPROVAL.test(text)) return undefined;
  const verb = APPROVES.exec(text)?.index ?? text.length;
  let best: { at: number; allowed: boolean } | undefined;
  for (const [pattern, allowed] of roles) {
    for (const match of text.slice(0, verb).matchAll(pattern)) {
      const at = match.index + match[0].length;
      if (!best || at >= best.at) best = { at, allowed };
    }
  }
  if (!best) return undefined;
  return best.allowed ? '可以' : '不可以';
}

/**
 * 「还得拿去县政府签字吗」「要不要报区委批」: a signer 第5条 does not name for an ordinary inspection is
 * not needed (a special inspection's plan is 第4条's, where a government may approve).
 */
const EXTRA_SIGNER =
  /(?:还|也|都)?(?:得|要|需要?|用)(?:再)?(?:拿去|拿到|报|送|找|经|经过)?(?:县|区|市)?(?:人民)?(?:政府|县委|区委|市委|党委|人大)(?:的)?(?:分管)?(?:领导)?(?:签字|签|批|审批|批准|同意|盖章)/;

export function extraSigner(question: string): string | undefined {
  return EXTRA_SIGNER.test(question) && !/专项/.test(question) ? '不需要' : undefined;
}
