// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkTarget, emptyTarget, type TargetDraft } from './target-form.ts';

const lines = ['PHỤ LỤC 2', '20. Chỉ số chuyển đổi số phường Chỉ số ≥ 0,77 ≥ 0,8', '', 'Đạt 1,0'];
const context = { ward: 'an-bien', document: 'doc-1', lines };
const dti = (over: Partial<TargetDraft> = {}): TargetDraft => ({
  ...emptyTarget(),
  indicator: 'DTI_WARD_INDEX',
  year: '2030',
  comparator: 'GTE',
  value: '0,8',
  unit: 'INDEX',
  wording: 'Chỉ số chuyển đổi số phường',
  section: 'PHỤ LỤC 2',
  row: '20',
  line: 2,
  sourceText: '≥ 0,8',
  ...over,
});

describe('checkTarget', () => {
  it('turns a complete draft into the addTargets input, the value parsed from Vietnamese', () => {
    expect(checkTarget(dti({ leadAgency: ' Phòng Văn hóa - Xã hội ' }), context)).toEqual({
      ok: true,
      input: {
        ward: 'an-bien',
        document: 'doc-1',
        indicator: 'DTI_WARD_INDEX',
        year: 2030,
        kind: 'QUANTITATIVE',
        comparator: 'GTE',
        value: 0.8,
        unit: 'INDEX',
        leadAgency: 'Phòng Văn hóa - Xã hội',
        wording: 'Chỉ số chuyển đổi số phường',
        section: 'PHỤ LỤC 2',
        row: '20',
        line: 2,
        sourceText: '≥ 0,8',
      },
    });
  });

  it('refuses printed text that is not in the cited lines, as the API would', () => {
    expect(checkTarget(dti({ sourceText: '≥ 0,85' }), context)).toEqual({
      ok: false,
      problems: { sourceText: 'notInLines' },
    });
    expect(checkTarget(dti({ line: 2, lineEnd: 4, sourceText: '≥ 0,8 Đạt 1,0' }), context).ok).toBe(
      true,
    );
    // The API's bound: a citation spans at most 20 lines, even when the text is within them.
    const long = ['≥ 0,8', ...Array.from({ length: 25 }, (_, i) => `dòng ${i + 2}`)];
    const wide = { ...context, lines: long };
    expect(checkTarget(dti({ line: 1, lineEnd: 20 }), wide).ok).toBe(true);
    expect(checkTarget(dti({ line: 1, lineEnd: 21 }), wide)).toEqual({
      ok: false,
      problems: { sourceText: 'tooManyLines' },
    });
    expect(checkTarget(dti({ line: null }), context)).toEqual({
      ok: false,
      problems: { sourceText: 'noLines' },
    });
  });

  it('names each missing or wrong field', () => {
    expect(
      checkTarget(
        dti({ indicator: null, year: '2130', value: '0.8', wording: ' ', section: '', row: ' ' }),
        context,
      ),
    ).toEqual({
      ok: false,
      problems: {
        indicator: 'required',
        year: 'yearRange',
        value: 'ambiguous',
        wording: 'required',
        section: 'required',
        row: 'required',
      },
    });
  });

  it('needs both ends of a range, in order', () => {
    expect(
      checkTarget(dti({ comparator: 'RANGE', value: '22', valueHigh: '20' }), context),
    ).toEqual({ ok: false, problems: { valueHigh: 'rangeOrder' } });
    expect(checkTarget(dti({ comparator: 'RANGE', value: '20' }), context)).toEqual({
      ok: false,
      problems: { valueHigh: 'required' },
    });
  });

  it('sends a proposed indicator instead of a catalog code, and no value for a qualitative target', () => {
    const result = checkTarget(
      dti({
        indicator: null,
        proposed: {
          nameVi: 'Tỷ lệ hộ có camera an ninh',
          nameEn: '',
          unit: 'PERCENT',
          direction: 'HIGHER',
          pillar: 'DS',
        },
        kind: 'QUALITATIVE',
        value: '',
      }),
      context,
    );
    expect(result.ok && result.input.proposedIndicator).toEqual({
      nameVi: 'Tỷ lệ hộ có camera an ninh',
      unit: 'PERCENT',
      direction: 'HIGHER',
      pillar: 'DS',
    });
    expect(
      result.ok && [result.input.indicator, result.input.value, result.input.comparator],
    ).toEqual([undefined, undefined, undefined]);
    expect(
      checkTarget(
        dti({
          indicator: null,
          proposed: { nameVi: '', nameEn: '', unit: '', direction: 'HIGHER', pillar: '' },
        }),
        context,
      ),
    ).toEqual({
      ok: false,
      problems: { proposedName: 'required', proposedUnit: 'required', proposedPillar: 'required' },
    });
  });
});
