// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkTarget } from '../admin/target-form.ts';
import { filterProposals, type Proposal, proposalToDraft } from './proposals.ts';

// As proposed for Hải An's plan (000_09cdf2dd6a89ba5e.txt), PHỤ LỤC 2 row 20, line 1304.
const dti = (year: number, comparator: string, value: number, text: string): Proposal => ({
  indicatorCode: 'DTI_WARD_INDEX',
  matchScore: 1,
  year,
  kind: 'target',
  comparator,
  value,
  valueHigh: null,
  unit: 'index',
  leadUnit: 'Phòng Văn hóa - Xã hội',
  wording: 'Chỉ số chuyển đổi số phường',
  section: 'PHỤ LỤC 2 — CÁC CHỈ TIÊU THEO DÕI — IV Phát triển Chuyển đổi số',
  row: '20.',
  sourceLine: 2,
  sourceLineEnd: null,
  sourceText: text,
  confidence: 0.9,
});
const lines = ['PHỤ LỤC 2', '20. Chỉ số chuyển đổi số phường Chỉ số ≥ 0,77 ≥ 0,8 Đạt 1,0'];

describe('proposalToDraft', () => {
  it('gives a draft that passes the form unchanged, with the glyph and unit in the API’s enums', () => {
    const check = checkTarget(proposalToDraft(dti(2030, '≥', 0.8, '≥ 0,8'), lines), {
      ward: 'w',
      document: 'd',
      lines,
    });
    expect(check.ok && check.input).toMatchObject({
      indicator: 'DTI_WARD_INDEX',
      year: 2030,
      comparator: 'GTE',
      value: 0.8,
      unit: 'INDEX',
      row: '20',
      line: 2,
      leadAgency: 'Phòng Văn hóa - Xã hội',
    });
    expect(proposalToDraft(dti(2045, 'đạt', 1, 'Đạt 1,0'), lines).comparator).toBe('REACH');
  });

  it('proposes a new indicator by name when the catalog has none', () => {
    const p = {
      ...dti(2030, '≥', 50, '≥ 0,8'),
      indicatorCode: null,
      proposedName: 'Tỷ lệ camera',
      unit: 'percent',
    };
    expect(proposalToDraft(p, lines).proposed).toMatchObject({
      nameVi: 'Tỷ lệ camera',
      unit: 'PERCENT',
    });
  });
});

describe('filterProposals', () => {
  const other = {
    ...dti(2030, '≥', 80, '≥ 0,8'),
    row: '2.',
    section: 'PHỤ LỤC 1 — I',
    indicatorCode: 'X',
    wording: 'Tỷ lệ dịch vụ công',
  };
  const list = [dti(2025, '≥', 0.77, '≥ 0,77'), other, dti(2030, '≥', 0.8, '≥ 0,8')];
  it('keeps a section’s row, "20" matching "20."', () => {
    expect(filterProposals(list, { section: 'PHỤ LỤC 2', row: '20', text: '' })).toHaveLength(2);
    expect(filterProposals(list, { section: 'PHỤ LỤC 1', row: '20', text: '' })).toHaveLength(0);
    expect(filterProposals(list, { section: '', row: '', text: 'chuyen doi so' })).toHaveLength(2);
    expect(filterProposals(list, { section: '', row: '', text: '' })).toHaveLength(3);
  });
});
