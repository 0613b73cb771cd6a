import { catalogComparator, extractTargets, type Proposal } from '@lotrinh/extract';
import type { Comparator } from '@lotrinh/indicators';
import type { Context } from '../context.ts';
import { say } from './bilingual.ts';
import { requireCityAdmin } from './city-admin.ts';
import { NotFoundError, ValidationError } from './errors.ts';

/** One proposal as the API gives it: the extractor's fields, comparator in the catalog's terms. */
export type TargetProposal = Omit<Proposal, 'comparator'> & {
  comparator: Comparator | null;
  documentId: string;
  ward: string;
};

/**
 * Runs the extractor (`@lotrinh/extract`) on a document's stored text against the catalog's
 * indicators in use, for a city administrator to review. Writes nothing: accepted proposals
 * are saved with addTargets, checked like hand-entered targets.
 */
export async function proposeTargets(ctx: Context, documentId: string): Promise<TargetProposal[]> {
  requireCityAdmin(ctx);
  const document = ctx.store.snapshot.documents.find((d) => d.id === documentId);
  if (!document) throw new NotFoundError('SourceDocument', documentId);
  const row = await ctx.prisma.sourceDocument.findUnique({
    where: { id: documentId },
    select: { text: true },
  });
  if (!row?.text)
    throw new ValidationError(
      say(ctx.lang, {
        vi: 'Văn bản chưa có nội dung lưu trữ: không có gì để đọc.',
        en: 'The document has no stored text: there is nothing to read.',
      }),
      [
        {
          path: ['document'],
          message: say(ctx.lang, { vi: 'Không có nội dung.', en: 'No text.' }),
        },
      ],
    );
  const catalog = ctx.store.snapshot.indicators.filter((i) => i.status === 'active');
  return extractTargets(row.text, { catalog }).map((p) => ({
    ...p,
    comparator: p.comparator ? catalogComparator(p.comparator) : null,
    documentId,
    ward: document.ward,
  }));
}
