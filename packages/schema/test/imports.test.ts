import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../src/errors.ts';
import { applyImport, failUnfinishedImports } from '../src/imports.ts';
import { seedDatabase } from '../src/seed.ts';
import { BACKENDS, freshDatabase } from './backends.ts';

type Db = Awaited<ReturnType<typeof freshDatabase>>;

const rows = (year: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    ward: 'hong-an',
    indicator: 'DS_VNEID',
    year,
    month: (i % 12) + 1,
    quarter: 0,
    value: i + 0.125,
    note: i === 0 ? 'Báo cáo, quý IV' : null,
  }));

describe.each(BACKENDS)('imports on $name', (backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDatabase(backend);
    await seedDatabase(db.prisma);
  });
  afterAll(async () => {
    await db.close();
  });

  const job = (status: 'applying' | 'failed' | 'validating') =>
    db.prisma.importJob.create({ data: { fileName: 'x.csv', format: 'csv', status } });

  it('writes the rows, their audit and the job’s success together', async () => {
    const j = await job('applying');
    const written = await applyImport(db.prisma, { id: j.id, totalRows: 12 }, rows(2040, 12), {
      source: 'import',
      audit: { actorId: null, actorLabel: 'test', action: 'importObservations:x.csv' },
    });
    expect(written).toHaveLength(12);
    const stored = await db.prisma.observation.findMany({
      where: { importJobId: j.id },
      orderBy: { month: 'asc' },
    });
    expect(stored.map((o) => [o.month, Number(o.value), o.note])).toEqual(
      written.map((o) => [o.month, Number(o.value), o.note]),
    );
    expect(stored[0]?.note).toBe('Báo cáo, quý IV');
    expect(
      await db.prisma.auditEvent.count({ where: { action: 'importObservations:x.csv' } }),
    ).toBe(12);
    expect(await db.prisma.importJob.findUniqueOrThrow({ where: { id: j.id } })).toMatchObject({
      status: 'succeeded',
      validRows: 12,
      totalRows: 12,
    });
  });

  it('applies nothing for a job that was marked failed meanwhile', async () => {
    const j = await job('applying');
    await failUnfinishedImports(db.prisma, new Date(Date.now() + 1_000), [{ row: 0 }]);
    await expect(
      applyImport(db.prisma, { id: j.id, totalRows: 3 }, rows(2041, 3), { source: 'import' }),
    ).rejects.toThrow(ConflictError);
    expect(await db.prisma.observation.count({ where: { year: 2041 } })).toBe(0);
  });

  it('rolls back every row, and leaves the job applying, when one row breaks a unique key', async () => {
    const j = await job('applying');
    const clash = [...rows(2042, 5), rows(2042, 1)[0] as ReturnType<typeof rows>[number]];
    await expect(
      applyImport(db.prisma, { id: j.id, totalRows: 6 }, clash, { source: 'import' }),
    ).rejects.toThrow(ConflictError);
    expect(await db.prisma.observation.count({ where: { year: 2042 } })).toBe(0);
    expect((await db.prisma.importJob.findUniqueOrThrow({ where: { id: j.id } })).status).toBe(
      'applying',
    );
  });
});
