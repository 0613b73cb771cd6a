import type { Status } from '@lotrinh/ui';

/**
 * The one place that turns the API's status into the dashboard's. The API spells statuses as an
 * enum (ACHIEVED … NOT_REPORTED, NO_TARGET); older gateways sent 'achieved' … 'no-data', where
 * "no data" merged "no target this year" with "not reported": told apart here by whether a
 * target was expected that year.
 */
export function statusOf(
  entry: {
    status: string;
    expected?: unknown;
    qualitative?: boolean;
    targets?: readonly { year: number }[];
  } | null,
  year: number,
): Status {
  if (!entry) return 'no-target';
  const s = entry.status.toLowerCase().replace(/_/g, '-');
  switch (s) {
    case 'achieved':
    case 'on-track':
    case 'at-risk':
    case 'off-track':
    case 'not-reported':
    case 'no-target':
      return s;
    default: {
      const expectedThisYear =
        entry.expected != null ||
        (entry.qualitative === true && (entry.targets ?? []).some((t) => t.year === year));
      return expectedThisYear ? 'not-reported' : 'no-target';
    }
  }
}
