import { loadDirectory } from '../../directory/directory-repo.js';
import {
  declareConflict,
  listDeclaredConflicts,
  verifyStoredDraw,
  withdrawDeclaredConflict,
} from '../../features/draws/index.js';
import { Refusal } from '../../app/refusal.js';
import type { CliCommand, CliContext } from '../cli-context.js';

const USAGE = [
  '用法：npm run cli -- draw verify ID（核对承诺值、名单摘要和种子，并重新抽取比对）',
  '      npm run cli -- draw conflict add 人员(open_id或人员编号) 企业(名称或统一社会信用代码) 理由',
  '      npm run cli -- draw conflict list',
  '      npm run cli -- draw conflict remove 编号',
].join('\n');

async function verify(id: string, ctx: CliContext): Promise<number> {
  const verdict = await verifyStoredDraw(ctx.store.db, id.toUpperCase());
  if (!verdict) {
    ctx.err(`未找到抽查${id}。`);
    return 1;
  }
  const { view } = verdict;
  const facts = `随机种子${view.input.seed}，企业库${view.input.enterprises.length}家，检查人员库${view.input.inspectors.length}人，回避${view.input.recusals.length}人次，抽中${view.result.assignments.length}家`;
  const test = verdict.seedScheme === 'test' ? '（测试抽查）' : '';
  if (verdict.same) {
    ctx.out(
      `抽查${view.id}${test}复核一致：${facts}；${verdict.seedNote}；按公布的种子和名单重新抽取，结果与记录完全相同。`,
    );
    return 0;
  }
  ctx.err(`抽查${view.id}${test}复核不一致（${facts}；${verdict.seedNote}）：`);
  for (const line of verdict.differences) ctx.err(`  ${line}`);
  return 1;
}

async function conflict([verb, ...rest]: string[], ctx: CliContext): Promise<number> {
  const directory = await loadDirectory(ctx.store.db);
  if (!directory) {
    ctx.err('尚未导入组织机构。');
    return 1;
  }
  const services = { store: ctx.store, now: () => new Date() };
  if (verb === 'list') {
    const rows = await listDeclaredConflicts(services, directory);
    for (const r of rows) ctx.out([r.id, r.personName, r.enterpriseName, r.uscc, r.reason].join('\t'));
    ctx.out(`共 ${rows.length} 条有效回避申报。`);
    return 0;
  }
  if (verb === 'add' && rest.length >= 3) {
    const [person = '', enterprise = '', ...reason] = rest;
    const declared = await declareConflict(
      services,
      directory,
      { person, enterprise, reason: reason.join(' ') },
      'cli',
    );
    ctx.out(
      `已登记回避申报${declared.id}：${declared.personName}不参与${declared.enterpriseName}的双随机抽查。`,
    );
    return 0;
  }
  if (verb === 'remove' && rest[0] && /^\d+$/.test(rest[0])) {
    await withdrawDeclaredConflict(services, Number(rest[0]), 'cli');
    ctx.out(`已撤销回避申报${rest[0]}。`);
    return 0;
  }
  ctx.err(USAGE);
  return 2;
}

/** `draw verify` re-derives a draw from its published input; `draw conflict` keeps declared conflicts. */
export const drawCommand: CliCommand = async ([verb, ...rest], ctx) => {
  try {
    if (verb === 'verify' && rest[0]) return await verify(rest[0], ctx);
    if (verb === 'conflict') return await conflict(rest, ctx);
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    ctx.err(err.message);
    return 1;
  }
  ctx.err(USAGE);
  return 2;
};
