import { COERCION_RULE } from '../clause-facts.js';
import { VIOLATION } from '../stated-facts.js';
import type { Draft } from './types.js';

/**
 * A case judged against 一、总体要求's own words: a shutdown of a whole trade (一刀切), a fine without
 * the warning first (告诫说理), 「只管执法，不管服务」, 「要促发展」 as the reason to let a violation go.
 * The principle leads, then the clause that decides the stated fact.
 */
const JUDGED =
  /对不对|对吗|行不行|行吗|能这么干|可以吗|妥不妥|妥否|符合方案吗|符不符合|合不合规|合适吗|算不算/;
const COERCIVE = /停产整治|限制生产|限产|查封|扣押|吊扣/;
const STEPS = '推行“普法宣传—教育引导—告诫说理—行政处罚—监督整改”渐进式执法';

export function principleCase(text: string): Draft | undefined {
  if (!JUDGED.test(text)) return undefined;
  const no = /对不对|对吗/.test(text) ? '不对' : /符合|合规/.test(text) ? '不符合' : '不能';
  if (/一刀切|一律|统一下达|全部停/.test(text) && COERCIVE.test(text)) {
    const measure = COERCIVE.exec(text)?.[0] ?? '停产整治';
    const answer = `${no}，实施方案要求严防执法“一刀切”（总体要求）；应审慎采取${measure}等措施，区分违法是否属于主观故意以及造成的后果影响，不搞“一刀切”（第13条）。`;
    return {
      answer,
      cite: [
        { clause: 'general', about: '严防执法“一刀切”' },
        { clause: '13', about: COERCION_RULE },
      ],
    };
  }
  const first = /首次违法|首违|第一次|头一回/.exec(text)?.[0];
  if (
    /(?:没|未|不)(?:有)?(?:做|进行|经)?(?:过)?(?:任何)?(?:告诫说理|提醒告诫|教育)|(?:跳过|略过|省掉)了?告诫说理/.test(
      text,
    ) &&
    first
  ) {
    const answer = `${no}，实施方案${STEPS}，应先告诫说理（总体要求）；所述${first}且情节轻微、及时改正的，落实首违不罚、轻微免罚制度，依法不予处罚（第13条）。`;
    return {
      answer,
      cite: [
        { clause: 'general', about: STEPS },
        { clause: '13', about: '首违不罚、轻微免罚' },
      ],
    };
  }
  if (/只管执法|不管服务/.test(text)) {
    const answer = `${no}，实施方案坚持执法与服务相统一（总体要求）；应强化指导服务，督导企业明确改进方向，帮助企业纾困解难（第15条）。`;
    return {
      answer,
      cite: [
        { clause: 'general', about: '坚持执法与服务相统一' },
        { clause: '15', about: '强化指导服务 帮助企业纾困解难' },
      ],
    };
  }
  const violation = VIOLATION.exec(text)?.[0];
  if (/促发展|营商环境|纳税大户/.test(text) && violation) {
    const answer = `${no}，实施方案坚持守底线和促发展相结合，坚持严厉打击违法排污行为不放松（总体要求）；所述${violation}属严重违法问题，应依法严惩（第11条）。`;
    return {
      answer,
      cite: [
        { clause: 'general', about: '严厉打击违法排污行为不放松' },
        { clause: '11', about: '严重违法问题依法严惩' },
      ],
    };
  }
  return undefined;
}
