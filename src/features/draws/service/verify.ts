import { verifyDraw } from '../../../domain/draws/index.js';
import { inputDigest } from '../digest.js';
import type { Reader } from '../../../store/db.js';
import { loadDrawView, type DrawView } from '../view.js';

export interface StoredVerdict {
  view: DrawView;
  same: boolean;
  differences: string[];
}

/**
 * Re-derives a stored draw from its published input: the digest must match the input, the rerun
 * must match the recorded result, and the enterprises and inspectors on file must match both.
 */
export async function verifyStoredDraw(db: Reader, id: string): Promise<StoredVerdict | undefined> {
  const view = await loadDrawView(db, id);
  if (!view) return undefined;
  const differences: string[] = [];
  if (inputDigest(view.input) !== view.inputDigest) differences.push('记录的抽取输入与公布的摘要不符');
  const verdict = verifyDraw(view.input, view.result);
  if (!verdict.same) differences.push(...verdict.differences);
  const rows = Math.max(view.items.length, view.result.assignments.length);
  for (let i = 0; i < rows; i += 1) {
    const item = view.items[i];
    const drawn = view.result.assignments[i];
    const onFile = item ? `${item.uscc}（${item.inspectors.map((p) => p.personId).join('、')}）` : '无';
    const inResult = drawn ? `${drawn.uscc}（${drawn.inspectors.join('、')}）` : '无';
    if (onFile !== inResult) differences.push(`第${i + 1}家登记为${onFile}，抽取结果为${inResult}`);
  }
  return { view, same: differences.length === 0, differences };
}
