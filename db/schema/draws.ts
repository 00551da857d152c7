import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const SEED_SCHEMES = ['commit-reveal-v1', 'test', 'legacy'] as const;

/** A 双随机 draw (第3条): what was asked, the exact published input, and the result. */
export const draws = sqliteTable(
  'draws',
  {
    /** SJ-2026-0001 */
    id: text('id').primaryKey(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    unitId: text('unit_id').notNull(),
    unitName: text('unit_name').notNull(),
    initiatorOpenId: text('initiator_open_id').notNull(),
    initiatorPersonId: text('initiator_person_id').notNull(),
    initiatorName: text('initiator_name').notNull(),
    /** The choices made (DrawRequest less the seed, plus the inspection content). */
    request: text('request', { mode: 'json' }).notNull(),
    /** The canonical DrawInput: seed and exact pools, published so anyone can re-run the draw. */
    input: text('input', { mode: 'json' }).notNull(),
    /** SHA-256 of the canonical input JSON. */
    inputDigest: text('input_digest').notNull(),
    /** DrawResult as drawn. */
    result: text('result', { mode: 'json' }).notNull(),
    /** Enterprises inside the filters kept out of the pool, with the reason. */
    excluded: text('excluded', { mode: 'json' }).notNull(),
    from: text('from_date').notNull(),
    to: text('to_date').notNull(),
    /** Last day to publish the results (一公开). */
    publishDue: text('publish_due').notNull(),
    /** The chat form that started it, so a repeated submit finds this draw. */
    formRef: text('form_ref').unique(),
    source: text('source', { enum: ['chat', 'api'] }).notNull(),
    createdAt: text('created_at').notNull(),
    /**
     * How the seed was fixed: `commit-reveal-v1` (server secret, committed at draw time), `test` (a
     * caller's seed, accepted only on a test installation) or `legacy` (held before commitments).
     */
    seedScheme: text('seed_scheme', { enum: SEED_SCHEMES }).notNull().default('legacy'),
    /** SHA-256 of the secret, published at draw time with the pools digest and the time. */
    commitment: text('commitment'),
    /** SHA-256 of the canonical pools (the input less its seed), which the seed is derived from. */
    poolsDigest: text('pools_digest'),
    /** The 256-bit secret as 64 hex digits; revealed only after the inspection period. */
    secret: text('secret'),
    /** Earlier draws of the same unit over an overlapping pool and period, when this is a repeat. */
    repeatOf: text('repeat_of', { mode: 'json' }).$type<string[]>(),
    repeatReason: text('repeat_reason'),
    /** The approved draw_repeat_requests row that allowed the repeat. */
    repeatRequestId: integer('repeat_request_id'),
  },
  (t) => [uniqueIndex('draws_number').on(t.year, t.seq), index('draws_unit_period').on(t.unitId, t.from)],
);

/**
 * A request to draw again for a unit, pool and period already drawn: the reason, and the unit head's
 * decision on a card. An approved request holds the draw at once with the body it was asked with.
 */
export const drawRepeatRequests = sqliteTable('draw_repeat_requests', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  unitId: text('unit_id').notNull(),
  unitName: text('unit_name').notNull(),
  /** The validated `POST /draws` body (or the chat form in that shape), held as asked. */
  body: text('body', { mode: 'json' }).notNull(),
  reason: text('reason').notNull(),
  earlier: text('earlier', { mode: 'json' }).$type<string[]>().notNull(),
  from: text('from_date').notNull(),
  to: text('to_date').notNull(),
  requestedByOpenId: text('requested_by_open_id').notNull(),
  requestedByName: text('requested_by_name').notNull(),
  approverOpenId: text('approver_open_id').notNull(),
  source: text('source', { enum: ['chat', 'api'] }).notNull(),
  /** The chat form that asked, so a repeated submit finds this request instead of making another. */
  formRef: text('form_ref').unique(),
  status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
  decidedAt: text('decided_at'),
  /** The draw the approval held. */
  drawId: text('draw_id'),
  createdAt: text('created_at').notNull(),
});

export const DRAW_FILING = ['filed', 'blocked'] as const;

/** One drawn enterprise: its inspectors, its inspection plan, and the published outcome. */
export const drawItems = sqliteTable(
  'draw_items',
  {
    drawId: text('draw_id').notNull(),
    /** Position in the order drawn, from 0. */
    idx: integer('idx').notNull(),
    uscc: text('uscc').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    inspectors: text('inspectors', { mode: 'json' })
      .$type<{ personId: string; openId: string; name: string }[]>()
      .notNull(),
    /** `filed` with the approvals feature as a `random` plan, or `blocked` when the rules refused the plan. */
    filing: text('filing', { enum: DRAW_FILING }).notNull(),
    requestId: text('request_id'),
    blockedReason: text('blocked_reason'),
    outcome: text('outcome'),
    note: text('note'),
    inspectedOn: text('inspected_on'),
    recordedByOpenId: text('recorded_by_open_id'),
    recordedByName: text('recorded_by_name'),
    publishedAt: text('published_at'),
    remindedAt: text('reminded_at'),
  },
  (t) => [primaryKey({ columns: [t.drawId, t.idx] }), index('draw_items_request').on(t.requestId)],
);

/** Conflicts of interest inspectors declared: they are never drawn for that enterprise. */
export const drawConflicts = sqliteTable(
  'draw_conflicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: text('person_id').notNull(),
    uscc: text('uscc').notNull(),
    reason: text('reason').notNull(),
    declaredBy: text('declared_by').notNull(),
    declaredAt: text('declared_at').notNull(),
    withdrawnAt: text('withdrawn_at'),
  },
  (t) => [index('draw_conflicts_person').on(t.personId, t.uscc)],
);
