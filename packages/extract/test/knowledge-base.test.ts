import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTUALS, actualExportRow, DOCUMENTS, TARGETS, targetExportRow } from '@lotrinh/indicators';
import { describe, expect, it } from 'vitest';
import { type Comparable, evaluate, proposalRow } from '../src/index.ts';
import { proposalsOf, SEED_FILES, seedText } from './seeds.ts';

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

describe('the extractor reads the text and the catalog, nothing else', () => {
  const sources = readdirSync(srcDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => [f, readFileSync(resolve(srcDir, f), 'utf8')] as const);

  it.each(sources)(
    '%s imports from @lotrinh/indicators only the catalog, types and text helpers',
    (_f, code) => {
      const imported = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@lotrinh\/indicators'/g)]
        .flatMap((m) => (m[1] ?? '').split(','))
        .map((name) => name.replace(/\btype\b/, '').trim())
        .filter(Boolean);
      // The catalog, its types, and two pure text helpers (comparator words, printed text).
      const allowed = [
        'INDICATORS',
        'Indicator',
        'Unit',
        'Comparator',
        'comparatorLabel',
        'cleanPrintedText',
      ];
      expect(imported.filter((name) => !allowed.includes(name))).toEqual([]);
      expect(code).not.toMatch(/node:fs|from 'fs'|readFile/);
    },
  );
});

describe('every proposal cites its own text', () => {
  it.each(SEED_FILES)('%s: the quoted text is on the cited lines', (file) => {
    const lines = seedText(file).normalize('NFC').split('\n');
    for (const p of proposalsOf(file)) {
      const cited = lines
        .slice(p.line - 1, p.lineEnd)
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' ');
      expect(p.text.length, `line ${p.line}`).toBeGreaterThan(0);
      expect(cited, `line ${p.line}`).toContain(p.text);
    }
  });
});

describe('proposals come in reading order', () => {
  it.each(SEED_FILES)('%s', (file) => {
    const lines = proposalsOf(file).map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});

describe('agreement with the hand-checked knowledge base on the five seeds', () => {
  const expected: Comparable[] = [...TARGETS.map(targetExportRow), ...ACTUALS.map(actualExportRow)];
  const proposed: Comparable[] = DOCUMENTS.flatMap((d) =>
    proposalsOf(d.file).map((p) => ({ ...proposalRow(p, { file: d.file }), ward: d.ward })),
  );
  const result = evaluate(expected, proposed);

  it('meets the goals: precision and recall of at least 90%, overall', () => {
    expect(result.exact.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.exact.precision).toBeGreaterThanOrEqual(0.9);
  });

  it.each(DOCUMENTS.map((d) => d.ward))('%s: recall of at least 90%', (ward) => {
    const found = result.wards.find((w) => w.ward === ward);
    expect(found?.exact.recall).toBeGreaterThanOrEqual(0.9);
    expect(found?.exact.precision).toBeGreaterThanOrEqual(0.9);
  });
});
