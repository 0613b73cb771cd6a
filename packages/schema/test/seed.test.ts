import { TARGETS } from '@lotrinh/indicators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctObservation, currentObservations } from '../src/observations.ts';
import { KNOWLEDGE_BASE, type KnowledgeBase, seedDatabase } from '../src/seed.ts';
import { BACKENDS, freshDatabase } from './backends.ts';

type Db = Awaited<ReturnType<typeof freshDatabase>>;

async function counts(db: Db) {
  const p = db.prisma;
  return {
    wards: await p.ward.count(),
    documents: await p.sourceDocument.count(),
    pillars: await p.pillar.count(),
    indicators: await p.indicator.count(),
    aliases: await p.indicatorAlias.count(),
    targets: await p.target.count(),
    tasks: await p.task.count(),
    observations: await p.observation.count(),
  };
}

describe.each(BACKENDS)('seed on $name', (backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDatabase(backend);
  });
  afterAll(async () => {
    await db.close();
  });

  it('loads the five wards’ knowledge base', async () => {
    const result = await seedDatabase(db.prisma);
    expect(result).toMatchObject({
      targets: KNOWLEDGE_BASE.targets.length,
      tasks: KNOWLEDGE_BASE.tasks.length,
      observationsCreated: KNOWLEDGE_BASE.actuals.length,
    });
    expect(await counts(db)).toMatchObject({
      wards: 5,
      documents: 5,
      indicators: KNOWLEDGE_BASE.indicators.length,
      targets: KNOWLEDGE_BASE.targets.length,
      tasks: KNOWLEDGE_BASE.tasks.length,
      observations: KNOWLEDGE_BASE.actuals.length,
    });
    const dti = await db.prisma.target.findUniqueOrThrow({ where: { id: 'hai-an/PL2/20./2025' } });
    expect([dti.comparator, Number(dti.value), dti.sourceLine, dti.sourceText]).toEqual([
      'gte',
      0.77,
      1304,
      '≥ 0,77',
    ]);
    const contactless = await db.prisma.observation.findFirstOrThrow({
      where: { wardSlug: 'chu-van-an', indicatorCode: 'DG_CONTACTLESS_TRANSACTIONS' },
    });
    expect([
      Number(contactless.value),
      Number(contactless.numerator),
      Number(contactless.denominator),
    ]).toEqual([82.54, 10329, 12514]);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const before = await counts(db);
    const result = await seedDatabase(db.prisma);
    expect(result.observationsCreated).toBe(0);
    expect(await counts(db)).toEqual(before);
  });

  it('keeps what users did: task statuses and corrected results', async () => {
    const task = await db.prisma.task.findFirstOrThrow({
      where: { wardSlug: 'hong-bang', code: '13' },
    });
    await db.prisma.task.update({ where: { id: task.id }, data: { status: 'in_progress' } });
    const [vneid] = await currentObservations(db.prisma, {
      ward: 'chu-van-an',
      indicator: 'DS_VNEID',
    });
    if (!vneid) throw new Error('seeded VNeID result missing');
    const corrected = await correctObservation(
      db.prisma,
      vneid.id,
      { value: 86.1, note: 'Số liệu Công an phường 12/2025' },
      { source: 'user' },
    );

    await seedDatabase(db.prisma);

    expect((await db.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe(
      'in_progress',
    );
    const [current] = await currentObservations(db.prisma, {
      ward: 'chu-van-an',
      indicator: 'DS_VNEID',
    });
    expect(current?.id).toBe(corrected.id);
    expect(Number(current?.value)).toBe(86.1);
  });

  it('updates in place after a catalog change instead of duplicating', async () => {
    const before = await counts(db);
    const changed: KnowledgeBase = {
      ...KNOWLEDGE_BASE,
      targets: TARGETS.map((t) =>
        t.id === 'hong-bang/III/13/2026'
          ? { ...t, wording: `${t.wording} (sửa)`, leadAgency: 'Phòng Kinh tế' }
          : t,
      ),
      actuals: KNOWLEDGE_BASE.actuals.map((a) =>
        a.indicator === 'DG_CONTACTLESS_TRANSACTIONS' ? { ...a, value: 82.55 } : a,
      ),
      tasks: KNOWLEDGE_BASE.tasks.map((t) =>
        t.ward === 'hong-bang' && t.code === '13' ? { ...t, output: 'Báo cáo quý' } : t,
      ),
    };
    const result = await seedDatabase(db.prisma, changed);
    const after = await counts(db);
    // The new wording replaces the old alias; the changed seeded result gets a new version.
    expect(after).toEqual({ ...before, observations: before.observations + 1 });
    expect(result.observationsCreated).toBe(1);
    expect(
      (await db.prisma.target.findUniqueOrThrow({ where: { id: 'hong-bang/III/13/2026' } }))
        .leadAgency,
    ).toBe('Phòng Kinh tế');
    const task = await db.prisma.task.findFirstOrThrow({
      where: { wardSlug: 'hong-bang', code: '13' },
    });
    expect([task.output, task.status]).toEqual(['Báo cáo quý', 'in_progress']);
    const [contactless] = await currentObservations(db.prisma, {
      ward: 'chu-van-an',
      indicator: 'DG_CONTACTLESS_TRANSACTIONS',
    });
    expect([Number(contactless?.value), contactless?.version]).toEqual([82.55, 2]);
  });

  it('removes seeded targets that left the catalog', async () => {
    const without: KnowledgeBase = {
      ...KNOWLEDGE_BASE,
      targets: TARGETS.filter((t) => t.ward !== 'hong-bang'),
    };
    await seedDatabase(db.prisma, without);
    expect(await db.prisma.target.count({ where: { wardSlug: 'hong-bang' } })).toBe(0);
    await seedDatabase(db.prisma);
    expect(await db.prisma.target.count({ where: { wardSlug: 'hong-bang' } })).toBe(
      TARGETS.filter((t) => t.ward === 'hong-bang').length,
    );
  });
});
