import type { ClueSource, DraftField, ReferralDraft } from './annex3.js';
import type { Directory, Enterprise } from '../org.js';
import { findEnterpriseMention } from './find-enterprise.js';
import { isAddressed, readReceiver, unitMentions } from './hand-over.js';
import { scanKeywords } from './keywords.js';
import { isDraftLabel, splitInlineLabels } from './labels.js';
import { matchEnterprise } from './match-enterprise.js';
import { stripHeader, stripMentions } from './message-text.js';
import { parseReferralMessage } from './parse-message.js';
import type { ParsedReferral } from './parsed.js';
import { findSources } from './source-words.js';
import { resolveUnit } from './units.js';

/**
 * Reads a referral however it is written: the labelled 附件3 layout, `key: value` lines, `key value;`
 * fields, one line, or free sentences. The layout parser reads what is labelled; the whole text then
 * names the enterprise (against the directory), the receiving unit, the source, the opinion and the
 * violation wherever they stand. Values read from the sender's own words are not asked again.
 */

export interface ReadContext {
  directory: Directory;
  enterprises: readonly Enterprise[];
}

/** Problems that are no medium of their own: the 「其他」 box with a note. */
const OTHER_PROBLEMS: readonly { pattern: RegExp; note: string; alone?: boolean }[] = [
  { pattern: /数据造假|造假|篡改|人为干预|弄虚作假|数据(?:长期)?恒定|零值/, note: '数据造假' },
  { pattern: /无证排污|未(?:取得|申领|办理|依法申领)排污许可/, note: '无证排污' },
  // Only when no medium says what the facility treats: 「脱硫设施停运」 is air.
  {
    pattern: /治污设施[^，。；;]{0,6}(?:不正常运行|停运|未运行|未开)/,
    note: '治污设施不正常运行',
    alone: true,
  },
];

function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** Transfer and media outrank the means they mention: 「公安局移交：…篡改在线监测数据」 is a transfer. */
function chooseSource(text: string): { source: ClueSource; note?: string } | undefined {
  const found = findSources(text);
  return found.find((s) => s.source === 'transfer') ?? found.find((s) => s.source === 'other') ?? found[0];
}

const SIGNATURE =
  /^(?:此致\s*)?(?:敬礼\s*)?[\u4e00-\u9fa5]{2,14}(?:科|队|中心|分局)(?:\s*[\u4e00-\u9fa5]{1,3})?$|^(?:\d{4}年)?\d{1,2}月\d{1,2}日$/;

/** The message as the description: without the address line and the signature under it. */
function describe(body: string): string {
  const lines = body.split(/\r?\n/).map((l) => l.trim());
  if (isAddressed(body)) lines[0] = (lines[0] ?? '').replace(/^[^:：，,]*[:：，,]\s*/, '');
  while (lines.length > 1 && (SIGNATURE.test(lines.at(-1) ?? '') || lines.at(-1) === '')) lines.pop();
  return lines.filter(Boolean).join('\n');
}

/** Whether the subject is now the enterprise the text names, so that it need not be asked. */
function takeSubject(draft: ReferralDraft, ctx: ReadContext, mention: Enterprise | undefined): boolean {
  const found = matchEnterprise(draft.subject, ctx.enterprises);
  if (!mention) return false;
  // Written exactly (name, short name or code): nothing to ask, nothing to replace.
  if (found.match && found.how !== 'fuzzy') return found.match === mention;
  // A code the sender typed is kept, so that a mismatch is shown rather than silently corrected.
  const typed = draft.subject.uscc ?? draft.subject.idNumber;
  draft.subject = { name: mention.name, uscc: draft.subject.uscc ?? mention.uscc };
  return typed === undefined;
}

export function readReferral(text: string, ctx: ReadContext): ParsedReferral {
  const { draft, unsure } = parseReferralMessage(text);
  const body = stripHeader(stripMentions(text)).trim();
  const labelled = body
    .split(/\r?\n/)
    .flatMap(splitInlineLabels)
    .some((l) => isDraftLabel(l.trim()));
  const settled = new Set<string>();

  const mention = findEnterpriseMention(body, ctx.enterprises);
  if (takeSubject(draft, ctx, mention?.enterprise)) settled.add('subject.name').add('subject.uscc');

  const receiver = readReceiver(body, ctx.directory);
  if (draft.toUnitText && /属地|所在地|辖区/.test(draft.toUnitText)) delete draft.toUnitText;
  const named = draft.toUnit ?? draft.toUnitText;
  if (receiver.unit && (named === undefined || !resolveUnit(named, ctx.directory))) {
    draft.toUnit = receiver.unit.id;
    delete draft.toUnitText;
  }

  // A field the layout left empty or only guessed is read from the whole text; free text is read whole.
  const open = (field: DraftField, empty: boolean) => !labelled || empty || unsure.includes(field);
  const enterpriseSpan = mention ? [mention] : [];
  const source = chooseSource(blank(body, enterpriseSpan));
  const words = blank(body, [...enterpriseSpan, ...unitMentions(body, ctx.directory)]);
  if (source && open('source', !draft.source)) {
    draft.source = source.source;
    if (source.note) draft.sourceNote = source.note;
    else delete draft.sourceNote;
    settled.add('source');
  }
  const scan = scanKeywords(words);
  if (scan.opinion && open('opinion', !draft.opinion)) {
    draft.opinion = scan.opinion;
    if (scan.coordinateText) draft.coordinateText = scan.coordinateText;
    settled.add('opinion');
  }
  if (open('violations', draft.violations.length === 0))
    readViolations(draft, words, scan.violations, settled);

  // A one-liner that opens with the enterprise has its conduct as the description already.
  const oneLiner = !labelled && mention?.start === 0 && draft.description !== undefined;
  if (!oneLiner && (!labelled || !draft.description)) draft.description = describe(body) || draft.description;
  return { draft, unsure: unsure.filter((f) => !settled.has(f)) };
}

function readViolations(
  draft: ReferralDraft,
  words: string,
  media: ReferralDraft['violations'],
  settled: Set<string>,
): void {
  const notes = OTHER_PROBLEMS.filter((p) => p.pattern.test(words) && !(p.alone && media.length > 0)).map(
    (p) => p.note,
  );
  const violations = [...media, ...(notes.length > 0 ? (['other'] as const) : [])];
  if (violations.length === 0) return;
  draft.violations = violations;
  if (notes.length > 0) draft.violationNote = notes.join('、');
  else delete draft.violationNote;
  settled.add('violations').add('violationNote');
}
