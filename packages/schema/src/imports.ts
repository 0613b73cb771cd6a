import { ConflictError } from './errors.ts';
import type { Observation, Prisma, PrismaClient } from './generated/prisma/client.ts';
import {
  asConflict,
  INSERT_BATCH,
  type InsertInput,
  insertObservations,
  WRITE_TRANSACTION,
  type WriteMeta,
} from './observations.ts';

export { INSERT_BATCH };

/** The states of an import that has not finished: a job left in one of them was interrupted. */
export const UNFINISHED_IMPORT_STATES = ['pending', 'validating', 'applying'] as const;

/**
 * Writes an import's rows and marks its job `succeeded` in one transaction, so a job is
 * succeeded exactly when its rows are there: a crash (or a lost connection) at any point
 * leaves neither. The job must be `applying` when the transaction takes its row lock; a job
 * that was meanwhile marked failed (see `failUnfinishedImports`) is not applied.
 */
export async function applyImport(
  prisma: PrismaClient,
  job: { id: string; totalRows: number; unchangedRows?: number },
  inputs: readonly InsertInput[],
  meta: Omit<WriteMeta, 'importJobId'>,
  options: { onBatch?: (written: number) => void } = {},
): Promise<Observation[]> {
  const corrected = inputs.filter((i) => i.previous).length;
  try {
    return await prisma.$transaction(async (tx) => {
      const claimed = await tx.importJob.updateMany({
        where: { id: job.id, status: 'applying' },
        data: {
          status: 'succeeded',
          totalRows: job.totalRows,
          validRows: inputs.length + (job.unchangedRows ?? 0),
          newRows: inputs.length - corrected,
          correctedRows: corrected,
          unchangedRows: job.unchangedRows ?? 0,
          processedRows: job.totalRows,
          errorRows: 0,
          errors: [],
          finishedAt: new Date(),
        },
      });
      if (claimed.count !== 1)
        throw new ConflictError(
          `Import ${job.id} is no longer being applied; nothing was written.`,
        );
      return insertObservations(tx, inputs, { ...meta, importJobId: job.id }, options);
    }, WRITE_TRANSACTION);
  } catch (error) {
    throw asConflict(error);
  }
}

/**
 * Marks every import that is still pending, validating or applying and was created before
 * `createdBefore` as failed, with `errors` as its reason. Called at start-up: a job in one of
 * those states then belongs to a process that died (its rows were never committed, see
 * `applyImport`). Returns how many were marked.
 */
export async function failUnfinishedImports(
  prisma: PrismaClient,
  createdBefore: Date,
  errors: Prisma.InputJsonValue,
): Promise<number> {
  const { count } = await prisma.importJob.updateMany({
    where: { status: { in: [...UNFINISHED_IMPORT_STATES] }, createdAt: { lt: createdBefore } },
    data: { status: 'failed', errors, finishedAt: new Date() },
  });
  return count;
}
