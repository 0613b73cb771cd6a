import {
  cleanPrintedText,
  formatValue,
  getIndicator,
  type Provenance,
  roundForUnit,
} from '@lotrinh/indicators';
import {
  listObservations,
  type Observation as ObservationRow,
  observationHistory,
} from '@lotrinh/schema';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { MAX_PAGE_SIZE, ObservationsArgs } from '../validation/inputs.ts';
import { parseArgs } from '../validation/issues.ts';
import { IndicatorRef, indicatorArg, ProvenanceRef, WardRef, wardArg } from './catalog.ts';

const ObservationSourceEnum = builder.enumType('ObservationSource', {
  description: 'How a result entered Lộ Trình. / Nguồn nhập kết quả.',
  values: {
    SEED: { value: 'seed', description: 'Transcribed from the source documents.' },
    USER: { value: 'user', description: 'Entered by a user.' },
    IMPORT: { value: 'import', description: 'Imported from a CSV/XLSX file.' },
  } satisfies Record<string, { value: ObservationRow['source']; description: string }>,
});

export const EvidenceTypeEnum = builder.enumType('EvidenceType', {
  description: 'Where a result comes from. / Loại nguồn của kết quả.',
  values: {
    REPORT: { value: 'report', description: 'A report of the ward or a department. / Báo cáo.' },
    STATISTICS: { value: 'statistics', description: 'Official statistics. / Số liệu thống kê.' },
    SURVEY: { value: 'survey', description: 'A survey. / Khảo sát, điều tra.' },
    ADMINISTRATIVE: {
      value: 'administrative',
      description: 'Administrative records. / Hồ sơ, dữ liệu hành chính.',
    },
    OTHER: { value: 'other', description: 'Anything else, said in the note. / Khác.' },
  } as const,
});

/** A seeded result's source, in the same shape as a target's. */
function provenanceOf(o: ObservationRow): Provenance | null {
  if (!o.sourceFile || o.sourceLine === null || o.sourceText === null) return null;
  return {
    file: o.sourceFile as Provenance['file'],
    section: o.sourceSection ?? '',
    row: o.sourceRow ?? '',
    line: o.sourceLine,
    text: o.sourceText,
  };
}

const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));

export const ObservationRef = builder.objectRef<ObservationRow>('Observation');
ObservationRef.implement({
  description:
    'A recorded result for a ward, indicator and period. Corrections add versions. / Kết quả thực hiện.',
  fields: (t) => ({
    id: t.exposeID('id'),
    ward: t.field({
      type: WardRef,
      resolve: (o, _a, ctx) => ctx.store.snapshot.wards.find((w) => w.slug === o.wardSlug) as never,
    }),
    indicator: t.field({
      type: IndicatorRef,
      resolve: (o, _a, ctx) =>
        ctx.store.snapshot.indicators.find((i) => i.code === o.indicatorCode) as never,
    }),
    year: t.exposeInt('year'),
    quarter: t.int({
      nullable: true,
      description: '1–4, or null for the whole year.',
      resolve: (o) => o.quarter || null,
    }),
    month: t.int({
      nullable: true,
      description: '1–12, or null.',
      resolve: (o) => o.month || null,
    }),
    version: t.exposeInt('version', {
      description: '1 for the first result; each correction adds one.',
    }),
    value: t.float({
      nullable: true,
      description:
        'Value in the indicator’s unit (percent 0–100), rounded to the unit’s precision.',
      resolve: (o) => {
        const v = num(o.value);
        return v === null ? null : roundForUnit(v, getIndicator(o.indicatorCode).unit);
      },
    }),
    display: t.string({
      nullable: true,
      description:
        'The value ready to show, with a reported lower bound kept: "≥ 60%", "82,54%", "1.134.256.000 đồng".',
      resolve: (o, _a, ctx) => {
        const v = num(o.value);
        if (v === null) return null;
        const text = formatValue(v, getIndicator(o.indicatorCode).unit, ctx.lang);
        return o.qualifier === 'eq' ? text : `${o.qualifier === 'gt' ? '>' : '≥'} ${text}`;
      },
    }),
    met: t.exposeBoolean('met', {
      nullable: true,
      description: 'For results reported in words: met or not.',
    }),
    numerator: t.float({ nullable: true, resolve: (o) => num(o.numerator) }),
    denominator: t.float({ nullable: true, resolve: (o) => num(o.denominator) }),
    source: t.field({ type: ObservationSourceEnum, resolve: (o) => o.source }),
    provenance: t.field({
      type: ProvenanceRef,
      nullable: true,
      description: 'Where the result is printed (document, section, row, line, text).',
      resolve: (o) => provenanceOf(o),
    }),
    sourceFile: t.exposeString('sourceFile', {
      nullable: true,
      description: 'Seed file for seeded results.',
    }),
    sourceLine: t.exposeInt('sourceLine', { nullable: true }),
    sourceText: t.string({
      nullable: true,
      description: 'The figure as printed (clean; `provenance.raw` has the file’s text).',
      resolve: (o) => (o.sourceText === null ? null : cleanPrintedText(o.sourceText)),
    }),
    note: t.exposeString('note', { nullable: true }),
    evidenceType: t.field({
      type: EvidenceTypeEnum,
      nullable: true,
      description: 'Where the figure comes from (results entered or imported). / Loại nguồn.',
      resolve: (o) => o.evidenceType,
    }),
    evidenceNumber: t.exposeString('evidenceNumber', {
      nullable: true,
      description: 'The evidence document’s number as printed. / Số văn bản.',
    }),
    evidenceUrl: t.exposeString('evidenceUrl', {
      nullable: true,
      description: 'A link to the evidence. / Đường dẫn minh chứng.',
    }),
    recordedBy: t.string({
      nullable: true,
      description:
        'Who recorded this version (the person’s name); null for seeded results and deleted users. / Người nhập.',
      resolve: async (o, _a, ctx) => {
        if (!o.createdById) return null;
        const user = await ctx.prisma.user.findUnique({
          where: { id: o.createdById },
          select: { name: true },
        });
        return user?.name ?? null;
      },
    }),
    supersedesId: t.exposeString('supersedesId', {
      nullable: true,
      description: 'The version this one corrects.',
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (o) => o.createdAt }),
    history: t.field({
      type: [ObservationRef],
      description: 'Every version of this period’s result, oldest first.',
      complexity: 20,
      resolve: (o, _a, ctx) =>
        observationHistory(ctx.prisma, {
          ward: o.wardSlug,
          indicator: o.indicatorCode,
          year: o.year,
          quarter: o.quarter,
          month: o.month,
        }),
    }),
  }),
});

const ObservationFilter = builder.inputType('ObservationFilter', {
  description: 'Filter for results.',
  fields: (t) => ({
    ward: t.string({ required: false }),
    indicator: t.string({ required: false }),
    year: t.int({ required: false }),
    includeHistory: t.boolean({
      required: false,
      description: 'Include superseded versions (default false).',
    }),
  }),
});

builder.queryField('observations', (t) =>
  t.connection({
    type: ObservationRef,
    description: `Recorded results, newest periods last; at most ${MAX_PAGE_SIZE} per page.`,
    args: { filter: t.arg({ type: ObservationFilter, required: false }) },
    resolve: async (_r, rawArgs, ctx) => {
      // Page sizes and cursors are checked here: Pothos would throw a plain error on a bad cursor.
      const args = parseArgs(ctx, ObservationsArgs, rawArgs);
      const f = args.filter;
      if (f?.ward) wardArg(ctx, f.ward);
      if (f?.indicator) indicatorArg(ctx, f.indicator);
      const rows = f?.includeHistory
        ? await listObservations(ctx.prisma, {
            ward: f.ward ?? undefined,
            indicator: f.indicator ?? undefined,
            year: f.year ?? undefined,
            includeHistory: true,
          })
        : ctx.store.snapshot.wards
            .filter((w) => !f?.ward || w.slug === f.ward)
            .flatMap((w) => ctx.store.currentObservations(w.slug))
            .filter(
              (o) =>
                (!f?.indicator || o.indicatorCode === f.indicator) &&
                (f?.year == null || o.year === f.year),
            );
      return resolveArrayConnection({ args, defaultSize: 20, maxSize: MAX_PAGE_SIZE }, rows);
    },
  }),
);
