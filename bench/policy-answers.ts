/**
 * Answers every question of the policy sets many times in one process and prints throughput and
 * latency. Run with `npx tsx bench/policy-answers.ts [rounds]`.
 */
import { performance } from 'node:perf_hooks';
import { answer } from '../src/domain/policy/index.js';
import { demoContext, questionSet } from '../test/policy/fixtures.js';

const rounds = Number(process.argv[2] ?? 200);
const ctx = demoContext();
const questions = [...questionSet('questions.json'), ...questionSet('holdout.json')].map((item) => item.q);

const startUp = performance.now();
answer(questions[0] ?? '', ctx);
const firstAnswer = performance.now() - startUp;

// Warm the JIT before measuring.
for (let round = 0; round < 20; round += 1) for (const question of questions) answer(question, ctx);

const latencies = new Float64Array(rounds * questions.length);
const started = performance.now();
let i = 0;
for (let round = 0; round < rounds; round += 1) {
  for (const question of questions) {
    const t0 = performance.now();
    answer(question, ctx);
    latencies[i++] = performance.now() - t0;
  }
}
const elapsed = performance.now() - started;
latencies.sort();

function percentile(p: number): number {
  return latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
}

console.log(`questions: ${questions.length} × ${rounds} rounds = ${latencies.length} answers`);
console.log(`first answer (builds the index): ${firstAnswer.toFixed(1)} ms`);
console.log(`throughput: ${Math.round(latencies.length / (elapsed / 1000))} questions/s`);
console.log(
  `latency: p50 ${percentile(0.5).toFixed(3)} ms, p99 ${percentile(0.99).toFixed(3)} ms, max ${percentile(1).toFixed(3)} ms`,
);
