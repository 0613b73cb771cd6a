import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Test-only access to the seed documents. The seeds live beside the checkout
 * (`../shared/seeds`); LOTRINH_SEEDS_DIR overrides that for other layouts.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const SEEDS_DIR = process.env.LOTRINH_SEEDS_DIR ?? resolve(here, '../../../../shared/seeds');

const cache = new Map<string, string[]>();

/** A seed file's whole text. */
export const seedText = (file: string): string => readFileSync(resolve(SEEDS_DIR, file), 'utf8');

export function seedLines(file: string): string[] {
  let lines = cache.get(file);
  if (!lines) {
    lines = readFileSync(resolve(SEEDS_DIR, file), 'utf8').split('\n');
    cache.set(file, lines);
  }
  return lines;
}

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The printed text of line `from` (1-based), or of lines from..to joined, blank lines skipped. */
export function printed(file: string, from: number, to = from): string {
  const lines = seedLines(file);
  if (from < 1 || to > lines.length || to < from) {
    throw new Error(`${file}: lines ${from}–${to} outside 1–${lines.length}`);
  }
  return lines
    .slice(from - 1, to)
    .map(squash)
    .filter((l) => l.length > 0)
    .join(' ');
}

/**
 * Numbers in a Vietnamese text: decimal comma, dot thousands ("1.134.256.000", "82,54", "0,7").
 * Written independently of the product code so the test does not grade itself.
 */
export function vietnameseNumbers(text: string): number[] {
  const matches = text.match(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g) ?? [];
  return matches.map((m) => Number(m.replace(/\./g, '').replace(',', '.')));
}

/** True when the words of `needle` occur in `haystack` in the same order (other text may interleave). */
export function wordsInOrder(needle: string, haystack: string): boolean {
  // Hyphens split words: a cell printed "HĐND-" / "UBND" over two lines reads "HĐND-UBND".
  const tokens = (s: string) => squash(s.replace(/-/g, ' - ')).split(' ');
  const words = tokens(needle);
  const hay = tokens(haystack);
  let at = 0;
  for (const word of words) {
    while (at < hay.length && !hay[at]?.includes(word)) at++;
    if (at === hay.length) return false;
    at++;
  }
  return true;
}
