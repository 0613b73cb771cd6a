import { useQuery } from '@apollo/client/react';
import { ChartCard, formatValue, type Lang, wardsTrajectoryOption } from '@lotrinh/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartLabels } from '../../shell/chart-labels.ts';
import { Loading, QueryError } from '../../shell/query-state.tsx';
import { DTI_QUERY } from './queries.ts';

/** Every ward's DTI on one chart: the plan through its milestones dashed, results solid. */
export function DtiChart({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const { data, loading, error, refetch } = useQuery(DTI_QUERY);
  const paths = useMemo(() => {
    if (!data) return [];
    const wards = new Map<
      string,
      {
        name: string;
        planned: { year: number; value: number }[];
        results: { year: number; value: number }[];
      }
    >();
    const get = (w: { slug: string; name: string }) => {
      const p = wards.get(w.slug) ?? { name: w.name, planned: [], results: [] };
      wards.set(w.slug, p);
      return p;
    };
    for (const target of data.targets) {
      if (target.value != null)
        get(target.ward).planned.push({ year: target.year, value: target.value });
    }
    for (const { node } of data.observations.edges) {
      if (node.value != null) get(node.ward).results.push({ year: node.year, value: node.value });
    }
    return [...wards.values()].map((w) => ({
      ward: w.name,
      planned: w.planned.sort((a, b) => a.year - b.year),
      results: w.results.sort((a, b) => a.year - b.year),
    }));
  }, [data]);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const years = [
    ...new Set(paths.flatMap((p) => [...p.planned, ...p.results].map((x) => x.year))),
  ].sort();
  const option = wardsTrajectoryOption(
    paths,
    'index',
    { planned: (w) => t('dti.planned', { ward: w }), result: (w) => t('dti.result', { ward: w }) },
    lang,
    t('dti.description', { wards: paths.map((p) => p.ward).join(', ') }),
  );
  const table = (
    <table className="table">
      <caption>{t('dti.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dti.ward')}</th>
          {years.map((y) => (
            <th key={y} scope="col">
              {y}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {paths.map((p) => (
          <tr key={p.ward}>
            <th scope="row">{p.ward}</th>
            {years.map((y) => {
              const planned = p.planned.find((x) => x.year === y);
              const result = p.results.find((x) => x.year === y);
              return (
                <td key={y}>
                  {planned
                    ? t('dti.cellPlanned', { value: formatValue(planned.value, 'index', lang) })
                    : ''}
                  {result
                    ? ` ${t('dti.cellResult', { value: formatValue(result.value, 'index', lang) })}`
                    : ''}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section aria-labelledby="dti-heading" className="card">
      <h2 id="dti-heading">{t('dti.heading')}</h2>
      {paths.length === 0 ? (
        <p>{t('dti.none')}</p>
      ) : (
        <>
          <ChartCard
            title={t('dti.chartTitle')}
            description={t('dti.description', { wards: paths.map((p) => p.ward).join(', ') })}
            option={option}
            table={table}
            labels={labels}
          />
          {paths.every((p) => p.results.length === 0) ? (
            <p className="hint">{t('dti.noResults')}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
