import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../src/test-support.ts';
import { loadCases } from './case-format.ts';
import { fuzzSuites } from './fuzz.ts';
import { countRows, judge, send } from './run-case.ts';

/**
 * The bad-input corpus: every case in cases/*.json (see README.md), then fuzzed variables for
 * the main queries and mutations. For each: no crash, no 5xx, no internals in the body, and
 * nothing written when the request is refused. Prints one figure line, `corpus_cases N`.
 */
const dir = dirname(fileURLToPath(import.meta.url));
const cases = loadCases(dir);
let h: Harness;
let ran = 0;

beforeAll(async () => {
  // Generous limits: the corpus tests input handling, not throttling (the security suite does).
  h = await startHarness({
    rateLimitPerMinute: 1_000_000,
    signInThrottle: { perAccount: 1_000_000, perAddress: 1_000_000 },
    logError: () => {},
  });
});
afterAll(async () => {
  console.log(`corpus_cases ${ran}`);
  await h?.close();
});

async function alive() {
  const res = await fetch(`${h.url}/healthz`);
  return res.status;
}

describe('bad-input corpus (cases/*.json)', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it.each(cases.map((c) => [`${c.file}: ${c.name}`, c] as const))('%s', async (_label, c) => {
    const before = await countRows(h);
    const out = await send(h, c, dir);
    const after = await countRows(h);
    expect(judge(c, out, before, after)).toEqual([]);
    expect(await alive()).toBe(200);
    ran++;
  });
});

describe('fuzzed variables (fast-check)', () => {
  for (const suite of fuzzSuites)
    it(suite.name, async () => {
      ran += await suite.run(() => h, dir);
      expect(await alive()).toBe(200);
    });
});
