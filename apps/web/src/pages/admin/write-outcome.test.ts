// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { failureText, outcome } from './write-outcome.ts';

describe('outcome', () => {
  it('tells data from an expected error', () => {
    expect(
      outcome({ __typename: 'MutationCreateWardSuccess', data: { slug: 'dong-hai' } }),
    ).toEqual({ ok: true, data: { slug: 'dong-hai' } });
    const failure = {
      __typename: 'ValidationError',
      message: 'Dữ liệu không hợp lệ.',
      problems: [{ path: ['inputs', '0', 'sourceText'], message: 'Không có trong dòng 7.' }],
    };
    expect(outcome(failure)).toEqual({ ok: false, failure });
    expect(failureText(failure)).toBe(
      'Dữ liệu không hợp lệ. — inputs.0.sourceText: Không có trong dòng 7.',
    );
    expect(failureText({ __typename: 'ConflictError', message: 'Mã đã dùng.' })).toBe(
      'Mã đã dùng.',
    );
    expect(outcome(undefined)).toBeNull();
  });
});
