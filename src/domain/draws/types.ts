/** A 双随机 draw as published: everything needed to re-run it and get the same result. */

export const DRAW_ALGORITHM = 'splitmix64-fisher-yates-v1';

export type RecusalReason = 'recent-inspection' | 'conflict';

/** An inspector who may not be drawn for an enterprise. */
export interface Recusal {
  uscc: string;
  personId: string;
  reason: RecusalReason;
}

/**
 * The exact input of a draw. Lists are canonical: enterprises sorted by USCC, inspectors by person
 * id, recusals by USCC then person id, each entry once.
 */
export interface DrawInput {
  algorithm: typeof DRAW_ALGORITHM;
  /** 16 lower-case hex digits. */
  seed: string;
  /** USCCs of the enterprises that could be drawn (随机抽取检查对象). */
  enterprises: string[];
  /** Person ids of the inspectors that could be drawn (随机选派执法检查人员). */
  inspectors: string[];
  /** Enterprises to draw. */
  count: number;
  /** Inspectors per drawn enterprise, at least two. */
  perEnterprise: number;
  recusals: Recusal[];
}

export interface Assignment {
  uscc: string;
  /** Person ids, sorted. */
  inspectors: string[];
}

/** Drawn enterprises in the order drawn, each with its inspectors. */
export interface DrawResult {
  assignments: Assignment[];
}

export type ExclusionReason = 'positive-list' | 'at-cap' | 'too-few-inspectors';

/** An enterprise inside the filters that was kept out of the pool, and why. */
export interface Exclusion {
  uscc: string;
  name: string;
  reason: ExclusionReason;
  /** Short formal Chinese sentence. */
  message: string;
}

/** Which enterprises a draw is taken from; an empty list means no restriction. */
export interface PoolFilters {
  counties: string[];
  industries: string[];
  /** 'only': key polluters only; 'exclude': others only; 'any': both. */
  keyPolluter: 'any' | 'only' | 'exclude';
}

/** How many to draw: a fixed number, or a percentage of the pool rounded up. */
export type DrawSize = { count: number } | { ratioPercent: number };

export const MIN_INSPECTORS_PER_ENTERPRISE = 2;
