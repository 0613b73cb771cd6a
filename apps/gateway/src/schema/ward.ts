import {
  DOCUMENTS,
  type SourceDocument,
  TARGETS,
  TASKS,
  WARDS,
  type Ward,
} from '@lotrinh/indicators';
import { builder } from '../builder.ts';

export const SourceDocumentRef = builder.objectRef<SourceDocument>('SourceDocument').implement({
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

export const WardRef = builder.objectRef<Ward>('Ward').implement({
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
    kind: t.exposeString('kind', { description: '"phường" (urban ward) or "xã" (commune).' }),
    documents: t.field({
      type: [SourceDocumentRef],
      description: 'Documents the ward issued. / Văn bản của phường, xã.',
      resolve: (w) => DOCUMENTS.filter((d) => d.ward === w.slug),
    }),
    targetCount: t.int({
      description: 'Number of targets (quantitative and qualitative) in its documents.',
      resolve: (w) => TARGETS.filter((target) => target.ward === w.slug).length,
    }),
    taskCount: t.int({
      description: 'Number of assigned tasks in its documents.',
      resolve: (w) => TASKS.filter((task) => task.ward === w.slug).length,
    }),
  }),
});

builder.queryField('wards', (t) =>
  t.field({
    type: [WardRef],
    description: 'The five wards and communes, in the order of their seed files. / Năm phường, xã.',
    resolve: () => [...WARDS],
  }),
);
