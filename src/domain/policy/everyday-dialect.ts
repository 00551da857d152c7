import type { Rewrite } from './everyday-chat.js';

/** Dialect: a bare 甚 is 什么 (「查出甚了」), not 甚至、甚为; a closing 嘞、哩、咧 is 呢, 「去不咧」 asks yes or no. */
export const DIALECT_ENDINGS: readonly Rewrite[] = [
  [/甚(?=[了呢哩嘞咧也都事人用？?，,。\s]|$)/g, '什么'],
  [/不[嘞哩咧](?=[？?。！!\s]*$)/, '吗'],
  [/[嘞哩咧](?=[？?。！!\s]*$)/, '呢'],
];

/** 「跟企业说一声结果」「甚时候给企业回话」: telling the enterprise back is 第6条's 反馈检查结果. */
export const TELLING_BACK: readonly Rewrite[] = [
  [/说一声结果|告诉一声结果|(?:跟|和|给|向)(?:企业|厂家|人家)说(?:一声|一下)?结果/g, '反馈检查结果'],
  [/(?:给|跟|和|向)(?:企业|厂家|人家|他们|对方)回(?:个|一个)?(?:话|信儿?)/g, '向企业反馈检查结果'],
];
