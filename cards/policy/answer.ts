import type { CaseDecision, Citation } from '../../src/domain/policy/index.js';
import { button, buttonRow, card, escapeMd, hr, markdown, type Card, type Element } from '../kit.js';
import type { PolicyAnswerView } from './view.js';

/** A quoted sentence of the scheme on a grey ground, its clause under it, as a quotation reads. */
function quoteBlock(citation: Citation): Element {
  return {
    tag: 'column_set',
    columns: [
      {
        tag: 'column',
        width: 'weighted',
        weight: 1,
        background_style: 'grey',
        elements: [
          markdown(escapeMd(citation.quote)),
          markdown(`<font color='grey'>——${escapeMd(citation.label)}</font>`),
        ],
      },
    ],
  };
}

const bullets = (lines: readonly string[]): string => lines.map((line) => `- ${escapeMd(line)}`).join('\n');

function decisionElements(decision: CaseDecision): Element[] {
  const elements = [hr(), markdown(`**核查情况**\n${bullets(decision.explanation.split('\n'))}`)];
  const assumptions = decision.hypothetical
    ? ['未指明具体企业，按提问所述情况判断。', ...decision.assumptions]
    : decision.assumptions;
  if (assumptions.length > 0) elements.push(markdown(`**判断所依假设**\n${bullets(assumptions)}`));
  return elements;
}

function actions(view: PolicyAnswerView): Element[] {
  const buttons = [
    button('有用', { action: 'policy.feedback', answer: view.id, useful: true }),
    button('没用', { action: 'policy.feedback', answer: view.id, useful: false }),
  ];
  if (view.answer.offerApproval) {
    buttons.push(button('发起审批', { action: 'policy.apply', answer: view.id }, { type: 'primary' }));
  }
  return [...(view.thanked ? [markdown("<font color='green'>感谢反馈。</font>")] : []), buttonRow(buttons)];
}

/**
 * The answer to a question about 长环发〔2025〕36号: the direct sentence, the scheme's own words
 * with their clauses, and for a described case what the rules found and what was assumed.
 */
export function policyAnswerCard(view: PolicyAnswerView): Card {
  const { answer } = view;
  return card('政策问答', answer.outOfScope ? 'grey' : 'blue', [
    markdown(`<font color='grey'>问：${escapeMd(view.question)}</font>`),
    markdown(`**${escapeMd(answer.answer)}**`),
    ...answer.citations.map(quoteBlock),
    ...(answer.decision ? decisionElements(answer.decision) : []),
    hr(),
    ...actions(view),
  ]);
}
