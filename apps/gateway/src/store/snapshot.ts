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

/** The catalog part of the snapshot (everything but the results). */
export type Catalog = Omit<Snapshot, 'observations'>;

/**
 * The catalog, or (with `scope`) only some wards' part of it: their ward rows, documents,
 * targets and tasks, with the pillars and indicators of `scope.catalog` (a change confined to
 * some wards' rows never touches those). `mergeCatalog` puts the part into the loaded catalog,
 * so a change to one ward costs that ward's rows, not the city's: at 3,321 units a whole reload
 * per added ward, document or batch of targets made adding them quadratic.
 */
export async function loadCatalog(
  prisma: PrismaClient,
  scope?: { wards: readonly string[]; catalog: Catalog },
): Promise<Catalog> {
  const wards = scope ? [...scope.wards] : undefined;
  const of = wards ? { wardSlug: { in: wards } } : {};
  type LineCount = { id: string; lineCount: number | bigint | null };
  const [wardRows, documents, lineCounts, pillars, indicators, targets, tasks] = await Promise.all([
    prisma.ward.findMany(wards ? { where: { slug: { in: wards } } } : undefined),
    prisma.sourceDocument.findMany({ where: of, omit: { text: true }, orderBy: { file: 'asc' } }),
    wards
      ? prisma.$queryRawUnsafe<LineCount[]>(
          `${LINE_COUNTS} WHERE "wardSlug" = ANY($1::text[])`,
          wards,
        )
      : prisma.$queryRawUnsafe<LineCount[]>(LINE_COUNTS),
    scope ? null : prisma.pillar.findMany(),
    scope ? null : prisma.indicator.findMany({ orderBy: { code: 'asc' } }),
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
  const documentRecords = documents.map((d) => ({
    ...d,
    ward: d.wardSlug as WardSlug,
    lineCount: linesOf.get(d.id) ?? null,
  }));
  const indicatorLists = scope
    ? {
        pillars: scope.catalog.pillars,
        indicators: scope.catalog.indicators,
        proposedIndicators: scope.catalog.proposedIndicators,
      }
    : {
        pillars: (pillars ?? []).map((p) => ({ ...p, code: p.code as PillarCode })),
        indicators: (indicators ?? [])
          .filter((i) => i.status === 'active')
          .map((i) => ({ ...i, pillar: i.pillarCode as PillarCode })),
        proposedIndicators: (indicators ?? [])
          .filter((i) => i.status === 'proposed')
          .map((i) => ({ ...i, pillar: i.pillarCode as PillarCode })),
      };
  const proposed = new Set(indicatorLists.proposedIndicators.map((i) => i.code));
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
    ...indicatorLists,
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
  const last = kept[kept.length - 1];
  const first = fresh[0];
  // The usual case, new rows after every kept one (targets by creation time): no merge.
  if (last === undefined || first === undefined || compare(last, first) <= 0) {
    for (const row of fresh) kept.push(row);
    return kept;
  }
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
export function mergeCatalog(base: Catalog, wards: readonly string[], part: Catalog): Catalog {
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

/**
 * A target as kept in memory: one object built field by field (spreading partial objects
 * together, as this did, is V8's slow copy path and leaves bigger objects), its codes and
 * few-valued strings shared between targets (see `intern`). Optional fields are left out, not
 * undefined, as before.
 */
function targetRecord(t: TargetRow): TargetRecord {
  const provenance: Target['provenance'] = {
    file: intern(t.document.file),
    section: intern(t.sourceSection),
    row: t.sourceRow,
    line: t.sourceLine,
    text: t.sourceText,
  };
  if (t.sourceColumn) provenance.column = t.sourceColumn;
  if (t.sourceLineEnd) provenance.lineEnd = t.sourceLineEnd;
  const quantitative =
    t.kind !== 'qualitative' && t.comparator !== null && t.value !== null && t.unit !== null;
  const record = {
    id: t.id,
    ward: intern(t.wardSlug) as WardSlug,
    indicator: intern(t.indicatorCode),
    year: t.year,
    wording: t.wording,
    provenance,
    equivalence: intern(t.equivalence),
    equivalenceNoteVi: t.equivalenceNoteVi,
    equivalenceNoteEn: t.equivalenceNoteEn,
    kind: quantitative ? 'target' : 'qualitative',
    documentId: intern(t.documentId),
    origin: t.origin,
    createdAt: t.createdAt,
    createdById: intern(t.createdById),
    withdrawal:
      t.withdrawnAt && t.withdrawReason !== null
        ? { at: t.withdrawnAt, byId: t.withdrawnById, reason: t.withdrawReason }
        : null,
  } as TargetRecord & Record<string, unknown>;
  if (t.leadAgency) record.leadAgency = intern(t.leadAgency);
  if (t.recurring) record.recurring = 'annual';
  if (t.note) record.note = t.note;
  if (quantitative) {
    record.comparator = t.comparator;
    record.value = Number(t.value);
    if (t.valueHigh !== null) record.valueHigh = Number(t.valueHigh);
    record.unit = t.unit;
  }
  return record;
}

export async function loadCurrentObservations(
  prisma: PrismaClient,
  ward?: WardSlug,
): Promise<ObservationRow[]> {
  return (await currentObservations(prisma, ward ? { ward } : {})).map(compactObservation);
}

/** Wards whose results are read per query at load: bounds the rows in flight at once. */
const WARDS_PER_QUERY = 250;

/**
 * Every ward's current results, read a few hundred wards at a time: at 3,321 units one query
 * of ~330,000 rows held the driver's rows, Prisma's and ours at once, and the process kept
 * that peak as resident memory after it was collected.
 */
export async function loadAllCurrentObservations(
  prisma: PrismaClient,
  wards: readonly WardSlug[],
): Promise<Map<WardSlug, ObservationRow[]>> {
  const byWard = new Map<WardSlug, ObservationRow[]>(wards.map((w) => [w, []]));
  for (let i = 0; i < wards.length; i += WARDS_PER_QUERY) {
    // The same rows and order as `currentObservations` (schema), for a set of wards.
    const rows = await prisma.observation.findMany({
      where: { wardSlug: { in: wards.slice(i, i + WARDS_PER_QUERY) }, correctedBy: { is: null } },
      orderBy: [
        { wardSlug: 'asc' },
        { indicatorCode: 'asc' },
        { year: 'asc' },
        { quarter: 'asc' },
        { month: 'asc' },
        { version: 'asc' },
      ],
    });
    for (const o of rows) byWard.get(o.wardSlug as WardSlug)?.push(compactObservation(o));
  }
  return byWard;
}

/**
 * One shared copy of a short string that repeats across rows: codes, enum values, the ids of
 * the people and imports that recorded results. Only such few-valued fields go through it.
 */
const shared = new Map<string, string>();
export function intern<T extends string | null>(text: T): T {
  if (text === null) return text;
  const known = shared.get(text);
  if (known !== undefined) return known as T;
  shared.set(text, text);
  return text;
}

/**
 * A result row as kept in memory: its repeated strings shared (a row read from the database
 * carries its own copy of each; at ~330,000 rows that was ~70 MB of duplicates).
 */
export function compactObservation(o: ObservationRow): ObservationRow {
  o.wardSlug = intern(o.wardSlug);
  o.indicatorCode = intern(o.indicatorCode);
  o.unit = intern(o.unit);
  o.qualifier = intern(o.qualifier);
  o.source = intern(o.source);
  o.evidenceType = intern(o.evidenceType);
  o.sourceFile = intern(o.sourceFile);
  o.createdById = intern(o.createdById);
  o.importJobId = intern(o.importJobId);
  return o;
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
