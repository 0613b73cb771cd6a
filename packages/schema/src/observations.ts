import { randomUUID } from 'node:crypto';
import { ConflictError } from './errors.ts';
import type { EvidenceType, Observation, ObservationSource } from './generated/prisma/client.ts';
import { Prisma, type PrismaClient } from './generated/prisma/client.ts';

/** A result to record for a ward, indicator and period. */
export interface ObservationInput {
  ward: string;
  indicator: string;
  year: number;
  /** 1–4, or 0/absent for the whole year. */
  quarter?: number;
  /** 1–12, or 0/absent. */
  month?: number;
  value?: number | null;
  met?: boolean | null;
  numerator?: number | null;
  denominator?: number | null;
  note?: string | null;
  /** Where the figure comes from (see the EvidenceType enum), its document number, a link. */
  evidenceType?: EvidenceType | null;
  evidenceNumber?: string | null;
  evidenceUrl?: string | null;
}

/** The evidence columns of an input, null when absent. */
const evidenceOf = (input: Partial<ObservationInput>) => ({
  evidenceType: input.evidenceType ?? null,
  evidenceNumber: input.evidenceNumber ?? null,
  evidenceUrl: input.evidenceUrl ?? null,
});

const stripUndefined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export interface WriteMeta {
  source: ObservationSource;
  createdById?: string | null;
  importJobId?: string | null;
  /** When set, an AuditEvent per written row is added in the same transaction. */
  audit?: { actorId: string | null; actorLabel: string; action: string };
}

const auditRow = (
  meta: WriteMeta,
  entityId: string,
  before: unknown,
  after: { wardSlug: string },
) =>
  meta.audit
    ? {
        actorId: meta.audit.actorId,
        actorLabel: meta.audit.actorLabel,
        action: meta.audit.action,
        entityType: 'Observation',
        entityId,
        wardSlug: after.wardSlug,
        before:
          before === null
            ? Prisma.JsonNull
            : (JSON.parse(JSON.stringify(before)) as Prisma.InputJsonValue),
        after: JSON.parse(JSON.stringify(after)) as Prisma.InputJsonValue,
      }
    : null;

export type PeriodKey = Pick<ObservationInput, 'ward' | 'indicator' | 'year' | 'quarter' | 'month'>;

/** A unique key refused the write: P2002 from Prisma's queries, 23505 through a raw query. */
const isUniqueViolation = (error: unknown) => {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2002') return true;
  const cause = (
    error.meta as { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } }
  )?.driverAdapterError?.cause;
  return cause?.kind === 'UniqueConstraintViolation' || cause?.originalCode === '23505';
};

/**
 * Rows per INSERT. The columns travel as one array parameter each, so any size works; 250 rows
 * keep each statement short (~70 ms on PGlite, in its own thread since session 2) and the
 * import's progress moving; the loop yields between statements for the progress polls.
 */
export const INSERT_BATCH = 250;

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const toDecimal = (n: number | null | undefined) =>
  n == null ? null : new Prisma.Decimal(String(n));

/**
 * A row to insert: a first result, or — with `previous`, the current version it corrects — the
 * next version of a recorded one. The unique keys on (period, version) and supersedesId make a
 * correction of a version that someone else corrected meanwhile fail the whole transaction.
 */
export type InsertInput = ObservationInput & { previous?: Observation | null };

/**
 * Inserts results inside the caller's transaction (first versions, or corrections when an input
 * carries `previous`), INSERT_BATCH rows per statement, with one AuditEvent per row (before =
 * the corrected version) when `meta.audit` is set. `onBatch` hears how many rows are written.
 *
 * Raw SQL with one array parameter per column (`unnest`), not `createMany`: Prisma sends a
 * multi-row insert as 16 parameters per row, which took ~1 s per 1,000 rows on PGlite, against
 * ~70 ms for the same rows through `unnest`.
 */
export async function insertObservations(
  tx: Tx,
  inputs: readonly InsertInput[],
  meta: WriteMeta,
  options: { onBatch?: (written: number) => void } = {},
): Promise<Observation[]> {
  const codes = [...new Set(inputs.map((i) => i.indicator))];
  const indicators = await tx.indicator.findMany({
    where: { code: { in: codes } },
    select: { code: true, unit: true },
  });
  const unitOf = new Map(indicators.map((i) => [i.code, i.unit]));
  const written: Observation[] = [];
  for (let start = 0; start < inputs.length; start += INSERT_BATCH) {
    const batch = inputs.slice(start, start + INSERT_BATCH);
    const units = batch.map((input) => {
      const unit = unitOf.get(input.indicator);
      if (!unit) throw new ConflictError(`Unknown indicator ${input.indicator}.`);
      return unit;
    });
    // Built here rather than read back with RETURNING: decoding 1,000 returned rows cost
    // more than inserting them. createdAt is one timestamp for the batch, sent with it.
    const createdAt = new Date();
    const rows: Observation[] = batch.map((input, k) => ({
      id: randomUUID(),
      wardSlug: input.ward,
      indicatorCode: input.indicator,
      unit: units[k] as Observation['unit'],
      year: input.year,
      quarter: input.quarter ?? 0,
      month: input.month ?? 0,
      version: input.previous ? input.previous.version + 1 : 1,
      value: toDecimal(input.value),
      met: input.met ?? null,
      numerator: toDecimal(input.numerator),
      denominator: toDecimal(input.denominator),
      source: meta.source,
      sourceFile: null,
      sourceLine: null,
      sourceText: null,
      sourceSection: null,
      sourceRow: null,
      // The column's default: a person's result is the figure itself, not a bound.
      qualifier: 'eq',
      note: input.note ?? null,
      ...evidenceOf(input),
      supersedesId: input.previous?.id ?? null,
      createdById: meta.createdById ?? null,
      importJobId: meta.importJobId ?? null,
      createdAt,
    }));
    const column = <T>(pick: (o: Observation) => T) => rows.map(pick);
    await tx.$executeRaw`
      INSERT INTO "Observation" ("id", "wardSlug", "indicatorCode", "unit", "year", "quarter",
        "month", "version", "value", "met", "numerator", "denominator", "note", "source",
        "createdById", "importJobId", "createdAt", "evidenceType", "evidenceNumber",
        "evidenceUrl", "supersedesId")
      SELECT t.id, t.ward, t.indicator, t.unit::"Unit", t.year, t.quarter, t.month, t.version,
        t.value, t.met, t.numerator, t.denominator, t.note, ${meta.source}::"ObservationSource",
        ${meta.createdById ?? null}, ${meta.importJobId ?? null}, ${createdAt}::timestamptz,
        t.evidence_type::"EvidenceType", t.evidence_number, t.evidence_url, t.supersedes
      FROM unnest(
        ${column((o) => o.id)}::text[], ${column((o) => o.wardSlug)}::text[],
        ${column((o) => o.indicatorCode)}::text[], ${units}::text[],
        ${column((o) => o.year)}::int[], ${column((o) => o.quarter)}::int[],
        ${column((o) => o.month)}::int[], ${column((o) => o.value?.toString() ?? null)}::numeric[],
        ${column((o) => o.met)}::boolean[],
        ${column((o) => o.numerator?.toString() ?? null)}::numeric[],
        ${column((o) => o.denominator?.toString() ?? null)}::numeric[],
        ${column((o) => o.note)}::text[], ${column((o) => o.version)}::int[],
        ${column((o) => o.evidenceType)}::text[], ${column((o) => o.evidenceNumber)}::text[],
        ${column((o) => o.evidenceUrl)}::text[], ${column((o) => o.supersedesId)}::text[]
      ) AS t(id, ward, indicator, unit, year, quarter, month, value, met, numerator,
        denominator, note, version, evidence_type, evidence_number, evidence_url, supersedes)`;
    if (meta.audit) {
      const audit = meta.audit;
      await tx.$executeRaw`
        INSERT INTO "AuditEvent" ("actorId", "actorLabel", "action", "entityType", "entityId",
          "wardSlug", "before", "after")
        SELECT ${audit.actorId}, ${audit.actorLabel}, ${audit.action}, 'Observation', t.id,
          t.ward, t.before::jsonb, t.after::jsonb
        FROM unnest(${rows.map((o) => o.id)}::text[], ${rows.map((o) => o.wardSlug)}::text[],
          ${batch.map((input) => JSON.stringify(input.previous ?? null))}::text[],
          ${rows.map((o) => JSON.stringify(o))}::text[])
          AS t(id, ward, before, after)`;
    }
    written.push(...rows);
    options.onBatch?.(written.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return written;
}

/** Interactive transactions default to 5 s; a 5,000-row import on a busy machine may need more. */
export const WRITE_TRANSACTION = { maxWait: 10_000, timeout: 60_000 } as const;

/**
 * Records first results (version 1) for several periods at once: all or nothing. A period that
 * already has a result is a conflict — corrections go through `correctObservation`.
 */
export async function recordObservations(
  prisma: PrismaClient,
  inputs: readonly ObservationInput[],
  meta: WriteMeta,
): Promise<Observation[]> {
  try {
    return await prisma.$transaction(
      (tx) => insertObservations(tx, inputs, meta),
      WRITE_TRANSACTION,
    );
  } catch (error) {
    throw asConflict(error);
  }
}

export const asConflict = (error: unknown) =>
  isUniqueViolation(error)
    ? new ConflictError(
        'A result is already recorded for one of these periods; correct it instead of recording it again.',
      )
    : error;

/**
 * Corrects a result by writing its next version; the old version stays as history. Only the
 * current version can be corrected: correcting an older one, or losing a race with another
 * correction, is a conflict (the unique keys on version and supersedesId decide the race).
 */
export async function correctObservation(
  prisma: PrismaClient,
  id: string,
  changes: Pick<
    ObservationInput,
    | 'value'
    | 'met'
    | 'numerator'
    | 'denominator'
    | 'note'
    | 'evidenceType'
    | 'evidenceNumber'
    | 'evidenceUrl'
  >,
  meta: WriteMeta,
): Promise<Observation> {
  try {
    return await prisma.$transaction(async (tx) => {
      const previous = await tx.observation.findUnique({
        where: { id },
        include: { correctedBy: { select: { id: true } } },
      });
      if (!previous) throw new ConflictError(`No result with id ${id}.`);
      if (previous.correctedBy) {
        throw new ConflictError(
          `Result ${id} has already been corrected by ${previous.correctedBy.id}; correct the current version.`,
        );
      }
      const { correctedBy: _correctedBy, ...before } = previous;
      const next = await tx.observation.create({
        data: {
          wardSlug: previous.wardSlug,
          indicatorCode: previous.indicatorCode,
          unit: previous.unit,
          year: previous.year,
          quarter: previous.quarter,
          month: previous.month,
          version: previous.version + 1,
          supersedesId: previous.id,
          value: changes.value === undefined ? previous.value : changes.value,
          met: changes.met === undefined ? previous.met : changes.met,
          numerator: changes.numerator === undefined ? previous.numerator : changes.numerator,
          denominator:
            changes.denominator === undefined ? previous.denominator : changes.denominator,
          note: changes.note ?? null,
          // Evidence not restated stays what it was: the figure changed, not where it is from.
          ...evidenceOf({
            evidenceType: previous.evidenceType,
            evidenceNumber: previous.evidenceNumber,
            evidenceUrl: previous.evidenceUrl,
            ...stripUndefined(changes),
          }),
          source: meta.source,
          createdById: meta.createdById ?? null,
          importJobId: meta.importJobId ?? null,
        },
      });
      const audit = auditRow(meta, next.id, before, next);
      if (audit) await tx.auditEvent.create({ data: audit });
      return next;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(
        `Result ${id} was corrected by someone else at the same time; reload and try again.`,
      );
    }
    throw error;
  }
}

const periodWhere = (key: PeriodKey) => ({
  wardSlug: key.ward,
  indicatorCode: key.indicator,
  year: key.year,
  quarter: key.quarter ?? 0,
  month: key.month ?? 0,
});

/** Every version of one period's result, oldest first. */
export function observationHistory(prisma: PrismaClient, key: PeriodKey): Promise<Observation[]> {
  return prisma.observation.findMany({ where: periodWhere(key), orderBy: { version: 'asc' } });
}

export interface ObservationQuery {
  ward?: string | undefined;
  indicator?: string | undefined;
  year?: number | undefined;
  /** Include superseded versions (default: current versions only). */
  includeHistory?: boolean | undefined;
}

/** Results by ward, indicator and period (versions in order when history is included). */
export function listObservations(
  prisma: PrismaClient,
  query: ObservationQuery = {},
): Promise<Observation[]> {
  return prisma.observation.findMany({
    where: {
      ...(query.ward ? { wardSlug: query.ward } : {}),
      ...(query.indicator ? { indicatorCode: query.indicator } : {}),
      ...(query.year != null ? { year: query.year } : {}),
      ...(query.includeHistory ? {} : { correctedBy: { is: null } }),
    },
    orderBy: [
      { wardSlug: 'asc' },
      { indicatorCode: 'asc' },
      { year: 'asc' },
      { quarter: 'asc' },
      { month: 'asc' },
      { version: 'asc' },
    ],
  });
}

/** Current versions only (not superseded by a correction). */
export function currentObservations(
  prisma: PrismaClient,
  where: { ward?: string; indicator?: string } = {},
): Promise<Observation[]> {
  return listObservations(prisma, where);
}
