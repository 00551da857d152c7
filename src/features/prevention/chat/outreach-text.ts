import { readLabelled, splitList } from '../../../domain/prevention/index.js';

/** 「送法入企」 (or 「登记送法入企」) as the first line of a labelled record. */
export const OUTREACH_COMMAND = /^(?:登记)?送法入企(?:活动)?(?:[:：]?\s*\n|[:：]\s*$|$)/;
/** 「送法入企进度」: this year's coverage of the asker's county. */
export const COVERAGE_COMMAND = /^送法入企(?:进度|覆盖(?:情况)?|完成情况)[。？?！!]?$/;

const LABELS = {
  date: /^(?:日期|时间|活动日期|开展日期)$/,
  form: /^(?:形式|方式|活动形式)$/,
  topic: /^(?:主题|内容|题目|专题)$/,
  enterprises: /^(?:企业|覆盖企业|参加企业|入企企业|对象)$/,
  team: /^(?:团队|普法团队|人员|参加人员|主讲)$/,
};

export interface OutreachMessage {
  date?: string;
  form?: string;
  topic?: string;
  enterprises: string[];
  team: string[];
}

export function readOutreachMessage(text: string): OutreachMessage {
  const values = readLabelled(text.replace(OUTREACH_COMMAND, ''), LABELS);
  return {
    ...(values.date ? { date: values.date } : {}),
    ...(values.form ? { form: values.form } : {}),
    ...(values.topic ? { topic: values.topic } : {}),
    enterprises: splitList(values.enterprises),
    team: splitList(values.team),
  };
}

export const OUTREACH_USAGE = [
  '请按以下格式登记送法入企活动：',
  '送法入企',
  '日期：2026-11-20',
  '形式：集中培训／行业培训／专题讲座／现场帮扶／以案说法',
  '主题：新修订《固体废物污染环境防治法》解读',
  '企业：长治示例钢铁集团有限公司、长治示例焦化有限公司',
  '团队：张三、李四',
].join('\n');
