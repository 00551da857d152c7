/** 双随机、一公开 (第3条): reproducible draws of enterprises and inspectors, and result publication. Pure. */
export { canonicalInput, canonicalJson, compareCodes } from './canonical.js';
export {
  checkCommitment,
  COMMIT_REVEAL,
  committedSeed,
  poolsJson,
  SECRET_PATTERN,
  type CommitmentRecord,
  type SeedScheme,
  type Sha256Hex,
} from './commitment.js';
export { DrawError, eligibleInspectors, runDraw, verifyDraw, type DrawVerdict } from './draw.js';
export {
  inspectorPool,
  recusalsFor,
  recusalWindowStart,
  type DeclaredConflict,
  type InspectorVisit,
} from './inspectors.js';
export {
  buildEnterprisePool,
  drawCount,
  matchesFilters,
  type EnterprisePool,
  type PoolContext,
} from './pool.js';
export { prepareDraw, type DrawFacts, type DrawRequest, type PreparedDraw } from './prepare.js';
export {
  addWorkingDays,
  DEFAULT_PUBLICATION,
  isOutcome,
  isWorkingDay,
  OUTCOMES,
  publicationDue,
  publicationState,
  type Outcome,
  type PublicationSettings,
  type PublicationState,
} from './publication.js';
export { repeatedDraws, type DrawnPool } from './repeat.js';
export { sample, SEED_PATTERN, SplitMix64 } from './splitmix64.js';
export * from './types.js';
