import { scrubError } from '../log.js';
import { enqueue } from '../outbox/outbox-repo.js';
import type { CardAction } from './card-router.js';
import { larkAnswerText } from './card-router.js';
import type { Decided } from './handle-card-action.js';
import { sendTo } from './replies.js';
import type { Services } from './services.js';

/**
 * Lark shows an error when a click is not answered within 3 s (docs/lark-platform.md §3.1), whatever
 * the bot did after. A decision still running at 2.5 s (its write waiting for the lock, say) is answered
 * with an honest toast, runs on to its commit or refusal, and its result reaches the clicker as a message.
 */
export const CARD_ANSWER_DEADLINE_MS = 2500;

export const PROCESSING_TEXT = '已收到，正在处理';
export const FAILED_TEXT = '操作未成功，请稍后重试。';
const DONE_TEXT = '您的操作已办理完成。';

const PROCESSING_ANSWER = larkAnswerText({ toast: { type: 'info', content: PROCESSING_TEXT } });

/** Decisions answered for but not finished, per running app, by event id: a Lark retry gets the same toast. */
const running = new WeakMap<Services, Set<string>>();

function runningOf(services: Services): Set<string> {
  let set = running.get(services);
  if (!set) running.set(services, (set = new Set()));
  return set;
}

export function stillRunning(services: Services, eventId: string): string | undefined {
  return runningOf(services).has(eventId) ? PROCESSING_ANSWER : undefined;
}

/** The decision's own answer if it comes within `deadlineMs`; otherwise the toast, and a message later. */
export async function answerByDeadline(
  services: Services,
  action: CardAction,
  decision: Promise<Decided>,
  deadlineMs: number,
): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), deadlineMs);
  });
  const first = await Promise.race([decision, late]);
  clearTimeout(timer);
  if (first) return first.answer;
  const set = runningOf(services);
  if (action.eventId) set.add(action.eventId);
  void decision
    .then((decided) => reportLate(services, action, decided))
    .catch((err: unknown) =>
      services.log.error({ eventId: action.eventId, err: scrubError(err) }, 'late card result not sent'),
    )
    .finally(() => set.delete(action.eventId));
  return PROCESSING_ANSWER;
}

/** One line for the clicker: the refusal as it was worded, or a confirmation. */
function resultText(decided: Decided): string {
  if (decided.failed) return FAILED_TEXT;
  const toast = decided.response?.toast;
  return toast?.content ? toast.content : DONE_TEXT;
}

async function reportLate(services: Services, action: CardAction, decided: Decided): Promise<void> {
  const card = decided.response?.card;
  await services.store.write(async (tx) => {
    // The answer that would have replaced the clicked card went out as a toast; the card is patched instead.
    if (card && action.openMessageId)
      await enqueue(tx, {
        kind: 'patch',
        target: action.openMessageId,
        recipient: action.operatorOpenId,
        msgType: 'interactive',
        content: JSON.stringify(card),
      });
    await sendTo(tx, action.operatorOpenId, resultText(decided));
  });
  services.kickOutbox();
}
