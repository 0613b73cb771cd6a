/**
 * Numbers as a person types them in Vietnam, for the results form: a decimal comma ("0,8241",
 * "82,54"), dots or spaces between thousands ("1.134.256.000", "1 134 256 000"), or — as
 * spreadsheets and English habits have it — a decimal point ("82.54").
 *
 * "1.234" is the one shape both habits read differently: one thousand two hundred thirty-four
 * with a thousands dot, or one point two three four with a decimal point. It is never guessed:
 * the answer is `ambiguous` with both readings, for the person to choose.
 */
export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'ambiguous'; thousands: number; decimal: number }
  | { kind: 'invalid' };

const DIGITS = /^\d+$/;
/** Thousands groups after a first group of 1–3 digits that does not start with 0 (unless it is 0). */
const GROUPED = (separator: string) => new RegExp(`^(?:[1-9]\\d{0,2}(?:\\${separator}\\d{3})+)$`);
const DOT_GROUPED = GROUPED('.');
const COMMA_GROUPED = GROUPED(',');
const SPACE_GROUPED = /^[1-9]\d{0,2}(?: \d{3})+$/;

function decimal(integer: string, fraction: string | undefined): number {
  return Number(fraction === undefined ? integer : `${integer}.${fraction}`);
}

export function parseVietnameseNumber(input: string): ParsedNumber {
  // Non-breaking and narrow spaces are what Intl (and Word) put between thousands.
  // A trailing "%" is the unit the form already shows beside the field.
  let text = input
    .replace(/[\u00A0\u202F]/g, ' ')
    .trim()
    .replace(/\s*%$/, '');
  if (text === '') return { kind: 'empty' };
  const negative = text.startsWith('-') || text.startsWith('−');
  if (negative) text = text.slice(1).trimStart();
  const sign = (v: number) => (negative ? -v || 0 : v);
  const done = (value: number): ParsedNumber =>
    Number.isFinite(value) ? { kind: 'number', value: sign(value) } : { kind: 'invalid' };

  const commas = text.split(',').length - 1;
  const dots = text.split('.').length - 1;

  // Spaces only ever group thousands; the rest is read as if they were not there.
  if (text.includes(' ')) {
    const [integer = '', ...rest] = text.split(/(?=[.,])/);
    if (!SPACE_GROUPED.test(integer)) return { kind: 'invalid' };
    const tail = rest.join('');
    if (tail !== '' && !/^[.,]\d+$/.test(tail)) return { kind: 'invalid' };
    return done(decimal(integer.replace(/ /g, ''), tail ? tail.slice(1) : undefined));
  }
  if (commas === 0 && dots === 0)
    return DIGITS.test(text) ? done(Number(text)) : { kind: 'invalid' };

  // One separator kind, once: "82,54" is Vietnamese; "82.54" is a decimal point, unless it is
  // exactly three digits after a first group that could be thousands ("1.234").
  if (commas + dots === 1) {
    const [integer = '', fraction = ''] = text.split(/[.,]/);
    if (!DIGITS.test(integer) || !DIGITS.test(fraction)) return { kind: 'invalid' };
    if (dots === 1 && DOT_GROUPED.test(text)) {
      const thousands = sign(Number(integer + fraction));
      return { kind: 'ambiguous', thousands, decimal: sign(decimal(integer, fraction)) };
    }
    return done(decimal(integer, fraction));
  }
  // Several dots and at most one comma after them: Vietnamese thousands, decimal comma.
  if (commas <= 1) {
    const [integer = '', fraction] = text.split(',');
    if (DOT_GROUPED.test(integer) && (fraction === undefined || DIGITS.test(fraction)))
      return done(decimal(integer.replace(/\./g, ''), fraction));
  }
  // Several commas and at most one dot after them: English thousands, decimal point.
  if (dots <= 1) {
    const [integer = '', fraction] = text.split('.');
    if (COMMA_GROUPED.test(integer) && (fraction === undefined || DIGITS.test(fraction)))
      return done(decimal(integer.replace(/,/g, ''), fraction));
  }
  return { kind: 'invalid' };
}

/**
 * A number as the form shows it back, the Vietnamese way without thousands dots ("0,78",
 * "1134256000"): what parseVietnameseNumber reads as that same number, never ambiguous.
 */
export function numberInputText(value: number): string {
  return String(value).replace('.', ',');
}
