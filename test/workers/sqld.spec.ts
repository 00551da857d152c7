import { env } from 'cloudflare:test';
import { walkTheWorker } from './walk.js';

// The global setup migrated this sqld from Node and loaded the demo organisation into it.
walkTheWorker('a libSQL server (sqld)', env, async () => undefined);
