/**
 * One writer at a time. The embedded libSQL driver blocks the event loop while it waits on a
 * busy database, so concurrent write transactions in one process deadlock or fail; queueing them
 * in-process is what made 200 concurrent writers all succeed (FACTS §8).
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
