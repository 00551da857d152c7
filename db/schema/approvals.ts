import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Lifecycle of an approval request (附件1 / 附件2). */
export const REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'returned', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** `waiting` steps have not been reached; a request has at most one `pending` step. */
export const STEP_STATUSES = ['waiting', 'pending', 'approved', 'rejected', 'returned', 'withdrawn'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const DECISION_ACTIONS = ['approve', 'reject', 'return', 'transfer', 'reassign', 'withdraw'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export const approvalRequests = sqliteTable(
  'approval_requests',
  {
    /** JC-2026-0001 (附件2 plan) or ZX-2026-0001 (附件1 special inspection). */
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['plan', 'special'] }).notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    status: text('status', { enum: REQUEST_STATUSES }).notNull(),
    applicantOpenId: text('applicant_open_id').notNull(),
    applicantPersonId: text('applicant_person_id').notNull(),
    applicantName: text('applicant_name').notNull(),
    unitId: text('unit_id').notNull(),
    unitName: text('unit_name').notNull(),
    /** Kept as columns so the 综合一次查 check can find other units' plans. */
    enterprises: text('enterprises', { mode: 'json' }).$type<string[]>().notNull(),
    from: text('from_date').notNull(),
    to: text('to_date').notNull(),
    /** The annex form as submitted (ApprovalForm). */
    form: text('form', { mode: 'json' }).notNull(),
    findings: text('findings', { mode: 'json' }).notNull(),
    exemptions: text('exemptions', { mode: 'json' }).notNull(),
    /** Index of the pending step; null once the request is closed. */
    currentStep: integer('current_step'),
    /** The chat form a request came from, so a second click on its submit button cannot file it twice. */
    formRef: text('form_ref').unique(),
    applicantCardRef: text('applicant_card_ref').notNull(),
    /** When the applicant's card (撤回, 催办) was sent, so it is renewed before Lark's 14 days end. */
    applicantCardSentAt: text('applicant_card_sent_at'),
    source: text('source', { enum: ['chat', 'api'] }).notNull(),
    lastBuzzAt: text('last_buzz_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    closedAt: text('closed_at'),
  },
  (t) => [
    uniqueIndex('approval_requests_number').on(t.kind, t.year, t.seq),
    index('approval_requests_status').on(t.status),
    // Every rules check reads the open requests (综合一次查); this index holds all it needs of them, so
    // the read does not visit a table page per request.
    index('approval_requests_pending')
      .on(t.status, t.id, t.kind, t.unitId, t.from, t.to, t.enterprises)
      .where(sql`${t.status} = 'pending'`),
    index('approval_requests_applicant').on(t.applicantOpenId, t.createdAt),
    // The few plans the rules found inside a quiet period, by number: statistics and supervision read
    // them without scanning the year's plans' findings. Queries repeat this condition word for word.
    index('approval_requests_quiet')
      .on(t.kind, t.year)
      .where(sql`${t.findings} LIKE '%QUIET_PERIOD_ON_SITE%'`),
  ],
);

export const approvalSteps = sqliteTable(
  'approval_steps',
  {
    requestId: text('request_id').notNull(),
    idx: integer('idx').notNull(),
    role: text('role', { enum: ['unit-head', 'supervisor', 'branch-head', 'director'] }).notNull(),
    roleLabel: text('role_label').notNull(),
    /** The current assignee; a transfer or a departure from the directory changes them. */
    personId: text('person_id').notNull(),
    openId: text('open_id').notNull(),
    name: text('name').notNull(),
    why: text('why').notNull(),
    clause: text('clause').notNull(),
    status: text('status', { enum: STEP_STATUSES }).notNull(),
    /** Bumped on every hand-over, so each assignee's card has its own reference. */
    assignment: integer('assignment').notNull().default(0),
    activatedAt: text('activated_at'),
    lastRemindedAt: text('last_reminded_at'),
    decidedAt: text('decided_at'),
    decidedByOpenId: text('decided_by_open_id'),
    decidedByName: text('decided_by_name'),
    /** Set when a delegate decided in the assignee's place. */
    onBehalfOfName: text('on_behalf_of_name'),
    comment: text('comment'),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.idx] }),
    index('approval_steps_assignee').on(t.openId, t.status),
    // Statistics read the steps decided since a period began.
    index('approval_steps_decided').on(t.decidedAt),
  ],
);

/** Every act on a step, in order: the path the issue asks to be recorded. */
export const approvalDecisions = sqliteTable(
  'approval_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: text('request_id').notNull(),
    stepIdx: integer('step_idx').notNull(),
    action: text('action', { enum: DECISION_ACTIONS }).notNull(),
    actorOpenId: text('actor_open_id').notNull(),
    actorName: text('actor_name').notNull(),
    onBehalfOfName: text('on_behalf_of_name'),
    /** The new assignee of a transfer or reassignment. */
    toOpenId: text('to_open_id'),
    toName: text('to_name'),
    comment: text('comment'),
    at: text('at').notNull(),
  },
  (t) => [index('approval_decisions_request').on(t.requestId, t.id)],
);

/** Cards this feature sent about a request, so a later change can turn the open ones read-only. */
export const approvalCards = sqliteTable(
  'approval_cards',
  {
    cardRef: text('card_ref').primaryKey(),
    requestId: text('request_id').notNull(),
    stepIdx: integer('step_idx').notNull(),
    recipientOpenId: text('recipient_open_id').notNull(),
    open: integer('open', { mode: 'boolean' }).notNull(),
    /** When the card was sent: Lark takes clicks and patches for 14 days, so an open card is renewed before. */
    sentAt: text('sent_at'),
  },
  (t) => [
    index('approval_cards_request').on(t.requestId, t.stepIdx),
    index('approval_cards_aging').on(t.open, t.sentAt),
  ],
);

/** 请假委托: a leader's stand-in for an inclusive date range. */
export const approvalDelegations = sqliteTable(
  'approval_delegations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    principalPersonId: text('principal_person_id').notNull(),
    principalOpenId: text('principal_open_id').notNull(),
    principalName: text('principal_name').notNull(),
    delegatePersonId: text('delegate_person_id').notNull(),
    delegateOpenId: text('delegate_open_id').notNull(),
    delegateName: text('delegate_name').notNull(),
    from: text('from_date').notNull(),
    to: text('to_date').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('approval_delegations_principal').on(t.principalPersonId, t.from)],
);

/** An inspection's life after approval (第6条): carried out, then fed back to the enterprise; or cancelled. */
export const INSPECTION_STATUSES = ['planned', 'done', 'fed-back', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_OUTCOMES = ['no-issue', 'issue-found', 'not-operating', 'refused'] as const;
export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number];

export const FEEDBACK_MEANS = ['on-site', 'written', 'phone', 'online'] as const;
export type FeedbackMeans = (typeof FEEDBACK_MEANS)[number];

/**
 * One row per enterprise of a finally approved plan: the 第3条 yearly count reads these, and each
 * carries the visit's result and the feedback to the enterprise (第6条).
 */
export const inspections = sqliteTable(
  'inspections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: text('request_id').notNull(),
    /** `JC-2026-0001-1`: the plan's number and the enterprise's place in it. Null only on rows older than it. */
    code: text('code').unique(),
    /** Empty when the plan named an enterprise not in the list (typed by name). */
    uscc: text('uscc').notNull(),
    enterpriseName: text('enterprise_name'),
    /** The plan's first day: the visit's date until a result records the real one. */
    date: text('date').notNull(),
    /** The plan's last day: a result must fall in date..lastDate; reminders count from it. */
    lastDate: text('last_date'),
    year: integer('year').notNull(),
    unitId: text('unit_id').notNull(),
    type: text('type').notNull(),
    onSite: integer('on_site', { mode: 'boolean' }).notNull(),
    status: text('status', { enum: INSPECTION_STATUSES }).notNull().default('planned'),
    resultDate: text('result_date'),
    outcome: text('outcome', { enum: INSPECTION_OUTCOMES }),
    findings: text('findings'),
    methods: text('methods', { mode: 'json' }).$type<string[]>(),
    resultByOpenId: text('result_by_open_id'),
    resultByName: text('result_by_name'),
    resultAt: text('result_at'),
    feedbackDate: text('feedback_date'),
    feedbackMeans: text('feedback_means', { enum: FEEDBACK_MEANS }),
    feedbackContent: text('feedback_content'),
    feedbackByOpenId: text('feedback_by_open_id'),
    feedbackByName: text('feedback_by_name'),
    feedbackAt: text('feedback_at'),
    cancelReason: text('cancel_reason'),
    cancelledByOpenId: text('cancelled_by_open_id'),
    cancelledByName: text('cancelled_by_name'),
    cancelledAt: text('cancelled_at'),
    /** Reminders sent for the step now due (result or feedback), so the second goes to the unit head. */
    /** The referral (附件3) a found issue was forwarded as, once. */
    referralId: text('referral_id'),
    reminders: integer('reminders').notNull().default(0),
    lastRemindedAt: text('last_reminded_at'),
  },
  // Covering: the yearly count (which names the visits it counted) and the 综合一次查 lookup read only
  // the index, not a table page per visit.
  (t) => [
    index('inspections_by_enterprise').on(
      t.uscc,
      t.year,
      t.date,
      t.unitId,
      t.type,
      t.onSite,
      t.requestId,
      t.status,
      t.code,
      t.resultDate,
    ),
    index('inspections_request').on(t.requestId),
    // Reminders and supervision read the open ones by status.
    index('inspections_open')
      .on(t.status, t.lastDate)
      .where(sql`${t.status} IN ('planned', 'done')`),
    // Supervision finds feedback past due by the result's day.
    index('inspections_awaiting_feedback')
      .on(t.resultDate)
      .where(sql`${t.status} = 'done'`),
    // Statistics and supervision read one year's visits: covering, so a million rows of other years
    // and the table pages are never visited.
    index('inspections_by_year').on(
      t.year,
      t.uscc,
      t.onSite,
      t.status,
      t.unitId,
      t.date,
      t.type,
      t.requestId,
    ),
    // The statistics count a year's on-site visits per unit, type and day in index order, without
    // sorting a row per visit.
    index('inspections_by_unit_type').on(t.year, t.unitId, t.type, t.date, t.onSite, t.status),
  ],
);

/** 第4条 备案 of an approved special inspection. */
export const specialFilings = sqliteTable('special_filings', {
  requestId: text('request_id').primaryKey(),
  name: text('name').notNull(),
  basis: text('basis').notNull(),
  focus: text('focus').notNull(),
  from: text('from_date').notNull(),
  to: text('to_date').notNull(),
  unitId: text('unit_id').notNull(),
  unitName: text('unit_name').notNull(),
  targets: text('targets').notNull(),
  content: text('content').notNull(),
  approvedBy: text('approved_by').notNull(),
  approvedAt: text('approved_at').notNull(),
  filedAt: text('filed_at').notNull(),
});

/** 第4条 向社会公开: what the public page shows. No personal data by design. */
export const disclosures = sqliteTable('disclosures', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  requestId: text('request_id').notNull().unique(),
  name: text('name').notNull(),
  basis: text('basis').notNull(),
  from: text('from_date').notNull(),
  to: text('to_date').notNull(),
  unitName: text('unit_name').notNull(),
  content: text('content').notNull(),
  approvalDate: text('approval_date').notNull(),
  publishedAt: text('published_at').notNull(),
});
