// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-form.ts';

describe('passwordProblems: the change-password form before it is sent', () => {
  it('accepts a new password of 10 characters or more, typed twice, different from the current one', () => {
    expect(
      passwordProblems({
        current: 'k7qm-x2fa-9hte',
        next: 'mật-khẩu-mới',
        confirm: 'mật-khẩu-mới',
      }),
    ).toEqual({});
  });

  it('names each problem on its field', () => {
    expect(passwordProblems({ current: '', next: '', confirm: '' })).toEqual({
      current: 'required',
      next: 'required',
      confirm: 'required',
    });
    // Characters as a person counts them: "mậtkhẩu12" is 9, one short.
    expect(passwordProblems({ current: 'a', next: 'mậtkhẩu12', confirm: 'mậtkhẩu12' }).next).toBe(
      'tooShort',
    );
    expect(
      passwordProblems({
        current: 'mat-khau-cu-1',
        next: 'mat-khau-cu-1',
        confirm: 'mat-khau-cu-1',
      }).next,
    ).toBe('same');
    expect(
      passwordProblems({ current: 'a', next: 'mat-khau-moi-1', confirm: 'mat-khau-moi-2' }).confirm,
    ).toBe('mismatch');
  });
});
