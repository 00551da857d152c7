import { rangeLength } from './dates.js';
import type { Finding, InspectionProposal, LocalSettings } from './types.js';

/** Words that show a special inspection covering a whole area or trade instead of a risk (第4条). */
const BLANKET_WORDS = ['全覆盖', '全部企业', '所有企业', '全县', '全区', '全市', '全行业', '无差别'];

function isBlank(text: string | undefined): boolean {
  return !text || text.trim() === '';
}

function block(code: string, message: string): Finding {
  return { severity: 'block', code, message, clause: '4' };
}

function blanketFinding(proposal: InspectionProposal): Finding | undefined {
  const written = [proposal.focus, proposal.targets, proposal.content].filter((text) => text !== undefined);
  const word = BLANKET_WORDS.find((candidate) => written.some((text) => text.includes(candidate)));
  if (word) {
    return block(
      'SPECIAL_BLANKET',
      `专项检查含“${word}”等表述，属全覆盖、无差别检查，应聚焦环境风险突出领域。`,
    );
  }
  if (isBlank(proposal.focus)) {
    return block('SPECIAL_BLANKET', '专项检查未聚焦具体环境风险领域，不得开展全覆盖、无差别检查。');
  }
  return undefined;
}

/** 第4条 and 附件1: a special inspection names a risk focus, a bounded content and a bounded period. */
export function specialFindings(
  proposal: InspectionProposal,
  settings: LocalSettings,
  datesUsable: boolean,
): Finding[] {
  const findings: Finding[] = [];
  if (isBlank(proposal.focus)) {
    findings.push(
      block('SPECIAL_FOCUS_MISSING', '专项检查未写明聚焦的环境风险领域，如超标排放、危废非法处置等。'),
    );
  }
  if (isBlank(proposal.content)) {
    findings.push(block('SPECIAL_CONTENT_MISSING', '专项检查未写明检查内容。'));
  }
  const blanket = blanketFinding(proposal);
  if (blanket) findings.push(blanket);
  if (datesUsable) {
    const days = rangeLength(proposal.from, proposal.to);
    if (days > settings.specialMaxDays) {
      findings.push(
        block(
          'SPECIAL_PERIOD_TOO_LONG',
          `专项检查周期${days}天，超过本局规定的${settings.specialMaxDays}天上限，应严格限定时间周期。`,
        ),
      );
    }
  }
  findings.push({
    severity: 'info',
    code: 'SPECIAL_FILING',
    message: '专项检查方案经批准后，须按规定备案，并向社会公开。',
    clause: '4',
  });
  return findings;
}
