import type { Directory, Enterprise, QuietPeriod, Unit } from '../org.js';
import {
  DEFAULT_SETTINGS,
  type InspectionProposal,
  type PastInspection,
  type RulesContext,
} from '../rules/index.js';
import type { CaseFacts } from './facts.js';
import { stretch } from './stated-facts.js';
import type { AnswerContext } from './types.js';

/** Stands in for 「一家企业」 when the question names none; never a real 统一社会信用代码. */
export const PLACEHOLDER_USCC = 'HYPOTHETICAL';

export interface PreparedCase {
  proposal: InspectionProposal;
  rules: RulesContext;
  hypothetical: boolean;
  assumptions: string[];
  /** On-site visits this year: in the bureau's records, and as the officer said, when said. */
  visits: { recorded: number; stated?: number };
}

/** The branch whose county this is, 「长治市」 or not in front. */
export function branchFor(directory: Directory, county: string): Unit | undefined {
  const key = county.replace(/^长治市?/, '');
  return directory.units.find(
    (unit) => unit.kind === 'branch' && unit.county?.replace(/^长治市?/, '') === key,
  );
}

/** The named unit; else the enterprise's branch or the level's usual unit, said as an assumption. */
function chooseUnit(facts: CaseFacts, directory: Directory, assumptions: string[]): Unit | undefined {
  if (facts.unit) return facts.unit;
  const branches = directory.units.filter((unit) => unit.kind === 'branch');
  if (facts.level === 'city') {
    return (
      directory.units.find((unit) => unit.name.includes('执法队')) ??
      directory.units.find((u) => u.level === 'city')
    );
  }
  const local = facts.enterprise && branchFor(directory, facts.enterprise.county);
  if (facts.level === undefined) {
    assumptions.push(
      local ? `未说明实施单位，按属地${local.name}判断。` : '未说明实施单位，按县区级分局判断。',
    );
  }
  return local ?? branches[0];
}

function applicantOf(unit: Unit): string {
  return unit.officers?.[0] ?? unit.members[0] ?? unit.head;
}

/** Only a named branch's county is known: otherwise the placeholder meets citywide periods alone. */
function placeholder(facts: CaseFacts, unit: Unit | undefined): Enterprise {
  // A unit the question did not name is a guess; only the citywide periods bind its enterprise.
  const county = (facts.unit && unit?.county) || '';
  return {
    name: '该企业',
    uscc: PLACEHOLDER_USCC,
    county,
    industry: '',
    keyPolluter: false,
    positiveList: facts.positiveList ?? false,
  };
}

/**
 * The proposal the question describes and the context to judge it in. A named enterprise is judged
 * on the real calendar, caps and flags, and on what the officer adds (more visits than recorded, a
 * major problem); otherwise a placeholder carries what the officer said, on the same calendar.
 */
export function prepareCase(facts: CaseFacts, question: string, ctx: AnswerContext): PreparedCase {
  const assumptions: string[] = [];
  const unit = chooseUnit(facts, ctx.directory, assumptions);
  const named = facts.enterprise ?? placeholder(facts, unit);
  const enterprise =
    facts.stated.majorProblem && !named.majorProblem ? { ...named, majorProblem: true } : named;
  if (enterprise !== named) assumptions.push('按所述，该企业发现重大环境问题。');
  const dates = stretch(facts.dates ?? { from: ctx.today, to: ctx.today }, facts.stated.days);
  if (!facts.dates) assumptions.push(`未说明检查日期，按今日（${ctx.today}）判断。`);
  if (!facts.methods) assumptions.push('未说明检查方式，按现场检查判断。');
  const special = facts.type === 'special';
  const proposal: InspectionProposal = {
    kind: special ? 'special' : 'plan',
    applicant: unit ? applicantOf(unit) : '',
    unit: unit?.id ?? '',
    type: facts.type ?? 'other',
    methods: facts.methods ?? ['on-site'],
    enterprises: [enterprise.uscc],
    from: dates.from,
    to: dates.to,
    ...(facts.focus ? { focus: facts.focus } : {}),
    // The rules look for 全覆盖、所有企业 and the like in the targets as written.
    ...(special ? { targets: question } : {}),
  };
  const hypothetical = !facts.enterprise;
  // Without a named enterprise the calendar still binds: citywide periods, and the branch's county.
  // 「要是赶上安静期呢」 with no date: the stated quiet period holds, whatever today's calendar says.
  const quietStated = facts.quiet === true && (hypothetical || !facts.dates);
  // No enterprise and no date: there is no visit day to look up, so today's calendar says nothing of it.
  const undated = hypothetical && !facts.dates;
  const quietPeriods: QuietPeriod[] = quietStated
    ? [
        {
          jurisdiction: enterprise.county,
          scope: 'enterprises',
          enterprises: [enterprise.uscc],
          ...dates,
          basis: '按提问所述',
        },
      ]
    : // 「不在安静期」 said of a dated visit to a named enterprise is checked against the calendar.
      (facts.quiet === false && (hypothetical || !facts.dates)) || undated
      ? []
      : ctx.quietPeriods;
  const year = dates.from.slice(0, 4);
  const recorded = hypothetical
    ? []
    : (ctx.pastInspections ?? []).filter(
        (v) => v.uscc === enterprise.uscc && v.onSite && v.date.startsWith(year),
      );
  const stated = facts.stated.visits;
  // The officer may know of visits the records lack; the higher count is the one that binds.
  const extra: PastInspection[] = Array.from(
    { length: Math.max(0, (stated ?? 0) - recorded.length) },
    () => ({
      uscc: enterprise.uscc,
      date: `${year}-01-01`,
      unit: unit?.id ?? '',
      type: 'other',
      onSite: true,
    }),
  );
  return {
    proposal,
    hypothetical,
    assumptions,
    visits: { recorded: recorded.length, ...(stated !== undefined ? { stated } : {}) },
    rules: {
      directory: ctx.directory,
      enterprises: hypothetical ? [enterprise] : ctx.enterprises.map((e) => (e === named ? enterprise : e)),
      quietPeriods,
      pastInspections: [...(hypothetical ? [] : (ctx.pastInspections ?? [])), ...extra],
      otherPlans: [],
      settings: ctx.settings ?? DEFAULT_SETTINGS,
      today: ctx.today,
    },
  };
}
