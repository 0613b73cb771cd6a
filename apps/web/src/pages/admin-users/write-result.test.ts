import { describe, expect, it } from 'vitest';
import { outcomeOf } from './write-result.ts';

describe('a user write’s outcome', () => {
  it('passes the data of a success through', () => {
    expect(outcomeOf({ __typename: 'MutationCreateUserSuccess', data: { id: '1' } }, 'x')).toEqual({
      ok: true,
      data: { id: '1' },
    });
  });

  it('puts each problem beside its field, the first message per field', () => {
    expect(
      outcomeOf(
        {
          __typename: 'ValidationError',
          message: 'Người dùng không hợp lệ.',
          problems: [
            {
              path: ['input', 'wards'],
              message: 'Biên tập viên phường cần ít nhất một phường, xã.',
            },
            { path: ['input', 'wards'], message: 'Không có phường, xã "x".' },
            { path: ['input'], message: 'Chung.' },
          ],
        },
        'x',
      ),
    ).toEqual({
      ok: false,
      message: 'Người dùng không hợp lệ.',
      fields: { wards: 'Biên tập viên phường cần ít nhất một phường, xã.', form: 'Chung.' },
    });
  });

  it('says something even without a message', () => {
    expect(outcomeOf(null, 'Không lưu được thay đổi.')).toEqual({
      ok: false,
      message: 'Không lưu được thay đổi.',
      fields: {},
    });
  });
});
