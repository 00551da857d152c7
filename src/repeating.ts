/**
 * A timer for the background loops (inbox, outbox, scheduler, checkpoints): it does not keep the
 * process alive, and starting it again while it runs changes nothing.
 */
export class Repeating {
  private timer: ReturnType<typeof setInterval> | undefined;

  start(everyMs: number, work: () => Promise<unknown>): void {
    this.timer ??= setInterval(() => void work(), everyMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
