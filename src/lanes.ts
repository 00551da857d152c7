/**
 * Runs `work` over `items` with up to `limit` lanes at a time. Items with the same key share a lane
 * and run one after another in their order, so one chat's or one person's messages never overtake
 * each other; different keys overlap, so their writes share a commit and their sends overlap.
 * `work` returning false closes the rest of its lane for this round.
 */
export async function inLanes<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  limit: number,
  work: (item: T) => Promise<boolean>,
): Promise<void> {
  const lanes = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const lane = lanes.get(key);
    if (lane) lane.push(item);
    else lanes.set(key, [item]);
  }
  const queue = [...lanes.values()];
  const runner = async () => {
    for (let lane = queue.shift(); lane; lane = queue.shift()) {
      for (const item of lane) if (!(await work(item))) break;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, runner));
}
