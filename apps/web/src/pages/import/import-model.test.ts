import { describe, expect, it } from 'vitest';
import { formatOfFile, isRunning, percentDone } from './import-model.ts';

describe('the import page model', () => {
  it.each([
    ['ket-qua.csv', 'CSV'],
    ['KET-QUA.XLSX', 'XLSX'],
    ['bao-cao.pdf', null],
    ['ket-qua.xls', null],
  ])('%s → %s', (name, format) => {
    expect(formatOfFile(name)).toBe(format);
  });

  it.each([
    [0, 0, 0],
    [0, 10, 0],
    [5, 10, 50],
    [1, 3, 33],
    [12, 10, 100],
  ])('%i of %i rows is %i%%', (processed, total, percent) => {
    expect(percentDone(processed, total)).toBe(percent);
  });

  it('polls while a job is pending, validating or applying', () => {
    expect(['pending', 'validating', 'applying', 'succeeded', 'failed'].map(isRunning)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
