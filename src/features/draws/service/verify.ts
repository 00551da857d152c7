import { checkCommitment, type SeedScheme } from '../../../domain/draws/index.js';
import { verifyDraw } from '../../../domain/draws/index.js';
import { inputDigest, sha256Hex } from '../digest.js';
import type { Reader } from '../../../store/db.js';
import { loadDrawView, type DrawView } from '../view.js';

export interface StoredVerdict {
  view: DrawView;
  same: boolean;
  differences: string[];
  seedScheme: SeedScheme;
  /** One sentence on how the seed itself was checked. */
  seedNote: string;
}

const SEED_NOTES: Record<SeedScheme, string> = {
  'commit-reveal-v1': '种子由抽取时生成的秘密值与冻结名单摘要导出，已核对承诺值、名单摘要和种子',
  test: '测试种子：由调用方在测试环境指定，不能证明抽取未受干预',
  legacy: '早期抽查（legacy）：抽取时尚无承诺机制，仅按记录的种子复核',
};

/** The commitment of a committed draw: the stored secret must hash to it and derive the seed. */
function commitmentProblems(view: DrawView): string[] {
  if (view.seed.scheme !== 'commit-reveal-v1') return [];
  const { commitment, poolsDigest, secret } = view.seed;
  if (!commitment || !poolsDigest || !secret) return ['记录缺少承诺值、名单摘要或秘密值'];
  return checkCommitment(view.input, { commitment, poolsDigest, secret }, sha256Hex);
}

/**
 * Re-derives a stored draw from its published input: the commitment must hold (secret → commitment,
 * pools → digest, both → seed), the digest must match the input, the rerun must match the recorded
 * result, and the enterprises and inspectors on file must match both.
 */
export async function verifyStoredDraw(db: Reader, id: string): Promise<StoredVerdict | undefined> {
  const view = await loadDrawView(db, id);
  if (!view) return undefined;
  const differences = commitmentProblems(view);
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
  return {
    view,
    same: differences.length === 0,
    differences,
    seedScheme: view.seed.scheme,
    seedNote: SEED_NOTES[view.seed.scheme],
  };
}
