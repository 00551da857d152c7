import { createHash } from 'node:crypto';
import * as lark from '@larksuiteoapi/node-sdk';
import { describe, expect, it } from 'vitest';
import {
  cardActionEvent,
  identityFor,
  messageReceiveEvent,
  p2pChatId,
  urlVerification,
} from '../../src/lark/payloads.js';
import { encryptPayload, signBody, signedRequest, verifySignature } from '../../src/lark/signing.js';

const silent = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };
const ENCRYPT_KEY = 'zhifa-test-encrypt-key';

// What the SDK's adapters do with an HTTP request: parsed body, headers on the prototype.
function asSdkRequest(req: { headers: Record<string, string>; body: string }): Record<string, unknown> {
  const data = Object.create({ headers: req.headers }) as Record<string, unknown>;
  return Object.assign(data, JSON.parse(req.body) as Record<string, unknown>);
}

describe('encryptPayload', () => {
  it("round-trips through the SDK's AESCipher", () => {
    const payload = { schema: '2.0', event: { text: '长环发〔2025〕36号 第十二条', n: 12 } };
    const encrypted = encryptPayload(ENCRYPT_KEY, payload);
    expect(JSON.parse(new lark.AESCipher(ENCRYPT_KEY).decrypt(encrypted))).toEqual(payload);
  });

  it('draws a fresh IV every time', () => {
    const a = Buffer.from(encryptPayload(ENCRYPT_KEY, { same: true }), 'base64');
    const b = Buffer.from(encryptPayload(ENCRYPT_KEY, { same: true }), 'base64');
    expect(a.subarray(0, 16).equals(b.subarray(0, 16))).toBe(false);
    expect((a.length - 16) % 16).toBe(0);
  });

  it('uses the same scheme as the documented vector', () => {
    expect(new lark.AESCipher('test key').decrypt('P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=')).toBe(
      'hello world',
    );
  });
});

describe('signatures', () => {
  const ts = '1735689600';
  const nonce = 'n0nce';
  const body = '{"encrypt":"abc"}';

  it('is lowercase hex sha256(timestamp + nonce + encryptKey + body)', () => {
    const expected = createHash('sha256').update(`${ts}${nonce}${ENCRYPT_KEY}${body}`).digest('hex');
    expect(signBody(ts, nonce, ENCRYPT_KEY, body)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies a good signature and rejects a flipped byte, a changed body and a wrong length', () => {
    const signature = signBody(ts, nonce, ENCRYPT_KEY, body);
    const check = { timestamp: ts, nonce, signature, encryptKey: ENCRYPT_KEY, rawBody: body };
    expect(verifySignature(check)).toBe(true);
    const flipped = (signature[0] === 'a' ? 'b' : 'a') + signature.slice(1);
    expect(verifySignature({ ...check, signature: flipped })).toBe(false);
    expect(verifySignature({ ...check, rawBody: body.replace('abc', 'abd') })).toBe(false);
    expect(verifySignature({ ...check, signature: signature.slice(2) })).toBe(false);
    expect(verifySignature({ ...check, signature: '' })).toBe(false);
  });
});

describe('signedRequest', () => {
  const event = messageReceiveEvent({
    openId: 'ou_1',
    chatType: 'p2p',
    text: 'hi',
    token: 'vt',
    appId: 'cli_a',
  });

  it('encrypts and signs when an Encrypt Key is set, and the SDK dispatcher accepts it', async () => {
    const now = new Date('2025-03-01T08:00:00Z');
    const req = signedRequest({ body: event, encryptKey: ENCRYPT_KEY, now });
    expect(Object.keys(req.headers).sort()).toEqual([
      'content-type',
      'x-lark-request-nonce',
      'x-lark-request-timestamp',
      'x-lark-signature',
    ]);
    expect(req.headers['x-lark-request-timestamp']).toBe(String(now.getTime() / 1000));
    const { encrypt } = JSON.parse(req.body) as { encrypt: string };
    expect(JSON.parse(new lark.AESCipher(ENCRYPT_KEY).decrypt(encrypt))).toEqual(event);

    const seen: unknown[] = [];
    const dispatcher = new lark.EventDispatcher({ encryptKey: ENCRYPT_KEY, logger: silent }).register({
      'im.message.receive_v1': async (data) => {
        seen.push(data);
      },
    });
    await dispatcher.invoke(asSdkRequest(req));
    expect(seen).toEqual([
      expect.objectContaining({ event_id: event.header.event_id, message: event.event.message }),
    ]);

    const tampered = { ...req, headers: { ...req.headers, 'x-lark-request-nonce': 'other' } };
    await dispatcher.invoke(asSdkRequest(tampered));
    expect(seen).toHaveLength(1);
  });

  it('sends plain JSON with only a content type when there is no Encrypt Key', () => {
    const req = signedRequest({ body: event });
    expect(req.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(req.body)).toEqual(event);
  });
});

describe('messageReceiveEvent', () => {
  it('builds the documented im.message.receive_v1 envelope', () => {
    const createTime = new Date('2025-03-01T08:00:00Z');
    const env = messageReceiveEvent({
      openId: 'ou_sender',
      chatType: 'group',
      chatId: 'oc_group',
      text: '@_user_1 查一下第十二条',
      mentions: [{ key: '@_user_1', name: '执法助手', openId: 'ou_bot' }],
      token: 'verification-token',
      appId: 'cli_app',
      createTime,
    });
    expect(env).toEqual({
      schema: '2.0',
      header: {
        event_id: expect.stringMatching(/^[0-9a-f]{32}$/),
        event_type: 'im.message.receive_v1',
        create_time: '1740816000000',
        token: 'verification-token',
        app_id: 'cli_app',
        tenant_key: expect.any(String),
      },
      event: {
        sender: {
          sender_id: identityFor('ou_sender'),
          sender_type: 'user',
          tenant_key: env.header.tenant_key,
        },
        message: {
          message_id: expect.stringMatching(/^om_[0-9a-f]{32}$/),
          create_time: '1740816000000',
          chat_id: 'oc_group',
          chat_type: 'group',
          message_type: 'text',
          content: JSON.stringify({ text: '@_user_1 查一下第十二条' }),
          mentions: [
            {
              key: '@_user_1',
              id: identityFor('ou_bot'),
              name: '执法助手',
              tenant_key: env.header.tenant_key,
            },
          ],
        },
      },
    });
  });

  it('keeps one p2p chat and one identity per user, and omits mentions when there are none', () => {
    const a = messageReceiveEvent({ openId: 'ou_x', chatType: 'p2p', text: 'a', token: 't', appId: 'cli' });
    const b = messageReceiveEvent({ openId: 'ou_x', chatType: 'p2p', text: 'b', token: 't', appId: 'cli' });
    expect(a.event.message.chat_id).toBe(p2pChatId('ou_x'));
    expect(b.event.message.chat_id).toBe(a.event.message.chat_id);
    expect(a.event.message.chat_id).toMatch(/^oc_[0-9a-f]{32}$/);
    expect(a.event.sender.sender_id).toEqual(b.event.sender.sender_id);
    expect(a.event.sender.sender_id.union_id).toMatch(/^on_[0-9a-f]{32}$/);
    expect(a.header.event_id).not.toBe(b.header.event_id);
    expect('mentions' in a.event.message).toBe(false);
  });
});

describe('cardActionEvent', () => {
  const base = {
    openId: 'ou_clicker',
    token: 'verification-token',
    appId: 'cli_app',
    value: { action: 'approve', caseId: 42 },
    openMessageId: 'om_card',
    openChatId: 'oc_chat',
  };

  it('builds the documented card.action.trigger envelope', () => {
    const env = cardActionEvent({ ...base, formValue: { reason: '材料齐全' }, name: 'submit' });
    expect(env.header).toMatchObject({
      event_type: 'card.action.trigger',
      token: 'verification-token',
      app_id: 'cli_app',
    });
    expect(env.event).toEqual({
      operator: { ...identityFor('ou_clicker'), tenant_key: env.header.tenant_key },
      token: expect.stringMatching(/^c-[0-9a-f]{40}$/),
      action: { value: base.value, tag: 'button', name: 'submit', form_value: { reason: '材料齐全' } },
      host: 'im_message',
      context: { open_message_id: 'om_card', open_chat_id: 'oc_chat' },
    });
    expect(cardActionEvent({ ...base, tag: 'select_static' }).event.action).toEqual({
      value: base.value,
      tag: 'select_static',
    });
  });

  it('reaches a card.action.trigger handler through the SDK, whose answer comes back', async () => {
    const env = cardActionEvent(base);
    const dispatcher = new lark.EventDispatcher({ encryptKey: ENCRYPT_KEY, logger: silent }).register({
      'card.action.trigger': async (data: { action: { value: unknown } }) => ({
        toast: { type: 'success', content: JSON.stringify(data.action.value) },
      }),
    });
    const answer: unknown = await dispatcher.invoke(
      asSdkRequest(signedRequest({ body: env, encryptKey: ENCRYPT_KEY })),
    );
    expect(answer).toEqual({ toast: { type: 'success', content: JSON.stringify(base.value) } });
  });
});

describe('urlVerification', () => {
  it('builds the challenge request', () => {
    expect(urlVerification({ challenge: 'ch-1', token: 'vt' })).toEqual({
      challenge: 'ch-1',
      token: 'vt',
      type: 'url_verification',
    });
  });
});
