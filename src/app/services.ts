import type { Config } from '../config.js';
import type { ApprovalCenterApi } from '../lark/approval-center.js';
import type { QuietCalendarApi } from '../lark/lark-calendar.js';
import type { Logger } from '../log.js';
import type { FileUploader } from '../outbox/files.js';
import type { Store } from '../store/db.js';
import type { MessageResources } from './message-resources.js';

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
  /** Downloads pictures and files people sent; absent in local mode, where there is no Lark to ask. */
  resources?: MessageResources;
  /** Feishu's approval center, when LARK_APPROVAL_CENTER=1 and the bot talks to Lark. */
  approvalCenter?: ApprovalCenterApi;
  /** The shared calendar 「企业安静期」, when LARK_QUIET_CALENDAR=1 and the bot talks to Lark. */
  quietCalendar?: QuietCalendarApi;
  /** Uploads files to Lark; absent in local mode, where the simulator gets a download link instead. */
  files?: FileUploader;
}
