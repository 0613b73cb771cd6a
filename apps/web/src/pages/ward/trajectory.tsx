import { useQuery } from '@apollo/client/react';
import { ChartCard, formatValue, type Lang, SourceList, trajectoryChartOption } from '@lotrinh/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../../api/documents.ts';
import { sourceOf } from '../../api/sources.ts';
import { useChartLabels } from '../../shell/chart-labels.ts';
import { Loading, QueryError } from '../../shell/query-state.tsx';
import { TRAJECTORY_QUERY } from './queries.ts';

/** One indicator's path for the ward: milestones, the interpolated path, results and projection. */
export function Trajectory({
  ward,
  indicator,
  year,
}: {
  ward: string;
  indicator: string;
  year: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const labels = useChartLabels();
  const documents = useDocuments();
  const { data, loading, error, refetch } = useQuery(TRAJECTORY_QUERY, {
    variables: { ward, indicator },
  });
  const tr = data?.trajectory;
  const option = useMemo(() => {
    if (!tr) return null;
    const last = [...tr.results].filter((r) => r.value != null).sort((a, b) => b.year - a.year)[0];
    return trajectoryChartOption(
      {
        unit: tr.indicator.unit,
        series: tr.series,
        milestones: tr.milestones,
        results: tr.results,
        projection:
          tr.projection && last?.value != null
            ? {
                fromYear: last.year,
                fromValue: last.value,
                slopePerYear: tr.projection.slopePerYear,
              }
            : null,
      },
      {
        expected: t('chart.expected'),
        milestone: t('chart.milestone'),
        result: t('chart.result'),
        projection: t('chart.projection'),
      },
      lang,
      t('chart.trajectoryDescription', {
        indicator: tr.indicator.name,
        milestones: tr.milestones
          .filter((m) => m.value != null)
          .map((m) => `${m.year}: ${formatValue(m.value ?? 0, tr.indicator.unit, lang)}`)
          .join('; '),
        results: tr.results.length,
      }),
    );
  }, [tr, t, lang]);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!tr || !option || tr.series.length === 0) return <p>{t('chart.none')}</p>;
  const unit = tr.indicator.unit;
  const table = (
    <table className="table compact">
      <caption>{t('chart.tableCaption', { indicator: tr.indicator.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.year')}</th>
          <th scope="col">{t('chart.expected')}</th>
          <th scope="col">{t('chart.result')}</th>
        </tr>
      </thead>
      <tbody>
        {tr.series.map((p) => {
          const result = tr.results.find((r) => r.year === p.year);
          return (
            <tr key={p.year} className={p.year === year ? 'selected' : undefined}>
              <th scope="row">{p.year}</th>
              <td>
                {formatValue(p.value, unit, lang)}
                {p.basis.toLowerCase() === 'interpolated' ? ` (${t('chart.interpolated')})` : ''}
              </td>
              <td>{result?.value != null ? formatValue(result.value, unit, lang) : '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return (
    <ChartCard
      title={t('chart.trajectoryTitle', { indicator: tr.indicator.name })}
      description={t('chart.trajectoryDescription', {
        indicator: tr.indicator.name,
        milestones: tr.milestones.map((m) => m.year).join(', '),
        results: tr.results.length,
      })}
      option={option}
      table={table}
      labels={labels}
      sources={
        <SourceList
          heading={t('chart.sources')}
          sources={tr.milestones.map((m) => sourceOf(m.provenance, documents, t))}
        />
      }
    />
  );
}
