import { input, MAX_OPTIONS, selectPerson, selectStatic, type Element, type Option } from '../kit.js';
import type { PersonChoice } from './view.js';

/**
 * 转交's receiver. A bureau small enough for one select keeps it; a larger one gets Lark's person
 * picker, which lists everyone without growing the card's element count and lets the approver search.
 */
export function transferPicker(
  people: readonly PersonChoice[],
  opts: { placeholder: string; required: boolean; value?: string },
): Element {
  const { placeholder, ...rest } = opts;
  if (people.length <= MAX_OPTIONS)
    return selectStatic(
      'transferTo',
      placeholder,
      people.map((p) => ({ label: p.name, value: p.openId })),
      rest,
    );
  return selectPerson(
    'transferTo',
    placeholder,
    people.map((p) => p.openId),
    rest,
  );
}

/**
 * 实施单位. Up to MAX_OPTIONS units are one required select. Beyond that the select lists the likely
 * ones (the caller puts the applicant's own first) and any other unit is typed by name or short form
 * (潞城分局, 大气科) in `unitText`; the typed name wins, and the server says which units it could mean.
 */
export function unitPicker(units: readonly Option[], value?: string, typed?: string): Element[] {
  const fits = units.length <= MAX_OPTIONS;
  const select = selectStatic('unit', '请选择实施单位', units, { value, required: fits });
  if (fits) return [select];
  return [
    select,
    input('unitText', '其他实施单位', {
      placeholder: '上面未列出的单位，填写名称或简称，如 潞城分局、大气科',
      value: typed,
    }),
  ];
}
