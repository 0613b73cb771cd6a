import { describe, expect, it } from 'vitest';
import { ACTUALS, TARGETS, TASKS, type WardSlug } from '../src/index.ts';

/**
 * Row labels read off each seed section by a person (not generated from the data): every label
 * must have its targets, and no other label may appear.
 */
const range = (prefix: string, from: number, to: number, suffix = '') =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}${suffix}`);

const EXPECTED_TARGET_ROWS: Record<string, { ward: WardSlug; key: string; rows: string[] }> = {
  'Hải An body B.II.3.1': { ward: 'hai-an', key: 'B.II', rows: ['3.1'] },
  'Hải An PHỤ LỤC 1': {
    ward: 'hai-an',
    key: 'PL1',
    rows: [...range('I.', 1, 8), ...range('II.', 1, 5), ...range('III.', 1, 2)],
  },
  'Hải An PHỤ LỤC 2': { ward: 'hai-an', key: 'PL2', rows: range('', 1, 31, '.') },
  'Hồng An III.2': {
    ward: 'hong-an',
    key: 'III.2',
    rows: [
      ...range('a-', 1, 5),
      ...range('b-', 1, 5),
      ...range('c-', 1, 7),
      ...range('d-', 1, 4),
      ...range('e-', 1, 5),
    ],
  },
  'Thanh Miện PHỤ LỤC SỐ 01': {
    ward: 'thanh-mien',
    key: 'PL01',
    rows: [
      ...range('1.', 1, 12),
      '2',
      '3',
      '4',
      '5',
      '6.1',
      '6.2',
      '7',
      '8',
      '9',
      '10',
      '11.1',
      ...range('11.', 2, 5),
      '12.6',
    ],
  },
  'Chu Văn An PHỤ LỤC': { ward: 'chu-van-an', key: 'PL', rows: range('', 1, 20, '.') },
  'Hồng Bàng III': { ward: 'hong-bang', key: 'III', rows: range('', 1, 13) },
};

describe('every target row of every seed section is transcribed', () => {
  it.each(Object.entries(EXPECTED_TARGET_ROWS))('%s', (_name, { ward, key, rows }) => {
    const got = TARGETS.filter((t) => t.ward === ward && t.id.startsWith(`${ward}/${key}/`));
    expect([...new Set(got.map((t) => t.provenance.row))].sort()).toEqual([...rows].sort());
  });

  it('has, per Hải An PHỤ LỤC 2 row, one target per milestone cell that is not "-"', () => {
    // Count of "-" cells per row as printed (rows not listed have all five cells filled).
    const dashes: Record<string, number> = {
      '4.': 2,
      '5.': 2,
      '10.': 3,
      '11.': 1,
      '12.': 1,
      '13.': 3,
      '14.': 3,
      '15.': 4,
      '16.': 3,
      '17.': 2,
      '18.': 4,
      '19.': 4,
      '27.': 1,
    };
    for (let n = 1; n <= 31; n++) {
      const row = `${n}.`;
      const cells = TARGETS.filter(
        (t) => t.id.startsWith('hai-an/PL2/') && t.provenance.row === row,
      );
      expect(cells.length, `row ${row}`).toBe(5 - (dashes[row] ?? 0));
      expect(new Set(cells.map((t) => t.year)).size, `row ${row} years`).toBe(cells.length);
    }
  });

  it('lists the ward DTI milestones of Hải An as printed (≥0,77 / ≥0,8 / ≥0,85 / ≥0,92 / 1,0)', () => {
    const dti = TARGETS.filter((t) => t.ward === 'hai-an' && t.indicator === 'DTI_WARD_INDEX');
    expect(
      dti.map((t) =>
        t.kind === 'target' ? [t.year, t.comparator, t.value, t.provenance.text] : [],
      ),
    ).toEqual([
      [2025, 'gte', 0.77, '≥ 0,77'],
      [2030, 'gte', 0.8, '≥ 0,8'],
      [2035, 'gte', 0.85, '≥ 0,85'],
      [2040, 'gte', 0.92, '≥ 0,92'],
      [2045, 'reach', 1, 'Đạt 1,0'],
    ]);
  });
});

describe('every Chu Văn An result is transcribed', () => {
  it('has one reported result per appendix row (row 3 adds the VND amount)', () => {
    const rows = ACTUALS.filter((a) => a.ward === 'chu-van-an').map((a) => a.provenance.row);
    expect([...new Set(rows)].sort()).toEqual(range('', 1, 20, '.').sort());
    expect(rows.filter((r) => r === '3.')).toHaveLength(2);
  });

  it('records the contactless share as 82,54% = 10.329/12.514', () => {
    const contactless = ACTUALS.find((a) => a.indicator === 'DG_CONTACTLESS_TRANSACTIONS');
    expect(contactless).toMatchObject({ value: 82.54, numerator: 10329, denominator: 12514 });
    expect(contactless?.provenance.text).toBe('82,54%');
  });

  it('records the 2025 spending of 1.134.256.000 đồng', () => {
    const spent = ACTUALS.find((a) => a.indicator === 'RES_BUDGET_SPENT_VND');
    expect(spent).toMatchObject({ value: 1134256000, unit: 'vnd' });
  });
});

describe('every task row is transcribed', () => {
  const codes = (ward: WardSlug) => TASKS.filter((t) => t.ward === ward).map((t) => t.code);

  it('Hải An: PHỤ LỤC 3 and "Phân công các nhiệm vụ khác"', () => {
    expect(codes('hai-an')).toEqual([
      'PL3-I.1',
      'PL3-I.2',
      'PL3-II.1',
      'PL3-II.2',
      ...range('PLK-', 1, 7),
      'PLK-B1',
      'PLK-B2',
    ]);
  });

  it('Thanh Miện: PHỤ LỤC SỐ 02', () => {
    expect(codes('thanh-mien')).toEqual([
      ...range('1.', 1, 6),
      ...range('2.', 1, 4),
      ...range('3.', 1, 4),
      ...range('4.', 1, 15),
      ...range('5.', 1, 2),
    ]);
  });

  it('Hồng An: section VII by unit (7 units, 30 duties)', () => {
    const perUnit = [7, 3, 3, 2, 5, 6, 4];
    expect(codes('hong-an')).toEqual(perUnit.flatMap((n, u) => range(`VII.${u + 1}-`, 1, n)));
  });

  it('Hồng Bàng: the appendix (13 rows)', () => {
    expect(codes('hong-bang')).toEqual(range('', 1, 13));
  });
});

describe('cross-checks between sections', () => {
  it('gives each Hồng Bàng target the lead unit of the appendix row that assigns it', () => {
    for (const target of TARGETS.filter((t) => t.ward === 'hong-bang')) {
      const task = TASKS.find((t) => t.ward === 'hong-bang' && t.code === target.provenance.row);
      expect(target.leadAgency, target.id).toBe(task?.leadUnit);
    }
  });
});

describe('milestone cells sit in year order on the printed row', () => {
  it('Hải An PHỤ LỤC 2: each row’s cells appear left to right as 2025 → 2045', async () => {
    const { printed } = await import('./seed-files.ts');
    const rows = new Map<string, (typeof TARGETS)[number][]>();
    for (const t of TARGETS.filter((x) => x.id.startsWith('hai-an/PL2/'))) {
      rows.set(t.provenance.row, [...(rows.get(t.provenance.row) ?? []), t]);
    }
    for (const [row, cells] of rows) {
      const byYear = [...cells].sort((a, b) => a.year - b.year);
      let at = -1;
      let line = 0;
      for (const cell of byYear) {
        const p = cell.provenance;
        if (p.line !== line) {
          // A cell on a later line starts a new search (wrapped cells, row 6).
          expect(p.line, `row ${row} ${cell.year}`).toBeGreaterThanOrEqual(line);
          line = p.line;
          at = -1;
        }
        const text = printed(p.file, p.line, p.lineEnd ?? p.line);
        const found = text.indexOf(p.text, at + 1);
        expect(
          found,
          `row ${row}: ${cell.year} "${p.text}" after position ${at} in "${text}"`,
        ).toBeGreaterThan(at);
        at = found + p.text.length - 1;
      }
    }
  });
});

describe('every Hải An PHỤ LỤC 2 row reads back as printed, "-" cells included', () => {
  it('the five cells, in year order with "-" where no target is stored, are the printed row', async () => {
    const { printed } = await import('./seed-files.ts');
    const YEARS = [2025, 2030, 2035, 2040, 2045];
    const rows = new Map<string, (typeof TARGETS)[number][]>();
    for (const t of TARGETS.filter((x) => x.id.startsWith('hai-an/PL2/'))) {
      rows.set(t.provenance.row, [...(rows.get(t.provenance.row) ?? []), t]);
    }
    let checked = 0;
    for (const [row, cells] of rows) {
      const lines = new Set(cells.map((c) => c.provenance.line));
      if (lines.size > 1) continue; // row 6 wraps each cell over its own lines (checked above)
      const first = cells[0]?.provenance;
      if (!first) continue;
      const expected = YEARS.map((y) => cells.find((c) => c.year === y)?.provenance.text ?? '-')
        .join(' ')
        .replace(/[\uE000-\uF8FF]\s*/gu, '');
      // A trailing "-" can wrap to the next printed line (row 11). Row 18 carries an invisible
      // Symbol-font glyph (U+F03E, ">") in the private-use area: compare the rest of the row.
      const text = printed(first.file, first.line, first.line + 2)
        .replace(/[\uE000-\uF8FF]/gu, '')
        .replace(/\s+/g, ' ');
      expect(text, `row ${row}`).toContain(expected);
      checked++;
    }
    expect(checked).toBe(30);
  });
});

describe('Chu Văn An results come from the result column', () => {
  it('each numeric result is the last column of its appendix line ("Kết quả năm 2025")', async () => {
    const { printed } = await import('./seed-files.ts');
    const numeric = ACTUALS.filter(
      (a) => a.value !== undefined && a.indicator !== 'RES_BUDGET_SPENT_VND',
    );
    expect(numeric).toHaveLength(16);
    for (const a of numeric) {
      const line = printed(a.provenance.file, a.provenance.line);
      expect(line.endsWith(a.provenance.text), `${a.id}: "${line}"`).toBe(true);
    }
  });
});
