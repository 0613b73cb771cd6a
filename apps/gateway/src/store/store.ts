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
   * Adds first results (version 1, superseding nothing) that this process has just committed,
   * without reading the ward back: after a 5,000-row import the read-back alone blocked the
   * event loop for ~1 s on PGlite. Other processes' writes still arrive through `sync`.
   */
  addNewObservations(ward: WardSlug, rows: readonly ObservationRow[]): void {
    this.snapshot.observations.set(ward, [...this.currentObservations(ward), ...rows]);
    this.invalidate(ward);
  }

  /**
   * Reloads the catalog (wards, documents, indicators, targets, tasks) after a city
   * administrator changed it, and drops every cached score: a new target can change any ward's
   * scorecard, the ranking and the coverage. Results stay as they are; a new ward starts with none.
   */
  async reloadCatalog(): Promise<void> {
    const catalog = await loadCatalog(this.prisma);
    Object.assign(this.snapshot, catalog);
    for (const w of catalog.wards)
      if (!this.snapshot.observations.has(w.slug)) this.snapshot.observations.set(w.slug, []);
    this.scorecards.clear();
    this.composites.clear();
    this.coverageCache = null;
    this.planPeriodCache = null;
    this.version++;
    // This process's own catalog change is not news to its next sync; others' results still are.
    const fresh = await this.readSignatures();
    for (const [ward, sig] of fresh)
      this.signatures.set(ward, {
        results: this.signatures.get(ward)?.results ?? sig.results,
        catalog: sig.catalog,
      });
  }

  private invalidate(ward: WardSlug): void {
    for (const key of [...this.scorecards.keys()])
      if (key.startsWith(`${ward}:`)) this.scorecards.delete(key);
    for (const key of [...this.composites.keys()])
      if (key.startsWith(`${ward}:`)) this.composites.delete(key);
    this.version++;
  }

  /**
   * Per ward: its results (how many, the newest) and task history — and its catalog (documents,
   * targets in force and withdrawn, the newest target) — plus the indicator catalog's size under
   * the key "" (see `sync`). Appends and withdrawals only ever grow these counts or times.
   */
  private signatures = new Map<string, { results: string; catalog: string }>();

  private async readSignatures(): Promise<Map<string, { results: string; catalog: string }>> {
    type Row = {
      ward: string;
      results: bigint | number;
      latest: Date | null;
      tasks: Date | null;
      documents: bigint | number;
      targets: bigint | number;
      withdrawn: bigint | number;
      newest: Date | null;
    };
    const [rows, indicators] = await Promise.all([
      this.prisma.$queryRawUnsafe<Row[]>(
        `SELECT w."slug" AS ward,
              (SELECT count(*) FROM "Observation" o WHERE o."wardSlug" = w."slug") AS results,
              (SELECT max(o."createdAt") FROM "Observation" o WHERE o."wardSlug" = w."slug") AS latest,
              (SELECT max(c."changedAt") FROM "TaskStatusChange" c JOIN "Task" t ON t."id" = c."taskId" WHERE t."wardSlug" = w."slug") AS tasks,
              (SELECT count(*) FROM "SourceDocument" d WHERE d."wardSlug" = w."slug") AS documents,
              (SELECT count(*) FROM "Target" g WHERE g."wardSlug" = w."slug") AS targets,
              (SELECT count(*) FROM "Target" g WHERE g."wardSlug" = w."slug" AND g."withdrawnAt" IS NOT NULL) AS withdrawn,
              (SELECT max(g."createdAt") FROM "Target" g WHERE g."wardSlug" = w."slug") AS newest
       FROM "Ward" w`,
      ),
      this.prisma.indicator.count(),
    ]);
    const signatures = new Map(
      rows.map((r) => [
        r.ward,
        {
          results: `${r.results}|${r.latest?.toISOString() ?? ''}|${r.tasks?.toISOString() ?? ''}`,
          catalog: `${r.documents}|${r.targets}|${r.withdrawn}|${r.newest?.toISOString() ?? ''}`,
        },
      ]),
    );
    signatures.set('', { results: '', catalog: String(indicators) });
    return signatures;
  }

  /**
   * Picks up writes made by other gateway processes on the same database: one cheap query.
   * When a ward was added or its documents or targets changed (or an indicator was proposed),
   * the catalog is reloaded; then only wards whose results or task history changed are
   * reloaded. Returns the wards that changed in either way.
   */
  async sync(): Promise<WardSlug[]> {
    const next = await this.readSignatures();
    const previous = this.signatures;
    const firstRun = previous.size === 0;
    this.signatures = next;
    if (firstRun) return [];
    const catalogChanged = [...next.entries()]
      .filter(([ward, sig]) => previous.get(ward)?.catalog !== sig.catalog)
      .map(([ward]) => ward);
    const changed = [...next.entries()]
      .filter(([ward, sig]) => ward !== '' && previous.get(ward)?.results !== sig.results)
      .map(([ward]) => ward as WardSlug);
    if (catalogChanged.length) {
      await this.reloadCatalog();
      this.signatures = next;
    }
    for (const ward of changed) {
      await this.refreshWard(ward);
      const tasks = await this.prisma.task.findMany({ where: { wardSlug: ward } });
      for (const task of tasks) this.replaceTask(task);
    }
    return [...new Set([...changed, ...catalogChanged.filter((w) => w !== '')])];
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
