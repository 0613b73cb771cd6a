import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACTUALS,
  type Actual,
  DOCUMENTS,
  INDICATORS,
  type Indicator,
  normaliseDue,
  PILLARS,
  type Pillar,
  type SourceDocument,
  TARGETS,
  TASKS,
  type Target,
  type Task,
  WARDS,
  type Ward,
} from '@lotrinh/indicators';
import type { Prisma, PrismaClient } from './generated/prisma/client.ts';

/** What the seed writes: by default the knowledge base of `@lotrinh/indicators`. */
export interface KnowledgeBase {
  wards: readonly Ward[];
  documents: readonly SourceDocument[];
  pillars: readonly Pillar[];
  indicators: readonly Indicator[];
  targets: readonly Target[];
  actuals: readonly Actual[];
  tasks: readonly Task[];
}

export const KNOWLEDGE_BASE: KnowledgeBase = {
  wards: WARDS,
  documents: DOCUMENTS,
  pillars: PILLARS,
  indicators: INDICATORS,
  targets: TARGETS,
  actuals: ACTUALS,
  tasks: TASKS,
};

/**
 * Where the seed documents' texts are (`LOTRINH_SEEDS_DIR`, else `../shared/seeds` beside the
 * checkout, as the README describes). Stored with each seeded document, so the provenance
 * rule is checked the same way for the seeds as for uploaded plans.
 */
export const DEFAULT_SEEDS_DIR =
  process.env.LOTRINH_SEEDS_DIR ??
  fileURLToPath(new URL('../../../../shared/seeds', import.meta.url));

/**
 * The texts of the knowledge base's documents, by file name, read from `dir`. A file that is not
 * there is left out (its document keeps whatever text it had, or none): the product still
 * starts where the seeds are not deployed, and says so.
 */
export function readSeedTexts(
  documents: readonly Pick<SourceDocument, 'file'>[],
  dir: string = DEFAULT_SEEDS_DIR,
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { file } of documents) {
    const path = join(dir, file);
    if (existsSync(path)) texts.set(file, readFileSync(path, 'utf8'));
  }
  return texts;
}

export interface SeedOptions {
  /** The documents' texts by file name (default: read from DEFAULT_SEEDS_DIR). */
  texts?: ReadonlyMap<string, string>;
}

export interface SeedResult {
  /** Seed documents stored with their text (the others' texts were not found). */
  documentTexts: number;
  targets: number;
  tasks: number;
  observationsCreated: number;
  observationsKept: number;
}

type Tx = Prisma.TransactionClient;

/** Advisory lock key held by the seed transaction ("lotseed"). */
const SEED_LOCK_KEY = 0x6c6f7473656564;

const WARD_KIND = { phường: 'phuong', xã: 'xa' } as const;

/**
 * Writes the knowledge base (the built-in wards). Idempotent (running it twice equals once);
 * after a catalog change it updates rows in place rather than adding duplicates and removes
 * seeded targets and aliases that left the catalog. It never touches what users did: wards,
 * documents and targets an administrator added stay, task statuses are kept, and a result a
 * user recorded or corrected is left alone (a changed seeded result becomes a new version).
 * All in one transaction.
 */
export async function seedDatabase(
  prisma: PrismaClient,
  kb: KnowledgeBase = KNOWLEDGE_BASE,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const texts = options.texts ?? readSeedTexts(kb.documents);
  return prisma.$transaction(
    async (tx) => {
      // Two processes starting together seed one after the other, not in a race of upserts.
      await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock($1)', SEED_LOCK_KEY);
      await seedCatalog(tx, kb, texts);
      await seedTargets(tx, kb);
      await seedTasks(tx, kb);
      const observations = await seedObservations(tx, kb);
      return {
        documentTexts: kb.documents.filter((d) => texts.has(d.file)).length,
        targets: kb.targets.length,
        tasks: kb.tasks.length,
        ...observations,
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function seedCatalog(tx: Tx, kb: KnowledgeBase, texts: ReadonlyMap<string, string>) {
  for (const w of kb.wards) {
    const data = {
      nameVi: w.nameVi,
      nameEn: w.nameEn,
      kind: WARD_KIND[w.kind],
      lineage: w.lineage ?? null,
      builtIn: true,
    };
    await tx.ward.upsert({
      where: { slug: w.slug },
      create: { slug: w.slug, ...data },
      update: data,
    });
  }
  for (const d of kb.documents) {
    const { id, ward, ...rest } = d;
    const text = texts.get(d.file);
    const data = { ...rest, wardSlug: ward, origin: 'seed' as const, ...(text ? { text } : {}) };
    await tx.sourceDocument.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
  for (const p of kb.pillars) {
    const { code, ...data } = p;
    await tx.pillar.upsert({ where: { code }, create: { code, ...data }, update: data });
  }
  for (const i of kb.indicators) {
    const { code, pillar, ...rest } = i;
    const data = { ...rest, pillarCode: pillar };
    await tx.indicator.upsert({ where: { code }, create: { code, ...data }, update: data });
  }
}

async function seedTargets(tx: Tx, kb: KnowledgeBase) {
  const documentOf = new Map(kb.documents.map((d) => [d.file, d.id]));
  for (const t of kb.targets) {
    const p = t.provenance;
    const documentId = documentOf.get(p.file);
    if (!documentId)
      throw new Error(`Target ${t.id} cites ${p.file}, which is not a known document.`);
    const data = {
      wardSlug: t.ward,
      indicatorCode: t.indicator,
      documentId,
      year: t.year,
      kind: t.kind === 'target' ? ('quantitative' as const) : ('qualitative' as const),
      comparator: t.kind === 'target' ? t.comparator : null,
      value: t.kind === 'target' ? t.value : null,
      valueHigh: t.kind === 'target' ? (t.valueHigh ?? null) : null,
      unit: t.kind === 'target' ? t.unit : null,
      wording: t.wording,
      leadAgency: t.leadAgency ?? null,
      recurring: t.recurring === 'annual',
      note: t.note ?? null,
      sourceSection: p.section,
      sourceRow: p.row,
      sourceColumn: p.column ?? null,
      sourceLine: p.line,
      sourceLineEnd: p.lineEnd ?? null,
      sourceText: p.text,
      equivalence: t.equivalence ?? 'exact',
      equivalenceNoteVi: t.equivalenceNoteVi ?? null,
      equivalenceNoteEn: t.equivalenceNoteEn ?? null,
    };
    await tx.target.upsert({ where: { id: t.id }, create: { id: t.id, ...data }, update: data });
  }
  // Only seeded targets leave with the catalog: those an administrator entered are data.
  await tx.target.deleteMany({
    where: { origin: 'seed', id: { notIn: kb.targets.map((t) => t.id) } },
  });

  // Each ward's wording of an indicator is an alias of it (of the entered targets too).
  const aliases = new Map<string, { indicatorCode: string; wardSlug: string; wording: string }>();
  const entered = await tx.target.findMany({
    where: { origin: { not: 'seed' } },
    select: { indicatorCode: true, wardSlug: true, wording: true },
  });
  for (const t of [
    ...kb.targets,
    ...entered.map((e) => ({ indicator: e.indicatorCode, ward: e.wardSlug, wording: e.wording })),
  ]) {
    aliases.set(`${t.indicator}\u0000${t.ward}\u0000${t.wording}`, {
      indicatorCode: t.indicator,
      wardSlug: t.ward,
      wording: t.wording,
    });
  }
  await tx.indicatorAlias.createMany({ data: [...aliases.values()], skipDuplicates: true });
  const existing = await tx.indicatorAlias.findMany();
  const stale = existing.filter(
    (a) => !aliases.has(`${a.indicatorCode}\u0000${a.wardSlug}\u0000${a.wording}`),
  );
  if (stale.length)
    await tx.indicatorAlias.deleteMany({ where: { id: { in: stale.map((a) => a.id) } } });
}

async function seedTasks(tx: Tx, kb: KnowledgeBase) {
  const documentOf = new Map(kb.documents.map((d) => [d.file, d.id]));
  for (const t of kb.tasks) {
    const documentId = documentOf.get(t.provenance.file);
    if (!documentId) throw new Error(`Task ${t.ward} ${t.code} cites an unknown document.`);
    const dueEnd = normaliseDue(t.timingAsPrinted);
    const content = {
      documentId,
      group: t.group,
      description: t.description,
      leadUnit: t.leadUnit,
      partnerUnits: t.partnerUnits ?? null,
      output: t.output ?? null,
      timingAsPrinted: t.timingAsPrinted ?? null,
      // The end of the printed period, for sorting and filtering; readers get the printed precision.
      dueDate: dueEnd && dueEnd !== 'recurring' ? new Date(`${dueEnd}T00:00:00Z`) : null,
      recurring: t.due?.precision === 'recurring',
      reference: t.reference ?? null,
      sourceSection: t.provenance.section,
      sourceLine: t.provenance.line,
      sourceText: t.provenance.text,
    };
    // `status` is not in `update`: what a ward reported about its task survives a reseed.
    await tx.task.upsert({
      where: { wardSlug_code: { wardSlug: t.ward, code: t.code } },
      create: { id: `${t.ward}/${t.code}`, wardSlug: t.ward, code: t.code, ...content },
      update: content,
    });
  }
}

const sameNumber = (a: { toString(): string } | null, b: number | undefined) =>
  a === null ? b === undefined : b !== undefined && Number(a.toString()) === b;

async function seedObservations(tx: Tx, kb: KnowledgeBase) {
  const unitOf = new Map(kb.indicators.map((i) => [i.code, i.unit]));
  let created = 0;
  let kept = 0;
  for (const a of kb.actuals) {
    const unit = unitOf.get(a.indicator);
    if (!unit) throw new Error(`Result ${a.id} refers to unknown indicator ${a.indicator}.`);
    const current = await tx.observation.findFirst({
      where: { wardSlug: a.ward, indicatorCode: a.indicator, year: a.year, quarter: 0, month: 0 },
      orderBy: { version: 'desc' },
    });
    const unchanged =
      current &&
      sameNumber(current.value, a.value) &&
      sameNumber(current.numerator, a.numerator) &&
      sameNumber(current.denominator, a.denominator) &&
      current.met === (a.reportedMet ?? null) &&
      current.sourceText === a.provenance.text &&
      current.sourceLine === a.provenance.line;
    if (current && (current.source !== 'seed' || unchanged)) {
      kept++;
      continue;
    }
    await tx.observation.create({
      data: {
        wardSlug: a.ward,
        indicatorCode: a.indicator,
        unit,
        year: a.year,
        version: current ? current.version + 1 : 1,
        supersedesId: current?.id ?? null,
        value: a.value ?? null,
        qualifier: a.qualifier,
        met: a.reportedMet ?? null,
        numerator: a.numerator ?? null,
        denominator: a.denominator ?? null,
        source: 'seed',
        sourceFile: a.provenance.file,
        sourceSection: a.provenance.section,
        sourceRow: a.provenance.row,
        sourceLine: a.provenance.line,
        sourceText: a.provenance.text,
        note: a.note ?? null,
      },
    });
    created++;
  }
  return { observationsCreated: created, observationsKept: kept };
}
