import type { Rewrite } from './everyday-chat.js';
import { askClause } from './near-miss-asks.js';

/**
 * A visit made with other departments (联合检查、一次进门) in the scheme's words, and the near-misses
 * such a visit brings up: what the other department's own law sets (公安's criminal thresholds, 市场监管's
 * food-label fines, 应急's safety licences, 自然资源's land fines), which no clause of the scheme answers.
 */
export const JOINT_VISIT_WORDS: readonly Rewrite[] = [
  // 「连合检查」「联和执法」: a slip of the pinyin for 联合.
  [/[连联]和(?=检查|执法|抽查|专项|行动)|连合(?=检查|执法|抽查|专项|行动)/g, '联合'],
  // 「一次进门」「一次进企」「进一次门」: the joint visit 第3条 calls 综合一次查.
  [/[“"]?(?:一次进门|一次进企|一次进厂|进一次门)[”"]?(?:联合)?/g, '综合一次查联合'],
  // 「两边合并一次查」「合在一起查」「三拨人合成一趟去」: two units' visits made one.
  [
    /(?:合并|合在一起|并在一起|合到一起|合起来|并成|合成|凑成)(?:成|为)?(?:一次|一趟|一回)(?:查|检查|去)?|(?:合并|合在一起|并在一起|合到一起|合起来)(?:检查|查|去)/g,
    '合并综合一次查',
  ],
  // 「半个月里来了三趟」: an enterprise counting visits in a short span tells a repeat, not a cap asked.
  [
    /(?<=(?:一个月|半个月|一周|一星期|[一二两三四五六七八九十\d]+天)(?:里|内|之内)?(?:就)?)来了?(?:两|三|四|五|好几|几)(?:趟|回|遍)/g,
    '重复检查',
  ],
  // 「扎堆检查」「扎堆来」: several departments at once, 第3条's 多头检查.
  [/扎堆(?=检查|查|来|进)/g, '多头'],
];

/** Another department's or another law's subject, told as what was found on the joint visit. */
const OTHER_REGIME =
  /刑事立案|立案(?:追诉)?标准|追诉标准|入罪|判刑|食品|药品|标签|特种设备|安全生产|耕地|占地|林地|草原|营业执照/;
/** What is asked of it: a figure, a threshold, a procedure. */
const FIGURE_OR_STEPS = /多少|几吨|怎么算|咋算|如何计算|标准|幅度|程序|流程|怎么走|咋走|如何办理|怎么办理/;
/** An enterprise's honours and an officer's own credential: applied for elsewhere. */
const HONOURS = /绿色工厂|示范企业|专精特新|高新技术企业|领跑者/;
const OWN_CREDENTIAL = /执法证[^，。？?]{0,8}(?:换发|换证|年审|补办|续期|注册)/;
const APPLIED_FOR = /申报|评选|认定|流程|条件|材料/;

export function asksOtherRegime(question: string): boolean {
  const ask = askClause(question);
  if (OWN_CREDENTIAL.test(ask) || (HONOURS.test(question) && APPLIED_FOR.test(ask))) return true;
  return OTHER_REGIME.test(question) && FIGURE_OR_STEPS.test(ask) && !/第\d+条|方案/.test(ask);
}
