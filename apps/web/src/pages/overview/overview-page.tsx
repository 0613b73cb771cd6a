import { useQuery } from '@apollo/client/react';
import type { Lang } from '@lotrinh/ui';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import { YearSelect } from '../../shell/year-select.tsx';
import { currentYear } from './current-year.ts';
import { DtiChart } from './dti-chart.tsx';
import { HeadlineStrip } from './headline-strip.tsx';
import { Heatmap } from './heatmap.tsx';
import { OverdueTasks } from './overdue-tasks.tsx';
import { headline, rankingModel } from './overview-model.ts';
import { PlansSideBySide } from './plans-side-by-side.tsx';
import { OVERVIEW_QUERY } from './queries.ts';
import { RankingTable } from './ranking-table.tsx';

const route = getRouteApi('/');

/** For the city's Department of Science and Technology: every ward for one year. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const year = search.year ?? currentYear();
  const pillar = search.pillar ?? null;
  useDocumentTitle(t('overview.title'));
  const { data, loading, error, refetch } = useQuery(OVERVIEW_QUERY, {
    variables: { year, previousYear: year - 1, pillar },
  });

  const model = useMemo(() => {
    if (!data) return null;
    const overdue = data.tasks.filter((task) => task.overdue).length;
    return {
      headline: headline({
        year,
        wards: data.wards,
        cells: data.compareWards.cells,
        targets: data.targets,
        overdueTasks: overdue,
      }),
      ranking: rankingModel({
        ranked: data.ranking.entries,
        verdict: data.ranking,
        previous: data.previous.entries,
        wards: data.wards,
        composites: data.compareWards.composites,
      }),
    };
  }, [data, year]);

  const setSearch = (next: { year?: number; pillar?: string | undefined }) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });

  return (
    <section className="page" aria-labelledby="overview-heading">
      <h1 id="overview-heading">{t('overview.title')}</h1>
      <p className="lede">{t('overview.lede')}</p>
      <div className="controls">
        <YearSelect year={year} onChange={(y) => setSearch({ year: y })} />
        <span className="control">
          <label htmlFor="pillar-filter">{t('filters.pillar')}</label>
          <select
            id="pillar-filter"
            value={pillar ?? ''}
            onChange={(e) => setSearch({ pillar: e.target.value || undefined })}
          >
            <option value="">{t('filters.allPillars')}</option>
            {(data?.pillars ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </span>
      </div>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading />
      ) : data && model ? (
        <>
          <HeadlineStrip year={year} headline={model.headline} lang={lang} />
          <RankingTable
            year={year}
            model={model.ranking}
            pillarName={data.pillars.find((p) => p.code === pillar)?.name ?? null}
            lang={lang}
          />
          <Heatmap
            year={year}
            lang={lang}
            wards={data.wards}
            pillars={data.pillars.filter((p) => !pillar || p.code === pillar)}
            comparison={data.compareWards}
          />
          <PlansSideBySide
            lang={lang}
            wards={data.wards}
            indicators={data.compareWards.indicators}
            targets={data.targets}
            coverage={data.compareWards.coverage}
            framework={data.framework}
          />
          <OverdueTasks tasks={data.tasks} />
          <DtiChart lang={lang} />
        </>
      ) : null}
    </section>
  );
}
