import { ConfigError } from '../config.js';
import { cliBase, openCliContext, type CliCommand, type FileCommand } from './cli-context.js';
/**
 * Each command's module is loaded only when it runs: an import should not carry the Lark SDK, the
 * policy index or the ledger writer in its memory.
 */
type Lazy<T> = () => Promise<T>;

const importing =
  (kind: 'enterprises' | 'quiet-periods' | 'positive-list'): Lazy<CliCommand> =>
  async () =>
    (await import('./commands/import-command.js')).importCommand(kind);

const COMMANDS: Record<string, Lazy<CliCommand>> = {
  org: async () => (await import('./commands/org-command.js')).orgCommand,
  enterprises: importing('enterprises'),
  'quiet-periods': importing('quiet-periods'),
  'positive-list': importing('positive-list'),
  audit: async () => (await import('./commands/audit-command.js')).auditCommand,
  outbox: async () => (await import('./commands/outbox-command.js')).outboxCommand,
  inbox: async () => (await import('./commands/inbox-command.js')).inboxCommand,
  ask: async () => (await import('./commands/ask-command.js')).askCommand,
  draw: async () => (await import('./commands/draw-command.js')).drawCommand,
  archive: async () => (await import('./commands/archive-command.js')).archiveCommand,
  doctor: async () => (await import('./commands/doctor-command.js')).doctorCommand,
  export: async () => (await import('./commands/export-command.js')).exportCommand,
};

/** Commands that work on the database files themselves and must not open (or create) the store. */
const FILE_COMMANDS: Record<string, Lazy<FileCommand>> = {
  backup: async () => (await import('./commands/backup-command.js')).backupCommand,
  restore: async () => (await import('./commands/restore-command.js')).restoreCommand,
};

const USAGE = `用法：npm run cli -- <命令>
  org import FILE              导入组织机构（校验全部引用，失败则不作任何更改；人员可写手机号或邮箱）
  org sync [--map FILE] [--apply] [--json]  按映射文件从飞书通讯录生成组织机构（默认仅预览）
  enterprises import FILE [--skip-invalid]    导入企业名录（.xlsx、.csv 或 .json）
  quiet-periods import FILE [--skip-invalid]  导入企业安静期（同上）
  positive-list import FILE [--skip-invalid]  导入监督执法正面清单（同上；未列入的企业移出清单）
  export ledger --from YYYY-MM-DD --to YYYY-MM-DD --out FILE  导出台账（.xlsx）
  export questions --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--unhelpful]  导出政策问答（JSON，供标注；--unhelpful 仅含被标为「没用」的）
  audit verify                 校验审计链
  outbox list [--all]          列出无法送达（或全部）的消息及原因
  outbox requeue ID…|--all-dead  重新发送失败的消息
  inbox list [--all]           列出多次处理失败（或全部）的事件与后续处理
  inbox requeue ID…|--all-failed  重新处理失败的事件
  ask "问题"                   按实施方案答复问题，引用原文
  ask --jsonl                  逐行读取 {"id","q"}，逐行输出答复 JSON
  draw verify ID               重新推演双随机抽查结果并核对
  draw conflict add|list|remove  登记、查看、撤销执法人员利害关系回避
  backup FILE                  在线备份数据库到 FILE 并校验（另写 FILE.json 说明文件）
  restore FILE [--force]       将校验通过的备份恢复到空数据库（非空须停服并加 --force）
  archive --year YYYY [--out FILE]  导出该年度的审批、移送、抽查记录及其审计记录
  doctor                       检查飞书应用凭证、机器人能力与所需权限`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const fileCommand = name ? FILE_COMMANDS[name] : undefined;
  if (fileCommand) return (await fileCommand())(args, cliBase());
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const command = await load();
  const ctx = await openCliContext();
  try {
    return await command(args, ctx);
  } finally {
    await ctx.store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `${err instanceof ConfigError ? err.message : `执行失败：${(err as Error).message}`}\n`,
    );
    process.exit(1);
  },
);
