import type {
  Indicator,
  Pillar,
  Provenance,
  SourceDocument,
  Target,
  Ward,
} from '@lotrinh/indicators';
import { cleanPrintedText, comparatorLabel, describeGoal } from '@lotrinh/indicators';
import { builder } from '../builder.ts';
import { type Context, pick } from '../context.ts';
import { badInput, fold } from './args.ts';
import { ComparatorEnum, DirectionEnum, EquivalenceEnum, UnitEnum } from './enums.ts';

/** A source plus what the API knows of it: the seed file or uploaded document it cites. */
/** A target's provenance also knows its document's id (file names repeat across wards). */
export const ProvenanceRef = builder.objectRef<Provenance & { documentId?: string }>('Provenance');
ProvenanceRef.implement({
  description: 'Where a figure comes from in the source documents. / Nguồn của số liệu.',
  fields: (t) => ({
    document: t.field({
      type: SourceDocumentRef,
      nullable: true,
      description: 'The document (number, date, title) the figure is printed in.',
      resolve: (p, _a, ctx) =>
        p.documentId
          ? (ctx.store.snapshot.documents.find((d) => d.id === p.documentId) ?? null)
          : documentOfFile(ctx, p.file),
    }),
    file: t.exposeString('file', { description: 'File the document’s text was extracted to.' }),
    section: t.exposeString('section', { description: 'Section or appendix as printed.' }),
    row: t.exposeString('row', { description: 'Row label as printed.' }),
    column: t.exposeString('column', {
      nullable: true,
      description: 'Column header for table cells ("Năm 2030").',
    }),
    line: t.exposeInt('line', { description: '1-based line number in the file.' }),
    lineEnd: t.exposeInt('lineEnd', {
      nullable: true,
      description: 'Last line when the text wraps.',
    }),
    text: t.string({
      description:
        'The text as printed: math markup rendered (≥ 90%), Symbol-font glyphs mapped (>).',
      resolve: (p) => cleanPrintedText(p.text),
    }),
    raw: t.exposeString('text', {
      description: 'The same text exactly as it is in the file, extraction artefacts included.',
    }),
  }),
});

const documentOfFile = (ctx: Context, file: string) =>
  ctx.store.snapshot.documents.find((d) => d.file === file) ?? null;

export const SourceDocumentRef = builder.objectRef<SourceDocument>('SourceDocument');
SourceDocumentRef.implement({
  description:
    'A plan or report a ward issued; every figure cites one. / Văn bản nguồn (kế hoạch, báo cáo).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id, e.g. "hai-an-plan-2025".' }),
    file: t.exposeString('file', { description: 'Seed file name the text was extracted to.' }),
    kind: t.exposeString('kind', { description: '"plan" (kế hoạch) or "report" (báo cáo).' }),
    numberAsPrinted: t.exposeString('numberAsPrinted', {
      description: 'Document number as printed.',
    }),
    dateAsPrinted: t.exposeString('dateAsPrinted', { description: 'Date as printed.' }),
    titleVi: t.exposeString('titleVi', { description: 'Title in Vietnamese, as printed.' }),
    titleEn: t.exposeString('titleEn', { description: 'Title translated to English.' }),
    title: t.string({
      description: 'Title in the request language (Accept-Language).',
      resolve: (d, _a, ctx) => pick(ctx, d.titleVi, d.titleEn),
    }),
    periodStart: t.exposeInt('periodStart', { description: 'First year the document covers.' }),
    periodEnd: t.exposeInt('periodEnd', { description: 'Last year the document covers.' }),
  }),
});

export const PillarRef = builder.objectRef<Pillar>('Pillar');
PillarRef.implement({
  description: 'A group of indicators (DTI-style pillar). / Trụ cột.',
  fields: (t) => ({
    code: t.exposeID('code'),
    nameVi: t.exposeString('nameVi'),
    nameEn: t.exposeString('nameEn'),
    name: t.string({
      description: 'Name in the request language.',
      resolve: (p, _a, ctx) => pick(ctx, p.nameVi, p.nameEn),
    }),
    weight: t.exposeFloat('weight', {
      description: 'Weight in the composite (0 = shown, not aggregated).',
    }),
    description: t.string({
      description: 'What the pillar covers, in the request language.',
      resolve: (p, _a, ctx) => pick(ctx, p.descriptionVi || p.descriptionEn, p.descriptionEn),
    }),
    indicators: t.field({
      type: [IndicatorRef],
      description: 'Indicators of this pillar.',
      resolve: (p, _a, ctx) => ctx.store.snapshot.indicators.filter((i) => i.pillar === p.code),
    }),
  }),
});

const AliasRef = builder.objectRef<{ ward: string; wording: string }>('IndicatorAlias').implement({
  description: 'A ward’s own wording of an indicator. / Cách ghi của từng phường.',
  fields: (t) => ({ ward: t.exposeString('ward'), wording: t.exposeString('wording') }),
});

export const IndicatorRef = builder.objectRef<Indicator>('Indicator');
IndicatorRef.implement({
  description: 'A canonical indicator of the catalog. / Chỉ tiêu chuẩn hoá.',
  fields: (t) => ({
    code: t.exposeID('code', { description: 'Stable code, e.g. "DG_ONLINE_DOSSIERS".' }),
    nameVi: t.exposeString('nameVi'),
    nameEn: t.exposeString('nameEn'),
    name: t.string({
      description: 'Name in the request language.',
      resolve: (i, _a, ctx) => pick(ctx, i.nameVi, i.nameEn),
    }),
    unit: t.field({ type: UnitEnum, resolve: (i) => i.unit }),
    direction: t.field({ type: DirectionEnum, resolve: (i) => i.direction }),
    pillar: t.field({
      type: PillarRef,
      resolve: (i, _a, ctx) =>
        ctx.store.snapshot.pillars.find((p) => p.code === i.pillar) as Pillar,
    }),
    definition: t.string({
      description: 'One-line definition, in the request language.',
      resolve: (i, _a, ctx) => pick(ctx, i.definitionVi || i.definitionEn, i.definitionEn),
    }),
    cityFramework: t.exposeBoolean('cityFramework', {
      description: 'Part of the city’s common NQ 71/NQ-CP framework.',
    }),
    aliases: t.field({
      type: [AliasRef],
      description: 'How each ward words it in its documents.',
      resolve: (i, _a, ctx) => {
        const seen = new Set<string>();
        return ctx.store.snapshot.targets
          .filter((tg) => tg.indicator === i.code)
          .flatMap((tg) => {
            const key = `${tg.ward}\u0000${tg.wording}`;
            if (seen.has(key)) return [];
            seen.add(key);
            return [{ ward: tg.ward, wording: tg.wording }];
          });
      },
    }),
  }),
});

export const TargetRef = builder.objectRef<Target>('Target');
TargetRef.implement({
  description:
    'A ward’s target for one indicator and milestone year, with its source. / Chỉ tiêu theo mốc.',
  fields: (t) => ({
    id: t.exposeID('id'),
    ward: t.field({
      type: WardRef,
      resolve: (tg, _a, ctx) => ctx.store.snapshot.wards.find((w) => w.slug === tg.ward) as Ward,
    }),
    indicator: t.field({
      type: IndicatorRef,
      resolve: (tg, _a, ctx) =>
        ctx.store.snapshot.indicators.find((i) => i.code === tg.indicator) as Indicator,
    }),
    year: t.exposeInt('year', { description: 'Milestone year.' }),
    qualitative: t.boolean({
      description: 'True for a target stated in words only.',
      resolve: (tg) => tg.kind === 'qualitative',
    }),
    comparator: t.field({
      type: ComparatorEnum,
      nullable: true,
      description: 'As the plan meant it; null for a qualitative target.',
      resolve: (tg) => (tg.kind === 'target' ? tg.comparator : null),
    }),
    comparatorSymbol: t.string({
      nullable: true,
      description: '≥, >, ≤, <, – (range), or the word "đạt" / "reach" for a level to reach.',
      resolve: (tg, _a, ctx) =>
        tg.kind === 'target' ? comparatorLabel(tg.comparator, ctx.lang) : null,
    }),
    display: t.string({
      description: 'The target ready to show: "≥ 0,8", "đạt 3%", "20–22%", or the wording.',
      resolve: (tg, _a, ctx) =>
        tg.kind === 'target'
          ? describeGoal({ ...tg, basis: 'milestone' }, tg.unit, ctx.lang)
          : cleanPrintedText(tg.provenance.text),
    }),
    value: t.float({
      nullable: true,
      description: 'Value in the unit (percent 0–100, index 0–1).',
      resolve: (tg) => (tg.kind === 'target' ? tg.value : null),
    }),
    valueHigh: t.float({
      nullable: true,
      description: 'Upper bound of a range.',
      resolve: (tg) => (tg.kind === 'target' ? (tg.valueHigh ?? null) : null),
    }),
    unit: t.field({
      type: UnitEnum,
      nullable: true,
      resolve: (tg) => (tg.kind === 'target' ? tg.unit : null),
    }),
    wording: t.exposeString('wording', { description: 'The ward’s wording, as printed.' }),
    leadUnit: t.exposeString('leadAgency', {
      nullable: true,
      description: 'Lead unit, as printed.',
    }),
    equivalence: t.field({
      type: EquivalenceEnum,
      description:
        'Whether the ward’s wording measures the catalog indicator itself or a close one.',
      resolve: (tg) => tg.equivalence,
    }),
    equivalenceNote: t.string({
      nullable: true,
      description: 'How a close wording differs, in the request language.',
      resolve: (tg, _a, ctx) =>
        (ctx.lang === 'en' ? tg.equivalenceNoteEn : tg.equivalenceNoteVi) ?? null,
    }),
    recurring: t.boolean({
      description: 'True when the target applies every year ("hàng năm").',
      resolve: (tg) => tg.recurring === 'annual',
    }),
    note: t.exposeString('note', { nullable: true }),
    provenance: t.field({
      type: ProvenanceRef,
      resolve: (tg) => ({
        ...tg.provenance,
        documentId: (tg as { documentId?: string }).documentId,
      }),
    }),
  }),
});

export const WardRef = builder.objectRef<Ward>('Ward');
WardRef.implement({
  description:
    'A ward (phường) or commune (xã) of Hải Phòng with a Resolution 57 plan. / Phường, xã.',
  fields: (t) => ({
    slug: t.exposeID('slug', { description: 'URL-safe id, e.g. "chu-van-an".' }),
    nameVi: t.exposeString('nameVi', { description: 'Name with diacritics, e.g. "Chu Văn An".' }),
    nameEn: t.exposeString('nameEn', {
      description: 'English name; proper nouns keep their diacritics ("Chu Văn An ward").',
    }),
    name: t.string({
      description: 'Name in the request language.',
      resolve: (w, _a, ctx) => pick(ctx, w.nameVi, w.nameEn),
    }),
    kind: t.exposeString('kind', {
      description: '"phường" (urban ward) or "xã" (commune), as printed.',
    }),
    documents: t.field({
      type: [SourceDocumentRef],
      description: 'Documents the ward issued.',
      resolve: (w, _a, ctx) => ctx.store.snapshot.documents.filter((d) => d.ward === w.slug),
    }),
    targets: t.field({
      type: [TargetRef],
      description:
        'The ward’s targets in force (those of proposed indicators too), optionally for one milestone year; withdrawn ones on request.',
      args: {
        year: t.arg.int({ required: false }),
        includeWithdrawn: t.arg.boolean({ required: false }),
      },
      resolve: (w, { year, includeWithdrawn }, ctx) => {
        const { targets, proposedTargets, withdrawnTargets } = ctx.store.snapshot;
        return [
          ...targets,
          ...proposedTargets,
          ...(includeWithdrawn ? withdrawnTargets : []),
        ].filter((tg) => tg.ward === w.slug && (year == null || tg.year === year));
      },
    }),
    taskCount: t.int({
      description: 'Number of tasks assigned in its documents.',
      resolve: (w, _a, ctx) =>
        ctx.store.snapshot.tasks.filter((task) => task.wardSlug === w.slug).length,
    }),
    targetCount: t.int({
      description: 'Number of targets in its documents.',
      resolve: (w, _a, ctx) => ctx.store.snapshot.targets.filter((tg) => tg.ward === w.slug).length,
    }),
  }),
});

/** Resolves a ward slug argument or fails with a BAD_USER_INPUT error listing the known slugs. */
export function wardArg(ctx: Pick<Context, 'lang' | 'store'>, slug: string) {
  if (!ctx.store.hasWard(slug)) {
    const known = ctx.store.snapshot.wards.map((w) => w.slug).join(', ');
    throw badInput(
      ctx,
      `Không có phường, xã "${slug}". Các giá trị hợp lệ: ${known}.`,
      `Unknown ward "${slug}". Known wards: ${known}.`,
    );
  }
  return slug as Ward['slug'];
}

export function indicatorArg(ctx: Pick<Context, 'lang' | 'store'>, code: string): Indicator {
  const found = ctx.store.snapshot.indicators.find((i) => i.code === code);
  if (!found)
    throw badInput(
      ctx,
      `Không có chỉ tiêu mã "${code}". Mã hợp lệ là mã trong danh mục (truy vấn "indicators"), ví dụ "DTI_WARD_INDEX".`,
      `Unknown indicator "${code}". Use a catalog code (see the "indicators" query), e.g. "DTI_WARD_INDEX".`,
    );
  return found;
}

export function pillarArg(ctx: Pick<Context, 'lang' | 'store'>, code: string): Pillar {
  const found = ctx.store.snapshot.pillars.find((p) => p.code === code);
  if (!found) {
    const known = ctx.store.snapshot.pillars.map((p) => p.code).join(', ');
    throw badInput(
      ctx,
      `Không có trụ cột "${code}". Các giá trị hợp lệ: ${known}.`,
      `Unknown pillar "${code}". Known pillars: ${known}.`,
    );
  }
  return found;
}

const IndicatorFilter = builder.inputType('IndicatorFilter', {
  description: 'Filter for indicators.',
  fields: (t) => ({
    pillar: t.string({ required: false, description: 'Pillar code, e.g. "DG".' }),
    ward: t.string({ required: false, description: 'Only indicators this ward has targets for.' }),
    cityFramework: t.boolean({ required: false }),
    search: t.string({
      required: false,
      description: 'Case- and accent-insensitive text in the code or names.',
    }),
  }),
});

const TargetFilter = builder.inputType('TargetFilter', {
  description: 'Filter for targets.',
  fields: (t) => ({
    ward: t.string({ required: false }),
    indicator: t.string({ required: false }),
    year: t.int({ required: false }),
    pillar: t.string({ required: false }),
    qualitative: t.boolean({ required: false }),
  }),
});

builder.queryFields((t) => ({
  wards: t.field({
    type: [WardRef],
    description:
      'The wards and communes: the five built-in ones in the order of their source files, then those added.',
    resolve: (_r, _a, ctx) => ctx.store.snapshot.wards,
  }),
  ward: t.field({
    type: WardRef,
    nullable: true,
    description: 'One ward by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_r, { slug }, ctx) => ctx.store.snapshot.wards.find((w) => w.slug === slug) ?? null,
  }),
  pillars: t.field({
    type: [PillarRef],
    description: 'Pillars with their weights.',
    resolve: (_r, _a, ctx) => ctx.store.snapshot.pillars,
  }),
  indicators: t.field({
    type: [IndicatorRef],
    description: 'The indicator catalog, filtered.',
    args: { filter: t.arg({ type: IndicatorFilter, required: false }) },
    resolve: (_r, { filter }, ctx) => {
      const { indicators, targets } = ctx.store.snapshot;
      if (filter?.ward) wardArg(ctx, filter.ward);
      if (filter?.pillar) pillarArg(ctx, filter.pillar);
      const wardCodes = filter?.ward
        ? new Set(targets.filter((tg) => tg.ward === filter.ward).map((tg) => tg.indicator))
        : null;
      const needle = filter?.search ? fold(filter.search) : null;
      return indicators.filter(
        (i) =>
          (!filter?.pillar || i.pillar === filter.pillar) &&
          (filter?.cityFramework == null || i.cityFramework === filter.cityFramework) &&
          (!wardCodes || wardCodes.has(i.code)) &&
          (!needle || [i.code, i.nameVi, i.nameEn].some((s) => fold(s).includes(needle))),
      );
    },
  }),
  indicator: t.field({
    type: IndicatorRef,
    nullable: true,
    description: 'One indicator by code; null when there is none.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (_r, { code }, ctx) =>
      ctx.store.snapshot.indicators.find((i) => i.code === code) ?? null,
  }),
  targets: t.field({
    type: [TargetRef],
    description: 'Targets of all wards, filtered, each with its provenance.',
    args: { filter: t.arg({ type: TargetFilter, required: false }) },
    resolve: (_r, { filter }, ctx) => {
      if (filter?.ward) wardArg(ctx, filter.ward);
      if (filter?.indicator) indicatorArg(ctx, filter.indicator);
      if (filter?.pillar) pillarArg(ctx, filter.pillar);
      const pillarOf = new Map(ctx.store.snapshot.indicators.map((i) => [i.code, i.pillar]));
      return ctx.store.snapshot.targets.filter(
        (tg) =>
          (!filter?.ward || tg.ward === filter.ward) &&
          (!filter?.indicator || tg.indicator === filter.indicator) &&
          (filter?.year == null || tg.year === filter.year) &&
          (!filter?.pillar || pillarOf.get(tg.indicator) === filter.pillar) &&
          (filter?.qualitative == null || (tg.kind === 'qualitative') === filter.qualitative),
      );
    },
  }),
}));
