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
  type Observation as ScoringObservation,
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
  compactObservation,
  isAnnual,
  loadAllCurrentObservations,
  loadCatalog,
  loadCurrentObservations,
  mergeCatalog,
  type Snapshot,
  scoringObservations,
} from './snapshot.ts';

interface CatalogIndex {
  wards: Map<string, Snapshot['wards'][number]>;
  indicators: Map<string, Snapshot['indicators'][number]>;
  targets: Map<string, Target>;
}

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
    const catalog = await loadCatalog(prisma);
    const byWard = await loadAllCurrentObservations(
      prisma,
      catalog.wards.map((w) => w.slug),
    );
    const store = new Store(prisma, { ...catalog, observations: byWard });
    await store.sync(); // records the starting signatures
    store.prepare();
    return store;
  }

  /**
   * Builds what scoring reads besides scores — targets by ward, each ward's yearly results as
   * scoring observations — once, at load: at 3,321 units converting every ward's result rows
   * on its first scoring was a third of rescoring them all.
   */
  private prepare(): void {
    this.targetsOf('' as WardSlug);
    for (const ward of this.snapshot.observations.keys()) this.scoringView(ward);
  }

  /** A ward's yearly results as scoring observations, by indicator (kept with its results). */
  private scoringView(ward: WardSlug): Map<string, ScoringObservation[]> {
    let view = this.scoringViews.get(ward);
    if (!view) {
      view = scoringObservations(this.currentObservations(ward));
      this.scoringViews.set(ward, view);
    }
    return view;
  }
  private readonly scoringViews = new Map<string, Map<string, ScoringObservation[]>>();

  async refreshWard(ward: WardSlug): Promise<void> {
    this.snapshot.observations.set(ward, await loadCurrentObservations(this.prisma, ward));
    this.scoringViews.delete(ward);
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
    this.snapshot.observations.set(ward, [...kept, ...rows.map(compactObservation)]);
    this.scoringViews.delete(ward);
    this.invalidate(ward);
  }

  /**
   * Reloads the catalog (wards, documents, indicators, targets, tasks) after a city
   * administrator changed it, and drops every cached score: a new target can change any ward's
   * scorecard, the ranking and the coverage. Results stay as they are; a new ward starts with none.
   *
   * With `wards`, for a change that touched only those wards' rows (a ward, its documents, its
   * targets of catalog indicators): only their part is read again and merged in, and only their
   * scores are dropped (a ward's scorecard reads its own targets and documents only); the
   * ranking and coverage, which span wards, are recomputed from the cached scores.
   */
  async reloadCatalog(wards?: readonly WardSlug[]): Promise<void> {
    const catalog = wards
      ? mergeCatalog(
          this.snapshot,
          wards,
          await loadCatalog(this.prisma, { wards, catalog: this.snapshot }),
        )
      : await loadCatalog(this.prisma);
    Object.assign(this.snapshot, catalog);
    for (const w of wards ?? catalog.wards.map((x) => x.slug))
      if (!this.snapshot.observations.has(w)) this.snapshot.observations.set(w, []);
    if (wards) for (const w of wards) this.dropScores(w);
    else {
      this.scorecards.clear();
      this.composites.clear();
    }
    this.coverageCache = null;
    this.planPeriodCache = null;
    this.targetsByWard = null;
    this.catalogIndex = null;
    this.version++;
    // This process's own catalog change is not news to its next sync; others' results still are.
    const fresh = await this.readSignatures(wards);
    for (const [ward, sig] of fresh)
      this.signatures.set(ward, {
        results: this.signatures.get(ward)?.results ?? sig.results,
        catalog: sig.catalog,
      });
  }

  private invalidate(ward: WardSlug): void {
    this.dropScores(ward);
    this.version++;
  }

  private dropScores(ward: string): void {
    for (const key of [...this.scorecards.keys()])
      if (key.startsWith(`${ward}:`)) this.scorecards.delete(key);
    for (const key of [...this.composites.keys()])
      if (key.startsWith(`${ward}:`)) this.composites.delete(key);
  }

  /**
   * Per ward: its results (how many, the newest) and task history — and its catalog (documents,
   * targets in force and withdrawn, the newest target) — plus the indicator catalog's size under
   * the key "" (see `sync`). Appends and withdrawals only ever grow these counts or times.
   */
  private signatures = new Map<string, { results: string; catalog: string }>();

  private async readSignatures(
    wards?: readonly string[],
  ): Promise<Map<string, { results: string; catalog: string }>> {
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
       FROM "Ward" w${wards ? ' WHERE w."slug" = ANY($1::text[])' : ''}`,
        ...(wards ? [[...wards]] : []),
      ),
      // A scoped reload (some wards' rows) leaves the indicator catalog as it was.
      wards ? null : this.prisma.indicator.count(),
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
    if (indicators !== null) signatures.set('', { results: '', catalog: String(indicators) });
    return signatures;
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
    const previousVersions = this.dataVersions;
    this.dataVersions = versions;
    if (!previousVersions) {
      this.signatures = await this.readSignatures();
      return [];
    }
    const changedTables = [...versions]
      .filter(([table, v]) => previousVersions.get(table) !== v)
      .map(([table]) => table);
    if (changedTables.length === 0) return [];
    // Another process changed a user (role, wards, disabled): its cached viewer goes too.
    if (changedTables.includes('User')) this.credentialsChanged();
    const catalogTouched = changedTables.some((t) => !PER_WARD_TABLES.has(t));
    const next = await this.readSignatures();
    const previous = this.signatures;
    this.signatures = next;
    const catalogChanged = [...next.entries()]
      .filter(([ward, sig]) => previous.get(ward)?.catalog !== sig.catalog)
      .map(([ward]) => ward);
    const changed = [...next.entries()]
      .filter(([ward, sig]) => ward !== '' && previous.get(ward)?.results !== sig.results)
      .map(([ward]) => ward as WardSlug);
    // A table the signatures do not cover (an indicator, a target edited in place) or one
    // they do: either way the catalog is reloaded once.
    if (catalogTouched || catalogChanged.length) {
      await this.reloadCatalog();
      this.signatures = next;
    }
    for (const ward of changed) {
      await this.refreshWard(ward);
      const tasks = await this.prisma.task.findMany({ where: { wardSlug: ward } });
      for (const task of tasks) this.replaceTask(task);
    }
    this.version++;
    return [...new Set([...changed, ...catalogChanged.filter((w) => w !== '')])];
  }

  /**
   * A user was created, renamed, disabled or had their password reset. Answers name people
   * (`recordedBy`, `withdrawnBy`), so this process's stored answers are dropped now; other
   * gateways see the `User` table's data version move at their next sync.
   */
  peopleChanged(): void {
    this.version++;
    this.credentialsChanged();
  }

  /**
   * Bumped when who may do what changed (a user's role, wards or state, a token revoked, a
   * session ended): cached viewer lookups (`auth/viewer-cache.ts`) older than it are dropped.
   * Unlike `version`, it leaves stored answers alone: signing out does not retire them.
   */
  credentialsVersion = 0;

  credentialsChanged(): void {
    this.credentialsVersion++;
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
      rows = scorecard(ward, year, this.targetsOf(ward), this.scoringView(ward), {
        planPeriod: this.planPeriod,
      });
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

  /**
   * Wards, indicators and targets by key, built once per catalog load: resolvers look one up
   * per cell, and a linear search made a 114-unit overview quadratic (8,000 cells × 4,800 targets).
   */
  get byKey(): CatalogIndex {
    this.catalogIndex ??= {
      wards: new Map(this.snapshot.wards.map((w) => [w.slug, w])),
      indicators: new Map(this.snapshot.indicators.map((i) => [i.code, i])),
      targets: new Map(this.snapshot.targets.map((t) => [t.id, t])),
    };
    return this.catalogIndex;
  }
  private catalogIndex: CatalogIndex | null = null;

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
