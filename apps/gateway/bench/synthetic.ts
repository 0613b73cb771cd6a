// Deterministic synthetic wards for the scale figures: each new unit resamples the real seed
// catalog (a real ward's whole target set, so the number of targets per unit, the mix of
// indicators, years, comparators and units follow the five wards' plans), with values jittered
// within their unit's range, and five years of annual results drawn around the targets. A fixed
// seed makes every run write the same rows.
//
// They go through the same data path as real wards: the gateway's services, as a city
// administrator — `createWard`, `addDocument` (the template's text, so every target's citation
// is checked against it), `addTargets` (at most the API's 200 per call), and `importObservations`
// (a CSV file, as a ward would upload one) — with each input parsed by the API's own zod schemas.
import type { WardSlug } from '@lotrinh/indicators';
import type { Database } from '@lotrinh/schema';
import { noSessionCookies } from '../src/auth/session-cookie.ts';
import { SignInThrottle } from '../src/auth/sign-in-throttle.ts';
import type { Context } from '../src/context.ts';
import { addDocument } from '../src/services/documents.ts';
import { importObservations } from '../src/services/import-observations.ts';
import { addTargets } from '../src/services/targets.ts';
import { createWard } from '../src/services/wards.ts';
import { Store } from '../src/store/store.ts';
import {
  DocumentInput,
  MAX_TARGETS_PER_CALL,
  TargetInput,
  WardInput,
} from '../src/validation/catalog-inputs.ts';

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
/** A result as a ward reports it: counts are whole numbers (the import checks it). */
const reported = (unit: string | undefined, v: number) =>
  unit === 'count' || unit === 'countPerYear' ? Math.round(v) : round(v);
/** A CSV cell with a decimal comma (a dot followed by three digits reads as thousands). */
const cell = (v: number) => `"${String(v).replace('.', ',')}"`;

export interface SyntheticOptions {
  /** How many units to add. */
  count: number;
  seed?: number;
  /** Years of annual results per unit (default 2021–2025). */
  resultYears?: readonly number[];
  /** Most result rows per imported CSV file (default and most: 5,000, an import's limit). */
  rowsPerImport?: number;
}

/**
 * A city administrator's context on `db` with a store of its own (the services keep it
 * current as they write), as a request to the gateway would have.
 */
async function adminContext(db: Database): Promise<Context> {
  const user = await db.prisma.user.upsert({
    where: { email: 'synthetic@haiphong.gov.vn' },
    update: {},
    create: {
      email: 'synthetic@haiphong.gov.vn',
      name: 'Dữ liệu tổng hợp',
      role: 'city_admin',
      passwordHash: 'x',
    },
  });
  return {
    lang: 'vi',
    prisma: db.prisma,
    db,
    store: await Store.load(db.prisma),
    viewer: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: 'city_admin',
      wards: [],
      tokenId: 'synthetic',
      mustChangePassword: false,
    },
    clientAddress: '127.0.0.1',
    signInThrottle: new SignInThrottle(),
    session: noSessionCookies,
  };
}

/** Adds `count` synthetic units through the services; returns their slugs. Same seed, same rows. */
export async function addSyntheticUnits(
  db: Database,
  options: SyntheticOptions,
): Promise<{ slugs: string[]; targets: number; results: number }> {
  const random = prng(options.seed ?? 57);
  const years = options.resultYears ?? [2021, 2022, 2023, 2024, 2025];
  const rowsPerImport = options.rowsPerImport ?? 5_000;
  const ctx = await adminContext(db);
  const { snapshot } = ctx.store;
  const real = snapshot.wards.filter((w) => w.builtIn);
  const existing = snapshot.wards.length - real.length;
  const unitOf = new Map(snapshot.indicators.map((i) => [i.code, i.unit]));
  // The templates: each real ward's documents (with their texts) and targets in force.
  const texts = new Map(
    (
      await db.prisma.sourceDocument.findMany({
        where: { wardSlug: { in: real.map((w) => w.slug) } },
        select: { id: true, text: true },
      })
    ).map((d) => [d.id, d.text]),
  );
  const documentsOf = (ward: string) => snapshot.documents.filter((d) => d.ward === ward);
  const templates = new Map(
    real.map((w) => [
      w.slug,
      {
        ward: w,
        documents: documentsOf(w.slug).filter((d) => texts.get(d.id)),
        targets: snapshot.targets.filter((t) => t.ward === w.slug && texts.get(t.documentId)),
      },
    ]),
  );

  const slugs: string[] = [];
  let targetCount = 0;
  let resultCount = 0;
  let csv: string[] = [];
  const flush = async () => {
    if (csv.length === 0) return;
    const file = `ward,indicator,year,value,met\n${csv.join('\n')}\n`;
    const job = await importObservations(ctx, {
      fileName: `synthetic-${resultCount}.csv`,
      format: 'csv',
      contentBase64: Buffer.from(file).toString('base64'),
    });
    if (job.status !== 'succeeded')
      throw new Error(`a synthetic import failed: ${JSON.stringify(job.errors).slice(0, 400)}`);
    resultCount += csv.length;
    csv = [];
  };

  for (let k = 0; k < options.count; k++) {
    const n = existing + k + 1;
    const template = templates.get(real[Math.floor(random() * real.length)]?.slug ?? '');
    if (!template) throw new Error('the seed wards are missing: seed the database first');
    const slug = `syn-${String(n).padStart(4, '0')}` as WardSlug;
    slugs.push(slug);
    const kind =
      random() < 0.7 ? template.ward.kind : template.ward.kind === 'phường' ? 'xã' : 'phường';
    await createWard(
      ctx,
      WardInput.parse({
        slug,
        nameVi: `${kind === 'phường' ? 'Phường' : 'Xã'} Tổng hợp ${n}`,
        nameEn: `Synthetic ${kind === 'phường' ? 'ward' : 'commune'} ${n}`,
        kind: kind === 'phường' ? 'phuong' : 'xa',
      }),
    );
    const documentIds = new Map<string, string>();
    for (const d of template.documents) {
      const added = await addDocument(
        ctx,
        DocumentInput.parse({
          ward: slug,
          kind: d.kind,
          numberAsPrinted: d.numberAsPrinted,
          dateAsPrinted: d.dateAsPrinted,
          titleVi: d.titleVi,
          titleEn: d.titleEn,
          periodStart: d.periodStart,
          periodEnd: d.periodEnd,
          fileName: `${slug}-${d.file}`,
          text: texts.get(d.id),
        }),
      );
      documentIds.set(d.id, added.id);
    }
    const scale = 0.85 + random() * 0.3; // one unit aims a little higher or lower overall
    const indicatorTargets = new Map<string, number>();
    const inputs: TargetInput[] = [];
    for (const t of template.targets) {
      const quantitative = t.kind === 'target';
      const jitter = (v: number | undefined) =>
        v === undefined ? null : round(clampTo(t.kind === 'target' ? t.unit : null, v * scale));
      const value = quantitative ? jitter(t.value) : null;
      const high = quantitative ? jitter(t.valueHigh) : null;
      inputs.push(
        TargetInput.parse({
          ward: slug,
          document: documentIds.get(t.documentId),
          indicator: t.indicator,
          year: t.year,
          kind: quantitative ? 'quantitative' : 'qualitative',
          comparator: quantitative ? t.comparator : null,
          value,
          valueHigh: high !== null && value !== null ? Math.max(value, high) : high,
          unit: quantitative ? t.unit : null,
          leadAgency: t.leadAgency ?? null,
          wording: t.wording,
          section: t.provenance.section,
          row: t.provenance.row,
          line: t.provenance.line,
          lineEnd: t.provenance.lineEnd ?? null,
          sourceText: t.provenance.text,
          recurring: t.recurring === 'annual',
        }),
      );
      if (value !== null && !indicatorTargets.has(t.indicator))
        indicatorTargets.set(t.indicator, value);
    }
    for (let i = 0; i < inputs.length; i += MAX_TARGETS_PER_CALL)
      await addTargets(ctx, inputs.slice(i, i + MAX_TARGETS_PER_CALL));
    targetCount += inputs.length;

    const rows: string[] = [];
    for (const [indicator, target] of indicatorTargets) {
      const unit = unitOf.get(indicator);
      // Some indicators go unreported some years, as in the real wards.
      for (const [i, year] of years.entries()) {
        if (random() < 0.15) continue;
        if (unit === 'boolean') {
          rows.push(`${slug},${indicator},${year},,${random() < 0.4 + 0.1 * i ? 'có' : 'không'}`);
          continue;
        }
        const progress = 0.55 + 0.1 * i + (random() - 0.5) * 0.2;
        rows.push(
          `${slug},${indicator},${year},${cell(reported(unit, clampTo(unit ?? null, target * progress)))},`,
        );
      }
    }
    if (csv.length + rows.length > rowsPerImport) await flush();
    csv.push(...rows);
  }
  await flush();
  return { slugs, targets: targetCount, results: resultCount };
}
