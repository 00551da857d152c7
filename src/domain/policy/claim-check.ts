/**
 * 「企业的人放话，说进了正面清单我们就不能再查了。真是这么回事吗？」: the officer asks whether what
 * someone said holds. The claim is then the question, and the answer's yes or no says whether the
 * claim agrees with the scheme: 「不是。」 when the rule says the opposite.
 */
const CLAIM_ASK =
  /(?:真|果真|确实|真的)?是(?:这么|这样)(?:一)?回事(?:儿)?(?:吗|么)|(?:真|确实)?是(?:这样|这么说|这么规定)的?(?:吗|么)|(?:方案|文件|规定)(?:里|上|中)?(?:真|确实)?(?:是)?(?:这么|这样)(?:说|规定|写)的?(?:吗|么)|(?:这|他|她|他们)的?(?:话|说法)(?:对|准|靠谱)(?:吗|么|不)|说(?:的|得)对(?:吗|么|不对)|(?:这个?|该|企业(?:这个)?|他们?的?|其|这种)?说法(?:站得住|成立|对得上|靠得住|有依据|对)(?:脚)?(?:吗|么|不|没有?)|(?:说法|这话|这么说)(?:跟|和|与)[^，。？?]{0,8}(?:对得上|一致|相符|符合)(?:吗|么|不)/;
/** What was said, from 说、讲、放话 to the end of its sentence. */
const CLAIM = /(?:说|讲|放话|称|认为)[，,：:]?([^。！!？?\n]{4,})/g;
const NEGATIVE_CLAIM =
  /不能|不帮|不可以|不用|不必|不需要|用不着|不算|不行|不得|不管|不让|不许|没必要|不是(?:他们|我们|咱们|其|自己)的事|只管/;
/** 「机动车尾气异常的，应将……移交」: a rule that obliges, said without a verdict word, says yes. */
const OBLIGES = /^[^。；不]*?(?:^|，)(?:应当?|须|必须)(?!当事人确有困难)/;
const POSITIVE_OPENING = /^(?:可以|需要|能|应当|应|算|属于|是)(?![^，。]*不)/;
const NEGATIVE_OPENING = /^(?:不|无需|无须|原则上不)/;

export interface Claim {
  /** The message with the claim asked in place of 「是这么回事吗」. */
  asked: string;
  negative: boolean;
  /** 「督促整改应该由市局来管」: who the claim says does it. */
  actor?: string;
}

const CLAIMED_ACTOR = /由([^，。；由]{2,8}?)(?:来|统一|牵头)?(?:管|负责|督促|组织|办|审批|批)/;
const RULED_ACTOR = /由([^，。；由]{2,10}?)(?:督促|负责|组织|审批|公开)/;

export function claimAsked(question: string): Claim | undefined {
  const ask = CLAIM_ASK.exec(question);
  if (!ask) return undefined;
  const said = [...question.slice(0, ask.index).matchAll(CLAIM)].pop();
  const claim = said?.[1]?.trim().replace(/[，,；;]$/, '');
  if (!said || !claim) return undefined;
  const before = question.slice(0, said.index);
  const actor = CLAIMED_ACTOR.exec(claim)?.[1];
  return {
    asked: `${before}${claim}吗？`,
    negative: NEGATIVE_CLAIM.test(claim),
    ...(actor ? { actor } : {}),
  };
}

/**
 * 「不是。」 before an answer whose yes or no contradicts the claim. An answer that agrees is left as
 * it is: its own yes or no already says so.
 */
export function claimVerdict(claim: Claim, answer: string): string | undefined {
  const negative = NEGATIVE_OPENING.test(answer);
  const positive = POSITIVE_OPENING.test(answer) || (!negative && OBLIGES.test(answer));
  // 「应该由市局来管」 against 「由上党分局督促整改」: the scheme names another.
  const ruled = RULED_ACTOR.exec(answer)?.[1];
  if (claim.actor && ruled && !ruled.includes(claim.actor) && !claim.actor.includes(ruled)) return '不是';
  if (positive === negative) return undefined;
  return positive === claim.negative ? '不是' : undefined;
}
