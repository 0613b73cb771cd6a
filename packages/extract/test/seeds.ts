import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEEDS_DIR } from '../scripts/seeds.ts';
import { extractTargets, type Proposal } from '../src/index.ts';

/** Test-only access to the seed documents and their proposals (computed once per file). */
const texts = new Map<string, string>();
const proposals = new Map<string, Proposal[]>();

export function seedText(file: string): string {
  let text = texts.get(file);
  if (text === undefined) {
    text = readFileSync(resolve(SEEDS_DIR, file), 'utf8');
    texts.set(file, text);
  }
  return text;
}

export function proposalsOf(file: string): Proposal[] {
  let found = proposals.get(file);
  if (!found) {
    found = extractTargets(seedText(file));
    proposals.set(file, found);
  }
  return found;
}

export const HAI_AN = '000_09cdf2dd6a89ba5e.txt';
export const HONG_AN = '001_6efd05d90f721389.txt';
export const THANH_MIEN = '002_addf73b536fa4b20.txt';
export const CHU_VAN_AN = '003_398e4fa2e8d18aa8.txt';
export const HONG_BANG = '004_16d7ad33ef0b9f85.txt';
export const SEED_FILES = [HAI_AN, HONG_AN, THANH_MIEN, CHU_VAN_AN, HONG_BANG];

/** Compact view of a proposal for table-driven expectations. */
export const brief = (p: Proposal) => ({
  kind: p.kind,
  indicatorCode: p.indicatorCode,
  year: p.year,
  comparator: p.comparator,
  value: p.value,
  valueHigh: p.valueHigh,
});
