import type { Services } from './app/services.js';
import { pruneProcessed } from './inbox/inbox-repo.js';
import { scrubError } from './log.js';

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
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly jobs: PeriodicJob[];

  constructor(
    private readonly services: Services,
    jobs: PeriodicJob[],
  ) {
    this.jobs = [pruneInbox, ...jobs];
  }

  start(everyMs = 5 * 60_000): void {
    this.timer ??= setInterval(() => void this.tick(), everyMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
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
