import { sql } from 'drizzle-orm';
import { OUTCOMES, isOutcome } from '../../../domain/draws/publication.js';
import { STATE_LABELS } from '../../../domain/referrals/lifecycle.js';
import type { Database } from '../../../store/db.js';
import { instants } from './ledger-range.js';
import {
  json,
  lastKey,
  linesByOwner,
  rowsOf,
  str,
  when,
  type LedgerSheet,
  type Raw,
} from './ledger-sheets.js';

const stateText = (state: unknown) => STATE_LABELS[state as keyof typeof STATE_LABELS] ?? str(state);

/** Each referral's acts in order: 「2026-01-05 10:00 已接收 张三：意见」. */
async function referralPaths(db: Database, ids: string[]): Promise<Map<string, string>> {
  const rows = await rowsOf(
    db,
    sql`SELECT referral_id, kind, state, actor_name, note, at FROM referral_events
      WHERE referral_id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY id`,
  );
  return linesByOwner(rows, 'referral_id', (r) => {
    const label = r.kind === 'overdue' ? '整改逾期提醒' : stateText(r.state);
    return `${when(r.at)} ${label} ${str(r.actor_name)}${r.note ? `：${str(r.note)}` : ''}`;
  });
}

export const REFERRALS: LedgerSheet = {
  name: '线索移送',
  columns: [
    { header: '编号', width: 16 },
    { header: '状态', width: 10 },
    { header: '移送单位', width: 22 },
    { header: '移送人', width: 10 },
    { header: '移送单位负责人', width: 12 },
    { header: '接收单位', width: 22 },
    { header: '当事人名称', width: 28 },
    { header: '统一社会信用代码', width: 20 },
    { header: '所在县区', width: 10 },
    { header: '线索来源', width: 14 },
    { header: '涉嫌违法行为', width: 28 },
    { header: '简要情况', width: 40 },
    { header: '移送意见', width: 28 },
    { header: '接收方意见', width: 28 },
    { header: '承办人', width: 10 },
    { header: '整改期限', width: 12 },
    { header: '移送时间', width: 17 },
    { header: '办结时间', width: 17 },
    { header: '办理经过', width: 60 },
  ],
  async page(db, range, after, limit) {
    const { start, end } = instants(range);
    const rows = await rowsOf(
      db,
      sql`SELECT rowid AS k, id, status, from_unit_name, sender_name, from_head_name, to_unit_name, subject_name,
        uscc, county, source, source_note, violations, violation_note, description, opinion, receiver_opinion,
        handler_name, deadline, submitted_at, closed_at
        FROM referrals WHERE submitted_at >= ${start} AND submitted_at < ${end}
        AND rowid > ${after} ORDER BY rowid LIMIT ${limit}`,
    );
    const paths = await referralPaths(
      db,
      rows.map((r) => str(r.id)),
    );
    return {
      rows: rows.map((r: Raw) => [
        str(r.id),
        stateText(r.status),
        str(r.from_unit_name),
        str(r.sender_name),
        str(r.from_head_name),
        str(r.to_unit_name),
        str(r.subject_name),
        str(r.uscc),
        str(r.county),
        [str(r.source), str(r.source_note)].filter(Boolean).join('：'),
        [...json<string[]>(r.violations), str(r.violation_note)].filter(Boolean).join('、'),
        str(r.description),
        str(r.opinion),
        str(r.receiver_opinion),
        str(r.handler_name),
        str(r.deadline),
        when(r.submitted_at),
        when(r.closed_at),
        paths.get(str(r.id)) ?? '',
      ]),
      last: lastKey(rows, after),
    };
  },
};

export const DRAWS: LedgerSheet = {
  name: '双随机抽查',
  columns: [
    { header: '抽查编号', width: 16 },
    { header: '实施单位', width: 22 },
    { header: '发起人', width: 10 },
    { header: '检查开始日期', width: 12 },
    { header: '检查结束日期', width: 12 },
    { header: '抽取顺序', width: 8 },
    { header: '企业名称', width: 28 },
    { header: '统一社会信用代码', width: 20 },
    { header: '执法检查人员', width: 20 },
    { header: '检查计划编号', width: 16 },
    { header: '未备案原因', width: 24 },
    { header: '检查结果', width: 24 },
    { header: '检查日期', width: 12 },
    { header: '备注', width: 24 },
    { header: '登记人', width: 10 },
    { header: '抽取时间', width: 17 },
  ],
  async page(db, range, after, limit) {
    const { start, end } = instants(range);
    const rows = await rowsOf(
      db,
      sql`SELECT i.rowid AS k, i.draw_id, i.idx, i.enterprise_name, i.uscc, i.inspectors, i.request_id,
        i.blocked_reason, i.outcome, i.inspected_on, i.note, i.recorded_by_name, d.unit_name, d.initiator_name, d.from_date, d.to_date, d.created_at
        FROM draw_items i JOIN draws d ON d.id = i.draw_id
        WHERE d.created_at >= ${start} AND d.created_at < ${end} AND i.rowid > ${after}
        ORDER BY i.rowid LIMIT ${limit}`,
    );
    return {
      rows: rows.map((r) => [
        str(r.draw_id),
        str(r.unit_name),
        str(r.initiator_name),
        str(r.from_date),
        str(r.to_date),
        Number(r.idx) + 1,
        str(r.enterprise_name),
        str(r.uscc),
        json<{ name: string }[]>(r.inspectors)
          .map((p) => p.name)
          .join('、'),
        str(r.request_id),
        str(r.blocked_reason),
        isOutcome(r.outcome) ? OUTCOMES[r.outcome] : '',
        str(r.inspected_on),
        str(r.note),
        str(r.recorded_by_name),
        when(r.created_at),
      ]),
      last: lastKey(rows, after),
    };
  },
};
