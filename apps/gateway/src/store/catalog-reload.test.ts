import type { WardSlug } from '@lotrinh/indicators';
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

const catalogOf = (store: Store) => {
  const { observations: _, ...catalog } = store.snapshot;
  return catalog;
};

describe('reloading the catalog of some wards only', () => {
  it('gives the catalog a whole reload gives, and drops only those wards’ scores', async () => {
    const store = await Store.load(db.prisma);
    const kept = store.scorecard('hong-bang', 2025);
    const dropped = store.scorecard('hai-an', 2025);
    const version = store.version;

    // A new ward with a document and a target, and one of Hải An's targets withdrawn.
    await db.prisma.ward.create({
      data: { slug: 'an-moi', nameVi: 'Phường An Mới', nameEn: 'An Moi ward', kind: 'phuong' },
    });
    await db.prisma.sourceDocument.create({
      data: {
        id: 'an-moi-plan-2025',
        wardSlug: 'an-moi',
        file: 'a-plan.txt',
        kind: 'plan',
        numberAsPrinted: '1/KH-UBND',
        dateAsPrinted: '2025',
        titleVi: 'Kế hoạch',
        titleEn: 'Plan',
        periodStart: 2025,
        periodEnd: 2030,
        line: 1,
        text: 'Kế hoạch\nTỷ lệ hồ sơ trực tuyến đạt 90%\n',
        origin: 'entered',
      },
    });
    await db.prisma.target.create({
      data: {
        id: 'an-moi-1',
        wardSlug: 'an-moi',
        indicatorCode: 'DG_ONLINE_DOSSIERS',
        documentId: 'an-moi-plan-2025',
        year: 2025,
        kind: 'quantitative',
        comparator: 'gte',
        value: 90,
        unit: 'percent',
        wording: 'Tỷ lệ hồ sơ trực tuyến',
        sourceSection: 'I',
        sourceRow: '1',
        sourceLine: 2,
        sourceText: 'Tỷ lệ hồ sơ trực tuyến đạt 90%',
        origin: 'entered',
      },
    });
    const withdrawn = store.targetsOf('hai-an' as WardSlug)[0];
    if (!withdrawn) throw new Error('Hải An has targets in the seed');
    await db.prisma.target.update({
      where: { id: withdrawn.id },
      data: { withdrawnAt: new Date(), withdrawReason: 'thử' },
    });

    await store.reloadCatalog(['an-moi', 'hai-an'] as WardSlug[]);

    expect(catalogOf(store)).toEqual(catalogOf(await Store.load(db.prisma)));
    expect(store.snapshot.withdrawnTargets.map((t) => t.id)).toContain(withdrawn.id);
    expect(store.targetsOf('an-moi' as WardSlug).map((t) => t.id)).toEqual(['an-moi-1']);
    expect(store.currentObservations('an-moi' as WardSlug)).toEqual([]);
    expect(store.version).toBeGreaterThan(version);
    // Hồng Bàng's scores are still the cached ones; Hải An's are computed again.
    expect(store.scorecard('hong-bang', 2025)).toBe(kept);
    expect(store.scorecard('hai-an', 2025)).not.toBe(dropped);
    expect(store.scorecard('hai-an', 2025).flatMap((r) => r.targetIds)).not.toContain(withdrawn.id);
  });
});
