import { OrgMapError } from '../../directory/org-map-file.js';
import { OrgSyncSetupError, planJson, planText, syncOrg } from '../../features/org/index.js';
import { ContactError } from '../../lark/lark-contacts.js';
import { createLogger } from '../../log.js';
import type { CliCommand } from '../cli-context.js';
import { importCommand } from './import-command.js';

const USAGE = '用法：npm run cli -- org import FILE | org sync [--map FILE] [--apply] [--json]';

/** `org sync [--map FILE] [--apply] [--json]`: the directory from Lark's contacts and the map. */
export const orgSyncCommand: CliCommand = async (args, ctx) => {
  const mapAt = args.indexOf('--map');
  const mapFile = mapAt >= 0 ? args[mapAt + 1] : undefined;
  const known = new Set(['--apply', '--json', '--map', ...(mapFile ? [mapFile] : [])]);
  if ((mapAt >= 0 && !mapFile) || args.some((a) => !known.has(a))) {
    ctx.err(USAGE);
    return 2;
  }
  const [apply, json] = [args.includes('--apply'), args.includes('--json')];
  try {
    const plan = await syncOrg(ctx.store, ctx.config, createLogger('silent'), {
      mapFile,
      apply,
      actor: 'cli',
    });
    const applied = plan.ok && apply;
    if (json) ctx.out(JSON.stringify(planJson(plan, applied), null, 2));
    else for (const line of planText(plan, applied)) (plan.ok ? ctx.out : ctx.err)(line);
    return plan.ok ? 0 : 1;
  } catch (e) {
    if (e instanceof OrgSyncSetupError || e instanceof OrgMapError || e instanceof ContactError) {
      ctx.err(e instanceof ContactError ? `读取飞书通讯录失败，未作任何更改：${e.message}` : e.message);
      return 1;
    }
    throw e;
  }
};

const importOrg = importCommand('org');

export const orgCommand: CliCommand = (args, ctx) =>
  args[0] === 'sync' ? orgSyncCommand(args.slice(1), ctx) : importOrg(args, ctx);
