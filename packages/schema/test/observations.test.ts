import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../src/errors.ts';
import {
  correctObservation,
  currentObservations,
  observationHistory,
  recordObservations,
} from '../src/observations.ts';
import { seedDatabase } from '../src/seed.ts';
import { BACKENDS, freshDatabase } from './backends.ts';

type Db = Awaited<ReturnType<typeof freshDatabase>>;

describe.each(BACKENDS)('observations on $name', (backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDatabase(backend);
    await seedDatabase(db.prisma);
  });
  afterAll(async () => {
    await db.close();
  });

  it('keeps every version when a result is corrected', async () => {
    const [first] = await recordObservations(
      db.prisma,
      [{ ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2025, value: 0.71 }],
      { source: 'user' },
    );
    if (!first) throw new Error('nothing recorded');
    const second = await correctObservation(
      db.prisma,
      first.id,
      { value: 0.73, note: 'Sở KHCN công bố lại' },
      { source: 'user' },
    );
    const history = await observationHistory(db.prisma, {
      ward: 'hai-an',
      indicator: 'DTI_WARD_INDEX',
      year: 2025,
    });
    expect(history.map((o) => [o.version, Number(o.value), o.supersedesId])).toEqual([
      [1, 0.71, null],
      [2, 0.73, first.id],
    ]);
    const current = await currentObservations(db.prisma, {
      ward: 'hai-an',
      indicator: 'DTI_WARD_INDEX',
    });
    expect(current.map((o) => o.id)).toEqual([second.id]);
  });

  it('refuses to correct a version that is no longer current', async () => {
    const [first] = await recordObservations(
      db.prisma,
      [{ ward: 'hai-an', indicator: 'DS_VNEID', year: 2025, value: 70 }],
      { source: 'user' },
    );
    if (!first) throw new Error('nothing recorded');
    await correctObservation(db.prisma, first.id, { value: 72 }, { source: 'user' });
    await expect(
      correctObservation(db.prisma, first.id, { value: 75 }, { source: 'user' }),
    ).rejects.toThrow(ConflictError);
  });

  it('lets only one of two simultaneous corrections win', async () => {
    const [first] = await recordObservations(
      db.prisma,
      [{ ward: 'hai-an', indicator: 'DS_CITIZEN_DIGITAL_SIGNATURE', year: 2025, value: 5 }],
      { source: 'user' },
    );
    if (!first) throw new Error('nothing recorded');
    const results = await Promise.allSettled([
      correctObservation(db.prisma, first.id, { value: 6 }, { source: 'user' }),
      correctObservation(db.prisma, first.id, { value: 7 }, { source: 'user' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(ConflictError);
    expect(
      await observationHistory(db.prisma, {
        ward: 'hai-an',
        indicator: 'DS_CITIZEN_DIGITAL_SIGNATURE',
        year: 2025,
      }),
    ).toHaveLength(2);
  });

  it('writes nothing when one row of a multi-row write fails', async () => {
    const before = await db.prisma.observation.count();
    await expect(
      recordObservations(
        db.prisma,
        [
          { ward: 'hong-bang', indicator: 'DG_ONLINE_DOSSIERS', year: 2026, value: 91 },
          { ward: 'hong-bang', indicator: 'DG_DOSSIER_DIGITISATION', year: 2026, value: 96 },
          // A percentage above 100 breaks the database's range check.
          { ward: 'hong-bang', indicator: 'DG_DATA_REUSE', year: 2026, value: 195 },
        ],
        { source: 'import' },
      ),
    ).rejects.toThrow();
    expect(await db.prisma.observation.count()).toBe(before);
  });

  it('audits each write in the same transaction (who, when, old → new), and nothing when it fails', async () => {
    const audit = { actorId: null, actorLabel: 'editor@hong-bang', action: 'recordObservation' };
    const [row] = await recordObservations(
      db.prisma,
      [{ ward: 'hong-bang', indicator: 'DG_SATISFACTION', year: 2026, value: 96 }],
      { source: 'user', audit },
    );
    if (!row) throw new Error('nothing recorded');
    const fixed = await correctObservation(
      db.prisma,
      row.id,
      { value: 97 },
      { source: 'user', audit: { ...audit, action: 'correctObservation' } },
    );
    const events = await db.prisma.auditEvent.findMany({
      where: { entityType: 'Observation', entityId: { in: [row.id, fixed.id] } },
      orderBy: { id: 'asc' },
    });
    expect(
      events.map((e) => [
        e.action,
        e.actorLabel,
        (e.before as { value?: string } | null)?.value ?? null,
        (e.after as { value: string }).value,
      ]),
    ).toEqual([
      ['recordObservation', 'editor@hong-bang', null, '96'],
      ['correctObservation', 'editor@hong-bang', '96', '97'],
    ]);
    expect(events.every((e) => e.at instanceof Date)).toBe(true);

    const before = await db.prisma.auditEvent.count();
    await expect(
      recordObservations(
        db.prisma,
        [{ ward: 'hong-bang', indicator: 'DG_DATA_REUSE', year: 2027, value: 101 }],
        { source: 'user', audit },
      ),
    ).rejects.toThrow();
    expect(await db.prisma.auditEvent.count()).toBe(before);
  });

  it('refuses to record a period twice (a correction is needed instead)', async () => {
    await recordObservations(
      db.prisma,
      [{ ward: 'thanh-mien', indicator: 'DE_BANK_ACCOUNTS', year: 2026, value: 90 }],
      { source: 'user' },
    );
    await expect(
      recordObservations(
        db.prisma,
        [{ ward: 'thanh-mien', indicator: 'DE_BANK_ACCOUNTS', year: 2026, value: 91 }],
        { source: 'user' },
      ),
    ).rejects.toThrow(ConflictError);
  });

  describe('constraints live in the database', () => {
    const insert = (sql: string) => db.withSession((s) => s.exec(sql));
    const row = (over: Record<string, string>) => {
      const base: Record<string, string> = {
        id: `'${crypto.randomUUID()}'`,
        wardSlug: "'hai-an'",
        indicatorCode: "'DS_VNEID'",
        unit: "'percent'",
        year: '2031',
        value: '50',
        source: "'user'",
      };
      const cols = { ...base, ...over };
      return `INSERT INTO "Observation" (${Object.keys(cols)
        .map((c) => `"${c}"`)
        .join(', ')}) VALUES (${Object.values(cols).join(', ')})`;
    };

    it.each([
      ['a percentage above 100', { value: '100.5' }, /Observation_value_range_check/],
      [
        'a negative count',
        { indicatorCode: "'STI_INITIATIVES_APPLIED'", unit: "'countPerYear'", value: '-1' },
        /Observation_value_range_check/,
      ],
      [
        'an index above 1',
        { indicatorCode: "'DTI_WARD_INDEX'", unit: "'index'", value: '1.2' },
        /Observation_value_range_check/,
      ],
      [
        'a unit that is not the indicator’s',
        { unit: "'count'" },
        /Observation_indicatorCode_unit_fkey/,
      ],
      ['a quarter and a month at once', { quarter: '2', month: '5' }, /Observation_period_check/],
      ['a thirteenth month', { month: '13' }, /Observation_period_check/],
      ['a year out of range', { year: '1999' }, /Observation_period_check/],
      ['neither a value nor a met flag', { value: 'NULL' }, /Observation_has_result_check/],
      ['a version 2 that supersedes nothing', { version: '2' }, /Observation_version_check/],
      ['an unknown ward', { wardSlug: "'atlantis'" }, /Observation_wardSlug_fkey/],
    ])('rejects %s', async (_label, over, message) => {
      await expect(insert(row(over))).rejects.toThrow(message);
    });

    it('forbids updating or deleting a result in place', async () => {
      const [current] = await currentObservations(db.prisma, {
        ward: 'chu-van-an',
        indicator: 'DG_CONTACTLESS_TRANSACTIONS',
      });
      await expect(
        insert(`UPDATE "Observation" SET "value" = 90 WHERE "id" = '${current?.id}'`),
      ).rejects.toThrow(/append-only/);
      await expect(
        insert(`DELETE FROM "Observation" WHERE "id" = '${current?.id}'`),
      ).rejects.toThrow(/append-only/);
    });

    it('keeps the audit log append-only', async () => {
      const event = await db.prisma.auditEvent.create({
        data: { actorLabel: 'test', action: 'seed', entityType: 'Ward', entityId: 'hai-an' },
      });
      await expect(db.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(
        /append-only/,
      );
    });
  });
});
