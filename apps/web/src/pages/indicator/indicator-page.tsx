import { useQuery } from '@apollo/client/react';
import {
  ChartCard,
  formatValue,
  type Lang,
  limitWards,
  SourceList,
  targetBands,
  wardsTrajectoryOption,
} from '@lotrinh/ui';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../../api/documents.ts';
import { sourceOf } from '../../api/sources.ts';
import { formatTarget } from '../../api/targets.ts';
import { useChartLabels } from '../../shell/chart-labels.ts';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import { INDICATOR_QUERY } from './queries.ts';

const route = getRouteApi('/indicators/$code');

/** Quotes a CSV cell (RFC 4180). */
const csvCell = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** For analysts and the city: every ward's targets and results for one indicator, 2025–2045. */
export function IndicatorPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { code } = route.useParams();
  const { tab } = route.useSearch();
  const navigate = route.useNavigate();
  const labels = useChartLabels();
  const documents = useDocuments();
  const { data, loading, error, refetch } = useQuery(INDICATOR_QUERY, { variables: { code } });
  const indicator = data?.indicator ?? null;
  useDocumentTitle(indicator?.name ?? null);

  const model = useMemo(() => {
    if (!data?.indicator) return null;
    const unit = data.indicator.unit;
    const results = data.observations.edges.map((e) => e.node);
    const wards = data.wards
      .map((w) => ({
        ...w,
        targets: data.targets.filter((x) => x.ward.slug === w.slug).sort((a, b) => a.year - b.year),
        results: results.filter((r) => r.ward.slug === w.slug).sort((a, b) => a.year - b.year),
      }))
      .filter((w) => w.targets.length > 0 || w.results.length > 0);
    const years = [
      ...new Set([...data.targets.map((x) => x.year), ...results.map((r) => r.year)]),
    ].sort((a, b) => a - b);
    const cell = (w: (typeof wards)[number], year: number) => {
      const ts = w.targets.filter((x) => x.year === year);
      const r = w.results.find((x) => x.year === year);
      return {
        target: ts.map((x) => formatTarget(x, unit, lang, t)).join('; '),
        // The result as reported ("≥ 60%"), else its value in the unit.
        result: r?.display
          ? r.display
          : r?.value != null
            ? formatValue(r.value, unit, lang)
            : r?.met != null
              ? t(r.met ? 'ward.met' : 'ward.notMet')
              : '',
      };
    };
    return { unit, wards, years, cell };
  }, [data, lang, t]);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!indicator || !model)
    return (
      <section className="page">
        <h1>{t('indicator.notFound', { code })}</h1>
        <Link to="/" search={{}}>
          {t('app.backHome')}
        </Link>
      </section>
    );

  const all = model.wards.map((w) => ({
    ward: w.name,
    planned: w.targets
      .filter((x) => x.value != null)
      .map((x) => ({ year: x.year, value: x.valueHigh ?? x.value ?? 0 })),
    results: w.results
      .filter((r) => r.value != null)
      .map((r) => ({ year: r.year, value: r.value ?? 0 })),
    // The zones its targets ask for ("≥ 0,8", "20–22%"), shaded in the ward's colour.
    bands: targetBands(
      w.targets.map((x) => ({ ...x, display: formatTarget(x, model.unit, lang, t) })),
      model.years,
      model.unit,
      (x) => t('indicator.band', { ward: w.name, year: x.year, target: x.display }),
    ),
  }));
  // At most six lines on the chart; the table lists every ward.
  const { shown: numeric, omitted } = limitWards(all);
  const bandCount = numeric.reduce((n, w) => n + w.bands.length, 0);
  const description = `${t('indicator.chartDescription', {
    indicator: indicator.name,
    wards: numeric.map((w) => w.ward).join(', '),
  })}${bandCount > 0 ? ` ${t('indicator.bandsDescription', { count: bandCount })}` : ''}`;
  const table = (
    <div className="table-scroll">
      <table className="table indicator-table">
        <caption>{t('indicator.tableCaption', { indicator: indicator.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator.ward')}</th>
            {model.years.map((y) => (
              <th key={y} scope="col">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.wards.map((w) => (
            <tr key={w.slug}>
              <th scope="row">
                <Link to="/wards/$slug" params={{ slug: w.slug }} search={{}}>
                  {w.name}
                </Link>
              </th>
              {model.years.map((y) => {
                const c = model.cell(w, y);
                return (
                  <td key={y}>
                    {c.target ? (
                      <span className="cell-target-text">
                        {t('indicator.target', { value: c.target })}
                      </span>
                    ) : null}
                    {c.result ? (
                      <span className="cell-result">
                        {t('indicator.result', { value: c.result })}
                      </span>
                    ) : null}
                    {!c.target && !c.result ? <span className="none">—</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const download = () => {
    const rows = [
      [t('indicator.ward'), t('chart.year'), t('indicator.targetCol'), t('indicator.resultCol')],
      ...model.wards.flatMap((w) =>
        model.years.map((y) => {
          const c = model.cell(w, y);
          return [w.name, String(y), c.target, c.result];
        }),
      ),
    ];
    const csv = `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `chi-tieu-${indicator.code}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const sources = [
    ...(data?.targets.map((x) => sourceOf(x.provenance, documents, t)) ?? []),
    ...model.wards.flatMap((w) =>
      w.results.flatMap((r) => (r.provenance ? [sourceOf(r.provenance, documents, t)] : [])),
    ),
  ];
  return (
    <section className="page" aria-labelledby="indicator-heading">
      <nav aria-label={t('ward.breadcrumb')} className="breadcrumb">
        <Link to="/" search={{}}>
          {t('overview.title')}
        </Link>{' '}
        › {indicator.pillar.name}
      </nav>
      <h1 id="indicator-heading">{indicator.name}</h1>
      <dl className="definition">
        <dt>{t('indicator.definition')}</dt>
        <dd>{indicator.definition}</dd>
        <dt>{t('indicator.names')}</dt>
        <dd>
          <span lang="vi">{indicator.nameVi}</span> / <span lang="en">{indicator.nameEn}</span>
        </dd>
        <dt>{t('indicator.unit')}</dt>
        <dd>{t(`unit.${indicator.unit}`)}</dd>
        <dt>{t('indicator.framework')}</dt>
        <dd>
          {indicator.cityFramework ? t('indicator.inFramework') : t('indicator.notInFramework')}
        </dd>
      </dl>
      <ChartCard
        title={t('indicator.chartTitle', { indicator: indicator.name })}
        description={description}
        option={wardsTrajectoryOption(
          numeric,
          model.unit,
          {
            planned: (w) => t('dti.planned', { ward: w }),
            result: (w) => t('dti.result', { ward: w }),
          },
          lang,
          description,
        )}
        table={table}
        labels={labels}
        view={tab ?? 'chart'}
        onViewChange={(v) =>
          void navigate({
            search: (prev) => ({ ...prev, tab: v === 'chart' ? undefined : v }),
            replace: true,
          })
        }
      />
      {omitted.length > 0 ? (
        <p className="hint">
          {t('indicator.omitted', { wards: omitted.map((w) => w.ward).join(', ') })}
        </p>
      ) : null}
      <p>
        <button type="button" onClick={download}>
          {t('indicator.download')}
        </button>
      </p>
      <section aria-labelledby="wordings-heading" className="card">
        <h2 id="wordings-heading">{t('indicator.wordings')}</h2>
        <ul className="wordings">
          {model.wards.map((w) => {
            // One entry per distinct wording, with how closely it matches the catalog indicator.
            const wordings = [...new Map(w.targets.map((x) => [x.wording, x] as const)).values()];
            return (
              <li key={w.slug}>
                <strong>{w.name}</strong>
                <ul>
                  {wordings.map((x) => (
                    <li key={x.wording}>
                      “{x.wording}”{' '}
                      <span className={`equivalence equivalence-${x.equivalence.toLowerCase()}`}>
                        {t(`indicator.equivalence.${x.equivalence}`)}
                      </span>
                      {x.equivalenceNote ? (
                        <small className="reason"> {x.equivalenceNote}</small>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
        <p className="hint">{t('indicator.equivalenceHelp')}</p>
      </section>
      <SourceList heading={t('source.heading')} sources={sources} />
    </section>
  );
}
