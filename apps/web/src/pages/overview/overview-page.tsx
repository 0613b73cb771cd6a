import { useQuery } from '@apollo/client/react';
import type { Lang } from '@lotrinh/ui';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import { YearSelect } from '../../shell/year-select.tsx';
import { currentYear, overviewVariables } from './current-year.ts';
import { DtiChart } from './dti-chart.tsx';
import { HeadlineStrip } from './headline-strip.tsx';
import { Heatmap } from './heatmap.tsx';
import { OverdueTasks } from './overdue-tasks.tsx';
import { headline, heatmapGroups, rankingModel } from './overview-model.ts';
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
    variables: overviewVariables(year, pillar),
  });

  const model = useMemo(() => {
    if (!data) return null;
    const columns = data.heatmap.wards;
    const wards = columns.map((c) => c.ward);
    const overdue = data.dueTasks.filter((task) => task.overdue);
    return {
      wards,
      overdue,
      headline: headline({ wards: columns, overdueTasks: overdue.length }),
      ranking: rankingModel({
        ranked: data.ranking.entries,
        verdict: data.ranking,
        previous: data.previous.entries,
        wards,
        composites: columns,
      }),
      groups: heatmapGroups(
        data.heatmap,
        data.pillars.filter((p) => !pillar || p.code === pillar),
        year,
      ),
    };
  }, [data, year, pillar]);

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
          <Heatmap year={year} wards={model.wards} groups={model.groups} />
          <PlansSideBySide
            lang={lang}
            wards={model.wards}
            coverage={data.heatmap.wards}
            framework={data.heatmap.framework}
          />
          <OverdueTasks tasks={model.overdue} />
          <DtiChart lang={lang} />
        </>
      ) : null}
    </section>
  );
}
