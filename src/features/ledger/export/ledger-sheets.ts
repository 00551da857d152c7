import { sql, type SQL } from 'drizzle-orm';
import { DECISION_LABELS, METHOD_LABELS, STATUS_LABELS, typeText } from '../../../domain/approvals/labels.js';
import type { ApprovalForm } from '../../../domain/approvals/form.js';
import type { Database } from '../../../store/db.js';
import { bureauDateTime } from '../../../time.js';
import { instants, type LedgerRange } from './ledger-range.js';

export type LedgerCell = string | number;

/**
 * One sheet of the ledger: its Chinese headers and how to read its rows a page at a time, so no
 * more than one page is ever held. Names are those the annex forms carry; open_ids, ID numbers and
 * other identifiers people do not write on the forms stay out.
 */
export interface LedgerSheet {
  name: string;
  columns: readonly { header: string; width: number }[];
  page(
    db: Database,
    range: LedgerRange,
    after: number,
    limit: number,
  ): Promise<{ rows: LedgerCell[][]; last: number }>;
}

export type Raw = Record<string, unknown>;
export const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
export const when = (v: unknown): string => (v ? bureauDateTime(String(v)) : '');
export const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

export async function rowsOf(db: Database, query: SQL): Promise<Raw[]> {
  return db.all<Raw>(query);
}

export function lastKey(rows: Raw[], after: number): number {
  return rows.length ? Number(rows[rows.length - 1]?.k) : after;
}

/** Lines per owner id, in the order the rows come, joined by line breaks for one cell. */
export function linesByOwner(rows: Raw[], owner: string, line: (r: Raw) => string): Map<string, string> {
  const lines = new Map<string, string[]>();
  for (const r of rows) {
    const id = str(r[owner]);
    const list = lines.get(id) ?? [];
    list.push(line(r));
    lines.set(id, list);
  }
  return new Map([...lines].map(([id, list]) => [id, list.join('\n')]));
}

/** Each request's decisions in order, as lines: 「2026-01-05 10:00 大气环境科负责人 张三 同意：意见」. */
async function decisionPaths(db: Database, ids: string[]): Promise<Map<string, string>> {
  const rows = await rowsOf(
    db,
    sql`SELECT d.request_id, d.action, d.actor_name, d.on_behalf_of_name, d.to_name, d.comment, d.at, s.role_label
      FROM approval_decisions d LEFT JOIN approval_steps s ON s.request_id = d.request_id AND s.idx = d.step_idx
      WHERE d.request_id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY d.id`,
  );
  return linesByOwner(rows, 'request_id', (r) => {
    const action = DECISION_LABELS[r.action as keyof typeof DECISION_LABELS] ?? str(r.action);
    const who = `${str(r.role_label)} ${str(r.actor_name)}${r.on_behalf_of_name ? `（代 ${str(r.on_behalf_of_name)}）` : ''}`;
    return `${when(r.at)} ${who.trim()} ${action}${r.to_name ? ` ${str(r.to_name)}` : ''}${r.comment ? `：${str(r.comment)}` : ''}`;
  });
}

function requestPage(
  kind: 'plan' | 'special',
  toRow: (r: Raw, form: ApprovalForm, path: string) => LedgerCell[],
) {
  return async (db: Database, range: LedgerRange, after: number, limit: number) => {
    const { start, end } = instants(range);
    const rows = await rowsOf(
      db,
      sql`SELECT rowid AS k, id, status, unit_name, applicant_name, form, created_at, closed_at FROM approval_requests
        WHERE kind = ${kind} AND created_at >= ${start} AND created_at < ${end} AND rowid > ${after}
        ORDER BY rowid LIMIT ${limit}`,
    );
    const paths = await decisionPaths(
      db,
      rows.map((r) => str(r.id)),
    );
    return {
      rows: rows.map((r) => toRow(r, json<ApprovalForm>(r.form), paths.get(str(r.id)) ?? '')),
      last: lastKey(rows, after),
    };
  };
}

const status = (r: Raw) => STATUS_LABELS[r.status as keyof typeof STATUS_LABELS] ?? str(r.status);

export const PLANS: LedgerSheet = {
  name: '检查计划',
  columns: [
    { header: '编号', width: 16 },
    { header: '状态', width: 10 },
    { header: '承办单位', width: 22 },
    { header: '申请人', width: 10 },
    { header: '检查类型', width: 12 },
    { header: '检查依据', width: 28 },
    { header: '开始日期', width: 12 },
    { header: '结束日期', width: 12 },
    { header: '检查企业', width: 36 },
    { header: '执法人员', width: 20 },
    { header: '检查方式', width: 18 },
    { header: '检查内容', width: 36 },
    { header: '提交时间', width: 17 },
    { header: '办结时间', width: 17 },
    { header: '审批经过', width: 60 },
  ],
  page: requestPage('plan', (r, form, path) => {
    const f = form.kind === 'plan' ? form : undefined;
    return [
      str(r.id),
      status(r),
      str(r.unit_name),
      str(r.applicant_name),
      f ? typeText(f.type, f.typeNote) : '',
      f?.basis ?? '',
      form.from,
      form.to,
      f?.enterprises.map((e) => (e.uscc ? `${e.name}（${e.uscc}）` : e.name)).join('\n') ?? '',
      f?.inspectors.map((p) => p.name).join('、') ?? '',
      f?.methods.map((m) => METHOD_LABELS[m]).join('、') ?? '',
      f?.content ?? '',
      when(r.created_at),
      when(r.closed_at),
      path,
    ];
  }),
};

export const SPECIALS: LedgerSheet = {
  name: '专项检查',
  columns: [
    { header: '编号', width: 16 },
    { header: '状态', width: 10 },
    { header: '承办单位', width: 22 },
    { header: '申请人', width: 10 },
    { header: '专项检查名称', width: 28 },
    { header: '检查依据', width: 28 },
    { header: '检查重点', width: 28 },
    { header: '开始日期', width: 12 },
    { header: '结束日期', width: 12 },
    { header: '检查对象', width: 28 },
    { header: '检查内容', width: 36 },
    { header: '提交时间', width: 17 },
    { header: '办结时间', width: 17 },
    { header: '审批经过', width: 60 },
  ],
  page: requestPage('special', (r, form, path) => {
    const f = form.kind === 'special' ? form : undefined;
    return [
      str(r.id),
      status(r),
      str(r.unit_name),
      str(r.applicant_name),
      f?.name ?? '',
      f?.basis ?? '',
      f?.focus ?? '',
      form.from,
      form.to,
      f?.targets ?? '',
      f?.content ?? '',
      when(r.created_at),
      when(r.closed_at),
      path,
    ];
  }),
};
