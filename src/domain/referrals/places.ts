import { compact } from './text.js';

/**
 * Officers name a county several ways: 潞城区, 潞城, 长治高新区, 高新. These are the forms a county
 * goes by, dropping the city prefix and the 区/县 suffix only where two characters remain (沁县 stays).
 */
export function countyForms(county: string): string[] {
  const full = compact(county);
  const local = full.replace(/^长治市?/, '');
  const bare = local.replace(/[区县市]$/, '');
  return [...new Set([full, local, bare.length >= 2 ? bare : local])];
}

export function isCounty(text: string, county: string): boolean {
  const forms = countyForms(county);
  return countyForms(text).some((f) => forms.includes(f));
}
