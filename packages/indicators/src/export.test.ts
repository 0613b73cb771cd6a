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
      due: 'thường xuyên',
      dueMonth: null,
    });
  });

  it('keeps a deadline to its printed month (Hồng Bàng "Tháng 12/2026", no invented day)', () => {
    const rows = TASKS.filter((t) => t.ward === 'hong-bang').map(taskExportRow);
    const december = rows.filter((r) => r.dueMonth === '2026-12');
    expect(december.length).toBeGreaterThan(0);
    expect(december.every((r) => r.due === '12/2026')).toBe(true);
  });

  it('gives Hải An HDI 2030 as "> 0,7": the Symbol-font ">" (U+F03E) is mapped, the raw kept', () => {
    const hdi = TARGETS.find((t) => t.ward === 'hai-an' && t.indicator === 'STI_HDI');
    expect(hdi && targetExportRow(hdi)).toMatchObject({
      year: 2030,
      comparator: '>',
      value: 0.7,
      sourceText: '> 0,7',
      sourceRaw: '\uF03E 0,7',
      sourceLine: 1238,
    });
  });

  it('shows a bare figure as a level to reach, not "="', () => {
    const budget = TARGETS.find((t) => t.provenance.text === 'Phấn đấu đạt 3%');
    expect(budget && targetExportRow(budget).comparator).toBe('đạt');
  });

  it('prints no extraction artefact in any clean text', () => {
    const rows = [...TARGETS.map(targetExportRow), ...ACTUALS.map(actualExportRow)];
    const artefacts = rows.filter((r) => /\$|\\geq|\\%|[\uE000-\uF8FF]|^% /u.test(r.sourceText));
    expect(artefacts.map((r) => `${r.id}: ${r.sourceText}`)).toEqual([]);
    expect(rows.some((r) => r.sourceRaw.includes('\\geq'))).toBe(true);
  });
});
