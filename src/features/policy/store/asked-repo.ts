import { asc, between, eq, sql } from 'drizzle-orm';
import { policyAnswers, policyFeedback } from '../../../../db/schema/index.js';
import type { PolicyAnswer } from '../../../domain/policy/index.js';
import type { Database } from '../../../store/db.js';
import type { AnswerRecord } from './answer-repo.js';

/** A question asked in chat, its answer as shown, and how many people found it useful or not. */
export interface AskedRow extends AnswerRecord {
  useful: number;
  notUseful: number;
}

/** Every answer given on the bureau's days `from` … `to`, oldest first. */
export async function askedBetween(db: Database, from: string, to: string): Promise<AskedRow[]> {
  const rows = await db
    .select({
      id: policyAnswers.id,
      question: policyAnswers.question,
      answer: policyAnswers.answer,
      openId: policyAnswers.openId,
      chatId: policyAnswers.chatId,
      today: policyAnswers.today,
      askedAt: policyAnswers.askedAt,
      useful: sql<number>`coalesce(sum(case when ${policyFeedback.useful} = 1 then 1 else 0 end), 0)`,
      notUseful: sql<number>`coalesce(sum(case when ${policyFeedback.useful} = 0 then 1 else 0 end), 0)`,
    })
    .from(policyAnswers)
    .leftJoin(policyFeedback, eq(policyFeedback.answerId, policyAnswers.id))
    .where(between(policyAnswers.today, from, to))
    .groupBy(policyAnswers.id)
    .orderBy(asc(policyAnswers.askedAt), asc(policyAnswers.id));
  return rows.map((row) => ({
    ...row,
    answer: row.answer as PolicyAnswer,
    useful: Number(row.useful),
    notUseful: Number(row.notUseful),
  }));
}
