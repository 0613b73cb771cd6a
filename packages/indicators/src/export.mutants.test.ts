import { describe, expect, it } from 'vitest';
import { actualExportRow, targetExportRow, taskExportRow, toJsonLines } from './export.ts';
import type { Actual, Provenance, QualitativeTarget, QuantitativeTarget, Task } from './types.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md).
// Records are copies of seed rows (cited per case), so every exported column can be stated in
// full: an optional field that is present must come out as itself, an absent one as null.

const CVA = '003_398e4fa2e8d18aa8.txt' as const;

// Hải An PHỤ LỤC 1 II.1, "Phấn đấu đạt 3%", printed over lines 775–777 (column "Kết quả").
const haiAnBudget: QuantitativeTarget = {
  kind: 'target',
  id: 'hai-an/PL1/II.1/2030',
  ward: 'hai-an',
  indicator: 'RES_BUDGET_SHARE',
  year: 2030,
  wording: 'Chi ngân sách hằng năm cho phát triển KHCN, ĐMST, CĐS quốc gia',
  leadAgency: 'Phòng Kinh tế, Hạ tầng, Đô thị',
  equivalence: 'exact',
  equivalenceNoteVi: null,
  equivalenceNoteEn: null,
  comparator: 'reach',
  value: 3,
  unit: 'percent',
  provenance: {
    file: '000_09cdf2dd6a89ba5e.txt',
    section: 'PHỤ LỤC 1 — II',
    row: 'II.1',
    column: 'Kết quả',
    line: 775,
    lineEnd: 777,
    text: 'Phấn đấu đạt 3%',
    labelLine: 767,
  },
};

describe('targetExportRow', () => {
  it('keeps every optional field that is present (Hải An PHỤ LỤC 1 II.1)', () => {
    expect(targetExportRow(haiAnBudget)).toStrictEqual({
      id: 'hai-an/PL1/II.1/2030',
      ward: 'hai-an',
      indicatorCode: 'RES_BUDGET_SHARE',
      year: 2030,
      kind: 'target',
      comparator: 'đạt',
      value: 3,
      valueHigh: null,
      unit: 'percent',
      numerator: null,
      denominator: null,
      reportedMet: null,
      wording: 'Chi ngân sách hằng năm cho phát triển KHCN, ĐMST, CĐS quốc gia',
      equivalence: 'exact',
      equivalenceNote: null,
      leadAgency: 'Phòng Kinh tế, Hạ tầng, Đô thị',
      recurring: null,
      sourceFile: '000_09cdf2dd6a89ba5e.txt',
      sourceSection: 'PHỤ LỤC 1 — II',
      sourceRow: 'II.1',
      sourceColumn: 'Kết quả',
      sourceLine: 775,
      sourceLineEnd: 777,
      sourceText: 'Phấn đấu đạt 3%',
      sourceRaw: 'Phấn đấu đạt 3%',
      note: null,
    });
  });

  it('exports an annual target with its note (Hồng An III.2.e-2 "từ 01 đến 02 sáng kiến trở lên")', () => {
    const initiatives: QuantitativeTarget = {
      kind: 'target',
      id: 'hong-an/III.2/e-2/2030',
      ward: 'hong-an',
      indicator: 'STI_INITIATIVES_APPLIED',
      year: 2030,
      wording: 'phân đấu mỗi năm có từ 01 đến 02 sáng kiến trở lên',
      comparator: 'gte',
      value: 1,
      unit: 'countPerYear',
      recurring: 'annual',
      note: 'scored as at least 1 a year',
      equivalence: 'close',
      equivalenceNoteVi: 'ghi chú',
      equivalenceNoteEn: 'note',
      provenance: {
        file: '001_6efd05d90f721389.txt',
        section: 'III. MỤC TIÊU — III.2.e',
        row: 'e-2',
        line: 105,
        text: 'từ 01 đến 02 sáng kiến trở lên',
      },
    };
    expect(targetExportRow(initiatives)).toMatchObject({
      comparator: '≥',
      recurring: 'annual',
      note: 'scored as at least 1 a year',
      equivalence: 'close',
      equivalenceNote: 'ghi chú',
      leadAgency: null,
      sourceColumn: null,
      sourceLineEnd: null,
    });
  });

  it.each<[QuantitativeTarget['comparator'], string]>([
    ['gte', '≥'],
    ['gt', '>'],
    ['reach', 'đạt'],
    ['lte', '≤'],
    ['lt', '<'],
    ['range', '–'],
  ])('prints comparator %s as %s', (comparator, symbol) => {
    expect(targetExportRow({ ...haiAnBudget, comparator }).comparator).toBe(symbol);
  });

  it('carries the upper bound of a band (Hải An "20-22%")', () => {
    const band = { ...haiAnBudget, comparator: 'range' as const, value: 20, valueHigh: 22 };
    expect(targetExportRow(band)).toMatchObject({ value: 20, valueHigh: 22 });
  });

  it('leaves the numeric columns of a qualitative target empty (Hồng An III.2.b-4)', () => {
    const support: QualitativeTarget = {
      kind: 'qualitative',
      id: 'hong-an/III.2/b-4/2030',
      ward: 'hong-an',
      indicator: 'DE_BUSINESS_SUPPORT',
      year: 2030,
      wording: 'Hỗ trợ doanh nghiệp',
      equivalence: 'exact',
      equivalenceNoteVi: null,
      equivalenceNoteEn: null,
      provenance: {
        file: '001_6efd05d90f721389.txt',
        section: 'III.2.b',
        row: 'b-4',
        line: 71,
        text: 'Hỗ trợ doanh nghiệp',
      },
    };
    expect(targetExportRow(support)).toMatchObject({
      kind: 'qualitative',
      comparator: null,
      value: null,
      valueHigh: null,
      unit: null,
    });
  });
});

describe('actualExportRow', () => {
  const table: Provenance = {
    file: CVA,
    section: 'PHỤ LỤC — I. Phát triển hạ tầng',
    row: '1.',
    column: 'Kết quả năm 2025',
    line: 307,
    text: '$\\geq 60\\%$ .',
  };

  it('joins the note and the evidence line (Chu Văn An 5G "khoảng trên 60%")', () => {
    const fiveG: Actual = {
      id: 'chu-van-an/INF_5G_COVERAGE/2025',
      ward: 'chu-van-an',
      indicator: 'INF_5G_COVERAGE',
      year: 2025,
      value: 60,
      unit: 'percent',
      qualifier: 'gte',
      provenance: table,
      detail: {
        file: CVA,
        section: 'II.1. Phát triển hạ tầng',
        row: '1.',
        line: 49,
        text: 'hiện đạt khoảng trên 60%',
      },
      note: 'Reported as a lower bound.',
    };
    expect(actualExportRow(fiveG)).toStrictEqual({
      id: 'chu-van-an/INF_5G_COVERAGE/2025',
      ward: 'chu-van-an',
      indicatorCode: 'INF_5G_COVERAGE',
      year: 2025,
      kind: 'actual',
      comparator: '≥',
      value: 60,
      valueHigh: null,
      unit: 'percent',
      numerator: null,
      denominator: null,
      reportedMet: null,
      wording: null,
      equivalence: null,
      equivalenceNote: null,
      leadAgency: null,
      recurring: null,
      sourceFile: CVA,
      sourceSection: 'PHỤ LỤC — I. Phát triển hạ tầng',
      sourceRow: '1.',
      sourceColumn: 'Kết quả năm 2025',
      sourceLine: 307,
      sourceLineEnd: null,
      sourceText: '≥ 60%.',
      sourceRaw: '$\\geq 60\\%$ .',
      note: 'Reported as a lower bound. Evidence at line 49 (II.1. Phát triển hạ tầng): "hiện đạt khoảng trên 60%"',
    });
  });

  it.each<[string, Partial<Actual>, string | null]>([
    ['only a note', { note: 'As printed.' }, 'As printed.'],
    [
      'only evidence (Chu Văn An budget "Kết quả đã hoàn thành chỉ tiêu đề ra.")',
      { detail: { file: CVA, section: 'II.2', row: '3.', line: 65, text: 'Đã hoàn thành.' } },
      'Evidence at line 65 (II.2): "Đã hoàn thành."',
    ],
    ['neither', {}, null],
  ])('note with %s', (_label, extra, note) => {
    const base: Actual = {
      id: 'x',
      ward: 'chu-van-an',
      indicator: 'RES_BUDGET_ALLOCATED',
      year: 2025,
      qualifier: 'eq',
      reportedMet: true,
      provenance: table,
    };
    expect(actualExportRow({ ...base, ...extra }).note).toBe(note);
  });

  it('exports a result in words without a comparator, and a fraction with its parts', () => {
    const inWords: Actual = {
      id: 'w',
      ward: 'chu-van-an',
      indicator: 'RES_BUDGET_ALLOCATED',
      year: 2025,
      qualifier: 'eq',
      reportedMet: true,
      provenance: table,
    };
    expect(actualExportRow(inWords)).toMatchObject({
      comparator: null,
      value: null,
      unit: null,
      reportedMet: true,
    });
    // Chu Văn An STEM: 100% (08/08 trường phổ thông), a plain figure.
    const { reportedMet: _met, ...numeric } = inWords;
    const stem: Actual = { ...numeric, value: 100, unit: 'percent', numerator: 8, denominator: 8 };
    expect(actualExportRow(stem)).toMatchObject({
      comparator: '=',
      value: 100,
      numerator: 8,
      denominator: 8,
      reportedMet: null,
    });
  });
});

describe('taskExportRow', () => {
  // Hải An "PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC" row PLK-1, line 1894.
  const task: Task = {
    ward: 'hai-an',
    code: 'PLK-1',
    group: 'Nâng cao nhận thức',
    description: 'Công tác thông tin, tuyên truyền trên các phương tiện thông tin đại chúng',
    leadUnit: 'Phòng Văn hóa - Xã hội, Trung tâm Sự nghiệp công',
    partnerUnits: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường',
    output: 'Bản tin, clip, phóng sự',
    timingAsPrinted: 'Hằng năm',
    reference: 'NQ 71/NQ-CP, nhiệm vụ 6',
    due: { precision: 'recurring' },
    provenance: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC',
      row: 'PLK-1',
      line: 1894,
      text: 'Công tác thông tin, tuyên truyền',
    },
  };

  it('keeps every column of a fully printed task', () => {
    expect(taskExportRow(task)).toStrictEqual({
      ward: 'hai-an',
      code: 'PLK-1',
      group: 'Nâng cao nhận thức',
      description: 'Công tác thông tin, tuyên truyền trên các phương tiện thông tin đại chúng',
      leadUnit: 'Phòng Văn hóa - Xã hội, Trung tâm Sự nghiệp công',
      partnerUnits: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường',
      output: 'Bản tin, clip, phóng sự',
      timingAsPrinted: 'Hằng năm',
      due: 'thường xuyên',
      dueMonth: null,
      reference: 'NQ 71/NQ-CP, nhiệm vụ 6',
      sourceFile: '000_09cdf2dd6a89ba5e.txt',
      sourceSection: 'PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC',
      sourceLine: 1894,
      sourceText: 'Công tác thông tin, tuyên truyền',
    });
  });

  it('writes null for the columns a task leaves blank (Hồng An VII.1-1)', () => {
    const { partnerUnits: _p, output: _o, timingAsPrinted: _t, reference: _r, ...bare } = task;
    expect(taskExportRow({ ...bare, due: null })).toMatchObject({
      partnerUnits: null,
      output: null,
      timingAsPrinted: null,
      reference: null,
      due: null,
    });
  });
});

describe('toJsonLines', () => {
  it.each<[string, object[], string]>([
    ['nothing → an empty file', [], ''],
    ['one row → one line ending in a newline', [{ a: 1 }], '{"a":1}\n'],
    ['two rows → two lines', [{ a: 1 }, { b: 'ư' }], '{"a":1}\n{"b":"ư"}\n'],
  ])('%s', (_label, rows, text) => {
    expect(toJsonLines(rows)).toBe(text);
  });
});
