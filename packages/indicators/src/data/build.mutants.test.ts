import { describe, expect, it } from 'vitest';
import {
  gt,
  gte,
  milestoneRow,
  qualitative,
  quantitative,
  type RowContext,
  range,
} from './build.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md). The
// row is Hải An PHỤ LỤC 2 row 20 (ward DTI), whose label is on line 1303 and cells on 1304.

const ctx: RowContext = {
  ward: 'hai-an',
  key: 'PL2',
  file: '000_09cdf2dd6a89ba5e.txt',
  section: 'PHỤ LỤC 2 — IV',
  row: '20.',
  indicator: 'DTI_WARD_INDEX',
  wording: 'Chỉ số DTI cấp phường',
  labelLine: 1303,
  unit: 'index',
};

describe('cell builders', () => {
  it('keep the comparator, value, text and lines they are given', () => {
    expect(gte(0.77, '≥ 0,77', 1304)).toStrictEqual({
      comparator: 'gte',
      value: 0.77,
      text: '≥ 0,77',
      line: 1304,
    });
    expect(gt(3.5, 'Đạt trên 3,5%', 900, 902)).toStrictEqual({
      comparator: 'gt',
      value: 3.5,
      text: 'Đạt trên 3,5%',
      line: 900,
      lineEnd: 902,
    });
    expect(range(20, 22, '20-22%', 1200)).toStrictEqual({
      comparator: 'range',
      value: 20,
      valueHigh: 22,
      text: '20-22%',
      line: 1200,
    });
  });
});

describe('quantitative', () => {
  it('builds a target whose label sits on another line, without optional fields it lacks', () => {
    expect(quantitative(ctx, 2025, gte(0.77, '≥ 0,77', 1304))).toStrictEqual({
      kind: 'target',
      id: 'hai-an/PL2/20./2025',
      ward: 'hai-an',
      indicator: 'DTI_WARD_INDEX',
      year: 2025,
      wording: 'Chỉ số DTI cấp phường',
      comparator: 'gte',
      value: 0.77,
      unit: 'index',
      provenance: {
        file: '000_09cdf2dd6a89ba5e.txt',
        section: 'PHỤ LỤC 2 — IV',
        row: '20.',
        line: 1304,
        text: '≥ 0,77',
        labelLine: 1303,
      },
    });
  });

  it('carries lead agency, note, recurrence, column, id suffix and wrapped lines when given', () => {
    const target = quantitative(
      { ...ctx, labelLine: 1304, leadAgency: 'Văn phòng', note: 'why' },
      2030,
      gt(0.8, '> 0,8', 1304, 1305),
      { column: 'Năm 2030', recurring: 'annual', idSuffix: '-b' },
    );
    expect(target).toMatchObject({
      id: 'hai-an/PL2/20./2030-b',
      leadAgency: 'Văn phòng',
      note: 'why',
      recurring: 'annual',
      provenance: { column: 'Năm 2030', line: 1304, lineEnd: 1305 },
    });
    // The label is on the value's own line: no separate labelLine.
    expect(target.provenance).not.toHaveProperty('labelLine');
  });

  it('keeps the upper bound of a band only', () => {
    expect(quantitative(ctx, 2030, range(20, 22, '20-22%', 1200))).toHaveProperty('valueHigh', 22);
    expect(quantitative(ctx, 2030, gte(1, '≥ 1', 1200))).not.toHaveProperty('valueHigh');
  });
});

describe('qualitative', () => {
  it('builds a target in words with the optional fields it has', () => {
    const q = qualitative({ ...ctx, leadAgency: 'Công an phường', note: 'n' }, 2030, {
      text: 'Hoàn thành',
      line: 1400,
    });
    expect(q).toStrictEqual({
      kind: 'qualitative',
      id: 'hai-an/PL2/20./2030',
      ward: 'hai-an',
      indicator: 'DTI_WARD_INDEX',
      year: 2030,
      wording: 'Chỉ số DTI cấp phường',
      leadAgency: 'Công an phường',
      provenance: {
        file: '000_09cdf2dd6a89ba5e.txt',
        section: 'PHỤ LỤC 2 — IV',
        row: '20.',
        line: 1400,
        text: 'Hoàn thành',
        labelLine: 1303,
      },
      note: 'n',
    });
  });
});

describe('milestoneRow', () => {
  const YEARS = [2025, 2030, 2035, 2040, 2045];

  it('makes one target per printed cell, skipping "-" cells, each labelled with its column', () => {
    const row = milestoneRow(ctx, YEARS, [
      gte(0.77, '≥ 0,77', 1304),
      null,
      gte(0.85, '≥ 0,85', 1304),
      null,
      gt(0.95, '> 0,95', 1304),
    ]);
    expect(row.map((t) => [t.year, t.value, t.provenance.column])).toEqual([
      [2025, 0.77, 'Năm 2025'],
      [2035, 0.85, 'Năm 2035'],
      [2045, 0.95, 'Năm 2045'],
    ]);
  });

  it.each([
    [4, 'PHỤ LỤC 2 — IV row 20.: 4 cells for 5 years'],
    [6, 'PHỤ LỤC 2 — IV row 20.: 6 cells for 5 years'],
  ])('refuses a row of %i cells for 5 years', (n, message) => {
    const cells = Array.from({ length: n }, () => gte(1, '1', 1304));
    expect(() => milestoneRow(ctx, YEARS, cells)).toThrow(message);
  });
});
