import { cleanPrintedText } from '@lotrinh/indicators';
import { builder } from '../builder.ts';
import { addDocument, storedLines } from '../services/documents.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../services/errors.ts';
import {
  ImportTargetsArgs,
  importTargets,
  type TargetImportResult,
} from '../services/import-targets.ts';
import { proposeTargets, type TargetProposal } from '../services/propose-targets.ts';
import { addTargets, withdrawTarget } from '../services/targets.ts';
import { createWard } from '../services/wards.ts';
import type {
  DocumentRecord,
  IndicatorRecord,
  TargetRecord,
  WardRecord,
} from '../store/snapshot.ts';
import * as In from '../validation/catalog-inputs.ts';
import { parseArgs, parseInput } from '../validation/issues.ts';
import { IndicatorRef, SourceDocumentRef, TargetRef, WardRef } from './catalog.ts';
import { ComparatorEnum, DirectionEnum, UnitEnum } from './enums.ts';
import './errors.ts';
import { ImportFormatEnum, ImportRowErrorRef } from './results.ts';

/**
 * Wards, documents and targets as data (city administrators): add a ward, upload a plan's
 * text, enter or accept targets citing its lines, withdraw a target. Reads for everyone:
 * a document's lines, a target's origin and withdrawal.
 */

const ERRORS = { types: [ValidationError, NotFoundError, ForbiddenError, ConflictError] };

const WardKindEnum = builder.enumType('WardKind', {
  description: 'Urban ward or commune. / Phường hay xã.',
  values: {
    PHUONG: { value: 'phuong', description: 'Phường (urban ward). / Phường.' },
    XA: { value: 'xa', description: 'Xã (commune). / Xã.' },
  } as const,
});

const DocumentKindEnum = builder.enumType('DocumentKind', {
  description: 'A plan or a report. / Kế hoạch hay báo cáo.',
  values: {
    PLAN: { value: 'plan', description: 'A plan (kế hoạch). / Kế hoạch.' },
    REPORT: { value: 'report', description: 'A report on results (báo cáo). / Báo cáo.' },
  } as const,
});

const TargetKindEnum = builder.enumType('TargetKind', {
  description: 'A figure, or a target in words only. / Chỉ tiêu định lượng hay định tính.',
  values: {
    QUANTITATIVE: {
      value: 'quantitative',
      description: 'A figure with a comparator. / Định lượng.',
    },
    QUALITATIVE: { value: 'qualitative', description: 'Stated in words only. / Định tính.' },
  } as const,
});

const CatalogOriginEnum = builder.enumType('CatalogOrigin', {
  description: 'Where a document or target came from. / Nguồn gốc dữ liệu danh mục.',
  values: {
    SEED: { value: 'seed', description: 'The built-in knowledge base. / Dữ liệu có sẵn.' },
    ENTERED: {
      value: 'entered',
      description: 'Entered by a city administrator. / Quản trị viên nhập.',
    },
    IMPORTED: { value: 'imported', description: 'Imported from a file. / Nhập từ tệp.' },
  } as const,
});

const IndicatorStatusEnum = builder.enumType('IndicatorStatus', {
  description: 'In the catalog, or proposed for review. / Trạng thái chỉ tiêu trong danh mục.',
  values: {
    ACTIVE: { value: 'active', description: 'In the catalog, scored. / Đang dùng.' },
    PROPOSED: {
      value: 'proposed',
      description:
        'Entered with a target as a new indicator; its targets are not scored until reviewed. / Đề xuất, chờ xem xét.',
    },
  } as const,
});

const ProposalKindEnum = builder.enumType('ProposalKind', {
  description: 'What the extractor read. / Loại đề xuất.',
  values: {
    TARGET: { value: 'target', description: 'A target with a figure. / Chỉ tiêu định lượng.' },
    QUALITATIVE: { value: 'qualitative', description: 'A target in words. / Chỉ tiêu định tính.' },
    ACTUAL: { value: 'actual', description: 'A reported result. / Kết quả đã báo cáo.' },
  } as const,
});

// Ward: the new catalog fields.
builder.objectFields(WardRef, (t) => ({
  lineage: t.string({
    nullable: true,
    description:
      'The pre-2025 units the ward was formed from, as text. / Các đơn vị hành chính trước năm 2025 hợp thành.',
    resolve: (w) => w.lineage ?? null,
  }),
  builtIn: t.boolean({
    description:
      'One of the five seeded wards (true) or added by a city administrator. / Phường, xã có sẵn (true) hay do quản trị viên thêm.',
    resolve: (w) => (w as WardRecord).builtIn ?? false,
  }),
}));

// Indicator: proposed ones await review.
builder.objectFields(IndicatorRef, (t) => ({
  status: t.field({
    type: IndicatorStatusEnum,
    description:
      'ACTIVE, or PROPOSED with a target for the city to review. / Đang dùng hay đang đề xuất.',
    resolve: (i) => (i as IndicatorRecord).status ?? 'active',
  }),
}));

// SourceDocument: its ward, origin and stored text.
builder.objectFields(SourceDocumentRef, (t) => ({
  line: t.exposeInt('line', {
    description:
      'Line where the number or date is printed (else the title). / Dòng ghi số hiệu hoặc ngày.',
  }),
  ward: t.field({
    type: WardRef,
    description: 'The ward that issued it. / Phường, xã ban hành.',
    resolve: (d, _a, ctx) => ctx.store.snapshot.wards.find((w) => w.slug === d.ward) as WardRecord,
  }),
  origin: t.field({
    type: CatalogOriginEnum,
    description: 'Seeded, or added by a city administrator. / Có sẵn hay do quản trị viên thêm.',
    resolve: (d) => (d as DocumentRecord).origin ?? 'seed',
  }),
  lineCount: t.int({
    nullable: true,
    description:
      'Lines of the stored text; null when no text is stored. / Số dòng của văn bản lưu trữ.',
    resolve: (d) => (d as DocumentRecord).lineCount ?? null,
  }),
  lines: t.stringList({
    description:
      'Lines from..to (1-based, inclusive; default the whole text) of the stored text, as uploaded. / Các dòng của văn bản.',
    args: { from: t.arg.int({ required: false }), to: t.arg.int({ required: false }) },
    resolve: async (d, args, ctx) => {
      const { from, to } = parseArgs(ctx, In.DocumentLinesArgs, args);
      const lines = await storedLines(ctx, d.id);
      if (!lines) return [];
      return lines.slice((from ?? 1) - 1, to ?? lines.length);
    },
  }),
  targets: t.field({
    type: [TargetRef],
    description:
      'Targets in force that cite this document. / Các chỉ tiêu đang áp dụng dẫn văn bản này.',
    resolve: (d, _a, ctx) =>
      [...ctx.store.snapshot.targets, ...ctx.store.snapshot.proposedTargets].filter(
        (tg) => tg.documentId === d.id,
      ),
  }),
}));

// Target: where it came from, and its withdrawal.
builder.objectFields(TargetRef, (t) => ({
  document: t.field({
    type: SourceDocumentRef,
    description: 'The document it is printed in. / Văn bản chứa chỉ tiêu.',
    resolve: (tg, _a, ctx) =>
      ctx.store.snapshot.documents.find(
        (d) => d.id === (tg as TargetRecord).documentId,
      ) as DocumentRecord,
  }),
  origin: t.field({
    type: CatalogOriginEnum,
    description: 'Seeded, entered or imported. / Có sẵn, nhập tay hay nhập từ tệp.',
    resolve: (tg) => (tg as TargetRecord).origin ?? 'seed',
  }),
  withdrawn: t.boolean({
    description:
      'Withdrawn: kept for its history, no longer scored. / Đã rút: vẫn lưu, không còn tính điểm.',
    resolve: (tg) => (tg as TargetRecord).withdrawal != null,
  }),
  withdrawnAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it was withdrawn. / Thời điểm rút.',
    resolve: (tg) => (tg as TargetRecord).withdrawal?.at ?? null,
  }),
  withdrawnBy: t.string({
    nullable: true,
    description:
      'Who withdrew it (shown to city administrators only). / Người rút (chỉ quản trị viên thấy).',
    resolve: async (tg, _a, ctx) => {
      const byId = (tg as TargetRecord).withdrawal?.byId;
      if (!byId || ctx.viewer?.role !== 'city_admin') return null;
      const user = await ctx.prisma.user.findUnique({ where: { id: byId } });
      return user ? `${user.name} <${user.email}>` : null;
    },
  }),
  withdrawReason: t.string({
    nullable: true,
    description: 'Why it was withdrawn. / Lý do rút.',
    resolve: (tg) => (tg as TargetRecord).withdrawal?.reason ?? null,
  }),
}));

const TargetProposalRef = builder.objectRef<TargetProposal>('TargetProposal').implement({
  description:
    'A target (or result) the extractor read in a document, for a person to accept, edit or reject. / Chỉ tiêu do máy đọc đề xuất.',
  fields: (t) => ({
    document: t.exposeID('documentId', { description: 'The document read. / Văn bản.' }),
    ward: t.exposeString('ward', { description: 'Its ward (slug). / Phường, xã.' }),
    indicatorCode: t.exposeString('indicatorCode', {
      nullable: true,
      description:
        'Catalog code, or null when no catalog indicator fits (a new indicator). / Mã chỉ tiêu trong danh mục, null nếu là chỉ tiêu mới.',
    }),
    matchScore: t.exposeFloat('indicatorScore', {
      description:
        'Similarity of the wording to the catalog indicator, 0–1. / Mức giống chỉ tiêu trong danh mục (0–1).',
    }),
    proposedName: t.exposeString('proposedIndicatorName', {
      nullable: true,
      description: 'For a new indicator: a name from the wording. / Tên đề xuất cho chỉ tiêu mới.',
    }),
    year: t.exposeInt('year', { description: 'Milestone year. / Năm mốc.' }),
    kind: t.field({
      type: ProposalKindEnum,
      description: 'Target, qualitative target or result. / Loại.',
      resolve: (p) => p.kind,
    }),
    comparator: t.field({
      type: ComparatorEnum,
      nullable: true,
      description: 'As the plan meant it. / Phép so sánh.',
      resolve: (p) => p.comparator,
    }),
    value: t.exposeFloat('value', { nullable: true, description: 'The figure. / Giá trị.' }),
    valueHigh: t.exposeFloat('valueHigh', {
      nullable: true,
      description: 'Upper bound of a range. / Cận trên của khoảng.',
    }),
    unit: t.field({
      type: UnitEnum,
      nullable: true,
      description: 'Unit read with the figure. / Đơn vị.',
      resolve: (p) => p.unit,
    }),
    recurring: t.boolean({
      description: 'Every year ("hằng năm"). / Lặp lại hằng năm.',
      resolve: (p) => p.recurring === 'annual',
    }),
    wording: t.exposeString('wording', {
      description: 'The ward’s wording of the indicator. / Cách ghi của phường.',
    }),
    leadUnit: t.exposeString('leadAgency', {
      nullable: true,
      description: 'Lead unit where printed. / Đơn vị chủ trì.',
    }),
    section: t.exposeString('section', { description: 'Section as printed. / Mục.' }),
    row: t.exposeString('row', { description: 'Row label as printed. / Dòng.' }),
    column: t.exposeString('column', {
      nullable: true,
      description: 'Column header for table cells. / Cột.',
    }),
    sourceLine: t.exposeInt('line', { description: 'First line (1-based). / Dòng đầu.' }),
    sourceLineEnd: t.exposeInt('lineEnd', { description: 'Last line. / Dòng cuối.' }),
    sourceText: t.exposeString('text', {
      description:
        'The text exactly as in the file: pass it to addTargets as sourceText. / Nội dung đúng như trong tệp.',
    }),
    display: t.string({
      description:
        'The same text as printed (math markup rendered, Symbol glyphs mapped). / Nội dung như bản in.',
      resolve: (p) => cleanPrintedText(p.text),
    }),
    confidence: t.exposeFloat('confidence', {
      description: 'How sure the extractor is, 0–1. / Độ tin cậy (0–1).',
    }),
    flags: t.exposeStringList('flags', {
      description:
        'Reasons to look closer, e.g. "qualitative", "weak-indicator-match". / Lý do cần xem kỹ.',
    }),
  }),
});

const WardInputRef = builder.inputType('WardInput', {
  description: 'A new ward or commune. / Phường, xã mới.',
  fields: (t) => ({
    slug: t.string({
      required: true,
      description:
        'URL-safe id: lower-case ASCII words joined by hyphens, e.g. "an-lao". / Mã không dấu, ví dụ "an-lao".',
    }),
    nameVi: t.string({
      required: true,
      description: 'Name with diacritics, e.g. "An Lão". / Tên có dấu.',
    }),
    nameEn: t.string({
      required: false,
      description:
        'English name (default: the name and "ward"/"commune"). / Tên tiếng Anh (mặc định: tên kèm "ward"/"commune").',
    }),
    kind: t.field({ type: WardKindEnum, required: true, description: 'Phường or xã. / Loại.' }),
    lineage: t.string({
      required: false,
      description:
        'The pre-2025 units it was formed from, as text. / Các đơn vị trước năm 2025 hợp thành.',
    }),
  }),
});

const DocumentInputRef = builder.inputType('DocumentInput', {
  description: 'A plan or report with its text. / Văn bản kèm nội dung.',
  fields: (t) => ({
    ward: t.string({ required: true, description: 'The ward’s slug. / Mã phường, xã.' }),
    kind: t.field({
      type: DocumentKindEnum,
      required: true,
      description: 'Plan or report. / Loại.',
    }),
    numberAsPrinted: t.string({
      required: true,
      description: 'Number as printed ("Số: 12/KH-UBND"; may be blank). / Số hiệu như bản in.',
    }),
    dateAsPrinted: t.string({
      required: true,
      description: 'Date as printed. / Ngày như bản in.',
    }),
    titleVi: t.string({ required: true, description: 'Title as printed. / Trích yếu.' }),
    titleEn: t.string({ required: false, description: 'Title in English. / Trích yếu tiếng Anh.' }),
    periodStart: t.int({ required: true, description: 'First year covered. / Năm đầu.' }),
    periodEnd: t.int({ required: true, description: 'Last year covered. / Năm cuối.' }),
    fileName: t.string({
      required: true,
      description: 'Name of the uploaded .txt file. / Tên tệp văn bản tải lên.',
    }),
    text: t.string({
      required: true,
      description:
        'The .txt content (UTF-8, at most 2 MB); targets cite its lines. / Nội dung tệp .txt (UTF-8, tối đa 2 MB).',
    }),
  }),
});

const ProposedIndicatorInputRef = builder.inputType('ProposedIndicatorInput', {
  description:
    'A new indicator proposed with a target, for the city to review. / Chỉ tiêu mới đề xuất.',
  fields: (t) => ({
    nameVi: t.string({ required: true, description: 'Name in Vietnamese. / Tên tiếng Việt.' }),
    nameEn: t.string({ required: false, description: 'Name in English. / Tên tiếng Anh.' }),
    unit: t.field({ type: UnitEnum, required: true, description: 'Unit. / Đơn vị.' }),
    direction: t.field({
      type: DirectionEnum,
      required: true,
      description: 'Which way is better. / Chiều tốt.',
    }),
    pillar: t.string({ required: true, description: 'Pillar code, e.g. "DG". / Mã trụ cột.' }),
  }),
});

const TargetInputRef = builder.inputType('TargetInput', {
  description:
    'A target as printed in a document, with its line. / Chỉ tiêu như bản in, kèm dòng trích dẫn.',
  fields: (t) => ({
    ward: t.string({ required: true, description: 'The ward’s slug. / Mã phường, xã.' }),
    document: t.id({ required: true, description: 'The document’s id. / Mã văn bản.' }),
    indicator: t.string({
      required: false,
      description: 'A catalog code (or give proposedIndicator). / Mã chỉ tiêu trong danh mục.',
    }),
    proposedIndicator: t.field({
      type: ProposedIndicatorInputRef,
      required: false,
      description: 'A new indicator, instead of a catalog code. / Chỉ tiêu mới thay cho mã.',
    }),
    year: t.int({ required: true, description: 'Milestone year. / Năm mốc.' }),
    kind: t.field({
      type: TargetKindEnum,
      required: true,
      description: 'Quantitative or qualitative. / Định lượng hay định tính.',
    }),
    comparator: t.field({
      type: ComparatorEnum,
      required: false,
      description: 'For a quantitative target. / Phép so sánh.',
    }),
    value: t.float({
      required: false,
      description: 'In the unit: percent 0–100, index 0–1. / Giá trị theo đơn vị.',
    }),
    valueHigh: t.float({ required: false, description: 'Upper bound of a range. / Cận trên.' }),
    unit: t.field({
      type: UnitEnum,
      required: false,
      description: 'Must be the indicator’s unit. / Đơn vị (phải trùng đơn vị chỉ tiêu).',
    }),
    leadAgency: t.string({ required: false, description: 'Lead unit. / Đơn vị chủ trì.' }),
    wording: t.string({
      required: true,
      description: 'The ward’s wording of the indicator. / Cách ghi của phường.',
    }),
    section: t.string({ required: true, description: 'Section as printed. / Mục, phụ lục.' }),
    row: t.string({ required: true, description: 'Row label as printed. / Số thứ tự dòng.' }),
    line: t.int({ required: true, description: 'Line of the text (1-based). / Dòng.' }),
    lineEnd: t.int({
      required: false,
      description: 'Last line when the text wraps. / Dòng cuối khi xuống dòng.',
    }),
    sourceText: t.string({
      required: true,
      description:
        'The text as printed; lines line..lineEnd must contain it (whitespace aside). / Nội dung như bản in; phải có ở các dòng đã dẫn.',
    }),
    recurring: t.boolean({
      required: false,
      description: 'Every year from `year` on. / Lặp lại hằng năm.',
    }),
  }),
});

const TargetImportResultRef = builder
  .objectRef<TargetImportResult>('TargetImportResult')
  .implement({
    description:
      'What a targets import did, or with dryRun would do. / Kết quả nhập chỉ tiêu (hoặc xem trước).',
    fields: (t) => ({
      dryRun: t.exposeBoolean('dryRun', {
        description: 'Nothing was written: a preview. / Chỉ xem trước, chưa ghi.',
      }),
      total: t.exposeInt('total', { description: 'Target rows in the file. / Số dòng chỉ tiêu.' }),
      created: t.exposeInt('created', {
        description:
          'Targets written (or that would be, with dryRun); 0 when any row has an error. / Số chỉ tiêu đã (hoặc sẽ) ghi.',
      }),
      errors: t.field({
        type: [ImportRowErrorRef],
        description:
          'Each row’s problems, with its row and column. / Lỗi của từng dòng, kèm dòng và cột.',
        resolve: (r) => r.errors,
      }),
    }),
  });

builder.queryFields((t) => ({
  document: t.field({
    type: SourceDocumentRef,
    nullable: true,
    description: 'One document by id; null when there is none. / Một văn bản theo mã.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) =>
      ctx.store.snapshot.documents.find((d) => d.id === String(args.id)) ?? null,
  }),
}));

builder.mutationFields((t) => ({
  createWard: t.field({
    type: WardRef,
    description:
      'Adds a ward or commune (city administrators). / Thêm phường, xã (quản trị viên thành phố).',
    errors: ERRORS,
    args: { input: t.arg({ type: WardInputRef, required: true }) },
    resolve: (_r, { input }, ctx) =>
      createWard(ctx, parseInput(ctx, In.WardInput, input, ['input'])),
  }),
  addDocument: t.field({
    type: SourceDocumentRef,
    description:
      'Adds a plan or report with its text (city administrators). / Thêm văn bản kèm nội dung.',
    errors: ERRORS,
    args: { input: t.arg({ type: DocumentInputRef, required: true }) },
    resolve: (_r, { input }, ctx) =>
      addDocument(ctx, parseInput(ctx, In.DocumentInput, input, ['input'])),
  }),
  addTargets: t.field({
    type: [TargetRef],
    description:
      'Adds targets citing a document’s lines (city administrators): all are checked, then all or none are written. / Thêm chỉ tiêu: tất cả hoặc không.',
    errors: ERRORS,
    args: { inputs: t.arg({ type: [TargetInputRef], required: true }) },
    // The answer has one target per input: count it once, not as a list times the inputs.
    complexity: (args) => ({ field: 1, multiplier: Math.max(1, args.inputs.length) }),
    resolve: (_r, { inputs }, ctx) => {
      parseInput(ctx, In.TargetInputs, inputs, ['inputs']);
      const parsed = inputs.map((input, i) =>
        parseInput(ctx, In.TargetInput, input, ['inputs', String(i)]),
      );
      return addTargets(ctx, parsed);
    },
  }),
  withdrawTarget: t.field({
    type: TargetRef,
    description:
      'Withdraws a target: kept with who, when and why, no longer scored (city administrators). / Rút chỉ tiêu (vẫn lưu lịch sử).',
    errors: ERRORS,
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => {
      const { id, reason } = parseInput(ctx, In.WithdrawTargetArgs, {
        id: String(args.id),
        reason: args.reason,
      });
      return withdrawTarget(ctx, id, reason);
    },
  }),
  importTargets: t.field({
    type: TargetImportResultRef,
    description:
      'Imports a ward’s targets from a CSV or XLSX file (base64) in the template’s columns; dryRun previews; all or nothing (city administrators). / Nhập chỉ tiêu từ tệp: xem trước, rồi ghi tất cả hoặc không.',
    errors: ERRORS,
    args: {
      ward: t.arg.string({ required: true }),
      document: t.arg.id({ required: true }),
      fileName: t.arg.string({ required: true }),
      format: t.arg({ type: ImportFormatEnum, required: true }),
      contentBase64: t.arg.string({ required: true }),
      dryRun: t.arg.boolean({ required: true }),
    },
    resolve: (_r, args, ctx) => {
      const parsed = parseInput(ctx, ImportTargetsArgs, {
        ...args,
        document: String(args.document),
      });
      return importTargets(ctx, { ...parsed, format: args.format });
    },
  }),
  proposeTargets: t.field({
    type: [TargetProposalRef],
    description:
      'Reads a document’s stored text and proposes its targets, each with its line (city administrators; writes nothing). / Máy đọc văn bản và đề xuất chỉ tiêu (không ghi gì).',
    errors: ERRORS,
    args: { document: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => {
      const { document } = parseInput(ctx, In.ProposeTargetsArgs, {
        document: String(args.document),
      });
      return proposeTargets(ctx, document);
    },
  }),
}));
