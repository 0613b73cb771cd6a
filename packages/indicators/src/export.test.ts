import { describe, expect, it } from 'vitest';
import { actualExportRow, targetExportRow, taskExportRow, toJsonLines } from './export.ts';
import { ACTUALS, TARGETS, TASKS } from './knowledge-base.ts';

describe('auditor export', () => {
  it('flattens a milestone cell with its provenance (Hải An DTI 2025 "≥ 0,77")', () => {
    const dti = TARGETS.find((t) => t.id === 'hai-an/PL2/20./2025');
    expect(dti && targetExportRow(dti)).toMatchObject({
      ward: 'hai-an',
      indicatorCode: 'DTI_WARD_INDEX',
      year: 2025,
      kind: 'target',
      comparator: '≥',
      value: 0.77,
      valueHigh: null,
      unit: 'index',
      sourceFile: '000_09cdf2dd6a89ba5e.txt',
      sourceRow: '20.',
      sourceColumn: 'Năm 2025',
      sourceLine: 1304,
      sourceText: '≥ 0,77',
    });
  });

  it('exports a range with both bounds (Hải An technology renewal "20-22%")', () => {
    const rate = TARGETS.find((t) => t.indicator === 'STI_TECH_RENEWAL_RATE');
    expect(rate && targetExportRow(rate)).toMatchObject({
      comparator: '–',
      value: 20,
      valueHigh: 22,
      year: 2030,
    });
  });

  it('exports a result with numerator and denominator (Chu Văn An 82,54% = 10.329/12.514)', () => {
    const contactless = ACTUALS.find((a) => a.indicator === 'DG_CONTACTLESS_TRANSACTIONS');
    expect(contactless && actualExportRow(contactless)).toMatchObject({
      kind: 'actual',
      value: 82.54,
      numerator: 10329,
      denominator: 12514,
      sourceText: '82,54%',
      sourceLine: 325,
    });
  });

  it('marks qualitative targets and results reported in words', () => {
    const qualitative = TARGETS.filter((t) => t.kind === 'qualitative').map(targetExportRow);
    expect(qualitative.length).toBeGreaterThan(0);
    expect(qualitative.every((r) => r.kind === 'qualitative' && r.value === null)).toBe(true);
    const inWords = ACTUALS.filter((a) => a.reportedMet).map(actualExportRow);
    expect(inWords.every((r) => r.reportedMet === true && r.value === null)).toBe(true);
  });

  it('writes one parseable JSON object per line', () => {
    const text = toJsonLines(TASKS.map(taskExportRow));
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(TASKS.length);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      ward: 'hai-an',
      code: 'PL3-I.1',
      due: 'recurring',
    });
  });
});
