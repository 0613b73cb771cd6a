import { describe, expect, it } from 'vitest';
import { citationProblem, documentLines, printedLines, squashWhitespace } from './citation.ts';

const DOC = [
  'PHỤ LỤC 2',
  '20.\tChỉ số chuyển đổi số phường\t≥0,77',
  '',
  '21.  Tỷ lệ hồ sơ   trực tuyến toàn',
  '   trình đạt  ≥ 70%',
].join('\r\n');

describe('documentLines and printedLines', () => {
  it('numbers lines from 1 across CRLF and LF', () => {
    const lines = documentLines(DOC);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe('20.\tChỉ số chuyển đổi số phường\t≥0,77');
  });

  it('joins wrapped lines with one space, skipping blank ones', () => {
    expect(printedLines(documentLines(DOC), 3, 5)).toBe(
      '21. Tỷ lệ hồ sơ trực tuyến toàn trình đạt ≥ 70%',
    );
    expect(squashWhitespace('  a \t b\n c ')).toBe('a b c');
  });
});

describe('citationProblem', () => {
  const lines = documentLines(DOC);

  it('accepts text printed on its line, whatever the whitespace', () => {
    expect(citationProblem(lines, { line: 2, text: 'phường ≥0,77' })).toBeNull();
    expect(citationProblem(lines, { line: 2, text: 'Chỉ số  chuyển\tđổi số' })).toBeNull();
  });

  it('accepts text that wraps over the cited range', () => {
    expect(
      citationProblem(lines, { line: 4, lineEnd: 5, text: 'trực tuyến toàn trình đạt ≥ 70%' }),
    ).toBeNull();
  });

  it('refuses text that is only on a line outside the range', () => {
    expect(citationProblem(lines, { line: 4, text: 'trình đạt ≥ 70%' })).toEqual({
      kind: 'notFound',
      printed: '21. Tỷ lệ hồ sơ trực tuyến toàn',
    });
    expect(citationProblem(lines, { line: 1, text: '≥0,77' })?.kind).toBe('notFound');
  });

  it('refuses a changed figure', () => {
    expect(citationProblem(lines, { line: 2, text: '≥0,78' })?.kind).toBe('notFound');
  });

  it.each([
    [0, undefined],
    [6, undefined],
    [4, 3],
    [4, 6],
    [1.5, undefined],
  ])('refuses the range %s..%s of a 5-line text', (line, lineEnd) => {
    expect(citationProblem(lines, { line, lineEnd, text: 'x' })).toMatchObject({
      kind: 'badRange',
      lineCount: 5,
    });
  });

  it('refuses a span wider than 20 lines (any text would be "printed there"), accepts 20', () => {
    const long = Array.from({ length: 30 }, (_, i) => `dòng ${i + 1}`);
    expect(citationProblem(long, { line: 1, lineEnd: 21, text: 'dòng 7' })).toEqual({
      kind: 'tooManyLines',
      line: 1,
      lineEnd: 21,
      max: 20,
    });
    expect(citationProblem(long, { line: 1, lineEnd: 20, text: 'dòng 7' })).toBeNull();
  });

  it('refuses an empty text (it would be found anywhere)', () => {
    expect(citationProblem(lines, { line: 1, text: ' \t ' })).toEqual({ kind: 'emptyText' });
  });
});
