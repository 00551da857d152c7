import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { FileUploader } from '../outbox/files.js';
import type { Store } from '../store/db.js';

/** What every handler may use; built once at start-up and passed in, never read from the environment. */
export interface Services {
  config: Config;
  store: Store;
  log: Logger;
  /** Asks the outbox sender to deliver what was just committed. */
  kickOutbox(): void;
  /** Asks the queue worker to run the follow-ups just committed (see follow-ups.ts). */
  kickFollowUps(): void;
  now(): Date;
  /** Uploads files to Lark; absent in local mode, where the simulator gets a download link instead. */
  files?: FileUploader;
}
