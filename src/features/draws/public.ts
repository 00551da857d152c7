import { findEnterprises } from '../../directory/directory-repo.js';
import { OUTCOMES, repeatedDraws, type Outcome } from '../../domain/draws/index.js';
import type { Database, Reader } from '../../store/db.js';
import { listDraws } from './service/list.js';
import { drawnPools, endedDraws, findDraw, publishedItems } from './store/draw-repo.js';
import { loadDrawView, seedJson } from './view.js';

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

/** The commit-reveal scheme in words an outsider can follow with any SHA-256 tool. */
export const SEED_SCHEME_TEXT =
  '随机种子不由任何人选定：抽取时，系统先冻结企业库、人员库和回避名单，再用密码学安全随机数生成256位秘密值（64位十六进制）；' +
  '当即记录并公布承诺值 = SHA-256（秘密值的64位十六进制文本）、名单摘要 = SHA-256（冻结名单的规范JSON，即 input 去掉 seed 字段）和抽取时间；' +
  '随机种子 = SHA-256（秘密值文本紧接名单摘要文本）的前16位十六进制数。检查期限结束后公开秘密值，任何人可核对：' +
  '秘密值的SHA-256等于承诺值，名单的SHA-256等于名单摘要，由二者导出的种子与公布的种子一致，再按公布的算法重新抽取，结果应与记录一致。' +
  '同一单位对同一企业库、同一检查期限再次抽取的，须写明理由并经单位负责人批准，各次抽取均予记录和公开。标为“测试”的抽取由测试环境指定种子，不作为正式抽查依据。';

/** The unit's other draws over an overlapping pool and period: every draw is on the record. */
async function relatedDraws(db: Reader, id: string) {
  const row = await findDraw(db, id);
  if (!row) return [];
  const pools = await drawnPools(db, row.unitId, row.from, row.to);
  const self = pools.find((p) => p.id === id);
  const related = new Set(
    repeatedDraws(
      { unitId: row.unitId, from: row.from, to: row.to, enterprises: self?.enterprises ?? [] },
      pools.filter((p) => p.id !== id),
    ),
  );
  return (await listDraws(db, row.unitId))
    .filter((d) => related.has(d.id))
    .map(({ id: drawId, drawnAt, seedScheme, repeatOf, repeatReason }) => ({
      id: drawId,
      drawnAt,
      seedScheme,
      repeatOf,
      repeatReason,
    }));
}

/**
 * The material of a draw anyone may re-run: seed, secret and commitment, canonical pools, recusals
 * and result, and the unit's other draws of that pool and period. Held back until the inspection
 * period has ended, so publishing it cannot warn the drawn enterprises.
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
    seedSchemeText: SEED_SCHEME_TEXT,
    ...seedJson(view, today),
    inputDigest: view.inputDigest,
    input: view.input,
    enterpriseNames: Object.fromEntries(view.input.enterprises.map((uscc) => [uscc, names.get(uscc) ?? ''])),
    excluded: view.excluded.map(({ uscc, name, reason }) => ({ uscc, name, reason })),
    result: view.result,
    otherDraws: await relatedDraws(db, view.id),
  };
}

/** A draw whose period has ended, as the public page lists it. */
export interface PublishedDraw {
  id: string;
  unitName: string;
  from: string;
  to: string;
  drawnAt: string;
  seedScheme: string;
  commitment: string | null;
  secret: string | null;
  repeatOf: string[] | null;
  repeatReason: string | null;
}

/** Every draw whose inspection period has ended, repeats included, newest first. */
export async function listPublishedDraws(db: Database, today: string): Promise<PublishedDraw[]> {
  const rows = await endedDraws(db, today);
  return rows.map((row) => ({
    id: row.id,
    unitName: row.unitName,
    from: row.from,
    to: row.to,
    drawnAt: row.createdAt,
    seedScheme: row.seedScheme,
    commitment: row.commitment,
    secret: row.secret,
    repeatOf: row.repeatOf,
    repeatReason: row.repeatReason,
  }));
}
