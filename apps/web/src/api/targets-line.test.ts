// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { targetLine } from './targets.ts';

describe('targetLine: a year’s targets on one line', () => {
  it('prints a level the plan states in two places once, and says where it was repeated', () => {
    expect(targetLine([{ display: '≥ 3%' }, { display: '≥ 3%' }])).toEqual({
      text: '≥ 3%',
      places: 2,
      repeated: true,
    });
  });

  it('keeps different levels, in order', () => {
    expect(targetLine([{ display: '≥ 3% (hằng năm)' }, { display: 'đạt 3%' }])).toEqual({
      text: '≥ 3% (hằng năm); đạt 3%',
      places: 2,
      repeated: false,
    });
    expect(targetLine([{ display: '≥ 0,77' }])).toEqual({
      text: '≥ 0,77',
      places: 1,
      repeated: false,
    });
  });
});
