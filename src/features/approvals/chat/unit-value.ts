import { text, type FormValue } from '../../../app/form-values.js';
import type { Directory } from '../../../domain/org.js';
import { matchUnit } from '../../../domain/referrals/units.js';
import type { FieldIssue } from '../input.js';

/**
 * The unit a form names. A large bureau's form has a typed 其他实施单位 (the select cannot list every
 * unit): a typed name wins over the select and is resolved by name or short form; one that fits no
 * unit, or several, is refused with the units it could mean.
 */
export function unitFromForm(fv: FormValue, directory: Directory): { unit?: string; issue?: FieldIssue } {
  const typed = text(fv.unitText);
  if (!typed) return { unit: text(fv.unit) };
  const { unit, close } = matchUnit(typed, directory);
  if (unit) return { unit: unit.id };
  const names = close.map((u) => u.name).join('、');
  const message =
    close.length > 1
      ? `「${typed}」可指多个单位：${names}，请填写完整名称`
      : close.length === 1
        ? `未找到单位「${typed}」，是否为「${names}」？请填写完整名称`
        : `未找到单位「${typed}」，请核对名称，或从列表中选择`;
  return { issue: { field: 'unit', message } };
}
