import { loadConfig, type Config } from '../config.js';
import { openStore, type Store } from '../store/db.js';

/** What a command that opens no store gets (backup, restore: they work on the files themselves). */
export interface CliBase {
  config: Config;
  out(line: string): void;
  err(line: string): void;
}

export interface CliContext extends CliBase {
  store: Store;
}

export type CliCommand = (args: string[], ctx: CliContext) => Promise<number>;
export type FileCommand = (args: string[], ctx: CliBase) => Promise<number>;

export function cliBase(): CliBase {
  return {
    config: loadConfig(process.env),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

export async function openCliContext(): Promise<CliContext> {
  const base = cliBase();
  return { ...base, store: await openStore(base.config.databaseUrl, base.config.databaseAuthToken) };
}
