import type * as lark from '@larksuiteoapi/node-sdk';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HANDLED_EVENTS } from './event-intake.js';
import { openEnvelope, type EnvelopeKeys } from './open-envelope.js';

const MAX_BODY = 1024 * 1024;

/** The Lark edge: verify, decrypt, answer the challenge, hand events to the intake, ack. */
export function larkEventsRoute(keys: EnvelopeKeys, intake: lark.EventDispatcher): Hono {
  const route = new Hono();
  route.post(
    '/',
    bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.json({ error: 'body too large' }, 413) }),
    async (c) => {
      const raw = await c.req.text();
      const opened = openEnvelope(keys, raw, (name) => c.req.header(name));
      switch (opened.kind) {
        case 'rejected':
          return c.json({ error: opened.error }, opened.status);
        case 'challenge':
          return c.json({ challenge: opened.challenge });
        case 'event': {
          if (!HANDLED_EVENTS.has(opened.eventType)) return c.json({});
          const answer = (await intake.invoke(opened.payload, { needCheck: false })) as unknown;
          return c.json(typeof answer === 'object' && answer !== null ? answer : {});
        }
      }
    },
  );
  return route;
}
