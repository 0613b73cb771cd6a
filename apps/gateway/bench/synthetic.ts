// Deterministic synthetic wards for the scale figures: each new unit resamples the real seed
// catalog (a real ward's whole target set, so the number of targets per unit, the mix of
// indicators, years, comparators and units follow the five wards' plans), with values jittered
// within their unit's range, and five years of annual results drawn around the targets. A fixed
// seed makes every run write the same rows. Written with the schema package's own writers
// (Prisma for the catalog rows, `recordObservations` for results), in batches.
import {
  type ObservationInput,
  type Prisma,
  type PrismaClient,
  recordObservations,
} from '@lotrinh/schema';

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UPPER: Record<string, number> = { percent: 100, index: 1 };
const clampTo = (unit: string | null, v: number) =>
  Math.max(0, Math.min(UPPER[unit ?? ''] ?? Number.POSITIVE_INFINITY, v));
const round = (v: number) => Math.round(v * 1000) / 1000;

export interface SyntheticOptions {
  /** How many units to add. */
  count: number;
  seed?: number;
  /** Years of annual results per unit (default 2021–2025). */
  resultYears?: readonly number[];
  /** Units per write transaction (default 25). */
  batch?: number;
}

/** Adds `count` synthetic units; returns their slugs. Same seed, same rows. */
export async function addSyntheticUnits(
  prisma: PrismaClient,
  options: SyntheticOptions,
): Promise<{ slugs: string[]; targets: number; results: number }> {
  const random = prng(options.seed ?? 57);
  const years = options.resultYears ?? [2021, 2022, 2023, 2024, 2025];
  const [wards, documents, targets, indicators] = await Promise.all([
    prisma.ward.findMany({ orderBy: { slug: 'asc' } }),
    prisma.sourceDocument.findMany({ orderBy: { id: 'asc' } }),
    prisma.target.findMany({ orderBy: { id: 'asc' } }),
    prisma.indicator.findMany(),
  ]);
  const real = wards.filter((w) => !w.slug.startsWith('syn-'));
  const unitOf = new Map(indicators.map((i) => [i.code, i.unit]));
  const existing = wards.length - real.length;
  const slugs: string[] = [];
  let targetCount = 0;
  let resultCount = 0;
  const batch = options.batch ?? 25;

  for (let start = 0; start < options.count; start += batch) {
    const wardRows: Prisma.WardCreateManyInput[] = [];
    const documentRows: Prisma.SourceDocumentCreateManyInput[] = [];
    const targetRows: Prisma.TargetCreateManyInput[] = [];
    const results: ObservationInput[] = [];
    for (let k = start; k < Math.min(options.count, start + batch); k++) {
      const n = existing + k + 1;
      const template = real[Math.floor(random() * real.length)] ?? real[0];
      if (!template) throw new Error('the seed wards are missing: seed the database first');
      const slug = `syn-${String(n).padStart(4, '0')}`;
      slugs.push(slug);
      const kind = random() < 0.7 ? template.kind : template.kind === 'phuong' ? 'xa' : 'phuong';
      wardRows.push({
        slug,
        nameVi: `${kind === 'phuong' ? 'Phường' : 'Xã'} Tổng hợp ${n}`,
        nameEn: `Synthetic ${kind === 'phuong' ? 'ward' : 'commune'} ${n}`,
        kind,
      });
      const docIds = new Map<string, string>();
      for (const d of documents.filter((doc) => doc.wardSlug === template.slug)) {
        const id = `${slug}/${d.id}`;
        docIds.set(d.id, id);
        documentRows.push({ ...d, id, wardSlug: slug, file: `${slug}-${d.file}` });
      }
      const scale = 0.85 + random() * 0.3; // one unit aims a little higher or lower overall
      const indicatorTargets = new Map<string, number>();
      for (const t of targets.filter((x) => x.wardSlug === template.slug)) {
        const jitter = (v: unknown) =>
          v === null ? null : round(clampTo(t.unit, Number(String(v)) * scale));
        const value = jitter(t.value);
        const valueHigh = jitter(t.valueHigh);
        targetRows.push({
          ...t,
          id: `${slug}/${t.id}`,
          wardSlug: slug,
          documentId: docIds.get(t.documentId) ?? t.documentId,
          value,
          valueHigh: valueHigh !== null && value !== null ? Math.max(value, valueHigh) : valueHigh,
        });
        if (value !== null && !indicatorTargets.has(t.indicatorCode))
          indicatorTargets.set(t.indicatorCode, value);
      }
      for (const [indicator, target] of indicatorTargets) {
        const unit = unitOf.get(indicator);
        // Some indicators go unreported some years, as in the real wards.
        for (const [i, year] of years.entries()) {
          if (random() < 0.15) continue;
          if (unit === 'boolean') {
            results.push({ ward: slug, indicator, year, met: random() < 0.4 + 0.1 * i });
            continue;
          }
          const progress = 0.55 + 0.1 * i + (random() - 0.5) * 0.2;
          results.push({
            ward: slug,
            indicator,
            year,
            value: round(clampTo(unit ?? null, target * progress)),
          });
        }
      }
    }
    await prisma.$transaction(async (tx) => {
      await tx.ward.createMany({ data: wardRows });
      await tx.sourceDocument.createMany({ data: documentRows });
      await tx.target.createMany({ data: targetRows });
    });
    await recordObservations(prisma, results, { source: 'import' });
    targetCount += targetRows.length;
    resultCount += results.length;
  }
  return { slugs, targets: targetCount, results: resultCount };
}
