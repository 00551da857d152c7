/**
 * The scheme text as extracted from the PDF, cleaned into the form every quote is taken from: lines
 * the PDF broke mid-word are joined again and the annex tables are written as plain rows.
 */

/** Sentence-final marks: a prose line ending otherwise was cut by the PDF's page width. */
const LINE_END = /[。；！？：”」）)]$/;
const LIST_MARKER = /^(\d{1,2}\.|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/;
const CHECKBOX = /<input type="checkbox"\/>\s*/g;

/**
 * Headings and table rows end without a full stop too, but they never contain 。, so only prose
 * lines are candidates; a list marker on the next line means a new item rather than a continuation.
 */
function isCutProse(line: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    line.includes('。') &&
    !line.includes('\t') &&
    !LINE_END.test(line) &&
    !LIST_MARKER.test(next)
  );
}

/** `检查名称\t` becomes `检查名称`, `检查类型\t□双随机` becomes `检查类型：□双随机`. */
function tableRow(line: string): string {
  const tab = line.indexOf('\t');
  if (tab < 0) return line;
  const label = line.slice(0, tab).trimEnd();
  const value = line.slice(tab + 1).trim();
  if (!value) return label;
  return label.endsWith('：') ? label + value : `${label}：${value}`;
}

export function cleanSchemeText(raw: string): string {
  const lines = raw
    .split('\n')
    .map((line) => line.replace(CHECKBOX, '□').trimEnd())
    .filter((line) => line.trim() !== '');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    let line = lines[i] as string;
    while (isCutProse(line, lines[i + 1])) {
      i += 1;
      line += lines[i];
    }
    out.push(tableRow(line));
  }
  return out.join('\n');
}
