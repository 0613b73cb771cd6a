/**
 * Pure calculations behind the city overview, kept apart from React so each is tested with seed
 * figures: the headline counts, the honest ranking, and the plans side by side.
 */
import { averageOf, type Status } from '@lotrinh/ui';
import { statusOf } from '../../api/status.ts';

export interface RankedWard {
  slug: string;
  name: string;
  score: number;
  rank: number;
  closeToNext: boolean;
  /** Change since last year: null when the ward was not ranked then. */
  scoreChange: number | null;
  rankChange: number | null;
}

export type UnrankedReason =
  | { kind: 'api'; text: string }
  | { kind: 'coverage'; coverage: number }
  /** Has the data to be scored, but the ranking is withheld: no other ward to rank against. */
  | { kind: 'alone'; coverage: number }
  | { kind: 'noTargets' };

export interface RankingModel {
  ranked: RankedWard[];
  /** Fewer than two wards can be scored: no order is shown at all. */
  withheld: boolean;
  /** The API's own words for why, when it gives them. */
  reason: string | null;
  scoredCount: number;
  wardCount: number;
  unranked: { slug: string; name: string; reason: UnrankedReason }[];
  cityAverage: number | null;
}

interface RankingInput {
  ranked: readonly {
    ward: { slug: string; name: string };
    score: number;
    rank: number;
    closeToNext: boolean;
  }[];
  /** The API's verdict when it gives one (withheld + reason + unranked with reasons). */
  verdict?: {
    withheld: boolean;
    reason: string | null;
    unranked: readonly { ward: { slug: string }; reason: string }[];
  };
  previous: readonly { ward: { slug: string }; score: number; rank: number }[];
  wards: readonly { slug: string; name: string }[];
  /** Each ward's coverage of its own targets for the year (0–1). */
  composites: readonly { ward: { slug: string }; ownTargetCoverage: number }[];
}

/**
 * A ranking is shown only when at least two wards can be scored for the year; otherwise it is
 * withheld and each ward says why it is not ranked. Changes are against last year's ranking.
 */
export function rankingModel(input: RankingInput): RankingModel {
  const scored = input.ranked.length;
  const withheld = input.verdict?.withheld ?? scored < 2;
  const previous = new Map(input.previous.map((p) => [p.ward.slug, p]));
  const ranked = withheld
    ? []
    : input.ranked.map((r) => {
        const before = previous.get(r.ward.slug);
        return {
          slug: r.ward.slug,
          name: r.ward.name,
          score: r.score,
          rank: r.rank,
          closeToNext: r.closeToNext,
          scoreChange: before ? r.score - before.score : null,
          rankChange: before ? before.rank - r.rank : null,
        };
      });
  const rankedSlugs = new Set(ranked.map((r) => r.slug));
  const apiReasons = new Map(input.verdict?.unranked.map((u) => [u.ward.slug, u.reason]) ?? []);
  const coverage = new Map(input.composites.map((c) => [c.ward.slug, c.ownTargetCoverage]));
  const scores = new Map(input.ranked.map((r) => [r.ward.slug, r.score]));
  const unranked = input.wards
    .filter((w) => !rankedSlugs.has(w.slug))
    .map((w) => {
      const text = apiReasons.get(w.slug);
      const c = coverage.get(w.slug);
      const score = scores.get(w.slug);
      const reason: UnrankedReason = text
        ? { kind: 'api', text }
        : c === undefined
          ? { kind: 'noTargets' }
          : withheld && (score !== undefined || c >= 0.8)
            ? { kind: 'alone', coverage: c }
            : { kind: 'coverage', coverage: c };
      return { slug: w.slug, name: w.name, reason };
    });
  return {
    ranked,
    withheld,
    reason: input.verdict?.reason ?? null,
    scoredCount: scored,
    wardCount: input.wards.length,
    unranked,
    cityAverage: averageOf(ranked.map((r) => r.score)),
  };
}

export interface Headline {
  wardsWithPlan: number;
  wardCount: number;
  targetsSet: number;
  wardsReporting: number;
  targetsDue: number;
  tasksOverdue: number;
}

/** The year's figures, from the heatmap's ward columns (each over all the ward's indicators). */
export function headline(input: {
  wards: readonly {
    ward: { documents: readonly { kind: string }[] };
    /** Indicators with a target expected this year. */
    expectedTargets: number;
    /** Targets printed for this very year. */
    targetsDue: number;
    /** At least one result reported for this year. */
    reporting: boolean;
  }[];
  overdueTasks: number;
}): Headline {
  const sum = (pick: (w: (typeof input.wards)[number]) => number) =>
    input.wards.reduce((total, w) => total + pick(w), 0);
  return {
    wardsWithPlan: input.wards.filter((w) => w.ward.documents.some((d) => d.kind === 'plan'))
      .length,
    wardCount: input.wards.length,
    targetsSet: sum((w) => w.expectedTargets),
    wardsReporting: input.wards.filter((w) => w.reporting).length,
    targetsDue: sum((w) => w.targetsDue),
    tasksOverdue: input.overdueTasks,
  };
}

/** The heatmap as the API sends it: wards and indicators once, per cell small codes. */
export interface CompactHeatmap {
  /** The legend: a status code is an index into this list (API spelling, e.g. NOT_REPORTED). */
  statuses: readonly string[];
  /** Each distinct expected target once, ready to show; a cell's target is an index into it. */
  targetTexts: readonly string[];
  wards: readonly { ward: { slug: string; name: string } }[];
  rows: readonly {
    indicator: { code: string; name: string; cityFramework: boolean; pillar: { code: string } };
    status: readonly number[];
    /** Index into targetTexts; -1: no target this year. */
    target: readonly number[];
    /** 1 improving, -1 worsening, 0 no projection. */
    trend: readonly number[];
  }[];
}

export interface HeatmapCell {
  ward: { slug: string; name: string };
  status: Status;
  /** The target expected this year, as the API writes it ("≥ 0,75"); null when none applies. */
  target: string | null;
  /** The trend of the results; null without a projection. */
  improving: boolean | null;
}

export interface HeatmapGroup {
  pillar: { code: string; name: string };
  rows: { indicator: CompactHeatmap['rows'][number]['indicator']; cells: HeatmapCell[] }[];
}

/**
 * Reads the compact answer back into rows of cells under their pillars (in the order given),
 * one cell per ward in the answer's ward order. A code the legend does not know reads as "no
 * target" rather than failing the page.
 */
export function heatmapGroups(
  heatmap: CompactHeatmap,
  pillars: readonly { code: string; name: string }[],
  year: number,
): HeatmapGroup[] {
  const statuses = heatmap.statuses.map((s) => statusOf({ status: s }, year));
  const rows = heatmap.rows.map((row) => ({
    indicator: row.indicator,
    cells: heatmap.wards.map(({ ward }, i): HeatmapCell => {
      const trend = row.trend[i];
      return {
        ward,
        status: statuses[row.status[i] ?? -1] ?? 'no-target',
        target: heatmap.targetTexts[row.target[i] ?? -1] ?? null,
        improving: trend === 1 ? true : trend === -1 ? false : null,
      };
    }),
  }));
  return pillars
    .map((pillar) => ({
      pillar,
      rows: rows.filter((r) => r.indicator.pillar.code === pillar.code),
    }))
    .filter((g) => g.rows.length > 0);
}

export interface PlanTarget {
  ward: string;
  indicator: string;
  year: number;
  value: number | null;
  valueHigh: number | null;
  label: string;
}

export interface PlanRow {
  indicator: string;
  year: number;
  cells: Map<string, PlanTarget[]>;
  /** Wards whose target is the most ambitious of the row (ties share it); empty if not comparable. */
  highest: Set<string>;
}

/**
 * For the indicators two or more wards target: each milestone year one row, each ward one
 * column, and who aims highest (lowest for a "lower is better" indicator).
 */
export function plansSideBySide(
  targets: readonly PlanTarget[],
  direction: (indicator: string) => 'up' | 'down',
): PlanRow[] {
  const byIndicator = new Map<string, PlanTarget[]>();
  for (const t of targets) {
    const list = byIndicator.get(t.indicator) ?? [];
    list.push(t);
    byIndicator.set(t.indicator, list);
  }
  const rows: PlanRow[] = [];
  for (const [indicator, list] of byIndicator) {
    if (new Set(list.map((t) => t.ward)).size < 2) continue;
    for (const year of [...new Set(list.map((t) => t.year))].sort((a, b) => a - b)) {
      const cells = new Map<string, PlanTarget[]>();
      for (const t of list.filter((x) => x.year === year)) {
        cells.set(t.ward, [...(cells.get(t.ward) ?? []), t]);
      }
      const numeric = [...cells.entries()].flatMap(([ward, ts]) =>
        ts
          .filter((t) => t.value !== null)
          .map((t) => ({ ward, value: t.valueHigh ?? t.value ?? 0 })),
      );
      const highest = new Set<string>();
      if (new Set(numeric.map((n) => n.ward)).size >= 2) {
        const pick = direction(indicator) === 'down' ? Math.min : Math.max;
        const best = pick(...numeric.map((n) => n.value));
        const bestWards = numeric.filter((n) => n.value === best).map((n) => n.ward);
        // Everyone equal: nobody aims higher.
        if (new Set(bestWards).size < new Set(numeric.map((n) => n.ward)).size) {
          for (const w of bestWards) highest.add(w);
        }
      }
      rows.push({ indicator, year, cells, highest });
    }
  }
  return rows;
}

/** The city framework's indicators a ward set no target for, by name, from their indexes. */
export function frameworkMissing(
  framework: readonly { code: string; name: string }[],
  missing: readonly number[],
): string[] {
  return missing.map((i) => framework[i]?.name ?? String(i));
}
