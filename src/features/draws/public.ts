import { findEnterprises } from '../../directory/directory-repo.js';
import { OUTCOMES, type Outcome } from '../../domain/draws/index.js';
import type { Database } from '../../store/db.js';
import { publishedItems } from './store/draw-repo.js';
import { loadDrawView } from './view.js';

/** One published 双随机 result (一公开): no personal data by design. */
export interface DrawResultRow {
  drawId: string;
  enterpriseName: string;
  uscc: string;
  inspectedOn: string;
  unitName: string;
  outcome: string;
  note: string | null;
  publishedAt: string;
}

/** Published results for the public page, newest publication first. */
export async function listDrawResults(db: Database): Promise<DrawResultRow[]> {
  const rows = await publishedItems(db);
  return rows.map(({ draw, item }) => ({
    drawId: draw.id,
    enterpriseName: item.enterpriseName,
    uscc: item.uscc,
    inspectedOn: item.inspectedOn ?? '',
    unitName: draw.unitName,
    outcome: OUTCOMES[item.outcome as Outcome] ?? item.outcome ?? '',
    note: item.note,
    publishedAt: item.publishedAt ?? '',
  }));
}

export const ALGORITHM_TEXT =
  'SplitMix64（Steele、Lea、Flood 2014；参考实现 splitmix64.c），以种子（16位十六进制）为初始状态。' +
  '取数 below(n)：取下一个64位输出 r，若 r ≥ 2^64 − (2^64 mod n) 则重取，否则为 r mod n。' +
  '先从按代码排序的企业名单中以 Fisher–Yates 前 count 步抽取企业（第 i 步与 i + below(剩余数) 位交换）；' +
  '再按抽中顺序，对每家企业从排除回避人员后的人员名单中以同法抽取 perEnterprise 人，人员按代码排序。';

/**
 * The material of a draw anyone may re-run: seed, canonical pools, recusals and result. Held back
 * until the inspection period has ended, so publishing it cannot warn the drawn enterprises.
 */
export async function drawMaterial(db: Database, id: string, today: string) {
  const view = await loadDrawView(db, id);
  if (!view || today <= view.to) return undefined;
  const names = new Map((await findEnterprises(db, view.input.enterprises)).map((e) => [e.uscc, e.name]));
  return {
    id: view.id,
    unit: view.unit.name,
    period: { from: view.from, to: view.to },
    algorithm: view.input.algorithm,
    algorithmText: ALGORITHM_TEXT,
    inputDigest: view.inputDigest,
    input: view.input,
    enterpriseNames: Object.fromEntries(view.input.enterprises.map((uscc) => [uscc, names.get(uscc) ?? ''])),
    excluded: view.excluded.map(({ uscc, name, reason }) => ({ uscc, name, reason })),
    result: view.result,
  };
}
