import type { Indicator, Unit } from '@lotrinh/indicators';
import { fold } from './text.ts';

/**
 * Matches a row's wording onto the indicator catalog by text similarity: TF-IDF weighted
 * cosine over words and word pairs, after folding diacritics and expanding the abbreviations
 * every plan uses. Nothing here knows any ward's wording: the only vocabulary is the catalog's
 * Vietnamese names (and aliases, when the catalog carries any) and general Vietnamese
 * administrative shorthand.
 */

// Shorthand of Vietnamese public administration, folded. Applied to both sides.
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bkh\s*&\s*cn\b|\bkh-cn\b|\bkhcn\b/g, 'khoa hoc cong nghe'],
  [/\bd-?mst\b/g, 'doi moi sang tao'],
  [/\bc-?ds\b/g, 'chuyen doi so'],
  [/\bknst\b/g, 'khoi nghiep sang tao'],
  [/\btthc\b/g, 'thu tuc hanh chinh'],
  [/\bcntt\b/g, 'cong nghe thong tin'],
  [/\bdvc\b/g, 'dich vu cong'],
  [/\bnsnn\b/g, 'ngan sach nha nuoc'],
  [/\bcbcc\b/g, 'can bo cong chuc'],
  [/\bthcs\b/g, 'trung hoc co so'],
  [/\bthpt\b/g, 'trung hoc pho thong'],
  [/\bgdpt\b/g, 'giao duc pho thong'],
  [/\bgd&dt\b|\bgddt\b/g, 'giao duc dao tao'],
  [/\bai\b/g, 'tri tue nhan tao'],
  // Spelling variants and near-synonyms of administrative Vietnamese.
  [/\btruy cap\b/g, 'truy nhap'],
  [/\bthanh thao\b/g, 'lam chu'],
  [/\bquy mo\b/g, 'ty trong'],
  [/\bvneid\b/g, 'dinh danh dien tu vneid'],
];

// Function words that say nothing about which indicator a row is about.
const STOPWORDS = new Set(
  (
    'va cua cac co duoc trong cho tren tai voi da theo nhung de la tu den ve nay do mot ' +
    'ty le phan dau dat it nhat toi thieu hoac tro len the thuc hien trien khai ' +
    'dia ban phuong xa nguoi nam moi 100 dam bao nang cao tang cuong'
  ).split(' '),
);

export function tokens(text: string): string[] {
  let folded = fold(text);
  for (const [pattern, replacement] of ABBREVIATIONS) folded = folded.replace(pattern, replacement);
  return folded
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0 && !STOPWORDS.has(t) && !/^\d+$/.test(t));
}

/**
 * Term weights of a text: words and word pairs. With `decay`, later words weigh less:
 * Vietnamese names put the head first ("Tỷ lệ hài lòng … khi sử dụng dịch vụ công trực
 * tuyến" is about satisfaction, not about online services).
 */
function terms(text: string, decay = 0): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  const add = (t: string, w: number) => counts.set(t, (counts.get(t) ?? 0) + w);
  words.forEach((word, i) => {
    const weight = decay ? 1 / (1 + i / decay) : 1;
    add(word, weight);
    const next = words[i + 1];
    if (next) add(`${word} ${next}`, weight);
  });
  return counts;
}

/** How fast the weight of a query word falls with its position (see `terms`). */
const POSITION_DECAY = 8;

/** What the figure looks like, to prefer indicators measured the same way. */
export type FigureShape = 'percent' | 'index' | 'count' | 'vnd' | 'qualitative';

const COMPATIBLE: Record<FigureShape, readonly Unit[]> = {
  percent: ['percent'],
  index: ['index'],
  count: ['count', 'countPerYear'],
  vnd: ['vnd'],
  qualitative: ['boolean'],
};

export interface CatalogMatch {
  code: string;
  /** Cosine similarity times unit agreement, 0–1. */
  score: number;
  /** Score of the best other indicator: a small margin means an uncertain match. */
  runnerUp: number;
}

interface Entry {
  indicator: Indicator;
  vector: Map<string, number>;
  norm: number;
}

/** Indicators may carry Vietnamese aliases; the catalog does not today, but use them if so. */
function namesOf(indicator: Indicator): string[] {
  const aliases = (indicator as Indicator & { aliasesVi?: readonly string[] }).aliasesVi ?? [];
  return [indicator.nameVi, ...aliases];
}

export class CatalogMatcher {
  private readonly entries: Entry[];
  private readonly idf: Map<string, number>;
  private readonly unseenIdf: number;

  constructor(catalog: readonly Indicator[]) {
    const termSets = catalog.map((i) => terms(namesOf(i).join(' . ')));
    const df = new Map<string, number>();
    for (const set of termSets) for (const t of set.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    this.idf = new Map(
      [...df].map(([t, n]) => [t, Math.log((catalog.length + 1) / (n + 1)) + 1] as const),
    );
    this.unseenIdf = Math.log(catalog.length + 1) + 1;
    this.entries = catalog.map((indicator, i) => {
      const vector = this.weigh(termSets[i] ?? new Map());
      return { indicator, vector, norm: norm(vector) };
    });
  }

  private weigh(counts: Map<string, number>): Map<string, number> {
    const v = new Map<string, number>();
    for (const [t, n] of counts) {
      // A term the catalog never uses is as rare as a term can be: it matches no indicator
      // but still counts, so a wording mostly about something else scores low everywhere.
      const idf = this.idf.get(t) ?? this.unseenIdf;
      v.set(t, Math.sqrt(n) * idf * (t.includes(' ') ? 1.5 : 1));
    }
    return v;
  }

  /**
   * The best indicator for a wording (among those measured in `only`, when given), or null
   * when the catalog shares no term with it.
   */
  match(wording: string, shape: FigureShape, only?: readonly Unit[]): CatalogMatch | null {
    const query = this.weigh(terms(wording, POSITION_DECAY));
    const qNorm = norm(query);
    if (qNorm === 0) return null;
    const scored = this.entries
      .filter((e) => !only || only.includes(e.indicator.unit))
      .map((e) => {
        let dot = 0;
        for (const [t, w] of query) dot += w * (e.vector.get(t) ?? 0);
        const cosine = e.norm ? dot / (qNorm * e.norm) : 0;
        const agrees = COMPATIBLE[shape].includes(e.indicator.unit);
        // A qualitative target may still be about a measured indicator ("sử dụng phần mềm
        // thống nhất"), so a unit disagreement lowers the score instead of excluding it.
        return { code: e.indicator.code, score: cosine * (agrees ? 1 : 0.7) };
      })
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (!best || best.score === 0) return null;
    return { code: best.code, score: best.score, runnerUp: second?.score ?? 0 };
  }
}

function norm(v: Map<string, number>): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}
