import { loadDirectory } from '../directory/directory-repo.js';
import { identify } from '../directory/who.js';
import { scrubError } from '../log.js';
import { findCardAnswer, keepCardAnswer } from '../store/card-answers.js';
import type { Tx } from '../store/db.js';
import {
  errorToast,
  larkAnswerText,
  type CardAction,
  type CardResponse,
  type CardRouter,
} from './card-router.js';
import { answerByDeadline, CARD_ANSWER_DEADLINE_MS, FAILED_TEXT, stillRunning } from './card-deadline.js';
import type { Services } from './services.js';

/** The flattened `card.action.trigger` data (docs/lark-platform.md §3.1). */
export interface CardActionData {
  event_id?: string;
  operator?: { open_id?: string };
  action?: { value?: unknown; form_value?: Record<string, unknown>; tag?: string; name?: string };
  context?: { open_message_id?: string; open_chat_id?: string };
  open_message_id?: string;
  open_chat_id?: string;
}

function parseValue(v: unknown): Record<string, unknown> {
  if (typeof v === 'string') {
    try {
      const parsed = JSON.parse(v) as unknown;
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

/** What a click decided: the answer text, and the response it came from when a handler ran. */
export interface Decided {
  answer: string;
  response?: CardResponse;
  failed?: boolean;
}

/**
 * Answered inside Lark's 3-second window, as the JSON text of the answer: the text kept for a retry
 * is the text sent, so it is serialized once. A retried callback (same event id) gets the first answer
 * again; the handlers' own conditional updates make a second, different click act at most once. A
 * decision that cannot finish by the deadline is answered for (src/app/card-deadline.ts).
 */
export async function handleCardAction(
  services: Services,
  router: CardRouter,
  data: CardActionData,
  deadlineMs = CARD_ANSWER_DEADLINE_MS,
): Promise<string> {
  const eventId = data.event_id ?? '';
  const running = eventId ? stillRunning(services, eventId) : undefined;
  if (running) return running;
  const cached = eventId ? await findCardAnswer(services.store.db, eventId) : undefined;
  if (cached) return cached;
  const action: CardAction = {
    eventId,
    operatorOpenId: data.operator?.open_id ?? '',
    value: parseValue(data.action?.value),
    formValue: data.action?.form_value ?? {},
    openMessageId: data.context?.open_message_id ?? data.open_message_id ?? '',
    openChatId: data.context?.open_chat_id ?? data.open_chat_id ?? '',
  };
  return answerByDeadline(services, action, decide(services, router, action), deadlineMs);
}

async function decide(services: Services, router: CardRouter, action: CardAction): Promise<Decided> {
  const { eventId } = action;
  const directory = await loadDirectory(services.store.db);
  const identity = directory ? identify(directory, action.operatorOpenId) : undefined;
  const handler = router.find(action.value.action);
  let answer: string;
  let response: CardResponse | undefined;
  let remembered: string | undefined;
  if (!directory || !identity) {
    answer = larkAnswerText(errorToast('您尚未列入本局通讯录，无法办理此操作。'));
  } else if (!handler) {
    answer = larkAnswerText(errorToast('该卡片操作已失效，请重新发起。'));
  } else {
    const remember = async (tx: Tx, r: CardResponse) => {
      const text = larkAnswerText(r);
      if (eventId) await keepCardAnswer(tx, eventId, text);
      remembered = text;
    };
    try {
      response = await handler({ action, services, directory, identity, remember });
      answer = remembered ?? larkAnswerText(response);
    } catch (err) {
      services.log.error({ eventId, err: scrubError(err) }, 'card action failed');
      return { answer: larkAnswerText(errorToast(FAILED_TEXT)), failed: true };
    }
  }
  if (eventId && remembered === undefined) {
    await services.store.write((tx) => keepCardAnswer(tx, eventId, answer));
  }
  services.kickOutbox();
  services.kickFollowUps();
  return { answer, response };
}
