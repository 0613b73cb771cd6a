import { ConflictError } from './errors.ts';
import type { Observation, ObservationSource } from './generated/prisma/client.ts';
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
}

export interface WriteMeta {
  source: ObservationSource;
  createdById?: string | null;
  importJobId?: string | null;
  /** When set, an AuditEvent per written row is added in the same transaction. */
  audit?: { actorId: string | null; actorLabel: string; action: string };
}

const auditRow = (meta: WriteMeta, entityId: string, before: unknown, after: unknown) =>
  meta.audit
    ? {
        actorId: meta.audit.actorId,
        actorLabel: meta.audit.actorLabel,
        action: meta.audit.action,
        entityType: 'Observation',
        entityId,
        before:
          before === null
            ? Prisma.JsonNull
            : (JSON.parse(JSON.stringify(before)) as Prisma.InputJsonValue),
        after: JSON.parse(JSON.stringify(after)) as Prisma.InputJsonValue,
      }
    : null;

export type PeriodKey = Pick<ObservationInput, 'ward' | 'indicator' | 'year' | 'quarter' | 'month'>;

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

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
    return await prisma.$transaction(async (tx) => {
      const codes = [...new Set(inputs.map((i) => i.indicator))];
      const indicators = await tx.indicator.findMany({
        where: { code: { in: codes } },
        select: { code: true, unit: true },
      });
      const unitOf = new Map(indicators.map((i) => [i.code, i.unit]));
      const written: Observation[] = [];
      for (const input of inputs) {
        const unit = unitOf.get(input.indicator);
        if (!unit) throw new Error(`Unknown indicator ${input.indicator}.`);
        written.push(
          await tx.observation.create({
            data: {
              wardSlug: input.ward,
              indicatorCode: input.indicator,
              unit,
              year: input.year,
              quarter: input.quarter ?? 0,
              month: input.month ?? 0,
              version: 1,
              value: input.value ?? null,
              met: input.met ?? null,
              numerator: input.numerator ?? null,
              denominator: input.denominator ?? null,
              note: input.note ?? null,
              source: meta.source,
              createdById: meta.createdById ?? null,
              importJobId: meta.importJobId ?? null,
            },
          }),
        );
      }
      const audits = written.flatMap((o) => auditRow(meta, o.id, null, o) ?? []);
      if (audits.length) await tx.auditEvent.createMany({ data: audits });
      return written;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(
        'A result is already recorded for one of these periods; correct it instead of recording it again.',
      );
    }
    throw error;
  }
}

/**
 * Corrects a result by writing its next version; the old version stays as history. Only the
 * current version can be corrected: correcting an older one, or losing a race with another
 * correction, is a conflict (the unique keys on version and supersedesId decide the race).
 */
export async function correctObservation(
  prisma: PrismaClient,
  id: string,
  changes: Pick<ObservationInput, 'value' | 'met' | 'numerator' | 'denominator' | 'note'>,
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
