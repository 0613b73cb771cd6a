import { citationProblem, documentLines, TARGETS } from '@lotrinh/indicators';
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

  it('stores the seed texts, and every seeded target’s text is printed in its stored lines', async () => {
    const documents = await db.prisma.sourceDocument.findMany({
      include: { targets: { where: { withdrawnAt: null } } },
      orderBy: { id: 'asc' },
    });
    expect(documents.map((d) => [d.id, d.origin, (d.text?.length ?? 0) > 1000])).toEqual(
      KNOWLEDGE_BASE.documents
        .map((d) => [d.id, 'seed', true])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    let checked = 0;
    for (const d of documents) {
      const lines = documentLines(d.text ?? '');
      for (const t of d.targets) {
        const problem = citationProblem(lines, {
          line: t.sourceLine,
          lineEnd: t.sourceLineEnd,
          text: t.sourceText,
        });
        expect(problem, t.id).toBeNull();
        checked++;
      }
    }
    expect(checked).toBe(KNOWLEDGE_BASE.targets.length);
    const wards = await db.prisma.ward.findMany({ orderBy: { slug: 'asc' } });
    expect(wards.every((w) => w.builtIn)).toBe(true);
  });

  it('keeps a ward, document and target an administrator added, through a reseed', async () => {
    await db.prisma.ward.create({
      data: { slug: 'an-lao', nameVi: 'An Lão', nameEn: 'An Lão commune', kind: 'xa' },
    });
    await db.prisma.sourceDocument.create({
      data: {
        id: 'an-lao-plan-2026',
        wardSlug: 'an-lao',
        file: 'ke-hoach.txt',
        kind: 'plan',
        numberAsPrinted: 'Số: 12/KH-UBND',
        dateAsPrinted: 'ngày 3 tháng 3 năm 2026',
        titleVi: 'Kế hoạch',
        titleEn: 'Plan',
        periodStart: 2026,
        periodEnd: 2030,
        line: 1,
        text: 'Kế hoạch\nTỷ lệ hồ sơ trực tuyến ≥ 80%',
        origin: 'entered',
      },
    });
    await db.prisma.target.create({
      data: {
        id: 'an-lao-1',
        wardSlug: 'an-lao',
        indicatorCode: 'DG_ONLINE_DOSSIERS',
        documentId: 'an-lao-plan-2026',
        year: 2030,
        kind: 'quantitative',
        comparator: 'gte',
        value: 80,
        unit: 'percent',
        wording: 'Tỷ lệ hồ sơ trực tuyến',
        sourceSection: 'I',
        sourceRow: '1',
        sourceLine: 2,
        sourceText: '≥ 80%',
        origin: 'entered',
      },
    });
    await seedDatabase(db.prisma);
    expect(await db.prisma.target.findUnique({ where: { id: 'an-lao-1' } })).not.toBeNull();
    expect(
      await db.prisma.indicatorAlias.count({
        where: { wardSlug: 'an-lao', wording: 'Tỷ lệ hồ sơ trực tuyến' },
      }),
    ).toBe(1);
    const ward = await db.prisma.ward.findUniqueOrThrow({ where: { slug: 'an-lao' } });
    expect(ward.builtIn).toBe(false);
    // A file name is unique per ward only.
    await expect(
      db.prisma.sourceDocument.create({
        data: {
          id: 'an-lao-plan-2026-b',
          wardSlug: 'an-lao',
          file: 'ke-hoach.txt',
          kind: 'plan',
          numberAsPrinted: '',
          dateAsPrinted: '',
          titleVi: 'x',
          titleEn: 'x',
          periodStart: 2026,
          periodEnd: 2026,
          line: 1,
        },
      }),
    ).rejects.toThrow();
  });

  it('refuses a malformed ward slug and a withdrawal without a reason', async () => {
    await expect(
      db.prisma.ward.create({ data: { slug: 'An Lao', nameVi: 'x', nameEn: 'x', kind: 'xa' } }),
    ).rejects.toThrow();
    await expect(
      db.prisma.target.update({ where: { id: 'an-lao-1' }, data: { withdrawnAt: new Date() } }),
    ).rejects.toThrow();
  });
});
