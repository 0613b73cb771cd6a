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

/**
 * Everything the read API needs, loaded from the database into memory once (a handful of
 * queries) and refreshed per ward after a write. The catalog and targets change only with a
 * reseed (at start-up); results change with every write.
 */
export interface Snapshot {
  wards: Ward[];
  documents: SourceDocument[];
  pillars: Pillar[];
  indicators: Indicator[];
  targets: Target[];
  /** Current (not superseded) results, per ward. */
  observations: Map<WardSlug, ObservationRow[]>;
  /** Assigned tasks with their current status. */
  tasks: TaskRow[];
}

const WARD_KIND = { phuong: 'phường', xa: 'xã' } as const;
const num = (d: { toString(): string } | null) => (d === null ? undefined : Number(d.toString()));

export async function loadCatalog(prisma: PrismaClient): Promise<Omit<Snapshot, 'observations'>> {
  const [wards, documents, pillars, indicators, targets, tasks] = await Promise.all([
    prisma.ward.findMany(),
    prisma.sourceDocument.findMany({ orderBy: { file: 'asc' } }),
    prisma.pillar.findMany(),
    prisma.indicator.findMany({ orderBy: { code: 'asc' } }),
    prisma.target.findMany({ include: { document: { select: { file: true } } } }),
    prisma.task.findMany({ orderBy: [{ wardSlug: 'asc' }, { sourceLine: 'asc' }] }),
  ]);
  const fileOrder = new Map(documents.map((d, i) => [d.wardSlug, i]));
  return {
    tasks,
    wards: wards
      .map((w) => ({
        slug: w.slug as WardSlug,
        nameVi: w.nameVi,
        nameEn: w.nameEn,
        kind: WARD_KIND[w.kind],
      }))
      .sort((a, b) => (fileOrder.get(a.slug) ?? 0) - (fileOrder.get(b.slug) ?? 0)),
    documents: documents.map((d) => ({
      ...d,
      ward: d.wardSlug as WardSlug,
      file: d.file as SourceDocument['file'],
    })),
    pillars: pillars.map((p) => ({ ...p, code: p.code as PillarCode })),
    indicators: indicators.map((i) => ({ ...i, pillar: i.pillarCode as PillarCode })),
    targets: targets.map((t): Target => {
      const provenance = {
        file: t.document.file as SourceDocument['file'],
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
      if (
        t.kind === 'qualitative' ||
        t.comparator === null ||
        t.value === null ||
        t.unit === null
      ) {
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
    }),
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
    const list = byIndicator.get(r.indicatorCode) ?? [];
    list.push({
      year: r.year,
      ...(value !== undefined ? { value } : {}),
      ...(r.met !== null ? { met: r.met } : {}),
    });
    byIndicator.set(r.indicatorCode, list);
  }
  return byIndicator;
}
