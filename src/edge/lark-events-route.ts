import type * as lark from '@larksuiteoapi/node-sdk';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { EdgePressure } from './edge-pressure.js';
import { HANDLED_EVENTS, JsonAnswer } from './event-intake.js';
import { openEnvelope, type EnvelopeKeys } from './open-envelope.js';

const MAX_BODY = 1024 * 1024;
const streamedLimit = bodyLimit({
  maxSize: MAX_BODY,
  onError: (c) => c.json({ error: 'body too large' }, 413),
});

/**
 * Lark always sends a Content-Length, and the HTTP parser reads exactly that many bytes, so checking
 * the header is enough and leaves the body to Node's direct read. hono's bodyLimit would build a web
 * Request with streams for every event (a third of the edge's CPU); it stays for chunked bodies.
 */
const limitBody: MiddlewareHandler = (c, next) => {
  const length = c.req.header('content-length');
  if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamedLimit(c, next);
  return Number(length) > MAX_BODY ? Promise.resolve(c.json({ error: 'body too large' }, 413)) : next();
};

/** The Lark edge: verify, decrypt, answer the challenge, hand events to the intake, ack. */
export function larkEventsRoute(
  keys: EnvelopeKeys,
  intake: lark.EventDispatcher,
  pressure?: EdgePressure,
): Hono {
  const route = new Hono();
  route.post('/', limitBody, async (c) => {
    const raw = await c.req.text();
    const opened = openEnvelope(keys, raw, (name) => c.req.header(name));
    switch (opened.kind) {
      case 'rejected':
        return c.json({ error: opened.error }, opened.status);
      case 'challenge':
        return c.json({ challenge: opened.challenge });
      case 'event': {
        if (!HANDLED_EVENTS.has(opened.eventType)) return c.json({});
        pressure?.noteEvent();
        const answer = (await intake.invoke(opened.payload, { needCheck: false })) as unknown;
        if (answer instanceof JsonAnswer)
          return c.body(answer.text, 200, { 'content-type': 'application/json' });
        return c.json(typeof answer === 'object' && answer !== null ? answer : {});
      }
    }
  });
  return route;
}
