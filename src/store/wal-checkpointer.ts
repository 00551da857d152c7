/** A burst longer than this still gets a checkpoint, so the write-ahead log stays bounded. */
const MAX_DEFER_MS = 10_000;

/**
 * Copies the write-ahead log into the database file while the edge is quiet. SQLite would do it
 * inside whichever commit crosses its threshold, stopping the event loop for tens of milliseconds in
 * the middle of a burst of events (BENCHMARKS.md); connections leave that off (native-connections.ts).
 * A passive checkpoint takes no lock from readers or writers, and costs nothing when the log is empty.
 */
export class WalCheckpointer {
  private timer: ReturnType<typeof setInterval> | undefined;
  private last = Date.now();
  private running = false;

  constructor(
    private readonly checkpoint: () => Promise<void>,
    private readonly edgeIsQuiet: () => boolean,
    private readonly onError: (err: unknown) => void,
  ) {}

  start(everyMs = 1000): void {
    this.timer ??= setInterval(() => void this.tick(), everyMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async tick(now = Date.now()): Promise<boolean> {
    if (this.running || (!this.edgeIsQuiet() && now - this.last < MAX_DEFER_MS)) return false;
    this.running = true;
    try {
      await this.checkpoint();
      this.last = now;
      return true;
    } catch (err) {
      this.onError(err);
      return false;
    } finally {
      this.running = false;
    }
  }
}
