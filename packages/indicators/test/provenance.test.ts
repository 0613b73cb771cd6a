import { describe, expect, it } from 'vitest';
import {
  ACTUALS,
  type Comparator,
  DOCUMENTS,
  getIndicator,
  type Provenance,
  TARGETS,
  TASKS,
} from '../src/index.ts';
import { printed, seedLines, squash, vietnameseNumbers, wordsInOrder } from './seed-files.ts';

const citedText = (p: Provenance) => printed(p.file, p.line, p.lineEnd ?? p.line);

/** The comparator a reader infers from the printed words, to check the transcription against. */
function comparatorFromText(text: string): Comparator {
  if (/≥|\\geq|ít nhất|tối thiểu/iu.test(text)) return 'gte';
  if (/\btrên\b|>|\uF03E/u.test(text)) return 'gt';
  if (/\d\s*-\s*\d/u.test(text)) return 'range';
  return 'reach';
}

describe('provenance of targets', () => {
  it.each(TARGETS.map((t) => [t.id, t] as const))('%s cites text printed at its line', (_id, t) => {
    expect(citedText(t.provenance)).toContain(squash(t.provenance.text));
  });

  const quantitative = TARGETS.flatMap((t) => (t.kind === 'target' ? [t] : []));

  it.each(quantitative.map((t) => [t.id, t] as const))(
    '%s stores the printed number and comparator',
    (_id, t) => {
      const numbers = vietnameseNumbers(t.provenance.text);
      expect(numbers).toContain(t.value);
      if (t.comparator === 'range') expect(numbers).toContain(t.valueHigh);
      // "từ 01 đến 02 … trở lên" is the one printed range read as a floor: see its note.
      if (!t.note?.includes('trở lên'))
        expect(t.comparator).toBe(comparatorFromText(t.provenance.text));
    },
  );

  it.each(TARGETS.filter((t) => t.provenance.labelLine).map((t) => [t.id, t] as const))(
    '%s wording starts on its label line',
    (_id, t) => {
      const label = printed(t.provenance.file, t.provenance.labelLine ?? 0);
      const firstWords = squash(t.wording).split(' ').slice(0, 3).join(' ');
      expect(label).toContain(firstWords);
    },
  );

  it.each(TARGETS.map((t) => [t.id, t] as const))(
    '%s uses a catalog indicator of a matching unit',
    (_id, t) => {
      const indicator = getIndicator(t.indicator);
      if (t.kind === 'target') expect(t.unit).toBe(indicator.unit);
    },
  );

  it('gives every target a unique id', () => {
    expect(new Set(TARGETS.map((t) => t.id)).size).toBe(TARGETS.length);
  });

  it('keeps percent and index values inside their scales', () => {
    for (const t of quantitative) {
      if (t.unit === 'percent') expect(t.valueHigh ?? t.value).toBeLessThanOrEqual(100);
      if (t.unit === 'index') expect(t.value).toBeLessThanOrEqual(1);
      expect(t.value).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('provenance of actuals', () => {
  it.each(ACTUALS.map((a) => [a.id, a] as const))('%s cites its result and evidence', (_id, a) => {
    expect(citedText(a.provenance)).toContain(squash(a.provenance.text));
    if (a.value !== undefined) expect(vietnameseNumbers(a.provenance.text)).toContain(a.value);
    if (a.detail) expect(citedText(a.detail)).toContain(squash(a.detail.text));
    if (a.numerator !== undefined && a.denominator !== undefined) {
      const evidence = vietnameseNumbers(a.detail?.text ?? '');
      expect(evidence).toContain(a.numerator);
      expect(evidence).toContain(a.denominator);
      // The printed percentage is the printed fraction rounded to two decimals.
      expect(((a.numerator / a.denominator) * 100).toFixed(2)).toBe(
        (a.value ?? Number.NaN).toFixed(2),
      );
    }
  });
});

describe('provenance of tasks', () => {
  it.each(TASKS.map((t) => [`${t.ward} ${t.code}`, t] as const))(
    '%s is printed from its line on',
    (_id, t) => {
      const { file, line, text } = t.provenance;
      expect(printed(file, line)).toContain(squash(text));
      // The row's columns wrap and interleave over the following lines (and, for a table split
      // by a page break, up to ~80 lines further): each column's words appear there in order.
      const lines = seedLines(file).length;
      const window = printed(file, Math.max(1, line - 30), Math.min(lines, line + 120));
      const afterRow = printed(file, line, Math.min(lines, line + 120));
      expect(wordsInOrder(t.description, afterRow)).toBe(true);
      expect(wordsInOrder(t.leadUnit, window)).toBe(true);
      for (const column of [t.partnerUnits, t.output, t.timingAsPrinted]) {
        if (column) expect(wordsInOrder(column, afterRow)).toBe(true);
      }
    },
  );
});

describe('source documents', () => {
  it.each(DOCUMENTS.map((d) => [d.id, d] as const))(
    '%s prints its date or title at its line',
    (_id, d) => {
      const text = printed(d.file, d.line);
      expect(text.length).toBeGreaterThan(0);
      if (!d.dateAsPrinted.startsWith('('))
        expect(printed(d.file, 1, 10)).toContain(d.dateAsPrinted);
      if (!d.numberAsPrinted.startsWith('(')) expect(text).toContain(d.numberAsPrinted);
    },
  );
});
