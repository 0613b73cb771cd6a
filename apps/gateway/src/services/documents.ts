import { documentLines, type WardSlug } from '@lotrinh/indicators';
import type { Context } from '../context.ts';
import type { DocumentRecord } from '../store/snapshot.ts';
import type { DocumentInput } from '../validation/catalog-inputs.ts';
import { writeAudit } from './audit.ts';
import { say } from './bilingual.ts';
import { isUniqueViolation } from './catalog-write-errors.ts';
import { requireCityAdmin } from './city-admin.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';

/** The line where a document prints its number or date (else its first non-blank line). */
function headerLine(lines: readonly string[], input: DocumentInput): number {
  const needles = [input.numberAsPrinted, input.dateAsPrinted].filter((s) => s.length >= 4);
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const needle of needles) {
    const at = lines.findIndex((l) => squash(l).includes(squash(needle)));
    if (at >= 0) return at + 1;
  }
  const first = lines.findIndex((l) => l.trim().length > 0);
  return first >= 0 ? first + 1 : 1;
}

/**
 * Adds a plan or report of a ward with its text (city administrators). Targets then cite its
 * lines, and each citation is checked against this text. Its id is "<ward>-<kind>-<first year>"
 * (with "-2", "-3"… when taken), like the seeded documents'.
 */
export async function addDocument(ctx: Context, input: DocumentInput): Promise<DocumentRecord> {
  requireCityAdmin(ctx);
  if (!ctx.store.hasWard(input.ward))
    throw new ValidationError(
      say(ctx.lang, {
        vi: `Không có phường, xã "${input.ward}".`,
        en: `Unknown ward "${input.ward}".`,
      }),
      [
        {
          path: ['input', 'ward'],
          message: say(ctx.lang, { vi: 'Không có phường, xã này.', en: 'No such ward.' }),
        },
      ],
    );
  const sameFile = () =>
    new ConflictError(
      say(ctx.lang, {
        vi: `Phường, xã này đã có văn bản tên tệp "${input.fileName}"; hãy đổi tên tệp.`,
        en: `This ward already has a document with the file name "${input.fileName}"; rename the file.`,
      }),
    );
  const documents = ctx.store.snapshot.documents;
  if (documents.some((d) => d.ward === input.ward && d.file === input.fileName)) throw sameFile();
  // A UTF-8 byte-order mark is not part of the first line's text.
  const text = input.text.replace(/^\uFEFF/, '');
  const base = `${input.ward}-${input.kind}-${input.periodStart}`;
  let id = base;
  for (let n = 2; documents.some((d) => d.id === id); n++) id = `${base}-${n}`;
  const data = {
    id,
    wardSlug: input.ward,
    file: input.fileName,
    kind: input.kind,
    numberAsPrinted: input.numberAsPrinted,
    dateAsPrinted: input.dateAsPrinted,
    titleVi: input.titleVi,
    titleEn: input.titleEn ?? input.titleVi,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    line: headerLine(documentLines(text), input),
    origin: 'entered' as const,
  };
  try {
    await ctx.prisma.$transaction(async (tx) => {
      await tx.sourceDocument.create({ data: { ...data, text } });
      await writeAudit(tx, ctx, {
        action: 'addDocument',
        entityType: 'SourceDocument',
        entityId: id,
        ward: input.ward,
        // The text itself is stored with the document; the audit keeps its size.
        after: { ...data, textBytes: Buffer.byteLength(text, 'utf8') },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw sameFile();
    throw error;
  }
  await ctx.store.reloadCatalog([input.ward as WardSlug]);
  return ctx.store.snapshot.documents.find((d) => d.id === id) as DocumentRecord;
}

/** Recently read texts per database (the review page reads one document many times). */
const TEXT_CACHE_SIZE = 8;
const textCaches = new WeakMap<object, Map<string, string[] | null>>();

/** A document's stored text as lines (null when none is stored); NotFoundError when unknown. */
export async function storedLines(
  ctx: Pick<Context, 'prisma' | 'store'>,
  id: string,
): Promise<string[] | null> {
  let textCache = textCaches.get(ctx.prisma);
  if (!textCache) {
    textCache = new Map();
    textCaches.set(ctx.prisma, textCache);
  }
  const cached = textCache.get(id);
  if (cached !== undefined) return cached;
  const row = await ctx.prisma.sourceDocument.findUnique({ where: { id }, select: { text: true } });
  if (!row) throw new NotFoundError('SourceDocument', id);
  const lines = row.text === null ? null : documentLines(row.text);
  // Texts never change once stored; a document added later is a new id.
  textCache.set(id, lines);
  if (textCache.size > TEXT_CACHE_SIZE) textCache.delete(textCache.keys().next().value as string);
  return lines;
}
