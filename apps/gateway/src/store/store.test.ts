import type { Database } from '@lotrinh/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDatabase } from '../test-support.ts';
import { Store } from './store.ts';

let db: Database;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('two gateway processes on one database', () => {
  it('see each other’s writes after a sync, reloading only the wards that changed', async () => {
    const a = await Store.load(db.prisma);
    const b = await Store.load(db.prisma);
    expect(await b.sync()).toEqual([]);
    const before = b.scorecard('hong-bang', 2026).find((r) => r.indicator === 'DG_ONLINE_DOSSIERS');
    expect(before?.status).toBe('not-reported');

    // Process A records a result and changes a task (as the services do).
    await db.prisma.observation.create({
      data: {
        wardSlug: 'hong-bang',
        indicatorCode: 'DG_ONLINE_DOSSIERS',
        unit: 'percent',
        year: 2026,
        value: 92,
        source: 'user',
      },
    });
    const task = await db.prisma.task.update({
      where: { id: 'hong-bang/4' },
      data: { status: 'in_progress' },
    });
    await db.prisma.taskStatusChange.create({
      data: { taskId: task.id, fromStatus: 'not_started', toStatus: 'in_progress' },
    });
    await a.refreshWard('hong-bang');

    expect(await b.sync()).toEqual(['hong-bang']);
    expect(
      b.scorecard('hong-bang', 2026).find((r) => r.indicator === 'DG_ONLINE_DOSSIERS')?.status,
    ).toBe('achieved');
    expect(b.snapshot.tasks.find((t) => t.id === 'hong-bang/4')?.status).toBe('in_progress');
    expect(await b.sync()).toEqual([]);
  });

  it('notice a catalog change made elsewhere (a target edited) and drop their scores', async () => {
    const b = await Store.load(db.prisma);
    const target = b.snapshot.targets.find((t) => t.ward === 'hai-an' && t.year === 2030);
    if (!target) throw new Error('no 2030 target for hai-an');
    const version = b.version;
    expect(await b.sync()).toEqual([]);
    expect(b.version).toBe(version); // nothing changed: answers stay stored

    await db.prisma.target.update({
      where: { id: target.id },
      data: { wording: 'changed by another gateway' },
    });
    await b.sync();
    expect(b.version).toBeGreaterThan(version);
    expect(b.snapshot.targets.find((t) => t.id === target.id)?.wording).toBe(
      'changed by another gateway',
    );
  });
});
