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
});

describe('a catalog change by another gateway process', () => {
  it('is noticed by sync: the new ward, its document and target, and a withdrawal', async () => {
    const a = await Store.load(db.prisma);
    const b = await Store.load(db.prisma);
    const version = b.version;
    await db.prisma.ward.create({
      data: { slug: 'kien-thuy', nameVi: 'Kiến Thụy', nameEn: 'Kiến Thụy commune', kind: 'xa' },
    });
    await db.prisma.sourceDocument.create({
      data: {
        id: 'kien-thuy-plan-2026',
        wardSlug: 'kien-thuy',
        file: 'kh.txt',
        kind: 'plan',
        numberAsPrinted: '',
        dateAsPrinted: '',
        titleVi: 'Kế hoạch',
        titleEn: 'Plan',
        periodStart: 2026,
        periodEnd: 2030,
        line: 1,
        text: 'Kế hoạch\nTỷ lệ hồ sơ trực tuyến ≥ 70%',
        origin: 'entered',
      },
    });
    await db.prisma.target.create({
      data: {
        id: 'kien-thuy-1',
        wardSlug: 'kien-thuy',
        indicatorCode: 'DG_ONLINE_DOSSIERS',
        documentId: 'kien-thuy-plan-2026',
        year: 2026,
        kind: 'quantitative',
        comparator: 'gte',
        value: 70,
        unit: 'percent',
        wording: 'Tỷ lệ hồ sơ trực tuyến',
        sourceSection: 'I',
        sourceRow: '1',
        sourceLine: 2,
        sourceText: '≥ 70%',
        origin: 'entered',
      },
    });
    await a.reloadCatalog();
    expect(a.hasWard('kien-thuy')).toBe(true);

    expect(b.hasWard('kien-thuy')).toBe(false);
    expect(await b.sync()).toEqual(['kien-thuy']);
    expect(b.version).toBeGreaterThan(version);
    expect(b.snapshot.documents.find((d) => d.id === 'kien-thuy-plan-2026')?.lineCount).toBe(2);
    expect(b.scorecard('kien-thuy', 2026).map((r) => [r.indicator, r.status])).toEqual([
      ['DG_ONLINE_DOSSIERS', 'not-reported'],
    ]);
    expect(b.ranking(2026).withheld?.total).toBe(6);
    expect(b.coverage().map((c) => c.ward)).toContain('kien-thuy');
    expect(await b.sync()).toEqual([]);

    await db.prisma.target.update({
      where: { id: 'kien-thuy-1' },
      data: { withdrawnAt: new Date(), withdrawReason: 'nhầm' },
    });
    expect(await b.sync()).toEqual(['kien-thuy']);
    expect(b.scorecard('kien-thuy', 2026)).toEqual([]);
    expect(b.snapshot.withdrawnTargets.map((t) => t.id)).toEqual(['kien-thuy-1']);
  });
});
