import type { Context } from 'hono';
import type { CardResponse } from './card-router.js';

/** The HTTP answers a refusal gives machines. */
export type RefusalStatus = 400 | 403 | 404 | 409 | 422 | 429;

/**
 * A verb refused and changed nothing. `message` is shown to people as is, `code` names the reason
 * for machines and `status` is the HTTP answer. Every feature refuses with this one type; each keeps
 * its own vocabulary of codes (see `refusalCodes`).
 */
export class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: RefusalStatus,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

/** A feature's vocabulary: each code with its HTTP status; gives the feature's way to refuse. */
export function refusalCodes<C extends string>(
  statuses: Readonly<Record<C, RefusalStatus>>,
): (code: C, message: string) => Refusal {
  return (code, message) => new Refusal(code, message, statuses[code]);
}

/** How a card shows a refusal: a repeat of what is done is news, a too-early repeat a warning. */
export function refusalToast(refusal: Refusal): CardResponse {
  const type =
    refusal.code === 'ALREADY_HANDLED' ? 'info' : refusal.code === 'TOO_SOON' ? 'warning' : 'error';
  return { toast: { type, content: refusal.message } };
}

/**
 * Runs a card action; a refusal becomes a toast (or the caller's own answer, when `answer` gives
 * one) and changes nothing. Anything else is a fault for the router to log.
 */
export async function toastOnRefusal(
  run: () => Promise<CardResponse>,
  answer?: (refusal: Refusal) => Promise<CardResponse> | undefined,
): Promise<CardResponse> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    return (await answer?.(err)) ?? refusalToast(err);
  }
}

/** The API's answer to a refusal: `{ error, code }` with its status. Anything else is rethrown. */
export function refusalResponse(c: Context, err: unknown): Response {
  if (err instanceof Refusal) return c.json({ error: err.message, code: err.code }, err.status);
  throw err;
}
