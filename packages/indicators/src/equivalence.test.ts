import { describe, expect, it } from 'vitest';
import { getIndicator } from './catalog.ts';
import { EQUIVALENCE_REVIEW, type EquivalenceReview } from './data/equivalence.ts';
import { reviewKey, reviewKeyOf, withEquivalence } from './equivalence.ts';
import { TARGETS } from './knowledge-base.ts';
import type { TranscribedTarget } from './types.ts';

const reviewsOf = (t: { id: string; indicator: string }) =>
  EQUIVALENCE_REVIEW.filter((r) => reviewKey(r) === reviewKeyOf(t));

describe('the equivalence review (data/equivalence.ts)', () => {
  it('has exactly one entry for every target', () => {
    const wrong = TARGETS.filter((t) => reviewsOf(t).length !== 1).map((t) => t.id);
    expect(wrong).toEqual([]);
  });

  it('has no orphaned entry: each one reviews at least one target', () => {
    const used = new Set(TARGETS.map(reviewKeyOf));
    expect(EQUIVALENCE_REVIEW.map(reviewKey).filter((k) => !used.has(k))).toEqual([]);
  });

  it('names only catalog indicators', () => {
    for (const r of EQUIVALENCE_REVIEW) expect(() => getIndicator(r.indicator)).not.toThrow();
  });

  it('explains every "close" in both languages, and never gives a note in one language only', () => {
    for (const r of EQUIVALENCE_REVIEW) {
      const key = reviewKey(r);
      if (r.equivalence === 'close') {
        expect(r.noteVi?.trim(), key).toBeTruthy();
        expect(r.noteEn?.trim(), key).toBeTruthy();
      }
      expect(r.noteVi === null, key).toBe(r.noteEn === null);
    }
  });

  it('is carried by every target of TARGETS (the join in knowledge-base.ts)', () => {
    const t = TARGETS.find((x) => x.id === 'hong-bang/III/7/2026');
    expect(t?.indicator).toBe('DG_BORDERLESS_PROCEDURES');
    expect(t?.equivalence).toBe('close');
    expect(t?.equivalenceNoteVi).toContain('đủ điều kiện');
    expect(t?.equivalenceNoteEn).toContain('eligible');
    for (const x of TARGETS) expect(['exact', 'close']).toContain(x.equivalence);
  });
});

/**
 * The three merges issue 7 questioned, checked on the printed wordings themselves: an indicator
 * keeps only wordings that carry its defining words.
 */
describe('indicators kept apart by the review', () => {
  const wordingsOf = (code: string) => TARGETS.filter((t) => t.indicator === code);

  it('counts only "hoàn toàn trực tuyến" wordings as fully-online dossiers', () => {
    for (const t of wordingsOf('DG_ONLINE_DOSSIERS'))
      expect(t.wording, t.id).toContain('hoàn toàn trực tuyến');
    const haiAn = TARGETS.filter((t) => t.id.startsWith('hai-an/PL2/26./'));
    expect(haiAn.length).toBe(5);
    for (const t of haiAn) expect(t.indicator).toBe('DG_DOSSIERS_PROCESSED_ONLINE');
  });

  it('keeps Hồng An’s science-and-technology-only "phi địa giới" apart from the general one', () => {
    for (const t of wordingsOf('DG_BORDERLESS_PROCEDURES'))
      expect(t.wording, t.id).not.toContain('khoa học, công nghệ');
    expect(wordingsOf('DG_STI_PROCEDURES_BORDERLESS').map((t) => t.id)).toEqual([
      'hong-an/III.2/a-1/2030',
    ]);
  });

  it('does not count proficiency in the document software as digital mastery', () => {
    for (const t of wordingsOf('HR_OFFICIALS_DIGITAL_MASTERY'))
      expect(t.wording, t.id).toContain('làm chủ kỹ năng số');
    expect(wordingsOf('HR_OFFICIALS_SOFTWARE_PROFICIENCY').map((t) => t.wording)).toEqual([
      '100% cán bộ, công chức sử dụng thành thạo phần mềm quản lý văn bản điều hành và các phần mềm chuyên dùng.',
    ]);
  });
});

describe('withEquivalence', () => {
  const target = (id: string, indicator: string): TranscribedTarget => ({
    kind: 'qualitative',
    id,
    ward: 'hong-an',
    indicator,
    year: 2030,
    wording: 'w',
    provenance: { file: '001_6efd05d90f721389.txt', section: 's', row: 'a-1', line: 1, text: 't' },
  });
  const review = (row: string, indicator: string): EquivalenceReview => ({
    ward: 'hong-an',
    row,
    indicator,
    equivalence: 'close',
    noteVi: 'khác',
    noteEn: 'differs',
  });

  it('joins on ward, section, row and indicator, for every year and id suffix of the row', () => {
    const got = withEquivalence(
      [target('hong-an/III.2/a-1/2030', 'X'), target('hong-an/III.2/a-1/2030/extra', 'X')],
      [review('III.2/a-1', 'X'), review('III.2/a-1', 'Y')],
    );
    expect(got.map((t) => [t.equivalence, t.equivalenceNoteVi, t.equivalenceNoteEn])).toEqual([
      ['close', 'khác', 'differs'],
      ['close', 'khác', 'differs'],
    ]);
  });

  it('refuses a target nobody reviewed, naming it', () => {
    expect(() =>
      withEquivalence([target('hong-an/III.2/a-1/2030', 'Y')], [review('III.2/a-1', 'X')]),
    ).toThrow('No equivalence review for target hong-an/III.2/a-1/2030 (Y)');
  });

  it('refuses two reviews of one wording', () => {
    expect(() => withEquivalence([], [review('III.2/a-1', 'X'), review('III.2/a-1', 'X')])).toThrow(
      'Duplicate equivalence review: hong-an/III.2/a-1#X',
    );
  });
});
