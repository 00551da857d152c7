import type { InspectionRecord } from './record.js';

/** Why a step on an inspection is refused; each answers 422 with the message. */
export type StepRefusal =
  | 'CANCELLED'
  | 'ALREADY_RECORDED'
  | 'OUT_OF_PERIOD'
  | 'IN_FUTURE'
  | 'NO_RESULT'
  | 'ALREADY_FED_BACK'
  | 'BEFORE_RESULT';

export interface StepProblem {
  code: StepRefusal;
  message: string;
}

function problem(code: StepRefusal, message: string): StepProblem {
  return { code, message };
}

function notCancelled(rec: InspectionRecord): StepProblem | null {
  return rec.status === 'cancelled'
    ? problem('CANCELLED', `检查${rec.code}已取消（${rec.cancelled?.reason ?? ''}），不能再办理。`)
    : null;
}

/** 登记检查结果: once, on a planned visit, dated within the approved period and not after today. */
export function resultProblem(rec: InspectionRecord, date: string, today: string): StepProblem | null {
  const cancelled = notCancelled(rec);
  if (cancelled) return cancelled;
  if (rec.status !== 'planned') {
    const by = rec.result ? `已由${rec.result.by.name}登记（检查日期${rec.result.date}）` : '已登记';
    return problem('ALREADY_RECORDED', `检查${rec.code}的结果${by}，不能重复登记。`);
  }
  if (date < rec.from || date > rec.to) {
    return problem('OUT_OF_PERIOD', `检查日期${date}不在批准的检查时间（${rec.from}至${rec.to}）内。`);
  }
  if (date > today) return problem('IN_FUTURE', `检查日期${date}晚于今天，不能登记尚未进行的检查。`);
  return null;
}

/** 反馈企业 (第6条): after the result, dated no earlier than the visit, and once. */
export function feedbackProblem(rec: InspectionRecord, date: string, today: string): StepProblem | null {
  const cancelled = notCancelled(rec);
  if (cancelled) return cancelled;
  if (rec.status === 'planned' || !rec.result) {
    return problem('NO_RESULT', `检查${rec.code}尚未登记检查结果，须先登记结果再反馈企业。`);
  }
  if (rec.status === 'fed-back') {
    return problem(
      'ALREADY_FED_BACK',
      `检查${rec.code}已于${rec.feedback?.date ?? ''}反馈企业，不能重复反馈。`,
    );
  }
  if (date < rec.result.date) {
    return problem('BEFORE_RESULT', `反馈日期${date}早于检查日期${rec.result.date}。`);
  }
  if (date > today) return problem('IN_FUTURE', `反馈日期${date}晚于今天。`);
  return null;
}

/** 取消: only a visit not yet carried out; a cancelled one frees its place under the yearly cap. */
export function cancelProblem(rec: InspectionRecord): StepProblem | null {
  const cancelled = notCancelled(rec);
  if (cancelled) return cancelled;
  if (rec.status !== 'planned') {
    return problem('ALREADY_RECORDED', `检查${rec.code}已登记检查结果，不能取消。`);
  }
  return null;
}
