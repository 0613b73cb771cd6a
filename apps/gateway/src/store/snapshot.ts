import type {
  Indicator,
  Pillar,
  PillarCode,
  Observation as ScoringObservation,
  SourceDocument,
  Target,
  Ward,
  WardSlug,
} from '@lotrinh/indicators';
import {
  currentObservations,
  type Observation as ObservationRow,
  type PrismaClient,
  type Task as TaskRow,
} from '@lotrinh/schema';

/** Where a ward, document or target came from (schema enum `CatalogOrigin`). */
export type CatalogOrigin = 'seed' | 'entered' | 'imported';

/** A ward as the API shows it: one of the built-in five, or one a city administrator added. */
export interface WardRecord extends Ward {
  builtIn: boolean;
  createdAt: Date;
}

/** A document, with how many lines its stored text has (null: no text stored). */
export interface DocumentRecord extends SourceDocument {
  origin: CatalogOrigin;
  lineCount: number | null;
  createdAt: Date;
}

/** A catalog indicator; `proposed` ones were entered with a target and await the city's review. */
export type IndicatorRecord = Indicator & { status: 'active' | 'proposed' };

/** A target with what the database keeps about it beyond the domain's fields. */
export type TargetRecord = Target & {
  documentId: string;
  origin: CatalogOrigin;
  createdAt: Date;
  createdById: string | null;
  withdrawal: { at: Date; byId: string | null; reason: string } | null;
};

/**
 * Everything the read API needs, loaded from the database into memory once (a handful of
 * queries). Results are refreshed per ward after a write; the catalog (wards, documents,
 * indicators, targets) is reloaded whole after a city administrator changes it (`Store.reloadCatalog`).
 */
export interface Snapshot {
  wards: WardRecord[];
  documents: DocumentRecord[];
  pillars: Pillar[];
  /** The catalog's indicators in use: the only ones results are recorded and scored for. */
  indicators: IndicatorRecord[];
  /** Indicators proposed with a target, awaiting the city's review (see `proposedTargets`). */
  proposedIndicators: IndicatorRecord[];
  /** Targets in force of catalog indicators: the ones scoring, comparison and exports use. */
  targets: TargetRecord[];
  /**
   * Targets in force of indicators proposed for review: shown with their ward, not scored or
   * compared until the indicator joins the catalog.
   */
  proposedTargets: TargetRecord[];
  /** Withdrawn targets, kept for their history; never scored. */
  withdrawnTargets: TargetRecord[];
  /** Current (not superseded) results, per ward. */
  observations: Map<WardSlug, ObservationRow[]>;
  /** Assigned tasks with their current status. */
  tasks: TaskRow[];
}

const WARD_KIND = { phuong: 'phường', xa: 'xã' } as const;
const num = (d: { toString(): string } | null) => (d === null ? undefined : Number(d.toString()));

/** Lines of each stored text, counted by the database (the texts themselves stay there). */
const LINE_COUNTS = `SELECT "id", CASE WHEN "text" IS NULL THEN NULL
    ELSE length("text") - length(replace("text", E'\n', '')) + 1 END AS "lineCount"
  FROM "SourceDocument"`;

/**
 * The catalog, or (with `wards`) only those wards' part of it: their ward rows, documents,
 * targets and tasks, with the whole (small) pillar and indicator lists. `mergeCatalog` puts a
 * ward's part into a loaded catalog, so a change to one ward costs that ward's rows, not the
 * city's (at 3,321 units a whole reload per added ward made generating them quadratic).
 */
export async function loadCatalog(
  prisma: PrismaClient,
  wards?: readonly string[],
): Promise<Omit<Snapshot, 'observations'>> {
  const of = wards ? { wardSlug: { in: [...wards] } } : {};
  const [wardRows, documents, lineCounts, pillars, indicators, targets, tasks] = await Promise.all([
    prisma.ward.findMany(wards ? { where: { slug: { in: [...wards] } } } : undefined),
    prisma.sourceDocument.findMany({ where: of, omit: { text: true }, orderBy: { file: 'asc' } }),
    wards
      ? prisma.$queryRawUnsafe<{ id: string; lineCount: number | bigint | null }[]>(
          `${LINE_COUNTS} WHERE "wardSlug" = ANY($1::text[])`,
          [...wards],
        )
      : prisma.$queryRawUnsafe<{ id: string; lineCount: number | bigint | null }[]>(LINE_COUNTS),
    prisma.pillar.findMany(),
    prisma.indicator.findMany({ orderBy: { code: 'asc' } }),
    prisma.target.findMany({
      where: of,
      include: { document: { select: { file: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    prisma.task.findMany({ where: of, orderBy: [{ wardSlug: 'asc' }, { sourceLine: 'asc' }] }),
  ]);
  const linesOf = new Map(
    lineCounts.map((r) => [r.id, r.lineCount === null ? null : Number(r.lineCount)]),
  );
  const all = targets.map(targetRecord);
  const proposed = new Set(indicators.filter((i) => i.status === 'proposed').map((i) => i.code));
  const documentRecords = documents.map((d) => ({
    ...d,
    ward: d.wardSlug as WardSlug,
    lineCount: linesOf.get(d.id) ?? null,
  }));
  return {
    tasks,
    wards: sortWards(
      wardRows.map(
        (w): WardRecord => ({
          slug: w.slug as WardSlug,
          nameVi: w.nameVi,
          nameEn: w.nameEn,
          kind: WARD_KIND[w.kind],
          ...(w.lineage ? { lineage: w.lineage } : {}),
          builtIn: w.builtIn,
          createdAt: w.createdAt,
        }),
      ),
      documentRecords,
    ),
    documents: documentRecords,
    pillars: pillars.map((p) => ({ ...p, code: p.code as PillarCode })),
    indicators: indicators
      .filter((i) => i.status === 'active')
      .map((i) => ({ ...i, pillar: i.pillarCode as PillarCode })),
    proposedIndicators: indicators
      .filter((i) => i.status === 'proposed')
      .map((i) => ({ ...i, pillar: i.pillarCode as PillarCode })),
    targets: all.filter((t) => t.withdrawal === null && !proposed.has(t.indicator)),
    proposedTargets: all.filter((t) => t.withdrawal === null && proposed.has(t.indicator)),
    withdrawnTargets: all.filter((t) => t.withdrawal !== null),
  };
}

/** Built-in wards in the order of their seed files, then the added ones in the order they came. */
function sortWards(wards: WardRecord[], documents: readonly DocumentRecord[]): WardRecord[] {
  const fileOrder = new Map(
    documents.filter((d) => d.origin === 'seed').map((d, i) => [d.ward, i]),
  );
  const rank = (w: WardRecord) =>
    w.builtIn ? (fileOrder.get(w.slug) ?? 0) : Number.MAX_SAFE_INTEGER;
  return wards.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      a.slug.localeCompare(b.slug),
  );
}

/**
 * `list` with the rows of `wards` replaced by `fresh`, in the order the database gives
 * (`compare`): the rows kept stay in their order and the fresh ones are merged in.
 */
function replaceRows<T>(
  list: readonly T[],
  wardOf: (row: T) => string,
  wards: ReadonlySet<string>,
  fresh: readonly T[],
  compare: (a: T, b: T) => number,
): T[] {
  const kept = list.filter((row) => !wards.has(wardOf(row)));
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < fresh.length) {
    const a = kept[i];
    const b = fresh[j];
    if (b === undefined || (a !== undefined && compare(a, b) <= 0)) {
      merged.push(a as T);
      i++;
    } else {
      merged.push(b);
      j++;
    }
  }
  return merged;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byCreation = (a: TargetRecord, b: TargetRecord) =>
  a.createdAt.getTime() - b.createdAt.getTime() || byText(a.id, b.id);

/**
 * The catalog `base` with the part of `wards` replaced by `part` (from `loadCatalog(prisma,
 * wards)`): the same lists, in the same order, as a whole reload would give.
 */
export function mergeCatalog(
  base: Omit<Snapshot, 'observations'>,
  wards: readonly string[],
  part: Omit<Snapshot, 'observations'>,
): Omit<Snapshot, 'observations'> {
  const set = new Set(wards);
  const documents = replaceRows(
    base.documents,
    (d) => d.ward,
    set,
    part.documents,
    (a, b) => byText(a.file, b.file),
  );
  const targets = (key: 'targets' | 'proposedTargets' | 'withdrawnTargets') =>
    replaceRows(base[key], (t) => t.ward, set, part[key], byCreation);
  return {
    wards: sortWards([...base.wards.filter((w) => !set.has(w.slug)), ...part.wards], documents),
    documents,
    pillars: part.pillars,
    indicators: part.indicators,
    proposedIndicators: part.proposedIndicators,
    targets: targets('targets'),
    proposedTargets: targets('proposedTargets'),
    withdrawnTargets: targets('withdrawnTargets'),
    tasks: replaceRows(
      base.tasks,
      (t) => t.wardSlug,
      set,
      part.tasks,
      (a, b) => byText(a.wardSlug, b.wardSlug) || a.sourceLine - b.sourceLine,
    ),
  };
}

type TargetRow = Awaited<ReturnType<PrismaClient['target']['findMany']>>[number] & {
  document: { file: string };
};

function targetRecord(t: TargetRow): TargetRecord {
  const meta = {
    documentId: t.documentId,
    origin: t.origin,
    createdAt: t.createdAt,
    createdById: t.createdById,
    withdrawal:
      t.withdrawnAt && t.withdrawReason !== null
        ? { at: t.withdrawnAt, byId: t.withdrawnById, reason: t.withdrawReason }
        : null,
  };
  return { ...domainTarget(t), ...meta };
}

function domainTarget(t: TargetRow): Target {
  const provenance = {
    file: t.document.file,
    section: t.sourceSection,
    row: t.sourceRow,
    ...(t.sourceColumn ? { column: t.sourceColumn } : {}),
    line: t.sourceLine,
    ...(t.sourceLineEnd ? { lineEnd: t.sourceLineEnd } : {}),
    text: t.sourceText,
  };
  const common = {
    id: t.id,
    ward: t.wardSlug as WardSlug,
    indicator: t.indicatorCode,
    year: t.year,
    wording: t.wording,
    ...(t.leadAgency ? { leadAgency: t.leadAgency } : {}),
    ...(t.recurring ? { recurring: 'annual' as const } : {}),
    ...(t.note ? { note: t.note } : {}),
    provenance,
    equivalence: t.equivalence,
    equivalenceNoteVi: t.equivalenceNoteVi,
    equivalenceNoteEn: t.equivalenceNoteEn,
  };
  if (t.kind === 'qualitative' || t.comparator === null || t.value === null || t.unit === null) {
    return { ...common, kind: 'qualitative' };
  }
  return {
    ...common,
    kind: 'target',
    comparator: t.comparator,
    value: Number(t.value),
    ...(t.valueHigh !== null ? { valueHigh: Number(t.valueHigh) } : {}),
    unit: t.unit,
  };
}

export function loadCurrentObservations(
  prisma: PrismaClient,
  ward?: WardSlug,
): Promise<ObservationRow[]> {
  return currentObservations(prisma, ward ? { ward } : {});
}

/** A result for the whole year (no quarter, no month): the only kind scoring judges. */
export const isAnnual = (r: Pick<ObservationRow, 'quarter' | 'month'>) =>
  r.quarter === 0 && r.month === 0;

/** Yearly results (no quarter or month) as scoring observations, by indicator. */
export function scoringObservations(
  rows: readonly ObservationRow[],
): Map<string, ScoringObservation[]> {
  const byIndicator = new Map<string, ScoringObservation[]>();
  for (const r of rows) {
    if (!isAnnual(r)) continue;
    const value = num(r.value);
    // Built without spreads: V8 copies spread objects on a slow path (see `makeRow` in the indicators' scorecard).
    const observation: ScoringObservation =
      value !== undefined
        ? r.met !== null
          ? { year: r.year, value, met: r.met }
          : { year: r.year, value }
        : r.met !== null
          ? { year: r.year, met: r.met }
          : { year: r.year };
    const list = byIndicator.get(r.indicatorCode);
    if (list) list.push(observation);
    else byIndicator.set(r.indicatorCode, [observation]);
  }
  return byIndicator;
}
