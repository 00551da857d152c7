import { scrubError, type Logger } from './log.js';
import { Repeating } from './repeating.js';

/**
 * The loop behind the work queue and the outbox: one drain at a time; a kick while one runs makes it
 * look again before it ends; a slow poll kicks too (retries whose time has come). `begin` is called
 * once per drain and gives the pass to repeat, so a pass can keep state for the whole drain.
 */
export class DrainLoop {
  private running: Promise<void> | undefined;
  private again = false;
  private readonly timer = new Repeating();

  constructor(
    private readonly name: string,
    private readonly begin: () => () => Promise<void>,
    private readonly log: Logger,
  ) {}

  /** Drains at once (what a crash left), then every `pollMs`. */
  start(pollMs: number): void {
    this.timer.start(pollMs, () => this.kick());
    void this.kick();
  }

  stop(): void {
    this.timer.stop();
  }

  /** Starts a drain, or asks the running one to look again; resolves when it has ended. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    // Callers fire and forget; a database that cannot be written (locked, full) must not become an
    // unhandled rejection that ends the process. The rows stay pending for the next kick or poll.
    this.running = this.drain()
      .catch((err: unknown) =>
        this.log.error({ err: scrubError(err) }, `${this.name} drain stopped, will retry`),
      )
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async drain(): Promise<void> {
    const pass = this.begin();
    do {
      this.again = false;
      await pass();
    } while (this.again);
  }
}
