import {
  type CompositeScore,
  type Coverage,
  comparatorLabel,
  describeGoal,
  type expectedTarget,
  explain,
  explainRanking,
  getIndicator,
  type Indicator,
  type PillarScore,
  project,
  type QuantitativeTarget,
  type Ranking,
  type RankingEntry,
  rank as rankScores,
  roundForUnit,
  roundTo,
  SCORING_METHOD_VERSION,
  type ScorecardRow,
  type Target,
  trajectorySeries,
  type UnrankedReason,
  type WardSlug,
} from '@lotrinh/indicators';
import type { Observation as ObservationRow } from '@lotrinh/schema';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import type { TargetRecord } from '../store/snapshot.ts';
import { isAnnual } from '../store/snapshot.ts';
import { CompareWardsArgs } from '../validation/inputs.ts';
import { parseArgs } from '../validation/issues.ts';
import { yearArg } from './args.ts';
import {
  IndicatorRef,
  indicatorArg,
  PillarRef,
  pillarArg,
  TargetRef,
  WardRef,
  wardArg,
} from './catalog.ts';
import { BasisEnum, ComparatorEnum, StatusEnum, TargetRuleEnum } from './enums.ts';
import { ObservationRef } from './observation.ts';

const ward = (ctx: Context, slug: string) =>
  ctx.store.snapshot.wards.find((w) => w.slug === slug) as never;
const indicator = (ctx: Context, code: string) =>
  ctx.store.snapshot.indicators.find((i) => i.code === code) as Indicator;
const targetsById = (ctx: Context, ids: string[]) =>
  ctx.store.snapshot.targets.filter((t) => ids.includes(t.id));

type Expected = NonNullable<ScorecardRow['expected']> & { indicator: string };

const ExpectedRef = builder.objectRef<Expected>('ExpectedTarget');
ExpectedRef.implement({
  description: 'The target expected in a year, from the ward’s milestones (see SCORING.md §1).',
  fields: (t) => ({
    year: t.exposeInt('year'),
    comparator: t.field({ type: ComparatorEnum, resolve: (e) => e.comparator }),
    comparatorSymbol: t.string({
      description: '≥, >, ≤, <, – (range), or "đạt" / "reach" for a level to reach.',
      resolve: (e, _a, ctx) => comparatorLabel(e.comparator, ctx.lang),
    }),
    value: t.float({
      description: 'Rounded to the unit’s precision.',
      resolve: (e) => roundForUnit(e.value, getIndicator(e.indicator).unit),
    }),
    valueHigh: t.float({
      nullable: true,
      resolve: (e) =>
        e.valueHigh === undefined
          ? null
          : roundForUnit(e.valueHigh, getIndicator(e.indicator).unit),
    }),
    basis: t.field({ type: BasisEnum, resolve: (e) => e.basis }),
    interpolated: t.boolean({
      description: 'True when the value was derived between points, not printed for this year.',
      resolve: (e) => e.basis === 'interpolated' || e.basis === 'from-baseline',
    }),
    rule: t.field({
      type: TargetRuleEnum,
      description: 'SINGLE, or MORE_DEMANDING when several targets apply to the year.',
      resolve: (e) => e.rule,
    }),
    display: t.string({
      description: 'Ready to show: "≥ 0,8", "đạt 3%", "≈ 0,782, nội suy" (request language).',
      resolve: (e, _a, ctx) => describeGoal(e, getIndicator(e.indicator).unit, ctx.lang),
    }),
    targets: t.field({
      type: [TargetRef],
      description: 'Every printed target the value derives from or competed with, with sources.',
      resolve: (e, _a, ctx) => targetsById(ctx, e.from),
    }),
  }),
});

const ProjectionRef = builder.objectRef<NonNullable<ScorecardRow['projection']>>('Projection');
ProjectionRef.implement({
  description: 'Linear trend of the results (two or more years).',
  fields: (t) => ({
    slopePerYear: t.exposeFloat('slopePerYear'),
    yearReached: t.exposeFloat('yearReached', {
      nullable: true,
      description: 'When the next milestone is reached at this pace; null = never.',
    }),
    improving: t.exposeBoolean('improving'),
  }),
});

export const ScorecardEntryRef = builder.objectRef<ScorecardRow>('ScorecardEntry');
ScorecardEntryRef.implement({
  description: 'One indicator of a ward’s scorecard for a year. / Một dòng của bảng điểm.',
  fields: (t) => ({
    ward: t.field({ type: WardRef, resolve: (r, _a, ctx) => ward(ctx, r.ward) }),
    indicator: t.field({
      type: IndicatorRef,
      resolve: (r, _a, ctx) => indicator(ctx, r.indicator),
    }),
    year: t.exposeInt('year'),
    qualitative: t.boolean({ resolve: (r) => r.kind === 'qualitative' }),
    expected: t.field({
      type: ExpectedRef,
      nullable: true,
      description: 'The target expected this year; null when none applies.',
      resolve: (r) => (r.expected ? { ...r.expected, indicator: r.indicator } : null),
    }),
    result: t.field({
      type: ObservationRef,
      nullable: true,
      description: 'The result of this very year, the only one judged, with its source.',
      resolve: (r, _a, ctx) => ctx.store.annualResult(r.ward, r.indicator, r.observation?.year),
    }),
    earlierResult: t.field({
      type: ObservationRef,
      nullable: true,
      description:
        'The latest result of an earlier year: context only ("kết quả gần nhất: 2025"), never judged against this year.',
      resolve: (r, _a, ctx) =>
        ctx.store.annualResult(r.ward, r.indicator, r.earlierObservation?.year),
    }),
    assessable: t.exposeBoolean('assessable', {
      description: 'A target applies this year, so the row counts in coverage and scores.',
    }),
    attainment: t.float({
      nullable: true,
      description: '0–1 (see SCORING.md §2), 4 decimals.',
      resolve: (r) => (r.attainment === null ? null : roundTo(r.attainment, 4)),
    }),
    met: t.exposeBoolean('met', { nullable: true }),
    gap: t.float({
      nullable: true,
      description: 'In the unit: positive = still missing; rounded to the unit’s precision.',
      resolve: (r) => (r.gap === null ? null : roundForUnit(r.gap, getIndicator(r.indicator).unit)),
    }),
    yearsOffTrajectory: t.exposeFloat('yearsOffTrajectory', {
      nullable: true,
      description: 'Positive = years behind, negative = ahead.',
    }),
    status: t.field({ type: StatusEnum, resolve: (r) => r.status }),
    reason: t.string({
      description: 'Why the status is what it is, in the request language.',
      resolve: (r, _a, ctx) => explain(r.reason, r.year, ctx.lang),
    }),
    projection: t.field({ type: ProjectionRef, nullable: true, resolve: (r) => r.projection }),
    targets: t.field({
      type: [TargetRef],
      description: 'All of the ward’s targets for this indicator.',
      resolve: (r, _a, ctx) => targetsById(ctx, r.targetIds),
    }),
    method: t.exposeString('method', { description: 'Scoring method version.' }),
  }),
});

const PillarScoreRef = builder.objectRef<PillarScore>('PillarScore');
PillarScoreRef.implement({
  description: 'Mean indicator score of a pillar, 0–100.',
  fields: (t) => ({
    pillar: t.field({
      type: PillarRef,
      resolve: (p, _a, ctx) => ctx.store.snapshot.pillars.find((x) => x.code === p.pillar) as never,
    }),
    score: t.exposeFloat('score', { nullable: true }),
    indicatorsScored: t.exposeInt('indicatorsScored'),
    indicatorsAssessable: t.exposeInt('indicatorsAssessable'),
  }),
});

const CompositeRef = builder.objectRef<CompositeScore>('CompositeScore');
CompositeRef.implement({
  description: 'The Lộ Trình score 0–100 (not the city’s DTI); withheld below 80% data coverage.',
  fields: (t) => ({
    ward: t.field({ type: WardRef, resolve: (c, _a, ctx) => ward(ctx, c.ward) }),
    year: t.exposeInt('year'),
    score: t.exposeFloat('composite', {
      nullable: true,
      description: 'Null without results for the year, or below 80% coverage of own targets.',
    }),
    ownTargetCoverage: t.float({
      description:
        'Coverage of the ward’s own targets: share of its targets in force this year with a result for this year.',
      resolve: (c) => roundTo(c.ownTargetCoverage, 4),
    }),
    assessable: t.exposeInt('assessable', { description: 'Targets in force this year.' }),
    reported: t.exposeInt('reported', { description: 'Of them, with a result for this year.' }),
    cityFrameworkCoverage: t.float({
      description:
        'Coverage of the city framework: share of the framework’s indicators the ward’s plans set a target for.',
      resolve: (c, _a, ctx) => roundTo(ctx.store.coverageOf(c.ward)?.ofFramework ?? 0, 4),
    }),
    pillars: t.field({ type: [PillarScoreRef], resolve: (c) => c.pillars }),
    method: t.exposeString('method'),
  }),
});

interface ScorecardView {
  ward: WardSlug;
  year: number;
  rows: ScorecardRow[];
  composite: CompositeScore;
}

const ScorecardRef = builder.objectRef<ScorecardView>('Scorecard');
ScorecardRef.implement({
  description: 'A ward’s indicators against its trajectory in a year. / Bảng điểm của phường.',
  fields: (t) => ({
    ward: t.field({ type: WardRef, resolve: (s, _a, ctx) => ward(ctx, s.ward) }),
    year: t.exposeInt('year'),
    entries: t.field({ type: [ScorecardEntryRef], resolve: (s) => s.rows }),
    composite: t.field({ type: CompositeRef, resolve: (s) => s.composite }),
    method: t.string({ resolve: () => SCORING_METHOD_VERSION }),
  }),
});

const RankingEntryRef = builder.objectRef<RankingEntry>('RankingEntry');
RankingEntryRef.implement({
  description: 'A ward’s place by composite (or pillar) score.',
  fields: (t) => ({
    ward: t.field({ type: WardRef, resolve: (r, _a, ctx) => ward(ctx, r.ward) }),
    score: t.exposeFloat('composite'),
    rank: t.exposeInt('rank'),
    closeToNext: t.exposeBoolean('closeToNext', {
      description: 'Within 3 points of the next: the order is not meaningful.',
    }),
  }),
});

const UnrankedRef = builder
  .objectRef<{ ward: WardSlug; reason: UnrankedReason }>('UnrankedWard')
  .implement({
    description: 'A ward left out of a ranking, and why. / Phường, xã không xếp hạng.',
    fields: (t) => ({
      ward: t.field({ type: WardRef, resolve: (u, _a, ctx) => ward(ctx, u.ward) }),
      reason: t.string({
        description: 'Why, in the request language.',
        resolve: (u, _a, ctx) => explainRanking(u.reason, ctx.lang),
      }),
    }),
  });

const RankingRef = builder.objectRef<Ranking>('Ranking');
RankingRef.implement({
  description:
    'Wards ranked by score for a year, or withheld when fewer than two can be scored. / Xếp hạng.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    entries: t.field({
      type: [RankingEntryRef],
      description: 'Ranked wards, best first; empty when withheld.',
      resolve: (r) => r.entries,
    }),
    withheld: t.boolean({
      description: 'True when fewer than two wards can be scored: no ranking is published.',
      resolve: (r) => r.withheld !== null,
    }),
    reason: t.string({
      nullable: true,
      description: 'Why the ranking is withheld ("1/5 phường có số liệu năm 2025").',
      resolve: (r, _a, ctx) =>
        r.withheld
          ? explainRanking({ code: 'withheld', year: r.year, ...r.withheld }, ctx.lang)
          : null,
    }),
    unranked: t.field({
      type: [UnrankedRef],
      description: 'Wards without a place, each with its reason.',
      resolve: (r) => r.unranked,
    }),
  }),
});

const CoverageRef = builder.objectRef<Coverage>('Coverage');
CoverageRef.implement({
  description: 'Which catalog indicators a ward has targets for.',
  fields: (t) => ({
    ward: t.field({ type: WardRef, resolve: (c, _a, ctx) => ward(ctx, c.ward) }),
    indicatorCodes: t.exposeStringList('indicators'),
    ofUnion: t.float({
      description: 'Share of the indicators any ward targets.',
      resolve: (c) => roundTo(c.ofUnion, 4),
    }),
    ofCityFramework: t.float({
      description:
        'Share of the city framework’s indicators (NQ 71/NQ-CP set) the ward set a target for.',
      resolve: (c) => roundTo(c.ofFramework, 4),
    }),
    missingFromFramework: t.exposeStringList('missingFromFramework'),
  }),
});

interface ComparisonCell {
  ward: WardSlug;
  indicator: string;
  entry: ScorecardRow | null;
}

const ComparisonCellRef = builder.objectRef<ComparisonCell>('ComparisonCell');
ComparisonCellRef.implement({
  description: 'One ward × indicator cell; entry is null when the ward has no target for it.',
  fields: (t) => ({
    ward: t.field({ type: WardRef, resolve: (c, _a, ctx) => ward(ctx, c.ward) }),
    indicator: t.field({
      type: IndicatorRef,
      resolve: (c, _a, ctx) => indicator(ctx, c.indicator),
    }),
    entry: t.field({ type: ScorecardEntryRef, nullable: true, resolve: (c) => c.entry }),
  }),
});

interface Comparison {
  year: number;
  wards: WardSlug[];
  indicators: string[];
}

const ComparisonRef = builder.objectRef<Comparison>('WardComparison');
ComparisonRef.implement({
  description: 'Wards side by side: matrix, ranking and coverage. / So sánh các phường.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    wards: t.field({ type: [WardRef], resolve: (c, _a, ctx) => c.wards.map((w) => ward(ctx, w)) }),
    indicators: t.field({
      type: [IndicatorRef],
      resolve: (c, _a, ctx) => c.indicators.map((i) => indicator(ctx, i)),
    }),
    cells: t.field({
      type: [ComparisonCellRef],
      resolve: (c, _a, ctx) =>
        c.wards.flatMap((w) => {
          const rows = ctx.store.scorecard(w, c.year);
          return c.indicators.map((code) => ({
            ward: w,
            indicator: code,
            entry: rows.find((r) => r.indicator === code) ?? null,
          }));
        }),
    }),
    composites: t.field({
      type: [CompositeRef],
      resolve: (c, _a, ctx) => c.wards.map((w) => ctx.store.composite(w, c.year)),
    }),
    ranking: t.field({
      type: RankingRef,
      description: 'The compared wards ranked by composite, or withheld with the reason.',
      resolve: (c, _a, ctx) => ctx.store.ranking(c.year, c.wards),
    }),
    coverage: t.field({
      type: [CoverageRef],
      resolve: (c, _a, ctx) => ctx.store.coverage().filter((x) => c.wards.includes(x.ward)),
    }),
  }),
});

interface TrajectoryView {
  ward: WardSlug;
  indicator: string;
  targets: QuantitativeTarget[];
  results: ObservationRow[];
  fromYear: number;
  toYear: number;
}

const SeriesPointRef = builder.objectRef<
  NonNullable<ReturnType<typeof expectedTarget>> & { indicator: string }
>('TrajectoryPoint');
SeriesPointRef.implement({
  description: 'The expected target for one year.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    value: t.float({ resolve: (p) => roundForUnit(p.value, getIndicator(p.indicator).unit) }),
    valueHigh: t.float({
      nullable: true,
      resolve: (p) =>
        p.valueHigh === undefined
          ? null
          : roundForUnit(p.valueHigh, getIndicator(p.indicator).unit),
    }),
    comparator: t.field({ type: ComparatorEnum, resolve: (p) => p.comparator }),
    basis: t.field({ type: BasisEnum, resolve: (p) => p.basis }),
    display: t.string({
      description: 'Ready to show, with interpolated years marked "≈ …, nội suy".',
      resolve: (p, _a, ctx) => describeGoal(p, getIndicator(p.indicator).unit, ctx.lang),
    }),
  }),
});

const TrajectoryRef = builder.objectRef<TrajectoryView>('Trajectory');
TrajectoryRef.implement({
  description: 'Milestones, the yearly expected path, results and projection. / Lộ trình chỉ tiêu.',
  fields: (t) => ({
    ward: t.field({ type: WardRef, resolve: (v, _a, ctx) => ward(ctx, v.ward) }),
    indicator: t.field({
      type: IndicatorRef,
      resolve: (v, _a, ctx) => indicator(ctx, v.indicator),
    }),
    milestones: t.field({ type: [TargetRef], resolve: (v) => v.targets as Target[] }),
    series: t.field({
      type: [SeriesPointRef],
      resolve: (v) => {
        const baseline = firstNumeric(v.results);
        return trajectorySeries(
          v.targets,
          getIndicator(v.indicator).direction,
          v.fromYear,
          v.toYear,
          baseline,
        ).map((p) => ({ ...p, indicator: v.indicator }));
      },
    }),
    results: t.field({ type: [ObservationRef], resolve: (v) => v.results }),
    projection: t.field({
      type: ProjectionRef,
      nullable: true,
      resolve: (v) => {
        const { direction } = getIndicator(v.indicator);
        const last = v.targets.reduce<QuantitativeTarget | undefined>(
          (a, b) => (!a || b.year > a.year ? b : a),
          undefined,
        );
        const points = v.results.flatMap((o) =>
          o.value === null ? [] : [{ year: o.year, value: Number(o.value) }],
        );
        return last && direction !== 'range' ? project(points, last.value, direction) : null;
      },
    }),
  }),
});

function firstNumeric(results: readonly ObservationRow[]) {
  const numeric = results.filter((o) => o.value !== null).sort((a, b) => a.year - b.year);
  const first = numeric[0];
  return first ? { year: first.year, value: Number(first.value) } : undefined;
}

builder.queryFields((t) => ({
  scorecard: t.field({
    type: ScorecardRef,
    description:
      'A ward’s scorecard for a year: expected target, latest result, attainment, gap, status, projection and sources.',
    args: { ward: t.arg.string({ required: true }), year: t.arg.int({ required: true }) },
    resolve: (_r, args, ctx) => {
      const slug = wardArg(ctx, args.ward);
      const year = yearArg(ctx, args.year);
      return {
        ward: slug,
        year,
        rows: ctx.store.scorecard(slug, year),
        composite: ctx.store.composite(slug, year),
      };
    },
  }),
  compareWards: t.field({
    type: ComparisonRef,
    description:
      'Wards side by side for a year; defaults to all wards and every indicator any of them targets.',
    args: {
      wards: t.arg.stringList({ required: false }),
      indicators: t.arg.stringList({ required: false }),
      year: t.arg.int({ required: true }),
    },
    resolve: (_r, rawArgs, ctx) => {
      // Bounded and de-duplicated lists (3000 copies of one ward once built 9 million cells).
      const args = parseArgs(ctx, CompareWardsArgs, rawArgs);
      const year = yearArg(ctx, args.year);
      const wards = (args.wards ?? ctx.store.snapshot.wards.map((w) => w.slug)).map((w) =>
        wardArg(ctx, w),
      );
      const indicators =
        args.indicators?.map((c) => indicatorArg(ctx, c).code) ??
        [
          ...new Set(
            ctx.store.snapshot.targets
              .filter((tg) => wards.includes(tg.ward))
              .map((tg) => tg.indicator),
          ),
        ].sort();
      return { year, wards, indicators };
    },
  }),
  trajectory: t.field({
    type: TrajectoryRef,
    description:
      'A ward’s milestones for an indicator, the yearly path between them, its results and projection.',
    args: { ward: t.arg.string({ required: true }), indicator: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => {
      const slug = wardArg(ctx, args.ward);
      const code = indicatorArg(ctx, args.indicator).code;
      const targets = ctx.store.snapshot.targets.filter(
        (tg): tg is TargetRecord & QuantitativeTarget =>
          tg.ward === slug && tg.indicator === code && tg.kind === 'target',
      );
      const results = ctx.store
        .currentObservations(slug)
        .filter((o) => o.indicatorCode === code && isAnnual(o));
      const years = [...targets.map((tg) => tg.year), ...results.map((o) => o.year)];
      return {
        ward: slug,
        indicator: code,
        targets,
        results,
        fromYear: Math.min(...years, 2025),
        toYear: Math.max(...years, 2025),
      };
    },
  }),
  rankings: t.field({
    type: RankingRef,
    description:
      'Wards ranked by composite score (or by one pillar’s score) for a year; withheld, with the reason, when fewer than two wards can be scored.',
    args: { year: t.arg.int({ required: true }), pillar: t.arg.string({ required: false }) },
    resolve: (_r, args, ctx) => {
      const year = yearArg(ctx, args.year);
      if (!args.pillar) return ctx.store.ranking(year);
      const pillar = pillarArg(ctx, args.pillar).code;
      const scores = ctx.store.snapshot.wards.map((w) => {
        const c = ctx.store.composite(w.slug, year);
        return { ...c, composite: c.pillars.find((p) => p.pillar === pillar)?.score ?? null };
      });
      return rankScores(scores);
    },
  }),
  coverage: t.field({
    type: [CoverageRef],
    description: 'Per ward: indicators with targets against all wards’ and the city framework’s.',
    resolve: (_r, _a, ctx) => ctx.store.coverage(),
  }),
}));
