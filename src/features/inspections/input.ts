import { z } from 'zod';
import { METHOD_LABELS } from '../../domain/approvals/index.js';
import { FEEDBACK_MEANS, INSPECTION_OUTCOMES } from '../../domain/inspections/index.js';
import { isCalendarDate } from '../../domain/rules/index.js';

const METHODS = Object.keys(METHOD_LABELS) as [keyof typeof METHOD_LABELS, ...(keyof typeof METHOD_LABELS)[]];

const date = z
  .string({ error: '请填写日期' })
  .trim()
  .refine(isCalendarDate, '应为有效日期，格式为 YYYY-MM-DD');
const by = z.string({ error: '请填写办理人 open_id' }).trim().min(1, '请填写办理人 open_id');
const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不超过${max}字`);

/** `POST /inspections/:id/result`, as the contract names it. */
export const resultBody = z.object({
  by,
  date,
  outcome: z.enum(INSPECTION_OUTCOMES, {
    error: '检查结果应为 no-issue、issue-found、not-operating 或 refused',
  }),
  findings: text('检查情况', 2000),
  methods: z.array(z.enum(METHODS)).min(1, '请至少选择一种检查方式'),
});

/** `POST /inspections/:id/feedback`. */
export const feedbackBody = z.object({
  by,
  date,
  means: z.enum(FEEDBACK_MEANS, { error: '反馈方式应为 on-site、written、phone 或 online' }),
  content: text('反馈内容', 2000),
});

/** `POST /inspections/:id/cancel`. */
export const cancelBody = z.object({ by, reason: text('取消原因', 500) });

export type ResultInput = z.infer<typeof resultBody>;
export type FeedbackInput = z.infer<typeof feedbackBody>;
export type CancelInput = z.infer<typeof cancelBody>;
