import { emptyDraft } from './annex3.js';
import { matchLabel, type LabelTarget } from './labels.js';
import { nonEmpty, setSubjectCode, type ParsedReferral } from './parsed.js';
import { readMaterials, readOpinion, readSource, readViolations } from './value-readers.js';

/**
 * The 「标签：内容」 form of 附件3. A line without a label continues the field above it, which is
 * how a description runs over several lines or a value is put on the line after its label.
 */
export function parseLabelled(lines: string[]): ParsedReferral {
  const values = new Map<LabelTarget, string[]>();
  let current: LabelTarget | undefined;
  for (const line of lines) {
    const hit = matchLabel(line);
    if (hit) current = hit.target;
    if (current === undefined) continue;
    const value = hit ? hit.value : line;
    values.set(current, [...(values.get(current) ?? []), value].filter(Boolean));
  }
  const get = (target: LabelTarget, separator: string) => nonEmpty(values.get(target)?.join(separator));

  const parsed: ParsedReferral = { draft: emptyDraft(), unsure: [] };
  const { draft, unsure } = parsed;
  draft.subject.name = get('subjectName', '');
  const code = get('code', '');
  if (code) setSubjectCode(parsed, code);
  const idNumber = get('idNumber', '');
  if (idNumber) setSubjectCode(parsed, idNumber, true);

  const source = get('source', ' ');
  if (source) {
    const read = readSource(source);
    draft.source = read.source;
    draft.sourceNote = read.note;
    if (read.unsure) unsure.push('source');
  }
  const violations = get('violations', '、');
  if (violations) {
    const read = readViolations(violations);
    draft.violations = read.violations;
    draft.violationNote = read.note;
    if (read.unsure) unsure.push('violations');
  }
  const opinion = get('opinion', '，');
  if (opinion) {
    const read = readOpinion(opinion);
    draft.opinion = read.opinion;
    draft.coordinateText = read.coordinateText;
    if (!read.opinion) unsure.push('opinion');
  }
  draft.coordinateText ??= get('coordinate', '');
  draft.description = get('description', '\n');
  draft.law = get('law', '\n');
  draft.materials = readMaterials(get('materials', '\n') ?? '');
  draft.toUnitText = get('toUnit', '');
  draft.fromUnit = get('fromUnit', '');
  return parsed;
}
