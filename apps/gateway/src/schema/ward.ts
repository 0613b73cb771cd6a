import { builder } from '../builder.ts';

interface SourceDocumentRow {
  id: string;
  file: string;
  kind: string;
  numberAsPrinted: string;
  dateAsPrinted: string;
  titleVi: string;
  titleEn: string;
  periodStart: number;
  periodEnd: number;
}

interface WardRow {
  slug: string;
  nameVi: string;
  nameEn: string;
  kind: 'phuong' | 'xa';
  documents: SourceDocumentRow[];
  _count: { targets: number; tasks: number };
}

const KIND_AS_PRINTED = { phuong: 'phường', xa: 'xã' } as const;

export const SourceDocumentRef = builder.objectRef<SourceDocumentRow>('SourceDocument').implement({
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
      description:
        'Title in the request language (Accept-Language). / Tiêu đề theo ngôn ngữ yêu cầu.',
      resolve: (d, _args, ctx) => (ctx.lang === 'en' ? d.titleEn : d.titleVi),
    }),
    periodStart: t.exposeInt('periodStart', { description: 'First year the document covers.' }),
    periodEnd: t.exposeInt('periodEnd', { description: 'Last year the document covers.' }),
  }),
});

export const WardRef = builder.objectRef<WardRow>('Ward').implement({
  description:
    'A ward (phường) or commune (xã) of Hải Phòng with a Resolution 57 plan. / Phường, xã.',
  fields: (t) => ({
    slug: t.exposeID('slug', { description: 'URL-safe id, e.g. "chu-van-an".' }),
    nameVi: t.exposeString('nameVi', { description: 'Name with diacritics, e.g. "Chu Văn An".' }),
    nameEn: t.exposeString('nameEn', {
      description: 'Name without diacritics, e.g. "Chu Van An".',
    }),
    name: t.string({
      description: 'Name in the request language. / Tên theo ngôn ngữ yêu cầu.',
      resolve: (w, _args, ctx) => (ctx.lang === 'en' ? w.nameEn : w.nameVi),
    }),
    kind: t.string({
      description: '"phường" (urban ward) or "xã" (commune), as printed.',
      resolve: (w) => KIND_AS_PRINTED[w.kind],
    }),
    documents: t.field({
      type: [SourceDocumentRef],
      description: 'Documents the ward issued. / Văn bản của phường, xã.',
      resolve: (w) => w.documents,
    }),
    targetCount: t.int({
      description: 'Number of targets (quantitative and qualitative) in its documents.',
      resolve: (w) => w._count.targets,
    }),
    taskCount: t.int({
      description: 'Number of assigned tasks in its documents.',
      resolve: (w) => w._count.tasks,
    }),
  }),
});

/** Wards in the order of their seed files, as the documents table lists them. */
builder.queryField('wards', (t) =>
  t.field({
    type: [WardRef],
    description:
      'The five wards and communes, in the order of their source files. / Năm phường, xã.',
    resolve: async (_root, _args, { prisma }) => {
      const wards = await prisma.ward.findMany({
        include: {
          documents: { orderBy: { file: 'asc' } },
          _count: { select: { targets: true, tasks: true } },
        },
      });
      const firstFile = (w: WardRow) => w.documents[0]?.file ?? '';
      return wards.sort((a, b) => firstFile(a).localeCompare(firstFile(b)));
    },
  }),
);
