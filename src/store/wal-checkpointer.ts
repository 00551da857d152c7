import { Repeating } from '../repeating.js';
import type { Wal } from './store.js';

/**
 * A burst that grows the log past this still gets a checkpoint, so the file stays bounded. It is high
 * because, though checkpoints run on their own thread, copying the log into the file and fsyncing it
 * shares the disk with the log's fsyncs that every ack waits for; ten seconds of a burst at full rate
 * grow the log by 250–350 MiB (BENCHMARKS.md).
 */
export const MAX_WAL_BYTES = 256 * 1024 * 1024;

/**
 * Copies the write-ahead log into the database file while the edge is quiet. SQLite would do it
 * inside whichever commit crosses its threshold, stopping the event loop for tens of milliseconds in
 * the middle of a burst of events (BENCHMARKS.md); connections leave that off (native-connections.ts).
 * A passive checkpoint takes no lock from readers or writers, and costs nothing when the log is empty.
 */
export class WalCheckpointer {
  private readonly timer = new Repeating();
  private running = false;

  constructor(
    private readonly wal: Pick<Wal, 'checkpoint' | 'bytes'>,
    private readonly edgeIsQuiet: () => boolean,
    private readonly onError: (err: unknown) => void,
  ) {}

  start(everyMs = 1000): void {
    this.timer.start(everyMs, () => this.tick());
  }

  stop(): void {
    this.timer.stop();
  }

  async tick(): Promise<boolean> {
    if (this.running || (!this.edgeIsQuiet() && this.wal.bytes() < MAX_WAL_BYTES)) return false;
    this.running = true;
    try {
      await this.wal.checkpoint();
      return true;
    } catch (err) {
      this.onError(err);
      return false;
    } finally {
      this.running = false;
    }
  }
}
