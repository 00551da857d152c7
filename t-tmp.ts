import { answer } from './src/domain/policy/index.js';
import { demoContext } from './test/policy/fixtures.js';
const r = answer(process.argv[2] ?? '', demoContext()); console.log(r.answer, r.citations.map(c=>c.clause));
