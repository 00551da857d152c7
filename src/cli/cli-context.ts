import { loadConfig, type Config } from '../config.js';
import { openStore, type Store } from '../store/db.js';

export interface CliContext {
  config: Config;
  store: Store;
  out(line: string): void;
  err(line: string): void;
}

export type CliCommand = (args: string[], ctx: CliContext) => Promise<number>;

export async function openCliContext(): Promise<CliContext> {
  const config = loadConfig(process.env);
  const store = await openStore(config.databaseUrl, config.databaseAuthToken);
  return {
    config,
    store,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}
