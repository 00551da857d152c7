import { emptyDraft } from './annex3.js';
import { scanKeywords } from './keywords.js';
import { setSubjectCode, type ParsedReferral } from './parsed.js';
import { extractCode } from './subject-code.js';
import { splitSubject } from './subject-name.js';
import { splitOutsideParens } from './text.js';

/**
 * The one-line form: 「示例化工（屯留）夜间疑似偷排，信访举报，水污染，建议进一步核查」.
 * Segments that are only keywords fill source, violations and opinion; the first other segment
 * starts with the subject; everything else is the description.
 */

const ROUTED =
  /^请?(?:移送至|移送给|移送到|移送|移交至|移交给|移交到|移交|转至|转交|交由|由)(.{2,16}?(?:分局|队|中心|科室|科))(处理|查处|调查|办理|核查|核实|处置)?$/s;
const BRANCH_ONLY = /^请?(.{2,12}?分局)(处理|查处|调查|办理|核查|核实|处置)?$/s;

function readRouting(segment: string): { unit: string; verify: boolean } | undefined {
  const m = ROUTED.exec(segment) ?? BRANCH_ONLY.exec(segment);
  return m?.[1] ? { unit: m[1], verify: /核查|核实/.test(m[2] ?? '') } : undefined;
}

export function parseLoose(text: string): ParsedReferral {
  const parsed: ParsedReferral = { draft: emptyDraft(), unsure: [] };
  const { draft, unsure } = parsed;
  const { code, rest } = extractCode(text);
  if (code) setSubjectCode(parsed, code);

  const segments = splitOutsideParens(rest, /[，,。；;！!？?\n、]/);
  const description: string[] = [];
  let subjectRead = false;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? '';
    const routing = readRouting(segment);
    if (routing) {
      draft.toUnitText ??= routing.unit;
      if (routing.verify) draft.opinion ??= 'verify';
      continue;
    }
    const scan = scanKeywords(segment);
    if (scan.pure) {
      if (!draft.source) draft.source = scan.sources[0];
      draft.violations = [...new Set([...draft.violations, ...scan.violations])];
      if (!draft.opinion && scan.opinion) {
        draft.opinion = scan.opinion;
        draft.coordinateText = scan.coordinateText;
      }
      // Also drops a segment of filler alone (「请」), which says nothing.
      continue;
    }
    if (!subjectRead) {
      subjectRead = true;
      const subject = splitSubject(segment);
      draft.subject.name = subject.name;
      if (subject.guessed) unsure.push('subject.name');
      if (subject.name === undefined) description.push(segment);
      else if (subject.rest) segments.splice(i + 1, 0, subject.rest);
      continue;
    }
    description.push(segment);
  }
  if (description.length > 0) draft.description = description.join('，');
  return parsed;
}
