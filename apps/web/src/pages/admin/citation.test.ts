// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { citationFromSelection, citationHolds } from './citation.ts';

// Hải An PHỤ LỤC 2 row 20 wraps over lines in other extractions; three lines here.
const lines = ['20.', 'Chỉ số chuyển đổi', '   số phường  ', '', '≥ 0,77'];

describe('citationHolds', () => {
  it('finds text wrapped over lines, whitespace collapsed, blank lines skipped', () => {
    expect(citationHolds(lines, 2, 3, 'Chỉ số chuyển đổi số phường')).toBe(true);
    expect(citationHolds(lines, 3, 5, 'số phường ≥ 0,77')).toBe(true);
  });

  it('refuses text not in the cited lines, or lines outside the document', () => {
    expect(citationHolds(lines, 2, null, 'Chỉ số chuyển đổi số phường')).toBe(false);
    expect(citationHolds(lines, 5, null, '≥ 0,8')).toBe(false);
    expect(citationHolds(lines, 5, 6, '≥ 0,77')).toBe(false);
    expect(citationHolds(lines, 0, null, '20.')).toBe(false);
    expect(citationHolds(lines, 1, null, '  ')).toBe(false);
  });
});

describe('citationFromSelection', () => {
  it('cites the selected text and the lines it spans, in either direction', () => {
    expect(citationFromSelection(lines, 3, 2, 'chuyển đổi\n   số')).toEqual({
      line: 2,
      lineEnd: 3,
      sourceText: 'chuyển đổi số',
    });
  });

  it('cites the whole line when nothing is selected', () => {
    expect(citationFromSelection(lines, 5, 5, '')).toEqual({
      line: 5,
      lineEnd: null,
      sourceText: '≥ 0,77',
    });
    expect(citationFromSelection(lines, 4, 4, '')).toBeNull();
    expect(citationFromSelection(lines, 4, 9, 'x')).toBeNull();
  });
});
