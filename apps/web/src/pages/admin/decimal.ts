/**
 * A figure typed the Vietnamese way: decimal comma (`0,77`, `82,54`), dots between thousands
 * (`1.134.256.000`). A lone dot between digits (`1.234`, `0.8`) could be either, so it is
 * refused as ambiguous rather than guessed.
 */
export type DecimalResult =
  | { ok: true; value: number }
  | { ok: false; problem: 'notNumber' | 'ambiguous' };

export function parseDecimal(typed: string): DecimalResult {
  const s = typed.trim().replace(/\s+/g, '');
  if (/^-?\d+(,\d+)?$/.test(s)) return { ok: true, value: Number(s.replace(',', '.')) };
  if (/^-?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s))
    return { ok: true, value: Number(s.replace(/\./g, '').replace(',', '.')) };
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(s))
    return { ok: true, value: Number(s.replace(/\./g, '').replace(',', '.')) };
  if (/^-?\d+\.\d+$/.test(s)) return { ok: false, problem: 'ambiguous' };
  return { ok: false, problem: 'notNumber' };
}

/** 0.77 → "0,77" for a form field (no grouping, so it parses back the same). */
export function decimalText(value: number | null | undefined): string {
  return value == null ? '' : String(value).replace('.', ',');
}
