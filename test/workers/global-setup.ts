// Runs on Node before the workerd tests: a real `sqld` with the demo organisation, the fake Lark
// OpenAPI, and a small loopback door into the fake so tests inside workerd can read what it received.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { loadStartupData } from '../../src/seed.js';
import { openStore } from '../../src/store/db.js';
import { startSqld } from '../../scripts/sqld.js';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { WORKER_KEYS } from './keys.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sqldUrl: string;
    fakeLarkUrl: string;
    fakeLarkDoor: string;
  }
}

function openDoor(fake: FakeLark): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/pushed') fake.recordPushed(JSON.parse(body));
      const answer = req.url === '/messages' ? fake.messages : req.url === '/requests' ? fake.requests : {};
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export default async function setup(project: TestProject) {
  const sqld = await startSqld();
  const store = await openStore(sqld.url);
  await loadStartupData(store, loadConfig({ DATABASE_URL: sqld.url }), createLogger('silent'));
  store.close();
  const fake = await startFakeLark({ appId: WORKER_KEYS.appId, appSecret: WORKER_KEYS.appSecret });
  const door = await openDoor(fake);
  project.provide('sqldUrl', sqld.url);
  project.provide('fakeLarkUrl', fake.url);
  project.provide('fakeLarkDoor', `http://127.0.0.1:${(door.address() as AddressInfo).port}`);
  return async () => {
    await new Promise((resolve) => door.close(resolve));
    await fake.close();
    await sqld.stop();
  };
}
