// Every card template the bot sends, filled from the demo organisation and from one three times larger,
// run through the platform's card rules: long lists must never push a card over Lark's limits, and every
// select must say whether it is required.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicantCard } from '../../cards/approvals/applicant.js';
import { approverCard } from '../../cards/approvals/approver.js';
import { myRequestsCard } from '../../cards/approvals/my-requests.js';
import { planFormCard } from '../../cards/approvals/plan-form.js';
import { recordCard as approvalRecordCard } from '../../cards/approvals/record.js';
import { replyConfirmCard } from '../../cards/approvals/reply-confirm.js';
import { specialFormCard } from '../../cards/approvals/special-form.js';
import type { ApprovalCardView } from '../../cards/approvals/view.js';
import { drawFormCard } from '../../cards/draws/form.js';
import {
  recordCard as drawRecordCard,
  recordedCard,
  recordedElsewhereCard,
  supersededRecordCard,
} from '../../cards/draws/record.js';
import { supersededWarningCard, warningCard } from '../../cards/prevention/warning.js';
import { repeatRequestCard } from '../../cards/draws/repeat.js';
import { drawResultCard } from '../../cards/draws/result.js';
import type { DrawCardView } from '../../cards/draws/view.js';
import { helpCard } from '../../cards/help/usage.js';
import { inspectionCard } from '../../cards/inspections/inspection.js';
import type { InspectionCardView } from '../../cards/inspections/view.js';
import type { Card, Option } from '../../cards/kit.js';
import { policyAnswerCard } from '../../cards/policy/answer.js';
import { referralConfirmCard } from '../../cards/referrals/confirm.js';
import { referralDecisionCard } from '../../cards/referrals/decision.js';
import { intentChoiceCard } from '../../cards/referrals/intent-choice.js';
import { referralListCard } from '../../cards/referrals/list.js';
import { referralRecordCard } from '../../cards/referrals/record.js';
import { referralReplyConfirmCard } from '../../cards/referrals/reply-confirm.js';
import { referralStageCard } from '../../cards/referrals/stage.js';
import { FORM_FIELDS, type AnnexSection, type ReferralCardView } from '../../cards/referrals/view.js';
import { statsCard } from '../../cards/stats/summary.js';
import { positiveListForm, upkeepDoneCard } from '../../cards/upkeep/forms.js';
import { quietListCard, quietPeriodForm } from '../../cards/upkeep/quiet.js';
import { sheetImportCard, sheetKindChoiceCard } from '../../cards/upkeep/import.js';
import { supervisionCard } from '../../cards/supervision/digest.js';
import { DEFAULT_FOLLOW_UP_LIMITS } from '../../src/domain/follow-up-limits.js';
import { supervisionReport } from '../../src/domain/supervision/index.js';
import { cardView } from '../../src/features/supervision/service/report.js';

/** A county notice's own exemptions, as long as notices write them. */
const QUIET_EXEMPTIONS = [
  '上级部署的执法检查或专项整治',
  '环境保护等事件或隐患整改需现场督促',
  '投诉举报、案件查处、媒体曝光需调查核实',
  '法定时限内须完成的核查',
];
import { checkCard, selectsWithoutRequired } from './card-rules.js';

interface Unit {
  id: string;
  name: string;
  county?: string;
  head: string;
  members: string[];
}
interface Person {
  id: string;
  name: string;
  openId: string;
}
interface Enterprise {
  name: string;
  uscc: string;
  county: string;
  industry: string;
}
interface Org {
  units: Unit[];
  people: Person[];
  enterprises: Enterprise[];
}

const seed = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../db/seed/${file}`, import.meta.url), 'utf8'));
const demo: Org = {
  units: seed('org.json').units,
  people: seed('org.json').people,
  enterprises: seed('enterprises.json').enterprises,
};

/** The demo bureau three times over: 66 units, three times the people and enterprises. */
function tripled(org: Org): Org {
  const copy = <T>(list: T[], f: (x: T, k: number) => T) =>
    [0, 1, 2].flatMap((k) => list.map((x) => f(x, k)));
  const pid = (id: string, k: number) => (k === 0 ? id : `${id}-${k}`);
  return {
    units: copy(org.units, (u, k) => ({
      ...u,
      id: pid(u.id, k),
      name: k === 0 ? u.name : `${u.name}（${k + 1}）`,
      head: pid(u.head, k),
      members: u.members.map((m) => pid(m, k)),
    })),
    people: copy(org.people, (p, k) => ({
      ...p,
      id: pid(p.id, k),
      name: k === 0 ? p.name : `${p.name}${k + 1}`,
      openId: pid(p.openId, k),
    })),
    enterprises: copy(org.enterprises, (e, k) => ({
      ...e,
      name: k === 0 ? e.name : `${e.name}${k + 1}分公司`,
      uscc: `${e.uscc.slice(0, 17)}${k}`,
      industry: k === 0 ? e.industry : `${e.industry}${k + 1}`,
      county: e.county,
    })),
  };
}

const distinct = (values: string[]): Option[] => [...new Set(values)].map((v) => ({ label: v, value: v }));

function approvalView(org: Org): ApprovalCardView {
  const [applicant, ...others] = org.people;
  return {
    id: 'SP-2026-0001',
    kind: 'plan',
    status: 'pending',
    applicant: { name: applicant?.name ?? '' },
    unit: { name: org.units[0]?.name ?? '' },
    form: {
      kind: 'plan',
      type: 'random',
      basis: '《中华人民共和国环境保护法》',
      from: '2026-03-02',
      to: '2026-03-06',
      enterprises: org.enterprises.map((e) => ({ uscc: e.uscc, name: e.name })),
      inspectors: org.people.slice(0, 6).map((p) => ({ openId: p.openId, name: p.name })),
      content: '排污许可执行情况',
      methods: ['on-site'],
    },
    findings: org.enterprises.slice(0, 8).map((e) => ({
      severity: 'warn',
      code: 'QUIET_PERIOD_ON_SITE',
      message: `${e.name}处于企业安静期`,
      clause: '2',
      enterprise: e.uscc,
    })),
    exemptions: [],
    currentStep: 1,
    createdAt: '2026-03-01T02:00:00.000Z',
    steps: others.slice(0, 4).map((p, idx) => ({
      idx,
      roleLabel: idx === 0 ? '科室负责人' : '分管领导',
      name: p.name,
      status: idx === 0 ? 'approved' : 'pending',
      decidedAt: idx === 0 ? '2026-03-01T03:00:00.000Z' : null,
      decidedByName: idx === 0 ? p.name : null,
      onBehalfOfName: null,
      comment: idx === 0 ? '同意' : null,
    })),
    decisions: [],
  } as ApprovalCardView;
}

function referralView(org: Org): ReferralCardView {
  return {
    id: 'YS-2026-0001',
    status: 'rectifying',
    subject: { name: org.enterprises[0]?.name ?? '' },
    fromUnit: { name: org.units[0]?.name ?? '' },
    toUnit: { name: org.units[1]?.name ?? '' },
    handler: { name: org.people[2]?.name ?? '' },
    deadline: '2026-04-01',
    submittedAt: '2026-03-01T02:00:00.000Z',
    warnings: [{ message: '统一社会信用代码与名录不一致' }],
    events: ['submitted', 'accepted', 'stage'].map((kind) => ({
      kind: kind as 'submitted',
      state: 'accepted',
      actorName: org.people[1]?.name ?? '',
      note: null,
      input: null,
      at: '2026-03-02T02:00:00.000Z',
    })),
  };
}

const sections: AnnexSection[] = [
  {
    title: '线索基本情况',
    rows: [
      { label: '线索来源', value: '群众举报' },
      { label: '问题描述', value: '夜间偷排' },
    ],
  },
];

function drawView(org: Org): DrawCardView {
  return {
    id: 'CC-2026-0001',
    unit: { name: org.units[0]?.name ?? '' },
    input: {
      algorithm: 'fisher-yates-sha256-v1',
      seed: '0123456789abcdef',
      enterprises: org.enterprises.map((e) => e.uscc),
      inspectors: org.people.map((p) => p.id),
      count: org.enterprises.length,
      perEnterprise: 2,
      recusals: [],
    },
    inputDigest: 'ab'.repeat(32),
    excluded: [],
    from: '2026-03-02',
    to: '2026-03-31',
    publishDue: '2026-04-20',
    createdAt: '2026-03-01T02:00:00.000Z',
    seed: { scheme: 'test', commitment: null, poolsDigest: null },
    repeat: null,
    items: org.enterprises.map((e, idx) => ({
      idx,
      enterpriseName: e.name,
      inspectors: org.people.slice(0, 2),
      filing: 'filed',
      requestId: `SP-2026-${idx}`,
      planStatus: 'pending',
      blockedReason: null,
      outcome: null,
      note: null,
      inspectedOn: null,
    })),
  } as unknown as DrawCardView;
}

/** One visit at each of its stages, with the longest texts the forms take. */
function inspectionViews(org: Org): Record<string, InspectionCardView> {
  const long = '检'.repeat(2000);
  const by = { openId: org.people[0]?.openId ?? '', name: org.people[0]?.name ?? '' };
  const base = {
    code: 'JC-2026-0001-1',
    requestId: 'JC-2026-0001',
    enterprise: { name: org.enterprises[0]?.name ?? '', uscc: org.enterprises[0]?.uscc ?? null },
    from: '2026-03-02',
    to: '2026-03-06',
    unitId: org.units[0]?.id ?? '',
    result: null,
    feedback: null,
    cancelled: null,
    reminders: 0,
    lastRemindedOn: null,
  };
  const result = {
    date: '2026-03-04',
    outcome: 'issue-found' as const,
    findings: long,
    methods: ['on-site' as const, 'sampling' as const],
    by,
    at: '2026-03-04T02:00:00.000Z',
  };
  const feedback = {
    date: '2026-03-05',
    means: 'written' as const,
    content: long,
    by,
    at: '2026-03-05T02:00:00.000Z',
  };
  const unitName = org.units[0]?.name ?? '';
  return {
    inspectionPlanned: {
      record: { ...base, status: 'planned' },
      unitName,
      referralId: null,
      notice: '请尽快登记。',
    },
    inspectionDone: { record: { ...base, status: 'done', result }, unitName, referralId: null },
    inspectionFedBack: {
      record: { ...base, status: 'fed-back', result, feedback },
      unitName,
      referralId: null,
      noticeLink: 'http://127.0.0.1/forms/JC-2026-0001-1?t=x',
    },
    inspectionReferred: {
      record: { ...base, status: 'fed-back', result, feedback },
      unitName,
      referralId: 'XS-2026-0001',
    },
    inspectionCancelled: {
      record: { ...base, status: 'cancelled', cancelled: { reason: long.slice(0, 500), by, at: base.from } },
      unitName,
      referralId: null,
    },
  };
}

/** Every card the bot can send, built from `org` with its full lists (nothing cut short by the caller). */
function everyCard(org: Org): Record<string, Card> {
  const units = org.units.map((u) => ({ label: u.name, value: u.id }));
  const people = org.people.map((p) => ({ label: p.name, value: p.openId }));
  const choices = org.people.map((p) => ({ name: p.name, openId: p.openId }));
  const owner = { formRef: 'f1', openId: org.people[0]?.openId ?? '' };
  const approval = approvalView(org);
  const referral = referralView(org);
  const draw = drawView(org);
  const warningView = {
    id: 'YJ-2026-0001',
    status: 'sent' as const,
    unitName: org.units[0]?.name ?? '',
    senderName: org.people[0]?.name ?? '',
    enterpriseName: org.enterprises[0]?.name ?? '',
    uscc: org.enterprises[0]?.uscc ?? '',
    county: org.enterprises[0]?.county ?? '',
    source: 'online-monitoring',
    risk: '颗粒物小时均值连续三日接近排放限值',
    advice: '检查除尘设施运行状况',
    repeatOf: null,
    referralId: null,
    sentAt: '2026-03-01T02:00:00.000Z',
    closedByName: null,
  };
  const awaiting = org.enterprises.map((e) => ({
    drawId: draw.id,
    uscc: e.uscc,
    enterpriseName: e.name,
    from: draw.from,
    to: draw.to,
    publishDue: draw.publishDue,
  }));
  return {
    planForm: planFormCard(
      owner,
      { enterprises: org.enterprises.slice(0, 3).map((e) => e.uscc), inspectors: [owner.openId] },
      {
        enterprises: org.enterprises.map((e) => ({ label: e.name, value: e.uscc })),
        units,
        people,
        quietExemptions: QUIET_EXEMPTIONS.map((e) => ({ label: e, value: e })),
        specials: Array.from({ length: 12 }, (_, i) => ({
          label: `ZX-2026-${String(i + 1).padStart(4, '0')} 危险废物非法处置专项检查（2026-12-01至2027-02-28）`,
          value: `ZX-2026-${String(i + 1).padStart(4, '0')}`,
        })),
      },
      '检查人员不在本局通讯录中',
    ),
    specialForm: specialFormCard(owner, {}, units),
    applicant: applicantCard(approval),
    approver: approverCard({ view: approval, stepIdx: 1, people: choices }),
    approverStandIn: approverCard({ view: approval, stepIdx: 1, people: choices, onBehalfOf: '副局长甲' }),
    myRequests: myRequestsCard(Array.from({ length: 20 }, () => approval)),
    approvalRecord: approvalRecordCard(approval, '已同意'),
    approvalReplyConfirm: replyConfirmCard({
      view: approval,
      stepIdx: 1,
      decision: 'transfer',
      typed: '转交给张三',
      people: choices,
    }),
    drawForm: drawFormCard(
      'f2',
      {},
      {
        counties: distinct(org.enterprises.map((e) => e.county)),
        industries: distinct(org.enterprises.map((e) => e.industry)),
        units,
      },
    ),
    drawResult: drawResultCard(draw),
    drawRecord: drawRecordCard('f3', awaiting, '2026-03-10'),
    drawRecordSuperseded: supersededRecordCard(awaiting, '2026-03-10'),
    drawRecordedElsewhere: recordedElsewhereCard(
      draw.items[0]?.enterpriseName ?? '',
      org.people[0]?.name ?? '',
    ),
    warning: warningCard(warningView, { notice: '请跟进。' }),
    warningSuperseded: supersededWarningCard({ ...warningView, status: 'acknowledged' }),
    drawRecorded: recordedCard(draw, { ...draw.items[0]!, outcome: 'no-issue', inspectedOn: '2026-03-05' }),
    drawRepeat: repeatRequestCard({
      id: 1,
      unitName: org.units[0]?.name ?? '',
      reason: '首次抽取企业已停产',
      earlier: ['CC-2026-0001'],
      from: draw.from,
      to: draw.to,
      requestedByName: org.people[0]?.name ?? '',
      status: 'pending',
      drawId: null,
    }),
    help: helpCard(org.people[0]?.name ?? ''),
    quietForm: quietPeriodForm(
      [...new Set(['长治市', ...org.units.flatMap((u) => (u.county ? [u.county] : []))])],
      {
        area: '屯留区',
        enterprises: org.enterprises.map((e) => e.name).join('、'),
        categories: '规模以上工业企业、资质等级建筑业企业、限额以上批零住餐企业',
        pattern: 'weekly',
        weekdays: ['6', '7'],
        ranges: '2026-12-01至2026-12-20\n2027-01-04至2027-01-24',
        basis: '屯留区人民政府办公室关于设置企业安静期的通知',
        exemptions: QUIET_EXEMPTIONS.join('\n'),
      },
      '每月起始日（21日）晚于截止日（5日）',
    ),
    quietList: quietListCard(
      org.enterprises.map((e, i) => ({
        key: String(i + 1),
        ref: `QP-${i + 1}`,
        text: `${e.county}（${e.name}）：每月1日至20日，2026-01-01至2026-12-31有效，限规模以上工业企业`,
        basis: '屯留区人民政府办公室关于设置企业安静期的通知',
      })),
      { period: '1', change: 'end', lastDay: '2026-06-30', reason: '通知调整' },
      '所选安静期不存在或已删除',
    ),
    positiveForm: positiveListForm({ change: 'add' }),
    upkeepDone: upkeepDoneCard({
      title: '企业安静期已设置',
      lines: QUIET_EXEMPTIONS.map((e, i) => ({ label: `例外情形${i + 1}`, value: e })),
    }),
    policy: policyAnswerCard({
      id: 'q1',
      question: '安静期内可以现场检查吗？',
      answer: {
        answer: '否，确需检查的应经审批。',
        citations: [{ clause: '2', label: '第2条', quote: '企业安静期内原则上不入企检查。' }],
        outOfScope: false,
      },
    } as never),
    referralConfirm: referralConfirmCard({
      draftId: 'd1',
      sections,
      notes: ['已识别移送单位'],
      errors: [],
      warnings: [],
      ask: [...FORM_FIELDS],
      blocking: ['toUnit'],
      values: {},
      units,
      sectionsToCoordinate: units,
    }),
    referralDecision: referralDecisionCard({ view: { ...referral, status: 'submitted' }, sections, people }),
    referralReplyConfirm: referralReplyConfirmCard({
      view: referral,
      decision: 'accept',
      typed: '接收',
      people,
    }),
    referralStage: referralStageCard({ view: referral, next: 'investigated' }),
    referralList: referralListCard(
      '我的线索',
      Array.from({ length: 20 }, () => referral),
      '2026-03-10',
      '无',
    ),
    referralRecord: referralRecordCard(referral, sections, '已接收'),
    referralFromWarning: referralRecordCard({ ...referral, warningId: 'YJ-2026-0001' }, sections),
    intentChoice: intentChoiceCard({
      text: '请问这条线索怎么移送？',
      values: { referral: { action: 'x' }, policy: { action: 'y' } },
    }),
    ...Object.fromEntries(
      Object.entries(inspectionViews(org)).map(([key, view]) => [key, inspectionCard(view)]),
    ),
    applicantWithVisits: applicantCard({
      ...approval,
      status: 'approved',
      currentStep: null,
      inspections: org.enterprises.map((e, i) => ({
        ...inspectionViews(org).inspectionDone!.record,
        code: `JC-2026-0001-${i + 1}`,
        enterprise: { name: e.name, uscc: e.uscc },
      })),
    }),
    // Every visit still planned or cancelled with the longest reason: the list and the 取消检查 form.
    applicantWithPlannedVisits: applicantCard({
      ...approval,
      status: 'approved',
      currentStep: null,
      inspections: org.enterprises.map((e, i) => ({
        ...(i % 2 === 0 ? inspectionViews(org).inspectionPlanned! : inspectionViews(org).inspectionCancelled!)
          .record,
        code: `JC-2026-0001-${i + 1}`,
        enterprise: { name: e.name, uscc: e.uscc },
      })),
    }),
    stats: statsCard(
      {
        periodText: '2026年3月',
        scopeText: '全局',
        totals: [{ label: '审批', value: 3, measure: '件' }],
        figures: [
          {
            id: 'by-unit',
            title: '各单位审批',
            measure: '件',
            series: ['计划', '专项'],
            rows: org.units.map((u) => ({ label: u.name, values: [1, 2] })),
            empty: '无',
          },
        ],
      },
      'http://127.0.0.1/stats',
      7,
    ),
    sheetImport: sheetImportCard({
      token: 'a'.repeat(36),
      sha256: 'b'.repeat(64),
      kind: 'enterprises',
      fileName: `${'长治市重点排污单位名录'.repeat(8)}.xlsx`,
      rows: 50_000,
      invalidRows: 1_200,
      added: 40_000,
      changed: 5_000,
      unchanged: 3_800,
      removed: org.enterprises.length,
      errors: Array.from(
        { length: 10 },
        (_, i) => `第 ${i + 3} 行「统一社会信用代码」：校验位不符（${'9'.repeat(18)}）`,
      ),
      errorCount: 1_500,
      unknownColumns: Array.from({ length: 12 }, (_, i) => `附加列${i}`),
      expiresAt: '2026-03-10T08:00:00.000Z',
    }),
    sheetKindChoice: sheetKindChoiceCard({ messageId: 'om_x', fileKey: 'file_v3_x', fileName: '清单.xlsx' }),
    supervision: supervisionOf(org),
  };
}

/** The weekly card with every section full: each enterprise visited often, every unit late on everything. */
function supervisionOf(org: Org): Card {
  const visits = org.enterprises.map((e, i) => ({
    code: `JC-2026-${String(i + 1).padStart(4, '0')}-1`,
    requestId: `JC-2026-${String(i + 1).padStart(4, '0')}`,
    enterpriseName: e.name,
    unitId: org.units[i % org.units.length]?.id ?? '',
    from: '2026-11-02',
  }));
  const report = supervisionReport(
    {
      today: '2026-12-14',
      waitingSteps: visits.map((v) => ({
        requestId: v.requestId,
        title: `${v.enterpriseName}等20家企业检查计划`,
        approverName: org.people[0]?.name ?? '',
        roleLabel: '分管局长',
        since: '2026-11-02',
      })),
      lateResults: { total: visits.length * 40, items: visits.slice(0, 3) },
      lateFeedback: { total: visits.length * 40, items: visits.slice(0, 3) },
      visitCounts: Array.from({ length: 9 }, (_, k) => ({
        visits: k + 1,
        enterprises: org.enterprises.length,
      })),
      mostVisited: org.enterprises.slice(0, 10).map((e, k) => ({
        uscc: e.uscc,
        visits: 30 - k,
        onSite: 20 - k,
        lastRequestId: visits[k]?.requestId ?? '',
      })),
      atCap: {
        total: org.enterprises.length,
        items: org.enterprises.slice(0, 3).map((e, k) => ({
          uscc: e.uscc,
          visits: 9,
          onSite: 8,
          cap: 2,
          lastRequestId: visits[k]?.requestId ?? '',
        })),
      },
      quietVisits: visits.map((v, i) => ({
        requestId: v.requestId,
        enterprises: 3,
        exemption: QUIET_EXEMPTIONS[i % QUIET_EXEMPTIONS.length] ?? '',
      })),
      names: new Map(org.enterprises.map((e) => [e.uscc, e.name])),
      unitName: (id) => org.units.find((u) => u.id === id)?.name ?? id,
    },
    { limits: DEFAULT_FOLLOW_UP_LIMITS, lineLimit: 3 },
  );
  const links = new Map(
    visits.map((v) => [v.requestId, `http://127.0.0.1/forms/${v.requestId}?t=${'x'.repeat(56)}`]),
  );
  return supervisionCard(
    cardView(report, links, `http://127.0.0.1/stats?t=${'y'.repeat(80)}#supervision`, 7),
  );
}

describe.each([
  ['the demo organisation', demo],
  ['an organisation three times larger', tripled(demo)],
])('every card built from %s', (_name, org) => {
  const cards = everyCard(org);

  it('has the size the test means', () => {
    expect(org.units.length).toBeGreaterThanOrEqual(22);
    expect(Object.keys(cards).length).toBeGreaterThanOrEqual(23);
  });

  it.each(Object.keys(cards))('%s passes the platform card rules', (key) => {
    expect(checkCard(cards[key])).toEqual([]);
  });

  it.each(Object.keys(cards))('%s states required on every select', (key) => {
    expect(selectsWithoutRequired(cards[key])).toEqual([]);
  });
});

describe('the larger organisation', () => {
  it('has 66 units and three times the people and enterprises', () => {
    const big = tripled(demo);
    expect(big.units).toHaveLength(66);
    expect(big.people).toHaveLength(demo.people.length * 3);
    expect(big.enterprises).toHaveLength(demo.enterprises.length * 3);
  });

  // Past one select's worth, every person stays reachable for 转交 and every unit for 实施单位.
  it('lets every person be picked for 转交 and every unit be named', () => {
    const big = tripled(demo);
    const cards = everyCard(big);
    const everyone = new Set(big.people.map((p) => p.openId));
    for (const key of ['approver', 'approvalReplyConfirm']) {
      const picker = field(cards[key], 'transferTo');
      expect(picker?.tag).toBe('select_person');
      const offered = (picker?.options as { value: string }[]).map((o) => o.value);
      expect(new Set(offered)).toEqual(everyone);
    }
    for (const key of ['planForm', 'specialForm']) {
      expect(field(cards[key], 'unit')).toMatchObject({ tag: 'select_static', required: false });
      expect(field(cards[key], 'unitText')?.tag).toBe('input');
    }
    // A bureau of at most 40 people and units keeps the plain selects.
    const small = everyCard({ ...demo, people: demo.people.slice(0, 40) });
    expect(field(small.approver, 'transferTo')?.tag).toBe('select_static');
    expect(field(small.planForm, 'unit')).toMatchObject({ tag: 'select_static', required: true });
    expect(field(small.planForm, 'unitText')).toBeUndefined();
  });
});

/** The field named `name` anywhere in the card. */
function field(card: unknown, name: string): Record<string, unknown> | undefined {
  if (Array.isArray(card)) return card.map((c) => field(c, name)).find(Boolean);
  if (typeof card !== 'object' || card === null) return undefined;
  const node = card as Record<string, unknown>;
  if (node.name === name && node.tag !== 'form') return node;
  return Object.values(node)
    .map((c) => field(c, name))
    .find(Boolean);
}
