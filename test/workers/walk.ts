// The same walk for every store a Worker can use: the signed, encrypted edge, a message answered after
// the ack, an approval-like decision raced by two people, and the cron resuming what an isolate left.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { inbox, outbox } from '../../db/schema/index.js';
import { acceptEvent } from '../../src/work-queue/inbound-events.js';
import {
  cardActionEvent,
  messageReceiveEvent,
  randomLarkId,
  urlVerification,
} from '../../src/lark/payloads.js';
import { encryptPayload, signBody, signedRequest } from '../../src/lark/signing.js';
import type { Runtime } from '../../src/runtime.js';
import { auditFor, verifyAuditChain } from '../../src/store/audit-repo.js';
import worker, { workerRuntime, type WorkerEnv } from '../../src/worker.js';
import { WORKER_KEYS } from './keys.js';
import { openStep, registerStepAction, STEP_ACTION, stepState } from './step-action.js';

interface FakeMessage {
  messageId: string;
  receiveId?: string;
  parentId?: string;
  content: string;
}

const KEYS = { token: WORKER_KEYS.verificationToken, appId: WORKER_KEYS.appId };

export function walkTheWorker(name: string, env: WorkerEnv, prepare: (runtime: Runtime) => Promise<void>) {
  const door = String(env.FAKE_LARK_DOOR);
  const fakeMessages = async () => (await (await fetch(`${door}/messages`)).json()) as FakeMessage[];
  let runtime: Runtime;

  /** One invocation as Workers runs it, then everything it handed to waitUntil. */
  async function invoke(path: string, init?: RequestInit): Promise<Response> {
    const ctx = createExecutionContext();
    const res = await worker.fetch(new Request(`https://bot.example${path}`, init), env, ctx);
    await waitOnExecutionContext(ctx);
    return res;
  }

  async function push(payload: Parameters<typeof signedRequest>[0]['body']): Promise<Response> {
    await fetch(`${door}/pushed`, { method: 'POST', body: JSON.stringify(payload) });
    const req = signedRequest({ body: payload, encryptKey: WORKER_KEYS.encryptKey });
    return invoke('/lark/events', { method: 'POST', headers: req.headers, body: req.body });
  }

  const click = async (openId: string, value: Record<string, unknown>) =>
    (await push(
      cardActionEvent({
        ...KEYS,
        openId,
        value,
        openMessageId: randomLarkId('om'),
        openChatId: randomLarkId('oc'),
      }),
    ).then((r) => r.json())) as { toast?: { type: string } };

  describe(`a Worker on ${name}`, () => {
    beforeAll(async () => {
      runtime = await workerRuntime(env);
      registerStepAction(runtime.features.cards);
      await prepare(runtime);
    });

    it('answers /healthz from the database', async () => {
      const res = await invoke('/healthz');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', db: 'ok' });
    });

    it('answers the encrypted URL challenge and refuses a forged signature', async () => {
      const challenge = urlVerification({ challenge: 'c-123', token: WORKER_KEYS.verificationToken });
      const body = JSON.stringify({ encrypt: encryptPayload(WORKER_KEYS.encryptKey, challenge) });
      const res = await invoke('/lark/events', { method: 'POST', body });
      expect(await res.json()).toEqual({ challenge: 'c-123' });

      const event = messageReceiveEvent({
        ...KEYS,
        openId: 'ou_demo_air_officer',
        text: '帮助',
        chatType: 'p2p',
      });
      const req = signedRequest({ body: event, encryptKey: WORKER_KEYS.encryptKey });
      const forged = { ...req.headers, 'x-lark-signature': signBody('1', '2', 'other-key', req.body) };
      expect((await invoke('/lark/events', { method: 'POST', headers: forged, body: req.body })).status).toBe(
        401,
      );
      const stored = await runtime.services.store.db
        .select()
        .from(inbox)
        .where(eq(inbox.eventId, event.header.event_id));
      expect(stored).toHaveLength(0);
    });

    it('acks a message, then answers it through waitUntil and the outbox to Lark', async () => {
      const event = messageReceiveEvent({
        ...KEYS,
        openId: 'ou_demo_air_officer',
        text: '帮助',
        chatType: 'p2p',
      });
      const res = await push(event);
      expect(res.status).toBe(200);
      const [row] = await runtime.services.store.db
        .select()
        .from(inbox)
        .where(eq(inbox.eventId, event.header.event_id));
      expect(row?.status).toBe('done');
      const replies = (await fakeMessages()).filter((m) => m.parentId === event.event.message.message_id);
      expect(replies).toHaveLength(1);
    });

    it('lets one of two people racing on one step decide, and tells the applicant once', async () => {
      const step = `${name}-${randomLarkId('om')}`;
      await openStep(runtime.services.store, step);
      const value = { action: STEP_ACTION, step, applicant: 'ou_demo_air_officer' };
      const answers = await Promise.all([click('ou_demo_air_head', value), click('ou_demo_deputy_2', value)]);
      expect(answers.map((a) => a.toast?.type).sort()).toEqual(['info', 'success']);
      expect(await stepState(runtime.services.store, step)).toMatch(/^approved:ou_demo_(air_head|deputy_2)$/);
      expect(await auditFor(runtime.services.store.db, 'test-step', step)).toHaveLength(1);
      expect(await verifyAuditChain(runtime.services.store.db)).toMatchObject({ ok: true });
      const sent = await runtime.services.store.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.cardRef, `test-step:${step}`), eq(outbox.status, 'sent')));
      expect(sent).toHaveLength(1);
      const told = (await fakeMessages()).filter((m) => m.messageId === sent[0]?.messageId);
      expect(told.map((m) => m.receiveId)).toEqual(['ou_demo_air_officer']);
    });

    it('resumes from the cron what a dropped isolate left: an acked event and its answer', async () => {
      const event = messageReceiveEvent({
        ...KEYS,
        openId: 'ou_demo_water_head',
        text: '帮助',
        chatType: 'p2p',
      });
      await fetch(`${door}/pushed`, { method: 'POST', body: JSON.stringify(event) });
      const { store } = runtime.services;
      const flat = { ...event.header, ...event.event };
      const accepted = await acceptEvent(store, {
        eventId: event.header.event_id,
        eventType: 'im.message.receive_v1',
        messageId: event.event.message.message_id,
        payload: flat,
      });
      expect(accepted).toBe(true);

      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env, ctx);
      await waitOnExecutionContext(ctx);

      const [row] = await store.db.select().from(inbox).where(eq(inbox.eventId, event.header.event_id));
      expect(row?.status).toBe('done');
      const replies = (await fakeMessages()).filter((m) => m.parentId === event.event.message.message_id);
      expect(replies).toHaveLength(1);
    });
  });
}
