import { sql } from 'drizzle-orm';
import { OUTREACH_FORM_LABELS, type OutreachForm } from '../../../domain/prevention/outreach.js';
import { sourceLabel } from '../../../domain/prevention/sources.js';
import { WARNING_STATE_LABELS, type WarningState } from '../../../domain/prevention/warning.js';
import type { Database } from '../../../store/db.js';
import { instants } from './ledger-range.js';
import { json, lastKey, linesByOwner, rowsOf, str, when, type LedgerSheet } from './ledger-sheets.js';

/** 预警提醒 (第1条) sent within the period, with how the county branch followed each. */
export const WARNINGS: LedgerSheet = {
  name: '预警提醒',
  columns: [
    { header: '编号', width: 16 },
    { header: '状态', width: 10 },
    { header: '发现单位', width: 22 },
    { header: '发送人', width: 10 },
    { header: '企业名称', width: 28 },
    { header: '统一社会信用代码', width: 20 },
    { header: '所在县区', width: 10 },
    { header: '跟进分局', width: 22 },
    { header: '发现来源', width: 14 },
    { header: '违法风险', width: 40 },
    { header: '防控建议', width: 40 },
    { header: '此前提醒', width: 16 },
    { header: '移送线索编号', width: 16 },
    { header: '提醒时间', width: 17 },
    { header: '确认知悉时间', width: 17 },
    { header: '办结时间', width: 17 },
    { header: '办结人', width: 10 },
  ],
  async page(db, range, after, limit) {
    const { start, end } = instants(range);
    const rows = await rowsOf(
      db,
      sql`SELECT w.rowid AS k, w.id, w.status, w.unit_name, w.sender_name, w.enterprise_name, w.uscc, w.county,
        u.name AS branch_name, w.source, w.risk, w.advice, w.repeat_of, w.referral_id, w.sent_at,
        w.acknowledged_at, w.closed_at, w.closed_by_name
        FROM warnings w LEFT JOIN units u ON u.id = w.branch_id
        WHERE w.sent_at >= ${start} AND w.sent_at < ${end} AND w.rowid > ${after}
        ORDER BY w.rowid LIMIT ${limit}`,
    );
    return {
      rows: rows.map((r) => [
        str(r.id),
        WARNING_STATE_LABELS[r.status as WarningState] ?? str(r.status),
        str(r.unit_name),
        str(r.sender_name),
        str(r.enterprise_name),
        str(r.uscc),
        str(r.county),
        str(r.branch_name),
        sourceLabel(str(r.source)),
        str(r.risk),
        str(r.advice),
        str(r.repeat_of),
        str(r.referral_id),
        when(r.sent_at),
        when(r.acknowledged_at),
        when(r.closed_at),
        str(r.closed_by_name),
      ]),
      last: lastKey(rows, after),
    };
  },
};

/** The enterprises each activity reached, one per line: 「名称（统一社会信用代码）」. */
async function reached(db: Database, ids: string[]): Promise<Map<string, string>> {
  const rows = await rowsOf(
    db,
    sql`SELECT activity_id, enterprise_name, uscc FROM outreach_enterprises
      WHERE activity_id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY rowid`,
  );
  return linesByOwner(rows, 'activity_id', (r) => `${str(r.enterprise_name)}（${str(r.uscc)}）`);
}

/** 送法入企 activities (第2条) held within the period, by their date. */
export const OUTREACH: LedgerSheet = {
  name: '送法入企',
  columns: [
    { header: '编号', width: 16 },
    { header: '活动日期', width: 12 },
    { header: '组织单位', width: 22 },
    { header: '活动形式', width: 14 },
    { header: '主题', width: 36 },
    { header: '覆盖企业数', width: 10 },
    { header: '覆盖企业', width: 40 },
    { header: '工作人员', width: 24 },
    { header: '登记人', width: 10 },
    { header: '登记时间', width: 17 },
  ],
  async page(db, range, after, limit) {
    const rows = await rowsOf(
      db,
      sql`SELECT rowid AS k, id, date, unit_name, form, topic, team, recorded_by_name, recorded_at
        FROM outreach_activities WHERE date >= ${range.from} AND date <= ${range.to} AND rowid > ${after}
        ORDER BY rowid LIMIT ${limit}`,
    );
    const enterprises = await reached(
      db,
      rows.map((r) => str(r.id)),
    );
    return {
      rows: rows.map((r) => {
        const list = enterprises.get(str(r.id)) ?? '';
        return [
          str(r.id),
          str(r.date),
          str(r.unit_name),
          OUTREACH_FORM_LABELS[r.form as OutreachForm] ?? str(r.form),
          str(r.topic),
          list ? list.split('\n').length : 0,
          list,
          json<string[]>(r.team).join('、'),
          str(r.recorded_by_name),
          when(r.recorded_at),
        ];
      }),
      last: lastKey(rows, after),
    };
  },
};
