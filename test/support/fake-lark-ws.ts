// The long-connection side of the fake Lark: `POST /callback/ws/endpoint` hands out a ws:// URL on
// the same 127.0.0.1 server, which speaks the SDK's protobuf frames (pbbp2.Frame): pings answered
// with pongs carrying the client config, events pushed as data frames, the client's ACK read back.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import protobuf from 'protobufjs';
import { WebSocketServer, type WebSocket } from 'ws';

const root = protobuf.Root.fromJSON({
  nested: {
    pbbp2: {
      nested: {
        Header: {
          fields: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } },
        },
        Frame: {
          fields: {
            SeqID: { type: 'uint64', id: 1 },
            LogID: { type: 'uint64', id: 2 },
            service: { type: 'int32', id: 3 },
            method: { type: 'int32', id: 4 },
            headers: { rule: 'repeated', type: 'Header', id: 5 },
            payloadEncoding: { type: 'string', id: 6 },
            payloadType: { type: 'string', id: 7 },
            payload: { type: 'bytes', id: 8 },
            LogIDNew: { type: 'string', id: 9 },
          },
        },
      },
    },
  },
});
const Frame = root.lookupType('pbbp2.Frame');

interface FrameData {
  SeqID: number;
  LogID: number;
  service: number;
  method: number;
  headers: { key: string; value: string }[];
  payload?: Uint8Array;
}

const CONTROL = 0;
const DATA = 1;
const SERVICE_ID = 7;

export interface LongConnectionConfig {
  /** Seconds between the client's pings (the server's ClientConfig). */
  pingInterval: number;
  reconnectInterval: number;
  reconnectNonce: number;
  reconnectCount: number;
}

/** What the client answered to a pushed event: its status code and the decoded `data`, if any. */
export interface Ack {
  code: number;
  data?: unknown;
}

export type LongConnection = ReturnType<typeof attachLongConnection>;

export function attachLongConnection(server: Server, config: LongConnectionConfig) {
  const wss = new WebSocketServer({ noServer: true });
  const sockets = new Set<WebSocket>();
  const waiting = new Map<string, (ack: Ack) => void>();
  const silenced = new WeakSet<WebSocket>();
  /** Sockets whose client has pinged: its handlers are attached, so a pushed frame is read. */
  const live = new WeakSet<WebSocket>();
  let seq = 0;
  let connects = 0;

  const header = (frame: FrameData, key: string) => frame.headers.find((h) => h.key === key)?.value;
  const send = (socket: WebSocket, frame: Partial<FrameData>) =>
    socket.send(
      Frame.encode(Frame.fromObject({ SeqID: 0, LogID: 0, service: SERVICE_ID, ...frame })).finish(),
    );
  const clientConfig = () => ({
    PingInterval: config.pingInterval,
    ReconnectCount: config.reconnectCount,
    ReconnectInterval: config.reconnectInterval,
    ReconnectNonce: config.reconnectNonce,
  });

  wss.on('connection', (socket) => {
    connects += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('message', (raw: Buffer) => {
      if (silenced.has(socket)) return;
      const frame = Frame.toObject(Frame.decode(raw), { longs: Number }) as FrameData;
      const type = header(frame, 'type');
      if (frame.method === CONTROL && type === 'ping') {
        live.add(socket);
        const payload = Buffer.from(JSON.stringify(clientConfig()));
        send(socket, { method: CONTROL, headers: [{ key: 'type', value: 'pong' }], payload });
      } else if (frame.method === DATA) {
        const id = header(frame, 'message_id') ?? '';
        const ack = JSON.parse(Buffer.from(frame.payload ?? []).toString('utf8')) as {
          code: number;
          data?: string;
        };
        const data = ack.data
          ? (JSON.parse(Buffer.from(ack.data, 'base64').toString('utf8')) as unknown)
          : undefined;
        waiting.get(id)?.({ code: ack.code, ...(data === undefined ? {} : { data }) });
        waiting.delete(id);
      }
    });
  });

  return {
    /** Whether `req` was the long connection's upgrade, taken over here. */
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
      if (!req.url?.startsWith('/ws')) return false;
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      return true;
    },
    endpoint: (base: string) => ({
      URL: `${base.replace(/^http/, 'ws')}/ws?fpid=1&device_id=fake-device&service_id=${SERVICE_ID}`,
      ClientConfig: clientConfig(),
    }),
    /** Open sockets whose client has pinged and that answer, and how many were ever accepted. */
    get open() {
      return [...sockets].filter((s) => live.has(s) && !silenced.has(s)).length;
    },
    get connects() {
      return connects;
    },
    /**
     * Pushes an event envelope to one open connection, as the platform does (one random client of
     * the app gets it), and resolves with the client's ACK.
     */
    push(envelope: unknown, timeoutMs = 5000): Promise<Ack> {
      const socket = [...sockets].reverse().find((s) => live.has(s) && !silenced.has(s));
      if (!socket) return Promise.reject(new Error('fake Lark: no long connection is open'));
      const id = `msg_${++seq}`;
      const payload = Buffer.from(JSON.stringify(envelope));
      const headers = [
        { key: 'type', value: 'event' },
        { key: 'message_id', value: id },
        { key: 'sum', value: '1' },
        { key: 'seq', value: '0' },
        { key: 'trace_id', value: `trace_${seq}` },
      ];
      return new Promise<Ack>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fake Lark: no ACK for ${id}`)), timeoutMs);
        waiting.set(id, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        send(socket, { method: DATA, SeqID: seq, headers, payload });
      });
    },
    /** Ends every socket at once, as a network drop or a server restart does. */
    drop(): void {
      for (const s of sockets) s.terminate();
    },
    /**
     * Half-open: the sockets stay up but nothing is read or answered, as after a laptop sleep or a
     * NAT timeout. Only a client-side ping timeout notices; a new connection is answered again.
     */
    silence(): void {
      for (const s of sockets) silenced.add(s);
    },
    close(): void {
      for (const s of sockets) s.terminate();
      wss.close();
    },
  };
}
