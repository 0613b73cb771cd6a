import {
  type CompositeScore,
  type Coverage,
  compositeScore,
  coverage,
  type PlanPeriodOf,
  planPeriodOf,
  type Ranking,
  rank,
  type ScorecardRow,
  scorecard,
  type WardSlug,
} from '@lotrinh/indicators';
import type { Observation as ObservationRow, PrismaClient, Task as TaskRow } from '@lotrinh/schema';
import {
  isAnnual,
  loadCatalog,
  loadCurrentObservations,
  type Snapshot,
  scoringObservations,
} from './snapshot.ts';

/**
 * The read model: the snapshot plus scores computed once per data version and kept in memory.
 * A write calls `refreshWard`, which reloads that ward's results (one query) and drops only
 * that ward's scores; every other ward's scores stay cached. Reads never touch the database.
 */
export class Store {
  private constructor(
    private readonly prisma: PrismaClient,
    readonly snapshot: Snapshot,
  ) {}

  private readonly scorecards = new Map<string, ScorecardRow[]>();
  private readonly composites = new Map<string, CompositeScore>();
  private coverageCache: Coverage[] | null = null;
  /** Bumped on every refresh, so clients and exports can cite the data version. */
  version = 1;

  static async load(prisma: PrismaClient): Promise<Store> {
    const [catalog, observations] = await Promise.all([
      loadCatalog(prisma),
      loadCurrentObservations(prisma),
    ]);
    const byWard = new Map<WardSlug, ObservationRow[]>(catalog.wards.map((w) => [w.slug, []]));
    for (const o of observations) byWard.get(o.wardSlug as WardSlug)?.push(o);
    const store = new Store(prisma, { ...catalog, observations: byWard });
    await store.sync(); // records the starting signatures
    return store;
  }

  async refreshWard(ward: WardSlug): Promise<void> {
    this.snapshot.observations.set(ward, await loadCurrentObservations(this.prisma, ward));
    this.invalidate(ward);
  }

  /**
   * Adds results that this process has just committed — first versions, and corrections, which
   * replace the version they supersede — without reading the ward back: after a 5,000-row
   * import the read-back alone blocked the event loop for ~1 s on PGlite. Other processes'
   * writes still arrive through `sync`.
   */
  addNewObservations(ward: WardSlug, rows: readonly ObservationRow[]): void {
    const superseded = new Set(rows.flatMap((o) => (o.supersedesId ? [o.supersedesId] : [])));
    const kept = this.currentObservations(ward).filter((o) => !superseded.has(o.id));
    this.snapshot.observations.set(ward, [...kept, ...rows]);
    this.invalidate(ward);
  }

  private invalidate(ward: WardSlug): void {
    for (const key of [...this.scorecards.keys()])
      if (key.startsWith(`${ward}:`)) this.scorecards.delete(key);
    for (const key of [...this.composites.keys()])
      if (key.startsWith(`${ward}:`)) this.composites.delete(key);
    this.version++;
  }

  /** Per ward: how many results exist and when the newest was written (see `sync`). */
  private signatures = new Map<string, string>();

  private async readSignatures(): Promise<Map<string, string>> {
    const rows = await this.prisma.$queryRawUnsafe<
      { ward: string; results: bigint | number; latest: Date | null; tasks: Date | null }[]
    >(
      `SELECT w."slug" AS ward,
              (SELECT count(*) FROM "Observation" o WHERE o."wardSlug" = w."slug") AS results,
              (SELECT max(o."createdAt") FROM "Observation" o WHERE o."wardSlug" = w."slug") AS latest,
              (SELECT max(c."changedAt") FROM "TaskStatusChange" c JOIN "Task" t ON t."id" = c."taskId" WHERE t."wardSlug" = w."slug") AS tasks
       FROM "Ward" w`,
    );
    return new Map(
      rows.map((r) => [
        r.ward,
        `${r.results}|${r.latest?.toISOString() ?? ''}|${r.tasks?.toISOString() ?? ''}`,
      ]),
    );
  }

  /**
   * Picks up writes made by other gateway processes on the same database: one cheap query;
   * only wards whose results or task history changed are reloaded. Returns those wards.
   */
  async sync(): Promise<WardSlug[]> {
    const next = await this.readSignatures();
    const changed = [...next.entries()]
      .filter(([ward, sig]) => this.signatures.get(ward) !== sig)
      .map(([ward]) => ward as WardSlug);
    const firstRun = this.signatures.size === 0;
    this.signatures = next;
    if (firstRun) return [];
    for (const ward of changed) {
      await this.refreshWard(ward);
      const tasks = await this.prisma.task.findMany({ where: { wardSlug: ward } });
      for (const task of tasks) this.replaceTask(task);
    }
    return changed;
  }

  /** Replaces one task after a status change. */
  replaceTask(task: TaskRow): void {
    const i = this.snapshot.tasks.findIndex((t) => t.id === task.id);
    if (i >= 0) this.snapshot.tasks[i] = task;
    this.version++;
  }

  hasWard(slug: string): slug is WardSlug {
    return this.snapshot.wards.some((w) => w.slug === slug);
  }

  currentObservations(ward: WardSlug): ObservationRow[] {
    return this.snapshot.observations.get(ward) ?? [];
  }

  /** The current whole-year result of a ward, indicator and year: the stored row behind a score. */
  annualResult(ward: WardSlug, indicator: string, year: number | undefined): ObservationRow | null {
    if (year === undefined) return null;
    return (
      this.currentObservations(ward).find(
        (o) => o.indicatorCode === indicator && o.year === year && isAnnual(o),
      ) ?? null
    );
  }

  scorecard(ward: WardSlug, year: number): ScorecardRow[] {
    const key = `${ward}:${year}`;
    let rows = this.scorecards.get(key);
    if (!rows) {
      rows = scorecard(
        ward,
        year,
        this.snapshot.targets,
        scoringObservations(this.currentObservations(ward)),
        { planPeriod: this.planPeriod },
      );
      this.scorecards.set(key, rows);
    }
    return rows;
  }

  composite(ward: WardSlug, year: number): CompositeScore {
    const key = `${ward}:${year}`;
    let score = this.composites.get(key);
    if (!score) {
      score = compositeScore(ward, year, this.scorecard(ward, year));
      this.composites.set(key, score);
    }
    return score;
  }

  /** Plans are assessable only within their own years (catalog data: changes with a reseed only). */
  private get planPeriod(): PlanPeriodOf {
    this.planPeriodCache ??= planPeriodOf(this.snapshot.documents);
    return this.planPeriodCache;
  }
  private planPeriodCache: PlanPeriodOf | null = null;

  /** Ranking of all wards (or of the given ones) for a year; withheld below two scored wards. */
  ranking(year: number, wards?: readonly WardSlug[]): Ranking {
    const slugs = wards ?? this.snapshot.wards.map((w) => w.slug);
    return rank(slugs.map((w) => this.composite(w, year)));
  }

  coverageOf(ward: WardSlug): Coverage | undefined {
    return this.coverage().find((c) => c.ward === ward);
  }

  coverage(): Coverage[] {
    this.coverageCache ??= coverage(
      this.snapshot.wards.map((w) => w.slug),
      this.snapshot.targets,
      this.snapshot.indicators,
    );
    return this.coverageCache;
  }
}
