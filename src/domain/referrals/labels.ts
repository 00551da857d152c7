import { ANNEX3_LABELS } from './annex3.js';

/**
 * The labels officers put before a value, the annex's own and the shorter ones used in chat,
 * mapped to what they fill. Labels that belong to the form but not to a draft are recognised
 * only so that their values do not run into the previous field.
 */

export type LabelTarget =
  | 'subjectName'
  | 'code'
  | 'idNumber'
  | 'source'
  | 'violations'
  | 'description'
  | 'law'
  | 'materials'
  | 'opinion'
  | 'toUnit'
  | 'fromUnit'
  | 'coordinate'
  | 'ignored';

const SYNONYMS: Record<LabelTarget, readonly string[]> = {
  subjectName: [
    '涉嫌违法主体名称',
    '涉嫌违法主体',
    '违法主体',
    '主体名称',
    '主体',
    '对象',
    '企业名称',
    '企业',
    '当事人',
  ],
  code: ['统一社会信用代码/身份证号', '统一社会信用代码', '社会信用代码', '信用代码', '代码'],
  idNumber: ['身份证号码', '身份证号', '身份证'],
  source: ['线索来源', '来源', '发现方式', '发现途径'],
  violations: ['涉嫌违法行为', '违法行为', '行为', '问题类型', '违法类型'],
  description: [
    '涉嫌环境违法问题简要描述',
    '问题简要描述',
    '简要描述',
    '问题描述',
    '线索描述',
    '情况描述',
    '描述',
    '问题',
    '情况',
  ],
  law: ['涉嫌违反法律规定', '违反法律规定', '违反法律', '法律依据', '法律规定'],
  materials: ['移交材料清单', '移交材料', '移送材料', '材料清单', '材料'],
  opinion: ['移送方意见', '移送意见', '处理意见', '意见', '建议', '处理'],
  toUnit: ['接收科室/单位', '接收单位', '接收科室', '接收方', '移送至', '移交至', '接收', '移送', '移交'],
  fromUnit: ['移送科室/单位', '移送单位', '移送科室', '移送方'],
  coordinate: ['协助科室', '协调科室'],
  ignored: ['移送日期', '日期', '经办人', '联系人', '联系电话', '科室/单位负责人', '负责人', '接收方意见'],
};

const BY_LABEL = new Map<string, LabelTarget>(
  Object.entries(SYNONYMS).flatMap(([target, labels]) => labels.map((l) => [l, target as LabelTarget])),
);

// Longest first, so 移送方意见 wins over 移送方.
const ALTERNATION = [...BY_LABEL.keys()]
  .sort((a, b) => b.length - a.length)
  .map((l) => l.replace(/[/]/g, '\\/'))
  .join('|');

const MARKER = '(?:\\d+\\s*[.、．]|[（(]\\d+[）)]|[-•·*])?';

/** An optional list marker (「1.」「（2）」「-」), the label, then a colon or a tab as copied from the form. */
const LABELLED_LINE = new RegExp(`^${MARKER}\\s*(${ALTERNATION})\\s*(?:[:：]|\\t)\\s*(.*)$`, 's');

/**
 * The annex's own printed labels may also be followed by plain spaces: a row copied from the form
 * carries a tab, and chat folds tabs into spaces before the bot sees the text. Shorter chat labels
 * still need a colon, so that a sentence starting with 来源 or 主体 is not read as a label.
 */
const PRINTED_LINE = new RegExp(
  `^${MARKER}\\s*(${[...new Set(Object.values(ANNEX3_LABELS))]
    .sort((a, b) => b.length - a.length)
    .map((l) => l.replace(/[/]/g, '\\/'))
    .join('|')})\\s+(\\S.*)$`,
  's',
);

const INLINE_BOUNDARY = new RegExp(`[，,；;。]\\s*(?=(?:${ALTERNATION})\\s*[:：])`);

export interface LabelledValue {
  target: LabelTarget;
  value: string;
}

export function matchLabel(line: string): LabelledValue | undefined {
  const m = LABELLED_LINE.exec(line.trim()) ?? PRINTED_LINE.exec(line.trim());
  const target = m?.[1] === undefined ? undefined : BY_LABEL.get(m[1]);
  return target && { target, value: (m?.[2] ?? '').trim() };
}

/** 「对象：示例化工；来源：信访举报」 written on one line becomes one line per label. */
export function splitInlineLabels(line: string): string[] {
  return line.split(INLINE_BOUNDARY);
}

/** Whether a line carries a value for the draft (not just a form label the draft has no room for). */
export function isDraftLabel(line: string): boolean {
  const hit = matchLabel(line);
  return hit !== undefined && hit.target !== 'ignored';
}
