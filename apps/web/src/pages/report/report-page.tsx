import { useQuery } from '@apollo/client/react';
import { formatValue, type Lang, STATUS_GLYPH } from '@lotrinh/ui';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { documentName, sourceOf } from '../../api/sources.ts';
import { statusOf } from '../../api/status.ts';
import { formatTarget } from '../../api/targets.ts';
import { wardLabel } from '../../api/wards.ts';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import { YearSelect } from '../../shell/year-select.tsx';
import { defaultYear } from '../ward/ward-model.ts';
import { REPORT_QUERY } from './queries.ts';
import { totals, type Verdict, verdictOf } from './report-model.ts';
import './report.css';

const route = getRouteApi('/wards/$slug/report');

const VERDICT_GLYPH: Record<Verdict, string> = {
  met: STATUS_GLYPH.achieved,
  notMet: STATUS_GLYPH['off-track'],
  notReported: STATUS_GLYPH['not-reported'],
};

/**
 * The ward's year laid out like an NQ57 annual-report appendix ("PHỤ LỤC KẾT QUẢ THỰC HIỆN CÁC
 * CHỈ TIÊU"): one row per target with its result, met or not, and source; printable on A4.
 */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { slug } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // The ward's milestone years first (cheap, cached), to open on the year that matters.
  const probe = useQuery(REPORT_QUERY, {
    variables: { ward: slug, year: search.year ?? 2025 },
    skip: search.year !== undefined,
  });
  const year =
    search.year ??
    (probe.data?.ward
      ? defaultYear(
          probe.data.ward.targets.map((x) => x.year),
          new Date(),
        )
      : null);
  const { data, loading, error, refetch } = useQuery(REPORT_QUERY, {
    variables: { ward: slug, year: year ?? 2025 },
    skip: year === null,
  });
  const ward = data?.ward;
  useDocumentTitle(ward ? t('report.title', { ward: wardLabel(ward, t), year }) : null);
  if (error || probe.error)
    return (
      <QueryError
        error={error ?? probe.error}
        onRetry={() => void (error ? refetch() : probe.refetch())}
      />
    );
  if (loading || probe.loading || !data || year === null) return <Loading />;
  if (!ward)
    return (
      <section className="page">
        <h1>{t('ward.notFound', { slug })}</h1>
      </section>
    );

  const documents = new Map(
    ward.documents.map((d) => [d.file, { ...d, ward: wardLabel(ward, t) }]),
  );
  const rows = data.scorecard.entries
    .map((e) => ({ e, status: statusOf(e, year) }))
    .map((r) => ({ ...r, verdict: verdictOf(r.status) }))
    .filter((r): r is typeof r & { verdict: Verdict } => r.verdict !== null);
  const sum = totals(rows.map((r) => r.verdict));
  const sources = ward.documents.filter((d) => d.periodStart <= year && d.periodEnd >= year);

  return (
    <article className="page report" aria-labelledby="report-heading">
      <div className="no-print controls">
        <Link to="/wards/$slug" params={{ slug }} search={{ year }}>
          ← {t('report.back', { ward: ward.name })}
        </Link>
        <YearSelect
          year={year}
          onChange={(y) =>
            void navigate({ search: (prev) => ({ ...prev, year: y }), replace: true })
          }
        />
        <button type="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      <header className="report-header">
        <p className="report-kicker">{t('report.kicker')}</p>
        <h1 id="report-heading">{t('report.heading', { year })}</h1>
        <p>{t('report.subtitle', { ward: wardLabel(ward, t), year })}</p>
        <p className="report-summary">
          <strong>{t('report.totals', { met: sum.met, total: sum.total })}</strong>
          {sum.notReported > 0
            ? ` — ${t('report.notReportedCount', { count: sum.notReported })}`
            : ''}
        </p>
      </header>
      {rows.length === 0 ? (
        <p>{t('report.empty', { year })}</p>
      ) : (
        <table className="table report-table">
          <caption className="visually-hidden">{t('report.heading', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.col.no')}</th>
              <th scope="col">{t('report.col.indicator')}</th>
              <th scope="col">{t('report.col.target', { year })}</th>
              <th scope="col">{t('report.col.result')}</th>
              <th scope="col">{t('report.col.verdict')}</th>
              <th scope="col">{t('report.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ e, verdict }, i) => {
              const target =
                e.expected?.targets.at(-1) ?? e.targets.find((x) => x.year === year) ?? null;
              const unit = e.indicator.unit;
              const result = e.result
                ? (e.result.display ??
                  (e.result.value != null
                    ? formatValue(e.result.value, unit, lang)
                    : t(e.result.met ? 'ward.met' : 'ward.notMet')))
                : '–';
              const targetSource = target ? sourceOf(target.provenance, documents, t) : null;
              const resultSource = e.result?.provenance
                ? sourceOf(e.result.provenance, documents, t)
                : null;
              return (
                <tr key={e.indicator.code} className={`row-${verdict}`}>
                  <td>{i + 1}</td>
                  <th scope="row">{target?.wording ?? e.indicator.name}</th>
                  <td>
                    {target?.provenance.text ??
                      (e.expected
                        ? formatTarget(e.expected, unit, lang, t)
                        : t('ward.qualitative'))}
                  </td>
                  <td>{result}</td>
                  <td>
                    <span className={`verdict verdict-${verdict}`}>
                      <span aria-hidden="true">{VERDICT_GLYPH[verdict]}</span>{' '}
                      {t(`report.verdict.${verdict}`)}
                    </span>
                  </td>
                  <td className="report-source">
                    {targetSource ? (
                      <span>
                        {t('source.target')}: {targetSource.where}
                      </span>
                    ) : null}
                    {resultSource ? (
                      <span>
                        {t('source.result')}: {resultSource.where} “{resultSource.text}”
                      </span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <footer className="report-footer">
        <p>
          <strong>{t('report.legend')}</strong>{' '}
          {(['met', 'notMet', 'notReported'] as const).map((v) => (
            <span key={v} className={`verdict verdict-${v}`}>
              <span aria-hidden="true">{VERDICT_GLYPH[v]}</span> {t(`report.verdict.${v}`)}:{' '}
              {t(`report.verdictHelp.${v}`)}{' '}
            </span>
          ))}
        </p>
        <p>{t('report.method', { method: data.scorecard.method })}</p>
        <p>
          {t('report.sources')}{' '}
          {sources
            .map(
              (d) =>
                `${documentName({ ...d, ward: wardLabel(ward, t) }, t)} — ${d.title} (${d.dateAsPrinted})`,
            )
            .join('; ')}
        </p>
      </footer>
    </article>
  );
}
