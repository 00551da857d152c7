/** The edge counts as busy this long after its last event. */
const QUIET_MS = 50;
/** While it is busy, background work takes one item per this many milliseconds, all of it together. */
const PACE_MS = 100;

/**
 * Lark waits a few seconds for each answer and delivers again whatever it did not get in time, so in
 * a burst the edge answers first and the work behind it waits: background loops (inbox worker,
 * outbox sender) pass `giveWay` before each item. While events keep arriving they proceed at a
 * bounded pace, which caps their share of the event loop; when the edge is quiet they pass at once.
 */
export class EdgePressure {
  private lastEvent = Number.NEGATIVE_INFINITY;
  private nextSlot = 0;

  /** Called by the edge for every event it is asked to acknowledge. */
  noteEvent(): void {
    this.lastEvent = performance.now();
  }

  isQuiet(now = performance.now()): boolean {
    return now - this.lastEvent > QUIET_MS;
  }

  async giveWay(): Promise<void> {
    const now = performance.now();
    if (this.isQuiet(now)) return;
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + PACE_MS;
    await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
