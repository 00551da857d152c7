import { readForm } from './annex.js';
import type { Draft } from './types.js';

/**
 * 「检查计划里那一行检查依据是空的，这样报上去审批表能过吗」: a row of 附件2 told empty, and whether the
 * form passes so. The form prints the row to be filled, and 第5条 approves the plan it carries.
 */
const EMPTY = /(?:是|还是|都是)?空(?:的|着|白)|(?:没|未|漏)(?:有)?(?:填|写)|只写了/;
const PLAN_FORM = /计划|审批表|附件2|附件二/;
const PASSES = /能过|过得了|通过|行不行|行吗|可以吗|合规|能不能|有问题|报得上去|能报|能先|空着报|先报/;

export function blankPlanRow(text: string): Draft | undefined {
  if (!PLAN_FORM.test(text) || !PASSES.test(text)) return undefined;
  const { title, fields } = readForm('annex-2');
  const rows = fields.filter((field) => {
    const at = text.indexOf(field);
    return at >= 0 && EMPTY.test(text.slice(at + field.length, at + field.length + 8));
  });
  if (!rows.length) return undefined;
  const named = rows.map((row) => `“${row}”`).join('、');
  const approval = '制定检查方案并报行政执法主体负责人审批';
  return {
    answer: `不能，《${title}》须填写${named}栏，所述“${rows.join('、')}”空缺不符合要求（附件2）；实施入企执法检查，应严格履行审批程序，${approval}（第5条）。`,
    cite: [
      { clause: 'annex-2', about: rows.join(' ') },
      { clause: '5', about: approval },
    ],
  };
}
