import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataVersion, readDataVersions } from '../src/data-version.ts';
import { recordObservations } from '../src/observations.ts';
import { seedDatabase } from '../src/seed.ts';
import { BACKENDS, freshDatabase } from './backends.ts';

type Db = Awaited<ReturnType<typeof freshDatabase>>;

describe.each(BACKENDS)('data version on $name', (backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDatabase(backend);
    await seedDatabase(db.prisma);
  });
  afterAll(async () => {
    await db.close();
  });

  it('is bumped by a write to a table answers read, in the same transaction', async () => {
    const before = await readDataVersion(db.prisma);
    await recordObservations(
      db.prisma,
      [{ ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2026, value: 0.7 }],
      { source: 'user' },
    );
    expect(await readDataVersion(db.prisma)).toBeGreaterThan(before);

    const task = await db.prisma.task.findFirstOrThrow();
    const afterResult = await readDataVersion(db.prisma);
    await db.prisma.task.update({ where: { id: task.id }, data: { status: task.status } });
    expect(await readDataVersion(db.prisma)).toBeGreaterThan(afterResult);
  });

  it('says which table changed, so a gateway reloads only that', async () => {
    const before = await readDataVersions(db.prisma);
    await db.withSession((s) => s.exec('UPDATE "Target" SET "id" = "id" WHERE false'));
    const after = await readDataVersions(db.prisma);
    const changed = [...after].filter(([t, v]) => before.get(t) !== v).map(([t]) => t);
    expect(changed).toEqual(['Target']);
    expect(after.has('Observation')).toBe(true);
  });

  it('is not bumped by a rolled-back write', async () => {
    const before = await readDataVersion(db.prisma);
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.pillar.updateMany({ data: {} });
        await tx.$executeRawUnsafe('UPDATE "Indicator" SET "code" = "code"');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await readDataVersion(db.prisma)).toBe(before);
  });

  it('is not bumped by signing in or by the audit log (answers never read them)', async () => {
    const user = await db.prisma.user.create({
      data: { email: 'dv@haiphong.gov.vn', name: 'dv', role: 'viewer', passwordHash: 'x' },
    });
    const before = await readDataVersion(db.prisma);
    await db.prisma.apiToken.create({
      data: { userId: user.id, name: 'session', tokenHash: 'dv-token-hash' },
    });
    await db.prisma.auditEvent.create({
      data: { actorLabel: 'test', action: 'test', entityType: 'Test', entityId: '1' },
    });
    expect(await readDataVersion(db.prisma)).toBe(before);
  });

  it('is bumped by a change to a user: answers name people (a result’s recordedBy)', async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'dv@haiphong.gov.vn' } });
    const before = await readDataVersion(db.prisma);
    await db.prisma.user.update({ where: { id: user.id }, data: { name: 'dv (đổi tên)' } });
    expect(await readDataVersion(db.prisma)).not.toBe(before);
  });
});
