import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LlmRequest {
  authorization: string | undefined;
  body: { model?: string; messages?: { role: string; content: string }[] };
}

/** What the fake does with the next request: answer with this content, fail, or never answer. */
export type LlmBehaviour = { content: string } | { status: number } | { raw: string } | { hang: true };

export interface FakeLlm {
  /** Base URL as LLM_BASE_URL takes it. */
  url: string;
  requests: LlmRequest[];
  behave(next: LlmBehaviour): void;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<LlmRequest['body']> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as LlmRequest['body'];
}

function respond(res: ServerResponse, behaviour: LlmBehaviour): void {
  if ('hang' in behaviour) return;
  if ('status' in behaviour) {
    res.writeHead(behaviour.status, { 'content-type': 'application/json' }).end('{"error":"fake"}');
    return;
  }
  const body =
    'raw' in behaviour
      ? behaviour.raw
      : JSON.stringify({
          id: 'chatcmpl-fake',
          object: 'chat.completion',
          choices: [{ index: 0, message: { role: 'assistant', content: behaviour.content } }],
        });
  res.writeHead(200, { 'content-type': 'application/json' }).end(body);
}

/** A tiny OpenAI-compatible `POST /v1/chat/completions` on loopback. */
export async function startFakeLlm(): Promise<FakeLlm> {
  const requests: LlmRequest[] = [];
  let behaviour: LlmBehaviour = { status: 500 };
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404).end();
      return;
    }
    void readJson(req).then((body) => {
      requests.push({ authorization: req.headers.authorization, body });
      respond(res, behaviour);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    behave: (next) => {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
