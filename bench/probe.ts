import { answer } from '../src/domain/policy/index.js';
import { demoContext } from '../test/policy/fixtures.js';
const ctx = demoContext();
for (const q of process.argv.slice(2)) {
  const r = answer(q, ctx);
  console.log(q, '\n →', r.answer, '\n   ', r.citations.map((c) => `${c.clause}`).join(','));
}
