import { z } from 'zod';

/** 附件3 长治市生态环境局涉嫌环境违法线索移送表: labels and options exactly as printed. */

export const ANNEX3_TITLE = '长治市生态环境局涉嫌环境违法线索移送表';

export const ANNEX3_LABELS = {
  fromUnit: '移送科室/单位',
  toUnit: '接收科室/单位',
  date: '移送日期',
  subjectName: '涉嫌违法主体名称',
  subjectCode: '统一社会信用代码/身份证号',
  source: '线索来源',
  violations: '涉嫌违法行为',
  description: '涉嫌环境违法问题简要描述',
  law: '涉嫌违反法律规定',
  materials: '移交材料清单',
  opinion: '移送方意见',
  handler: '经办人',
  senderHead: '科室/单位负责人',
  receiverOpinion: '接收方意见',
  receiverHead: '科室/单位负责人',
} as const;

export type Annex3Field = keyof typeof ANNEX3_LABELS;

export const ANNEX3_SECTIONS: readonly { title: string; fields: readonly Annex3Field[] }[] = [
  { title: '一、移送信息', fields: ['fromUnit', 'toUnit', 'date'] },
  {
    title: '二、线索基本信息',
    fields: ['subjectName', 'subjectCode', 'source', 'violations', 'description', 'law'],
  },
  { title: '三、移交材料清单', fields: ['materials'] },
  { title: '四、移交意见', fields: ['opinion', 'handler', 'senderHead', 'receiverOpinion', 'receiverHead'] },
];

export const CLUE_SOURCES = ['monitoring', 'inspection', 'petition', 'transfer', 'other'] as const;
export type ClueSource = (typeof CLUE_SOURCES)[number];

/** 「其他：」 is followed by a blank on the form; its text lives in `sourceNote`. */
export const SOURCE_LABELS: Record<ClueSource, string> = {
  monitoring: '监测数据',
  inspection: '现场检查',
  petition: '信访举报',
  transfer: '其他单位移交',
  other: '其他：',
};

export const VIOLATION_TYPES = ['water', 'air', 'solid-waste', 'eia', 'ecology', 'noise', 'other'] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];

export const VIOLATION_LABELS: Record<ViolationType, string> = {
  water: '水污染',
  air: '大气污染',
  'solid-waste': '固废违法',
  eia: '环评/验收违法',
  ecology: '生态破坏',
  noise: '噪声扰民',
  other: '其他：',
};

export const REFERRAL_OPINIONS = ['file-case', 'verify', 'coordinate'] as const;
export type ReferralOpinion = (typeof REFERRAL_OPINIONS)[number];

/** The blank in 「请协调_____科室协助」 is `coordinateText` / `coordinateWith`. */
export const OPINION_LABELS: Record<ReferralOpinion, string> = {
  'file-case': '建议立案',
  verify: '需进一步核查',
  coordinate: '请协调_____科室协助',
};

const text = z.string().trim().min(1);

/**
 * A referral being put together from chat. Units are unit ids once resolved; `toUnitText` and
 * `coordinateText` keep what the officer wrote so an unresolved name can be shown back.
 */
export const referralDraftSchema = z.object({
  fromUnit: text.optional(),
  toUnit: text.optional(),
  toUnitText: text.optional(),
  subject: z.object({
    name: text.optional(),
    uscc: text.optional(),
    idNumber: text.optional(),
  }),
  source: z.enum(CLUE_SOURCES).optional(),
  sourceNote: text.optional(),
  violations: z.array(z.enum(VIOLATION_TYPES)).default([]),
  violationNote: text.optional(),
  description: text.optional(),
  law: text.optional(),
  materials: z.array(text).default([]),
  opinion: z.enum(REFERRAL_OPINIONS).optional(),
  coordinateWith: text.optional(),
  coordinateText: text.optional(),
});

export type ReferralDraft = z.infer<typeof referralDraftSchema>;

/** Draft fields the bot may ask back about, named by their path in `ReferralDraft`. */
export type DraftField =
  | 'fromUnit'
  | 'toUnit'
  | 'subject.name'
  | 'subject.uscc'
  | 'subject.idNumber'
  | 'source'
  | 'sourceNote'
  | 'violations'
  | 'violationNote'
  | 'description'
  | 'law'
  | 'materials'
  | 'opinion'
  | 'coordinate';

/** How to name each draft field when asking the officer for it. */
export const DRAFT_FIELD_LABELS: Record<DraftField, string> = {
  fromUnit: ANNEX3_LABELS.fromUnit,
  toUnit: ANNEX3_LABELS.toUnit,
  'subject.name': ANNEX3_LABELS.subjectName,
  'subject.uscc': '统一社会信用代码',
  'subject.idNumber': '身份证号',
  source: ANNEX3_LABELS.source,
  sourceNote: '其他线索来源',
  violations: ANNEX3_LABELS.violations,
  violationNote: '其他涉嫌违法行为',
  description: ANNEX3_LABELS.description,
  law: ANNEX3_LABELS.law,
  materials: ANNEX3_LABELS.materials,
  opinion: ANNEX3_LABELS.opinion,
  coordinate: '协助科室',
};

export function emptyDraft(): ReferralDraft {
  return { subject: {}, violations: [], materials: [] };
}
