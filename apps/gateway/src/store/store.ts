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
  type Target,
  type WardSlug,
} from '@lotrinh/indicators';
import {
  type Observation as ObservationRow,
  type PrismaClient,
  readDataVersions,
  type Task as TaskRow,
} from '@lotrinh/schema';
import {
  isAnnual,
  loadCatalog,
  loadCurrentObservations,
  type Snapshot,
  scoringObservations,
} from './snapshot.ts';

/** Tables whose writes concern one ward's results or tasks: `sync` reloads just those wards. */
const PER_WARD_TABLES = new Set(['Observation', 'Task', 'TaskStatusChange']);

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
   * Adds first results (version 1, superseding nothing) that this process has just committed,
   * without reading the ward back: after a 5,000-row import the read-back alone blocked the
   * event loop for ~1 s on PGlite. Other processes' writes still arrive through `sync`.
   */
  addNewObservations(ward: WardSlug, rows: readonly ObservationRow[]): void {
    this.snapshot.observations.set(ward, [...this.currentObservations(ward), ...rows]);
    this.invalidate(ward);
  }

  /** Reloads wards, documents, targets, indicators and tasks; every score is dropped. */
  private async reloadCatalog(): Promise<void> {
    const catalog = await loadCatalog(this.prisma);
    Object.assign(this.snapshot, catalog);
    for (const ward of catalog.wards)
      if (!this.snapshot.observations.has(ward.slug))
        this.snapshot.observations.set(
          ward.slug,
          await loadCurrentObservations(this.prisma, ward.slug),
        );
    this.scorecards.clear();
    this.composites.clear();
    this.coverageCache = null;
    this.planPeriodCache = null;
    this.targetsByWard = null;
    this.version++;
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

  /** The database's per-table data versions when this store last synced (null: never). */
  private dataVersions: Map<string, bigint> | null = null;

  /**
   * Picks up writes made by other gateway processes (or scripts) on the same database. The
   * check is one read of the `DataVersion` rows, which a trigger bumps in every write
   * transaction; only when they moved does it look further: wards whose results or task
   * history changed are reloaded, a change to any other table reloads the catalog. Any change
   * bumps `version`, so every stored answer of this process is dropped. Returns the reloaded
   * wards. The versions are read first: a write committing meanwhile is seen again next time.
   */
  async sync(): Promise<WardSlug[]> {
    const versions = await readDataVersions(this.prisma);
    const previous = this.dataVersions;
    this.dataVersions = versions;
    if (!previous) {
      this.signatures = await this.readSignatures();
      return [];
    }
    const changedTables = [...versions]
      .filter(([table, v]) => previous.get(table) !== v)
      .map(([table]) => table);
    if (changedTables.length === 0) return [];
    if (changedTables.some((t) => !PER_WARD_TABLES.has(t))) await this.reloadCatalog();
    const next = await this.readSignatures();
    const changed = [...next.entries()]
      .filter(([ward, sig]) => this.signatures.get(ward) !== sig)
      .map(([ward]) => ward as WardSlug);
    this.signatures = next;
    for (const ward of changed) {
      await this.refreshWard(ward);
      const tasks = await this.prisma.task.findMany({ where: { wardSlug: ward } });
      for (const task of tasks) this.replaceTask(task);
    }
    this.version++;
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
        this.targetsOf(ward),
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

  /**
   * One ward's targets. Scoring a ward used to filter every ward's targets: at 3,321 units
   * that made rescoring all of them quadratic (~16 s); indexed once per catalog load.
   */
  targetsOf(ward: WardSlug): Target[] {
    if (!this.targetsByWard) {
      this.targetsByWard = new Map();
      for (const t of this.snapshot.targets) {
        const list = this.targetsByWard.get(t.ward);
        if (list) list.push(t);
        else this.targetsByWard.set(t.ward, [t]);
      }
    }
    return this.targetsByWard.get(ward) ?? [];
  }
  private targetsByWard: Map<string, Target[]> | null = null;

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
