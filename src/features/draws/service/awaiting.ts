import type { AwaitingResult } from '../../../../cards/draws/view.js';
import type { Directory } from '../../../domain/org.js';
import { planStatuses, unpublishedItems, type DrawRow, type ItemRow } from '../store/draw-repo.js';
import type { Reader } from '../../../store/db.js';

export interface AwaitingItem {
  draw: DrawRow;
  item: ItemRow;
}

/** Drawn enterprises whose plan was approved and whose result is not yet public. */
export async function awaitingItems(db: Reader): Promise<AwaitingItem[]> {
  const rows = await unpublishedItems(db);
  const statuses = await planStatuses(
    db,
    rows.flatMap((row) => (row.item.requestId ? [row.item.requestId] : [])),
  );
  return rows.filter((row) => row.item.requestId && statuses.get(row.item.requestId) === 'approved');
}

/** Those a person may record: as head of the drawing unit, or as one of the enterprise's inspectors. */
export function awaitingFor(
  directory: Directory,
  personId: string,
  items: readonly AwaitingItem[],
): AwaitingItem[] {
  const headed = new Set(directory.units.filter((u) => u.head === personId).map((u) => u.id));
  return items.filter(
    ({ draw, item }) => headed.has(draw.unitId) || item.inspectors.some((i) => i.personId === personId),
  );
}

export function asAwaitingResult({ draw, item }: AwaitingItem): AwaitingResult {
  return {
    drawId: draw.id,
    uscc: item.uscc,
    enterpriseName: item.enterpriseName,
    from: draw.from,
    to: draw.to,
    publishDue: draw.publishDue,
  };
}
