import type { WardSlug } from '@lotrinh/indicators';
import type { Context } from '../context.ts';
import type { WardRecord } from '../store/snapshot.ts';
import type { WardInput } from '../validation/catalog-inputs.ts';
import { writeAudit } from './audit.ts';
import { say } from './bilingual.ts';
import { isUniqueViolation } from './catalog-write-errors.ts';
import { requireCityAdmin } from './city-admin.ts';
import { ConflictError } from './errors.ts';

const KIND_EN = { phuong: 'ward', xa: 'commune' } as const;

/**
 * Adds a ward or commune (city administrators). It appears at once in `wards`, the overview,
 * rankings and comparisons, with no targets until a document and its targets are added.
 */
export async function createWard(ctx: Context, input: WardInput): Promise<WardRecord> {
  requireCityAdmin(ctx);
  const taken = () =>
    new ConflictError(
      say(ctx.lang, {
        vi: `Đã có phường, xã mã "${input.slug}".`,
        en: `A ward with the slug "${input.slug}" already exists.`,
      }),
    );
  if (ctx.store.hasWard(input.slug)) throw taken();
  const data = {
    slug: input.slug,
    nameVi: input.nameVi,
    // Proper nouns keep their diacritics in English ("Chu Văn An ward").
    nameEn: input.nameEn ?? `${input.nameVi} ${KIND_EN[input.kind]}`,
    kind: input.kind,
    lineage: input.lineage || null,
    builtIn: false,
  };
  try {
    await ctx.prisma.$transaction(async (tx) => {
      const ward = await tx.ward.create({ data });
      await writeAudit(tx, ctx, {
        action: 'createWard',
        entityType: 'Ward',
        entityId: ward.slug,
        ward: ward.slug,
        after: data,
      });
    });
  } catch (error) {
    // Another administrator (or gateway) added the same slug a moment ago.
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
  await ctx.store.reloadCatalog([input.slug as WardSlug]);
  return ctx.store.snapshot.wards.find((w) => w.slug === input.slug) as WardRecord;
}
