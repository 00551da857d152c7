import { button, buttonRow, card, escapeMd, markdown, type Card } from '../kit.js';

/**
 * Asked when a message could be a clue referral or a question about the scheme: two buttons rather
 * than a guess. Once the sender has chosen, the card shows the choice and no buttons.
 */

export type IntentChoice = 'referral' | 'policy';

export interface IntentChoiceView {
  /** The message, as written. */
  text: string;
  /** Each button's callback value; absent once chosen. */
  values?: Record<IntentChoice, Record<string, unknown>>;
  chosen?: IntentChoice;
}

export const INTENT_CHOICE_LABELS: Record<IntentChoice, string> = {
  referral: '移送线索',
  policy: '政策问答',
};

const EXCERPT_CHARS = 120;

function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : chars.join('');
}

export function intentChoiceCard(view: IntentChoiceView): Card {
  const quoted = markdown(`> ${escapeMd(excerpt(view.text))}`);
  if (view.chosen) {
    return card('请选择办理方式', 'grey', [
      quoted,
      markdown(`已选择「${INTENT_CHOICE_LABELS[view.chosen]}」，正在办理。`),
    ]);
  }
  const values = view.values;
  return card('请选择办理方式', 'blue', [
    quoted,
    markdown('未能确定这条消息是移送线索还是政策咨询，请选择：'),
    ...(values
      ? [
          buttonRow([
            button(INTENT_CHOICE_LABELS.referral, values.referral, { type: 'primary' }),
            button(INTENT_CHOICE_LABELS.policy, values.policy),
          ]),
        ]
      : []),
  ]);
}
