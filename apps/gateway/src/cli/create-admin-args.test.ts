import { describe, expect, it } from 'vitest';
import { parseCreateAdminArgs, passwordProblem } from './create-admin-args.ts';

describe('npm run admin:create arguments', () => {
  it.each([
    [
      ['--email', 'Admin@HaiPhong.gov.vn'],
      { email: 'admin@haiphong.gov.vn', reset: false, help: false },
    ],
    [
      ['--email', 'a@b.vn', '--name', '  Nguyễn Văn A ', '--reset'],
      { email: 'a@b.vn', name: 'Nguyễn Văn A', reset: true, help: false },
    ],
    [['-h'], { email: '', reset: false, help: true }],
  ])('%j → %j', (argv, expected) => {
    expect(parseCreateAdminArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], /--email is required/],
    [['--email', 'not-an-email'], /"not-an-email" is not an email address/],
    [['--email', 'a@b.vn', '--name', '   '], /--name must be 1 to 200 characters/],
    [['--email', 'a@b.vn', '--role', 'viewer'], /Unknown option '--role'[\s\S]*Usage:/],
    [['a@b.vn'], /Unexpected argument[\s\S]*Usage:/],
  ])('%j is refused with %s', (argv, message) => {
    expect(() => parseCreateAdminArgs(argv)).toThrow(message);
  });

  it.each([
    ['short', 'The password must be at least 10 characters.'],
    ['x'.repeat(201), 'The password must be at most 200 characters.'],
    ['mat-khau-du-dai', null],
  ])('password %s → %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
});
