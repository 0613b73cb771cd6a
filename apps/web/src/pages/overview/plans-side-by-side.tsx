import { formatNumber, type Lang, ScrollRegion } from '@lotrinh/ui';
import { Link } from '@tanstack/react-router';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTarget } from '../../api/targets.ts';
import { wardLabel } from '../../api/wards.ts';
import { plansSideBySide } from './overview-model.ts';

/**
 * What the city can compare before results come in: each ward's target for each milestone of the
 * indicators several wards target, who aims higher, and who set nothing the city framework asks.
 */
export function PlansSideBySide({
  lang,
  wards,
  indicators,
  targets,
  coverage,
  framework,
}: {
  lang: Lang;
  wards: readonly { slug: string; name: string; kind: string }[];
  indicators: readonly { code: string; name: string; unit: string; direction: string }[];
  targets: readonly {
    id: string;
    ward: { slug: string };
    indicator: { code: string };
    year: number;
    comparator: string | null;
    comparatorSymbol: string | null;
    value: number | null;
    valueHigh: number | null;
    qualitative: boolean;
  }[];
  coverage: readonly {
    ward: { slug: string };
    ofCityFramework: number;
    missingFromFramework: readonly string[];
  }[];
  framework: readonly { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  const byCode = useMemo(() => new Map(indicators.map((i) => [i.code, i])), [indicators]);
  const rows = useMemo(
    () =>
      plansSideBySide(
        targets
          .filter((x) => !x.qualitative)
          .map((x) => ({
            ward: x.ward.slug,
            indicator: x.indicator.code,
            year: x.year,
            value: x.value,
            valueHigh: x.valueHigh,
            label: formatTarget(x, byCode.get(x.indicator.code)?.unit ?? '', lang, t),
          })),
        (code) =>
          ['lower', 'decrease'].includes((byCode.get(code)?.direction ?? '').toLowerCase())
            ? 'down'
            : 'up',
      ),
    [targets, byCode, lang, t],
  );
  const grouped = useMemo(() => {
    const m = new Map<string, typeof rows>();
    for (const r of rows) m.set(r.indicator, [...(m.get(r.indicator) ?? []), r]);
    return [...m.entries()];
  }, [rows]);
  const frameworkName = new Map(framework.map((f) => [f.code, f.name]));
  return (
    <section aria-labelledby="plans-heading" className="card">
      <h2 id="plans-heading">{t('plans.heading')}</h2>
      <p className="hint">{t('plans.lede')}</p>
      <ScrollRegion labelledBy="plans-heading" className="table-scroll sticky-box">
        <table className="table plans">
          <caption className="visually-hidden">{t('plans.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.indicator')}</th>
              <th scope="col">{t('plans.year')}</th>
              {wards.map((w) => (
                <th key={w.slug} scope="col">
                  {w.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grouped.map(([code, list]) => (
              <Fragment key={code}>
                {list.map((row, i) => (
                  <tr key={row.year} className={i === 0 ? 'group-start' : undefined}>
                    {i === 0 ? (
                      <th scope="rowgroup" rowSpan={list.length}>
                        <Link to="/indicators/$code" params={{ code }}>
                          {byCode.get(code)?.name ?? code}
                        </Link>
                      </th>
                    ) : null}
                    <td>{row.year}</td>
                    {wards.map((w) => {
                      const ts = row.cells.get(w.slug);
                      return (
                        <td
                          key={w.slug}
                          className={row.highest.has(w.slug) ? 'highest' : undefined}
                        >
                          {ts ? ts.map((x) => x.label).join('; ') : <span className="none">—</span>}
                          {row.highest.has(w.slug) ? (
                            <small className="highest-mark"> ▲ {t('plans.highest')}</small>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h3 id="coverage-heading">{t('coverage.heading')}</h3>
      <p className="hint">{t('coverage.lede', { count: framework.length })}</p>
      <ul className="coverage-list">
        {wards.map((w) => {
          const c = coverage.find((x) => x.ward.slug === w.slug);
          if (!c) return null;
          const missing = c.missingFromFramework.map((m) => frameworkName.get(m) ?? m);
          return (
            <li key={w.slug}>
              <strong>{wardLabel(w, t)}</strong>:{' '}
              {t('coverage.sentence', {
                set: framework.length - missing.length,
                total: framework.length,
                percent: formatNumber(c.ofCityFramework * 100, lang, 0),
              })}{' '}
              {missing.length > 0 ? (
                <details>
                  <summary>{t('coverage.missing', { count: missing.length })}</summary>
                  <ul>
                    {missing.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </details>
              ) : (
                t('coverage.none')
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
