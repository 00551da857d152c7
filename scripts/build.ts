// `npm run build`: the Node entry as dist/main.mjs, run in place with `npm run start:dist`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle-node.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await bundleForNode(join(root, 'src/main.ts'), join(root, 'dist/main.mjs'));
console.log(`built ${out}`);
