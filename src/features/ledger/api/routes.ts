import { Hono, type Context } from 'hono';
import type { Services } from '../../../app/services.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { mayExportLedger } from '../../../domain/admins.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { linkSecret, readLinkToken } from '../../stats/index.js';
import { LedgerUnavailable, ledgerStream } from '../export/ledger-file.js';
import { ledgerFileName, type LedgerRange } from '../export/ledger-range.js';
import { rangeFromQuery } from '../range-input.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function answerLedger(
  c: Context,
  services: Services,
  range: LedgerRange,
  actor: string,
): Promise<Response> {
  const bureau = (await loadDirectory(services.store.db))?.bureau ?? '';
  let body: ReadableStream;
  try {
    body = await ledgerStream(services.store.db, range, bureau);
  } catch (e) {
    if (e instanceof LedgerUnavailable) return c.json({ error: e.message }, 501);
    throw e;
  }
  await services.store.write((tx) =>
    appendAudit(tx, {
      actor,
      action: 'ledger.exported',
      entity: 'ledger',
      entityId: `${range.from}..${range.to}`,
      detail: { from: range.from, to: range.to, via: 'download' },
    }),
  );
  const name = encodeURIComponent(ledgerFileName(range));
  c.header('Content-Type', XLSX);
  c.header(
    'Content-Disposition',
    `attachment; filename="ledger-${range.from}-${range.to}.xlsx"; filename*=UTF-8''${name}`,
  );
  c.header('Cache-Control', 'no-store');
  return c.body(body);
}

/** `GET /api/v1/exports/ledger.xlsx?from=&to=`: behind the API token. */
export function ledgerApi(services: Services): Hono {
  const api = new Hono();
  api.get('/exports/ledger.xlsx', async (c) => {
    const asked = rangeFromQuery(c.req.query('from'), c.req.query('to'));
    if (!asked.ok) return c.json({ error: asked.message }, 400);
    return answerLedger(c, services, asked.range, 'api');
  });
  return api;
}

/** `GET /exports/ledger.xlsx?t=&from=&to=`: the signed link the chat gives in local mode. */
export function ledgerPages(services: Services): Hono {
  const pages = new Hono();
  pages.get('/exports/ledger.xlsx', async (c) => {
    const directory = await loadDirectory(services.store.db);
    const token = c.req.query('t') ?? '';
    const openId = token ? readLinkToken(await linkSecret(services.store), token, services.now()) : undefined;
    const person = openId ? directory?.people.find((p) => p.openId === openId) : undefined;
    if (!directory || !person || !mayExportLedger(directory, person.id))
      return c.text('链接无效或已过期，或您无权导出台账。请在飞书中重新发送「导出台账」。', 403);
    const asked = rangeFromQuery(c.req.query('from'), c.req.query('to'));
    if (!asked.ok) return c.text(asked.message, 400);
    return answerLedger(c, services, asked.range, person.id);
  });
  return pages;
}
