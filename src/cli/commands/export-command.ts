import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadDirectory } from '../../directory/directory-repo.js';
import { ledgerToFile, rangeFromQuery, type LedgerRange } from '../../features/ledger/index.js';
import { exportQuestions } from '../../features/policy/index.js';
import { appendAudit } from '../../store/audit-repo.js';
import type { CliCommand, CliContext } from '../cli-context.js';

const USAGE = `用法：npm run cli -- export ledger --from YYYY-MM-DD --to YYYY-MM-DD --out FILE
      npm run cli -- export questions --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--unhelpful]`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Plans, special inspections, referrals and draws of the period, one sheet each. */
async function exportLedger(ctx: CliContext, range: LedgerRange, file: string): Promise<string> {
  const bureau = (await loadDirectory(ctx.store.db))?.bureau ?? '';
  const counts = await ledgerToFile(ctx.store.db, range, bureau, file);
  await ctx.store.write((tx) =>
    appendAudit(tx, {
      actor: 'cli',
      action: 'ledger.exported',
      entity: 'ledger',
      entityId: `${range.from}..${range.to}`,
      detail: { from: range.from, to: range.to, via: 'cli', counts },
    }),
  );
  const parts = Object.entries(counts).map(([sheet, n]) => `${sheet} ${n} 条`);
  return `已导出 ${range.from} 至 ${range.to} 的台账到 ${file}：${parts.join('，')}。`;
}

/**
 * The policy questions asked in chat, as drafts of a question set for a person to label; written
 * whole or not at all, so a half file is never taken for the period's questions.
 */
async function exportAsked(ctx: CliContext, range: LedgerRange, file: string, unhelpful: boolean) {
  const drafts = await exportQuestions(ctx.store.db, range, { unhelpfulOnly: unhelpful });
  const partial = `${file}.partial`;
  try {
    await writeFile(partial, `${JSON.stringify(drafts, null, 1)}\n`, 'utf8');
    await rename(partial, file);
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  }
  await ctx.store.write((tx) =>
    appendAudit(tx, {
      actor: 'cli',
      action: 'policy.questions-exported',
      entity: 'policy-questions',
      entityId: `${range.from}..${range.to}`,
      detail: { from: range.from, to: range.to, unhelpfulOnly: unhelpful, count: drafts.length },
    }),
  );
  const which = unhelpful ? '被标为「没用」的政策问答' : '政策问答';
  return `已导出 ${range.from} 至 ${range.to} ${which} ${drafts.length} 条到 ${file}。`;
}

/** `export ledger` for the bureau's records; `export questions` for labelling the answers given. */
export const exportCommand: CliCommand = async (args, ctx) => {
  const [what] = args;
  const out = option(args, '--out');
  const unhelpful = args.includes('--unhelpful');
  if ((what !== 'ledger' && what !== 'questions') || !out || (unhelpful && what !== 'questions')) {
    ctx.err(USAGE);
    return 2;
  }
  const asked = rangeFromQuery(option(args, '--from'), option(args, '--to'));
  if (!asked.ok) {
    ctx.err(`${asked.message}\n${USAGE}`);
    return 2;
  }
  const file = resolve(out);
  ctx.out(
    what === 'ledger'
      ? await exportLedger(ctx, asked.range, file)
      : await exportAsked(ctx, asked.range, file, unhelpful),
  );
  return 0;
};
