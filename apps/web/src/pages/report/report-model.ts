import type { Status } from '@lotrinh/ui';

/** A report row is judged met / not met / not reported; it counts towards "đạt x/y" if judged. */
export type Verdict = 'met' | 'notMet' | 'notReported';

export function verdictOf(status: Status): Verdict | null {
  switch (status) {
    case 'achieved':
      return 'met';
    case 'on-track':
    case 'at-risk':
    case 'off-track':
      return 'notMet';
    case 'not-reported':
      return 'notReported';
    default:
      // No target this year: not a row of the year's report at all.
      return null;
  }
}

/** "đạt x/y chỉ tiêu": x met, out of y targets the ward set for the year. */
export function totals(verdicts: readonly Verdict[]): {
  met: number;
  total: number;
  notReported: number;
} {
  return {
    met: verdicts.filter((v) => v === 'met').length,
    total: verdicts.length,
    notReported: verdicts.filter((v) => v === 'notReported').length,
  };
}
