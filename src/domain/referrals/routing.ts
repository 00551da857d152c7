import type { ReferralDraft } from './annex3.js';
import type { Directory, Enterprise, Unit } from '../org.js';
import type { Issue } from './issues.js';
import { resolveUnit } from './units.js';

export { resolveUnit } from './units.js';

export interface Route {
  toUnit?: string;
  /** `named`: the officer chose the unit; `county`: the branch for the enterprise's county (第8条). */
  how: 'named' | 'county' | 'none';
  /** Units asked to assist (「请协调_____科室协助」), to be copied. */
  copyUnits: string[];
  warnings: Issue[];
}

function countyBranch(enterprise: Enterprise | undefined, directory: Directory): Unit | undefined {
  return enterprise && directory.units.find((u) => u.kind === 'branch' && u.county === enterprise.county);
}

function named(draft: ReferralDraft, directory: Directory): { text?: string; unit?: Unit } {
  const text = draft.toUnit ?? draft.toUnitText;
  return { text, unit: text === undefined ? undefined : resolveUnit(text, directory) };
}

export function routeReferral(
  draft: ReferralDraft,
  enterprise: Enterprise | undefined,
  directory: Directory,
): Route {
  const warnings: Issue[] = [];
  const local = countyBranch(enterprise, directory);
  const chosen = named(draft, directory);
  let toUnit: Unit | undefined;
  let how: Route['how'] = 'none';

  if (chosen.unit) {
    toUnit = chosen.unit;
    how = 'named';
    if (enterprise && local && toUnit.kind === 'branch' && toUnit.id !== local.id) {
      warnings.push({
        code: 'county-mismatch',
        message: `${enterprise.name}位于${enterprise.county}，属${local.name}辖区，接收单位为${toUnit.name}，请确认。`,
      });
    }
  } else if (chosen.text !== undefined) {
    // A unit the officer named but we cannot place is asked about, not silently replaced.
    const hint = local ? `按企业所在地应为${local.name}。` : '';
    warnings.push({ code: 'unknown-unit', message: `未能识别接收单位「${chosen.text}」，请确认。${hint}` });
  } else if (local) {
    toUnit = local;
    how = 'county';
  } else if (enterprise) {
    warnings.push({ code: 'no-branch', message: `未找到负责${enterprise.county}的分局，请指定接收单位。` });
  }

  const from = draft.fromUnit === undefined ? undefined : resolveUnit(draft.fromUnit, directory);
  if (from && toUnit && from.id === toUnit.id) {
    warnings.push({ code: 'same-unit', message: '移送单位与接收单位相同，请确认。' });
  }

  const copyUnits: string[] = [];
  const assistText = draft.coordinateWith ?? draft.coordinateText;
  if (assistText !== undefined) {
    const assist = resolveUnit(assistText, directory);
    if (!assist) {
      warnings.push({ code: 'unknown-coordinate', message: `未能识别协助科室「${assistText}」，请确认。` });
    } else if (assist.id !== toUnit?.id) {
      copyUnits.push(assist.id);
    }
  }
  return { toUnit: toUnit?.id, how, copyUnits, warnings };
}
