import { useQuery } from '@apollo/client/react';
import { EChart, formatNumber, formatPercent, trajectoryChartOption } from '@lotrinh/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './error-notice.tsx';
import { graphql } from './graphql.ts';
import type { Lang } from './i18n.ts';
import { YearSelect } from './year-select.tsx';

export const SCORECARD_QUERY = graphql(`
  query WardScorecardPage($ward: String!, $year: Int!) {
    ward(slug: $ward) { slug name kind }
    scorecard(ward: $ward, year: $year) {
      composite { score ownTargetCoverage }
      entries {
        indicator { code name unit }
        qualitative
        status
        attainment
        gap
        expected { display comparatorSymbol value valueHigh basis targets { provenance { file line text } } }
        result { year value display met sourceFile sourceLine sourceText }
        earlierResult { year }
        targets { year }
      }
    }
  }
`);

export const TASKS_QUERY = graphql(`
  query WardTasks($ward: String!) {
    tasks(filter: { ward: $ward }) { id code description leadUnit due { label } recurring timingAsPrinted status }
  }
`);

export const TRAJECTORY_QUERY = graphql(`
  query WardTrajectory($ward: String!, $indicator: String!) {
    trajectory(ward: $ward, indicator: $indicator) {
      indicator { name unit }
      series { year value valueHigh }
      milestones { year value provenance { file line text } }
      results { year value }
    }
  }
`);

function Trajectory({ ward, indicator }: { ward: string; indicator: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(TRAJECTORY_QUERY, { variables: { ward, indicator } });
  const option = useMemo(() => {
    const tr = data?.trajectory;
    if (!tr) return null;
    return trajectoryChartOption(
      {
        unit: tr.indicator.unit,
        series: tr.series,
        milestones: tr.milestones,
        results: tr.results,
      },
      {
        expected: t('ward.chart.expected'),
        milestone: t('ward.chart.milestone'),
        result: t('ward.chart.result'),
      },
      i18n.language as Lang,
    );
  }, [data, t, i18n.language]);
  if (loading && !data) return <p role="status">{t('wards.loading')}</p>;
  if (error) return <p role="alert">{t('wards.error', { message: error.message })}</p>;
  if (!option || !data?.trajectory || data.trajectory.series.length === 0)
    return <p>{t('ward.chart.none')}</p>;
  return (
    <figure className="trajectory">
      <EChart
        option={option}
        label={t('ward.chart.label', { indicator: data.trajectory.indicator.name })}
      />
      <figcaption>
        {t('ward.chart.sources')}{' '}
        {data.trajectory.milestones.map((m) => (
          <span key={m.year} className="source">
            {m.year}: <code>{m.provenance.file}</code> {t('ward.line')} {m.provenance.line} “
            {m.provenance.text}”{' '}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function Tasks({ ward }: { ward: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TASKS_QUERY, { variables: { ward } });
  if (loading && !data) return <p role="status">{t('wards.loading')}</p>;
  if (error) return <p role="alert">{t('wards.error', { message: error.message })}</p>;
  const tasks = data?.tasks ?? [];
  return (
    <section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t('ward.tasks.heading')}</h2>
      {tasks.length === 0 ? (
        <p>{t('ward.tasks.empty')}</p>
      ) : (
        <table className="scorecard tasks">
          <thead>
            <tr>
              <th scope="col">{t('ward.tasks.code')}</th>
              <th scope="col">{t('ward.tasks.description')}</th>
              <th scope="col">{t('ward.tasks.lead')}</th>
              <th scope="col">{t('ward.tasks.due')}</th>
              <th scope="col">{t('ward.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id}>
                <td>{task.code}</td>
                <td>{task.description}</td>
                <td>{task.leadUnit}</td>
                <td>
                  {task.due
                    ? task.due.label
                    : task.recurring
                      ? t('ward.tasks.recurring')
                      : (task.timingAsPrinted ?? '–')}
                </td>
                <td>
                  <span className="status">{t(`taskStatus.${task.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function WardPage({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [year, setYear] = useState(2025);
  const [selected, setSelected] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(SCORECARD_QUERY, {
    variables: { ward: slug, year },
  });

  const fmt = (value: number | null | undefined, unit: string) =>
    value == null
      ? '–'
      : unit === 'PERCENT'
        ? formatPercent(value, lang)
        : formatNumber(value, lang, unit === 'INDEX' ? 3 : 2);

  if (error) {
    return <ErrorNotice message={error.message} onRetry={() => void refetch()} />;
  }
  if (loading && !data) return <p role="status">{t('wards.loading')}</p>;
  if (!data?.ward) return <p role="alert">{t('ward.notFound', { slug })}</p>;
  const { composite, entries } = data.scorecard;

  return (
    <section aria-labelledby="ward-heading">
      <p>
        <a href="#/">← {t('ward.back')}</a>
      </p>
      <h1 id="ward-heading">
        <span className="ward-kind">{data.ward.kind}</span> {data.ward.name}
      </h1>
      <YearSelect year={year} onChange={setYear} />
      <p className="composite">
        {composite.score == null
          ? t('ward.noComposite', {
              coverage: formatPercent(composite.ownTargetCoverage * 100, lang, 0),
            })
          : t('ward.composite', {
              score: formatNumber(composite.score, lang),
              coverage: formatPercent(composite.ownTargetCoverage * 100, lang, 0),
            })}
      </p>
      {entries.length === 0 ? (
        <p>{t('ward.empty')}</p>
      ) : (
        <table className="scorecard">
          <thead>
            <tr>
              <th scope="col">{t('ward.col.indicator')}</th>
              <th scope="col">{t('ward.col.expected')}</th>
              <th scope="col">{t('ward.col.result')}</th>
              <th scope="col">{t('ward.col.status')}</th>
              <th scope="col">{t('ward.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const source = e.expected?.targets.at(-1)?.provenance;
              return (
                <tr
                  key={e.indicator.code}
                  className={selected === e.indicator.code ? 'selected' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      onClick={() => setSelected(e.indicator.code)}
                    >
                      {e.indicator.name}
                    </button>
                  </th>
                  <td>
                    {e.qualitative
                      ? t('ward.qualitative')
                      : e.expected
                        ? e.expected.display
                        : t('ward.noExpectation', {
                            years: e.targets.map((x) => x.year).join(', '),
                          })}
                  </td>
                  <td>
                    {e.result
                      ? e.result.value != null
                        ? `${e.result.display ?? fmt(e.result.value, e.indicator.unit)} (${e.result.year})`
                        : t(e.result.met ? 'ward.met' : 'ward.notMet')
                      : e.earlierResult
                        ? t('ward.latestEarlier', { year: e.earlierResult.year })
                        : '–'}
                  </td>
                  <td>
                    <span className={`status status-${e.status.toLowerCase()}`}>
                      {t(`status.${e.status}`)}
                    </span>
                  </td>
                  <td className="sources">
                    {source ? (
                      <small>
                        <code>{source.file}</code> {t('ward.line')} {source.line}: “{source.text}”
                      </small>
                    ) : null}
                    {e.result?.sourceFile ? (
                      <small>
                        {t('ward.col.result')}: <code>{e.result.sourceFile}</code> {t('ward.line')}{' '}
                        {e.result.sourceLine}: “{e.result.sourceText}”
                      </small>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {selected ? (
        <Trajectory ward={slug} indicator={selected} />
      ) : (
        <p className="hint">{t('ward.pickIndicator')}</p>
      )}
      <Tasks ward={slug} />
    </section>
  );
}
