/**
 * What a client may send, in one place (the README's API section lists them). Sizes are in
 * characters (UTF-16 code units, as GraphQL strings arrive).
 */
export const LIMITS = {
  /** People's and tokens' names. */
  name: 200,
  /** RFC 5321's longest address. */
  email: 254,
  /** Long enough for a passphrase, short enough that hashing it costs nothing extra. */
  password: 200,
  /** Notes on results and task changes. */
  note: 2_000,
  /** Evidence of a task's progress: a document number, a link or where the proof is kept. */
  evidence: 500,
  fileName: 255,
  /** Ward slugs, indicator codes, ids, cursors, audit filters. */
  identifier: 100,
  /** Items in any list argument (there are 5 wards and a catalog of well under 200 indicators). */
  listItems: 200,
  /** Any other text argument; the base64 content of an import has its own limit (the body size). */
  text: 10_000,
  /**
   * Results are stored as numeric(20,6): at most 14 digits before the decimal point and 6 after.
   * 1e14 itself would need 15.
   */
  decimalAbsBelow: 1e14,
  decimalPlaces: 6,
} as const;
