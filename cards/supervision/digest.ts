import { clauseLabel } from '../../src/domain/clauses.js';
import { card, escapeMd, hr, markdown, type Card } from '../kit.js';
import type { SupervisionCardView, SupervisionSectionView } from './view.js';

/** A card lists a few of each; the page lists the rest (a card holds at most 200 elements). */
const LINES_ON_CARD = 3;

function sectionText(section: SupervisionSectionView): string {
  const head = `**${escapeMd(section.title)}**：${section.total}${section.measure}（${clauseLabel(section.clause)}）`;
  const counts = section.counts?.filter((c) => c.value > 0) ?? [];
  const countLine = counts.length
    ? [`${counts.map((c) => `${escapeMd(c.label)}${c.value}`).join('；')}`]
    : [];
  const lines = section.lines.slice(0, LINES_ON_CARD).map((l) => `- [${escapeMd(l.text)}](${l.link})`);
  const more =
    section.total > LINES_ON_CARD && lines.length > 0 ? [`- 等${section.total}${section.measure}`] : [];
  return [head, ...countLine, ...lines, ...more].join('\n');
}

/** The weekly 执法监督 card (三（二）) for the 局长 and the head of 法规与标准科. */
export function supervisionCard(view: SupervisionCardView): Card {
  return card(
    '执法监督周报',
    'orange',
    [
      markdown(view.sections.map(sectionText).join('\n\n')),
      hr(),
      markdown(
        `[查看全部事项](${view.statsLink})\n<font color="grey">链接${view.linkDays}日内有效，仅限本局通讯录人员使用。</font>`,
      ),
    ],
    `截至${view.today} · 依据长环发〔2025〕36号 三（二）加强执法监督`,
  );
}
