import { BackupJob } from './backup/backup-job.js';
import { Repeating } from './repeating.js';
import type { Services } from './app/services.js';
import { scrubError } from './log.js';
import { pruneProcessed } from './retention.js';

export interface PeriodicJob {
  name: string;
  run(services: Services): Promise<void>;
}

const pruneInbox: PeriodicJob = {
  name: 'prune-inbox',
  run: async (services) => {
    await pruneProcessed(services.store, 7, services.now());
  },
};

/**
 * Runs every periodic job in turn. Node calls `tick` from a timer; the Workers entry calls it from
 * its Cron Trigger, so reminders behave the same on both.
 */
export class Scheduler {
  private readonly timer = new Repeating();
  private readonly jobs: PeriodicJob[];

  constructor(
    private readonly services: Services,
    jobs: PeriodicJob[],
  ) {
    // Scheduled backups copy an embedded file; a libSQL server has its own recovery (README).
    const backup = services.config.backup && services.store.wal ? [new BackupJob()] : [];
    this.jobs = [pruneInbox, ...jobs, ...backup];
  }

  start(everyMs = 5 * 60_000): void {
    this.timer.start(everyMs, () => this.tick());
  }

  stop(): void {
    this.timer.stop();
  }

  async tick(): Promise<void> {
    for (const job of this.jobs) {
      try {
        await job.run(this.services);
      } catch (err) {
        this.services.log.error({ job: job.name, err: scrubError(err) }, 'periodic job failed');
      }
    }
  }
}
