import { eq } from 'drizzle-orm';
import { policyAnswers } from '../../../../db/schema/index.js';
import type { PolicyAnswer } from '../../../domain/policy/index.js';
import type { Database, Tx } from '../../../store/db.js';

export interface AnswerRecord {
  id: string;
  question: string;
  answer: PolicyAnswer;
  openId: string;
  chatId: string;
  today: string;
  askedAt: string;
}

export async function saveAnswer(tx: Tx, record: AnswerRecord): Promise<void> {
  await tx.insert(policyAnswers).values(record);
}

export async function loadAnswer(db: Database, id: string): Promise<AnswerRecord | undefined> {
  const [row] = await db.select().from(policyAnswers).where(eq(policyAnswers.id, id)).limit(1);
  return row ? { ...row, answer: row.answer as PolicyAnswer } : undefined;
}
