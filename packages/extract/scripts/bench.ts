// Speed of the extractor (`npm run bench`): prints `name value unit` lines.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOCUMENTS } from '@lotrinh/indicators';
import { extractTargets } from '../src/index.ts';
import { SEEDS_DIR } from './seeds.ts';

const texts = DOCUMENTS.map((d) => readFileSync(resolve(SEEDS_DIR, d.file), 'utf8'));
const largest = texts.reduce((a, b) => (b.length > a.length ? b : a));
extractTargets(largest); // warm up

const runs = 10;
let started = performance.now();
for (let i = 0; i < runs; i++) extractTargets(largest);
console.log(`extract_largest_seed ${((performance.now() - started) / runs).toFixed(1)} ms`);
started = performance.now();
for (let i = 0; i < runs; i++) for (const t of texts) extractTargets(t);
console.log(`extract_five_seeds ${((performance.now() - started) / runs).toFixed(1)} ms`);

// Adversarial text: long runs of comparator words, dashes and clauses must stay linear.
const adversarial = [
  `III. MỤC TIÊU\n- ${'có đạt trên '.repeat(10000)}x`,
  `TT Chỉ tiêu Năm 2025 Năm 2030\n1. ${'- '.repeat(50000)}`,
  `III. MỤC TIÊU\n- ${'Tỷ lệ hồ sơ đạt 100%; '.repeat(5000)}`,
];
started = performance.now();
for (const text of adversarial) extractTargets(text);
const kb = adversarial.reduce((n, t) => n + t.length, 0) / 1024;
console.log(
  `extract_adversarial_per_100kb ${(((performance.now() - started) / kb) * 100).toFixed(0)} ms`,
);
