import {
  describeGoal,
  type Indicator,
  roundTo,
  type ScorecardRow,
  type Status,
  type WardSlug,
} from '@lotrinh/indicators';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { yearArg } from './args.ts';
import { IndicatorRef, pillarArg, WardRef } from './catalog.ts';
import { StatusEnum } from './enums.ts';

/**
 * The city overview's heatmap as a compact answer: wards and indicators listed once, and per
 * indicator one small number per ward (the status, the expected target's text by index, the
 * trend). At 114 units the overview's old `compareWards` answer carried every full scorecard
 * entry (3 MB, seconds to build after a write); this carries only what the heatmap draws, and
 * the details behind one cell (reason, targets as printed, documents, result) are asked for
 * when a reader opens it (`compareWards(wards: [w], indicators: [i])`).
 */

/** The order of `Heatmap.statuses`: a cell's status code is its index here. */
export const HEATMAP_STATUSES: readonly Status[] = [
  'achieved',
  'on-track',
  'at-risk',
  'off-track',
  'not-reported',
  'no-target',
];
const STATUS_CODE = new Map(HEATMAP_STATUSES.map((s, i) => [s, i]));

interface HeatmapWardView {
  slug: WardSlug;
  rows: ScorecardRow[];
  year: number;
  /** The city framework's indicator codes, in the order of Heatmap.framework. */
  framework: readonly string[];
}

interface HeatmapRowView {
  indicator: Indicator;
  status: number[];
  target: number[];
  trend: number[];
}

interface Matrix {
  rows: HeatmapRowView[];
  targetTexts: string[];
}

interface HeatmapView {
  year: number;
  pillar: string | null;
  wards: HeatmapWardView[];
  framework: Indicator[];
  /** Built on first use: a request for the ward columns only never builds the cells. */
  matrix: () => Matrix;
}

const HeatmapWardRef = builder.objectRef<HeatmapWardView>('HeatmapWard');
HeatmapWardRef.implement({
  description:
    'One column of the heatmap: a ward and its figures for the year, over all its indicators (whatever the pillar). / Một cột của bản đồ nhiệt: phường, xã và số liệu của năm.',
  fields: (t) => ({
    ward: t.field({
      type: WardRef,
      resolve: (w, _a, ctx) => ctx.store.byKey.wards.get(w.slug) as never,
    }),
    expectedTargets: t.int({
      description:
        'Indicators with a target expected this year (printed or interpolated). / Số chỉ tiêu có mục tiêu cho năm (như bản in hoặc nội suy).',
      resolve: (w) => w.rows.filter((r) => r.expected !== null).length,
    }),
    targetsDue: t.int({
      description:
        'Targets printed for this very year (milestones), qualitative ones included. / Số chỉ tiêu có mốc đúng năm này.',
      resolve: (w, _a, ctx) => ctx.store.targetsOf(w.slug).filter((x) => x.year === w.year).length,
    }),
    reporting: t.boolean({
      description:
        'True when the ward reported at least one result for this year. / Đã báo cáo ít nhất một kết quả của năm.',
      resolve: (w) => w.rows.some((r) => r.observation?.year === w.year),
    }),
    ownTargetCoverage: t.float({
      description:
        'Share of its targets in force this year with a result for this year, 4 decimals. / Tỷ lệ chỉ tiêu áp dụng trong năm đã có kết quả.',
      resolve: (w, _a, ctx) => roundTo(ctx.store.composite(w.slug, w.year).ownTargetCoverage, 4),
    }),
    ofCityFramework: t.float({
      description:
        'Share of the city framework’s indicators the ward set a target for, 4 decimals. / Tỷ lệ chỉ tiêu của khung thành phố được đặt mục tiêu.',
      resolve: (w, _a, ctx) => roundTo(ctx.store.coverageOf(w.slug)?.ofFramework ?? 0, 4),
    }),
    frameworkMissing: t.intList({
      description:
        'The city framework’s indicators the ward set no target for, as indexes into Heatmap.framework. / Các chỉ tiêu khung thành phố chưa đặt mục tiêu: số thứ tự trong Heatmap.framework.',
      resolve: (w, _a, ctx) => {
        const missing = new Set(ctx.store.coverageOf(w.slug)?.missingFromFramework ?? []);
        return w.framework.flatMap((code, i) => (missing.has(code) ? [i] : []));
      },
    }),
  }),
});

const HeatmapRowRef = builder.objectRef<HeatmapRowView>('HeatmapRow');
HeatmapRowRef.implement({
  description:
    'One indicator of the heatmap; each list has one item per ward, in the order of Heatmap.wards. / Một dòng (chỉ tiêu) của bản đồ nhiệt, mỗi phần tử một phường theo thứ tự Heatmap.wards.',
  fields: (t) => ({
    indicator: t.field({ type: IndicatorRef, resolve: (r) => r.indicator }),
    status: t.field({
      type: 'Codes',
      description:
        'Per ward, the status as an index into Heatmap.statuses (NO_TARGET when the ward set no target for it). / Tình trạng của từng phường: số thứ tự trong Heatmap.statuses.',
      resolve: (r) => r.status,
    }),
    target: t.field({
      type: 'Codes',
      description:
        'Per ward, the target expected this year as an index into Heatmap.targetTexts; -1 when none applies. / Mục tiêu của năm: số thứ tự trong Heatmap.targetTexts; -1 khi không có.',
      resolve: (r) => r.target,
    }),
    trend: t.field({
      type: 'Codes',
      description:
        'Per ward, the trend of its results: 1 improving, -1 worsening, 0 without a projection (fewer than two years). / Xu hướng kết quả: 1 tốt lên, -1 xấu đi, 0 khi chưa đủ số liệu.',
      resolve: (r) => r.trend,
    }),
  }),
});

const HeatmapRef = builder.objectRef<HeatmapView>('Heatmap');
HeatmapRef.implement({
  description:
    'Wards × indicators for a year, compact: the statuses the city overview draws, nothing more. / Bản đồ nhiệt phường, xã × chỉ tiêu (gọn).',
  fields: (t) => ({
    year: t.exposeInt('year'),
    pillar: t.exposeString('pillar', {
      nullable: true,
      description: 'The pillar the rows are limited to; null for all.',
    }),
    statuses: t.field({
      type: [StatusEnum],
      description:
        'The legend of the status codes: code i is statuses[i]. / Chú giải mã tình trạng: mã i là statuses[i].',
      resolve: () => [...HEATMAP_STATUSES],
    }),
    targetTexts: t.stringList({
      description:
        'Each distinct expected target once, ready to show ("≥ 0,8", "≈ 0,782, nội suy"), in the request language. / Các mục tiêu khác nhau, mỗi cái một lần, sẵn để hiển thị.',
      resolve: (h) => h.matrix().targetTexts,
    }),
    framework: t.field({
      type: [IndicatorRef],
      description:
        'The city framework’s indicators (NQ 71/NQ-CP set), in catalog order: HeatmapWard.frameworkMissing points into this list. / Các chỉ tiêu của khung thành phố.',
      resolve: (h) => h.framework,
    }),
    wards: t.field({ type: [HeatmapWardRef], resolve: (h) => h.wards }),
    rows: t.field({
      type: [HeatmapRowRef],
      description:
        'One per indicator any ward targets, grouped by pillar in catalog order, by code within a pillar. / Mỗi chỉ tiêu có phường đặt mục tiêu một dòng, theo trụ cột rồi theo mã.',
      resolve: (h) => h.matrix().rows,
    }),
  }),
});

/** One ward's cells for one language, by indicator code. */
type Column = Map<string, { status: number; text: string | null; trend: number }>;

/**
 * Columns by scorecard: the store hands out the same rows array until that ward's results change,
 * so a write to one ward leaves every other ward's column here, already built (texts included).
 */
const columns = new WeakMap<ScorecardRow[], Map<string, Column>>();
const NO_TARGET = STATUS_CODE.get('no-target') as number;

function columnOf(rows: ScorecardRow[], ctx: Context): Column {
  let byLang = columns.get(rows);
  if (!byLang) {
    byLang = new Map();
    columns.set(rows, byLang);
  }
  let column = byLang.get(ctx.lang);
  if (!column) {
    column = new Map();
    for (const r of rows) {
      const unit = ctx.store.byKey.indicators.get(r.indicator)?.unit;
      column.set(r.indicator, {
        status: STATUS_CODE.get(r.status) ?? NO_TARGET,
        text: r.expected && unit ? describeGoal(r.expected, unit, ctx.lang) : null,
        trend: r.projection ? (r.projection.improving ? 1 : -1) : 0,
      });
    }
    byLang.set(ctx.lang, column);
  }
  return column;
}

function buildMatrix(ctx: Context, wards: HeatmapWardView[], pillar: string | null): Matrix {
  const { store } = ctx;
  const targeted = new Set(store.snapshot.targets.map((x) => x.indicator));
  const order = new Map(store.snapshot.pillars.map((p, i) => [p.code, i]));
  const indicators = store.snapshot.indicators
    .filter((i) => targeted.has(i.code) && (!pillar || i.pillar === pillar))
    .sort(
      (a, b) =>
        (order.get(a.pillar) ?? 99) - (order.get(b.pillar) ?? 99) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  const cols = wards.map((w) => columnOf(w.rows, ctx));
  const texts = new Map<string, number>();
  const rows = indicators.map((indicator) => {
    const row: HeatmapRowView = { indicator, status: [], target: [], trend: [] };
    for (const col of cols) {
      const cell = col.get(indicator.code);
      row.status.push(cell ? cell.status : NO_TARGET);
      row.trend.push(cell ? cell.trend : 0);
      let index = -1;
      if (cell?.text != null) {
        index = texts.get(cell.text) ?? texts.size;
        if (index === texts.size) texts.set(cell.text, index);
      }
      row.target.push(index);
    }
    return row;
  });
  return { rows, targetTexts: [...texts.keys()] };
}

/**
 * The heatmap from the store's cached scorecards: after a write only the written ward's
 * scorecard (and its column of cells) is computed again; the rest is lookups and counting.
 */
export function buildHeatmap(ctx: Context, year: number, pillar: string | null): HeatmapView {
  const { store } = ctx;
  const framework = store.snapshot.indicators.filter((i) => i.cityFramework);
  const codes = framework.map((i) => i.code);
  const wards = store.snapshot.wards.map((w) => ({
    slug: w.slug,
    year,
    rows: store.scorecard(w.slug, year),
    framework: codes,
  }));
  let matrix: Matrix | null = null;
  return {
    year,
    pillar,
    wards,
    framework,
    matrix: () => {
      matrix ??= buildMatrix(ctx, wards, pillar);
      return matrix;
    },
  };
}

builder.queryField('heatmap', (t) =>
  t.field({
    type: HeatmapRef,
    description:
      'The city overview’s heatmap for a year, compact: wards and indicators once, per cell a status code, the expected target by index and the trend; optionally one pillar. The details of a cell come from compareWards with that ward and indicator. / Bản đồ nhiệt tổng quan thành phố (gọn); chi tiết một ô lấy từ compareWards.',
    args: {
      year: t.arg.int({ required: true }),
      pillar: t.arg.string({ required: false }),
    },
    resolve: (_r, args, ctx) =>
      buildHeatmap(
        ctx,
        yearArg(ctx, args.year),
        args.pillar ? pillarArg(ctx, args.pillar).code : null,
      ),
  }),
);
