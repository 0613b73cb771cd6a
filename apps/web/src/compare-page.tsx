import { useQuery } from '@apollo/client/react';
import { formatNumber, formatPercent } from '@lotrinh/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from './graphql.ts';
import type { Lang } from './i18n.ts';
import { YearSelect } from './year-select.tsx';

export const COMPARE_QUERY = graphql(`
  query ComparePage($year: Int!) {
    compareWards(year: $year) {
      wards { slug name }
      indicators { code name pillar { code } }
      cells { ward { slug } indicator { code } entry { status attainment } }
      ranking { withheld reason entries { ward { slug name } score rank closeToNext } }
      coverage { ward { slug } ofCityFramework }
    }
  }
`);

/** For the city department: every ward against its own plan, side by side, for one year. */
export function ComparePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [year, setYear] = useState(2025);
  const { data, loading, error } = useQuery(COMPARE_QUERY, { variables: { year } });
  if (loading && !data) return <p role="status">{t('wards.loading')}</p>;
  if (error) return <p role="alert">{t('wards.error', { message: error.message })}</p>;
  const c = data?.compareWards;
  if (!c) return null;
  const cell = (ward: string, indicator: string) =>
    c.cells.find((x) => x.ward.slug === ward && x.indicator.code === indicator)?.entry ?? null;
  return (
    <section aria-labelledby="compare-heading">
      <h1 id="compare-heading">{t('compare.heading')}</h1>
      <YearSelect year={year} onChange={setYear} />
      <h2>{t('compare.ranking')}</h2>
      {c.ranking.withheld ? (
        <p>{c.ranking.reason ?? t('compare.noRanking')}</p>
      ) : (
        <ol className="ranking">
          {c.ranking.entries.map((r) => (
            <li key={r.ward.slug}>
              {r.ward.name}: {formatNumber(r.score, lang)} / 100
              {r.closeToNext ? ` — ${t('compare.close')}` : ''}
            </li>
          ))}
        </ol>
      )}
      <p className="hint">{t('compare.fairness')}</p>
      <div className="table-scroll">
        <table className="scorecard compare">
          <thead>
            <tr>
              <th scope="col">{t('ward.col.indicator')}</th>
              {c.wards.map((w) => (
                <th key={w.slug} scope="col">
                  <a href={`#/wards/${w.slug}`}>{w.name}</a>
                  <small>
                    {t('compare.coverage', {
                      value: formatPercent(
                        (c.coverage.find((x) => x.ward.slug === w.slug)?.ofCityFramework ?? 0) *
                          100,
                        lang,
                        0,
                      ),
                    })}
                  </small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.indicators.map((i) => (
              <tr key={i.code}>
                <th scope="row">{i.name}</th>
                {c.wards.map((w) => {
                  const e = cell(w.slug, i.code);
                  return (
                    <td key={w.slug}>
                      {e ? (
                        <span className={`status status-${e.status.toLowerCase()}`}>
                          {t(`status.${e.status}`)}
                        </span>
                      ) : (
                        <span className="none" title={t('compare.noTarget')}>
                          ·
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
