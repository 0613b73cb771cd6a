import { useQuery } from '@apollo/client/react';
import { formatNumber, type Lang } from '@lotrinh/ui';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { documentName } from '../../api/sources.ts';
import { wardLabel } from '../../api/wards.ts';
import { type WardSearch, YEARS } from '../../search.ts';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import { YearSelect } from '../../shell/year-select.tsx';
import { EntryLinks } from '../entry/entry-links.tsx';
import { GapTables, type LinkedTask } from './gap-tables.tsx';
import { PillarBars } from './pillar-bars.tsx';
import { SCORECARD_QUERY, TASKS_QUERY, WARD_QUERY } from './queries.ts';
import { Tasks } from './tasks.tsx';
import { defaultYear } from './ward-model.ts';

const route = getRouteApi('/wards/$slug');

/** For ward leaders: how far the ward is from each target this year, and what it must do. */
export function WardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { slug } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const header = useQuery(WARD_QUERY, { variables: { ward: slug } });
  const ward = header.data?.ward ?? null;
  const year =
    search.year ??
    (ward
      ? defaultYear(
          ward.targets.map((x) => x.year),
          new Date(),
        )
      : null);
  const scorecard = useQuery(SCORECARD_QUERY, {
    variables: { ward: slug, year: year ?? 0 },
    skip: year === null,
  });
  useDocumentTitle(ward ? wardLabel(ward, t) : null);
  // The same request as the task list's (Apollo shares it): each gap row names its tasks.
  const tasks = useQuery(TASKS_QUERY, { variables: { ward: slug } });
  const tasksByIndicator = useMemo(() => {
    const map = new Map<string, LinkedTask[]>();
    for (const task of tasks.data?.tasks ?? [])
      for (const i of task.indicators) map.set(i.code, [...(map.get(i.code) ?? []), task]);
    return map;
  }, [tasks.data]);

  if (header.error)
    return <QueryError error={header.error} onRetry={() => void header.refetch()} />;
  if (header.loading && !header.data) return <Loading />;
  if (!ward || year === null)
    return (
      <section className="page">
        <h1>{t('ward.notFound', { slug })}</h1>
        <p>
          <Link to="/" search={{}}>
            {t('app.backHome')}
          </Link>
        </p>
      </section>
    );

  const years = [...new Set([...YEARS, ...ward.targets.map((x) => x.year)])].sort((a, b) => a - b);
  const setSearch = (next: Partial<WardSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const sc = scorecard.data?.scorecard;
  const composite = sc?.composite;

  return (
    <section className="page" aria-labelledby="ward-heading">
      <nav aria-label={t('ward.breadcrumb')} className="breadcrumb">
        <Link to="/" search={{ year }}>
          {t('overview.title')}
        </Link>{' '}
        › {ward.name}
      </nav>
      <h1 id="ward-heading">{wardLabel(ward, t)}</h1>
      <ul className="documents">
        {ward.documents.map((d) => (
          <li key={d.id}>
            <span className={`doc-kind doc-kind-${d.kind}`}>
              {t(`ward.docKind.${d.kind === 'report' ? 'report' : 'plan'}`)}
            </span>{' '}
            {d.title}{' '}
            <small>
              {d.dateAsPrinted.startsWith('(') ? d.dateAsPrinted : `(${d.dateAsPrinted})`}
            </small>
          </li>
        ))}
      </ul>
      <div className="controls">
        <YearSelect
          year={year}
          years={years}
          onChange={(y) => setSearch({ year: y, indicator: undefined })}
        />
        <Link to="/wards/$slug/report" params={{ slug }} search={{ year }} className="button-link">
          {t('ward.reportLink', { year })}
        </Link>
        <EntryLinks slug={slug} year={year} />
      </div>
      {scorecard.error ? (
        <QueryError error={scorecard.error} onRetry={() => void scorecard.refetch()} />
      ) : !sc ? (
        <Loading />
      ) : (
        <>
          <p className="composite">
            {composite?.score == null
              ? t('ward.noComposite', {
                  coverage: formatNumber((composite?.ownTargetCoverage ?? 0) * 100, lang, 0),
                  framework: formatNumber((composite?.cityFrameworkCoverage ?? 0) * 100, lang, 0),
                  year,
                })
              : t('ward.composite', {
                  score: formatNumber(composite.score, lang, 1),
                  coverage: formatNumber(composite.ownTargetCoverage * 100, lang, 0),
                  framework: formatNumber(composite.cityFrameworkCoverage * 100, lang, 0),
                  year,
                })}{' '}
            <small>{t('ward.method', { method: sc.method })}</small>
          </p>
          <GapTables
            slug={slug}
            year={year}
            lang={lang}
            entries={sc.entries}
            tasksByIndicator={tasksByIndicator}
            open={search.indicator ?? null}
            onToggle={(code) =>
              setSearch({ indicator: search.indicator === code ? undefined : code })
            }
          />
          <PillarBars
            wardName={ward.name}
            slug={slug}
            year={year}
            lang={lang}
            pillars={composite?.pillars ?? []}
            view={search.pillars ?? 'bars'}
            onViewChange={(v) => setSearch({ pillars: v === 'radar' ? 'radar' : undefined })}
          />
        </>
      )}
      <Tasks
        slug={slug}
        lang={lang}
        filters={{ lead: search.lead, due: search.due, task: search.task }}
        onFilter={setSearch}
        documentName={(() => {
          const plan = ward.documents.find((d) => d.kind === 'plan') ?? ward.documents[0];
          return plan ? documentName({ ...plan, ward: wardLabel(ward, t) }, t) : '';
        })()}
      />
      <section aria-labelledby="exports-heading" className="card exports">
        <h2 id="exports-heading">{t('exports.heading')}</h2>
        <ul>
          {(
            [
              ['scorecard', `ward=${slug}&year=${year}`],
              ['targets', `ward=${slug}`],
              ['observations', `ward=${slug}`],
            ] as const
          ).map(([dataset, query]) => (
            <li key={dataset}>
              {t(`exports.${dataset}`, { year })}:{' '}
              <a href={`/export/${dataset}.csv?${query}`} download>
                CSV
              </a>{' '}
              ·{' '}
              <a href={`/export/${dataset}.xlsx?${query}`} download>
                XLSX
              </a>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
