export const MAX_QUESTION_CHARS = 500;

export type QuestionCheck = { ok: true; question: string } | { ok: false; error: string };

/** A question as machines send it; `field` names it in the error, as the caller spelled it. */
export function checkQuestion(value: unknown, field: string): QuestionCheck {
  if (value === undefined || value === null) return { ok: false, error: `缺少字段 ${field}。` };
  if (typeof value !== 'string') return { ok: false, error: `字段 ${field} 须为文字。` };
  const question = value.trim();
  if (question === '') return { ok: false, error: `字段 ${field} 不能为空。` };
  if ([...question].length > MAX_QUESTION_CHARS) {
    return { ok: false, error: `字段 ${field} 不能超过${MAX_QUESTION_CHARS}字。` };
  }
  return { ok: true, question };
}
