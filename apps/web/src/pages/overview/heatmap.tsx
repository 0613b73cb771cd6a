import {
  type Lang,
  ScrollRegion,
  STATUSES,
  type Status,
  StatusBadge,
  StatusLegend,
} from '@lotrinh/ui';
import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { statusOf } from '../../api/status.ts';
import { formatTarget } from '../../api/targets.ts';

interface Comparison {
  indicators: readonly {
    code: string;
    name: string;
    unit: string;
    cityFramework: boolean;
    pillar: { code: string };
  }[];
  cells: readonly {
    ward: { slug: string };
    indicator: { code: string };
    entry: {
      status: string;
      reason: string;
      qualitative: boolean;
      expected: {
        comparator: string;
        comparatorSymbol: string;
        value: number;
        valueHigh: number | null;
        basis: string;
      } | null;
      targets: readonly { year: number }[];
      projection: { improving: boolean } | null;
    } | null;
  }[];
}

/**
 * Wards × indicators under pillar headings. Each cell says its status in colour, glyph and
 * words; "no target" and "not reported" look different; headers stay in view while scrolling.
 */
export function Heatmap({
  year,
  lang,
  wards,
  pillars,
  comparison,
}: {
  year: number;
  lang: Lang;
  wards: readonly { slug: string; name: string }[];
  pillars: readonly { code: string; name: string }[];
  comparison: Comparison;
}) {
  const { t } = useTranslation();
  const cells = new Map(
    comparison.cells.map((c) => [`${c.ward.slug}|${c.indicator.code}`, c.entry] as const),
  );
  const label = (s: Status) => t(`status.${s}`);
  return (
    <section aria-labelledby="heatmap-heading" className="card">
      <h2 id="heatmap-heading">{t('heatmap.heading', { year })}</h2>
      <StatusLegend caption={t('heatmap.legend')} statuses={STATUSES} labelOf={label} />
      <ScrollRegion labelledBy="heatmap-heading" className="heatmap-scroll">
        <table className="table heatmap">
          <caption className="visually-hidden">{t('heatmap.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('heatmap.indicator')}</th>
              {wards.map((w) => (
                <th key={w.slug} scope="col">
                  <Link to="/wards/$slug" params={{ slug: w.slug }} search={{ year }}>
                    {w.name}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pillars.map((p) => {
              const indicators = comparison.indicators.filter((i) => i.pillar.code === p.code);
              if (indicators.length === 0) return null;
              return (
                <Fragment key={p.code}>
                  <tr className="pillar-row">
                    <th scope="colgroup" colSpan={wards.length + 1}>
                      {p.name}
                    </th>
                  </tr>
                  {indicators.map((i) => (
                    <tr key={i.code}>
                      <th scope="row">
                        <Link to="/indicators/$code" params={{ code: i.code }}>
                          {i.name}
                        </Link>
                        {i.cityFramework ? (
                          <span className="framework-mark"> · {t('heatmap.framework')}</span>
                        ) : null}
                      </th>
                      {wards.map((w) => {
                        const entry = cells.get(`${w.slug}|${i.code}`) ?? null;
                        const status = statusOf(entry, year);
                        const target = entry?.expected
                          ? formatTarget(entry.expected, i.unit, lang, t)
                          : null;
                        return (
                          <td key={w.slug} className={`cell cell-${status}`}>
                            <StatusBadge status={status} label={label(status)} compact />
                            {entry?.projection ? (
                              <span className="trend">
                                <span aria-hidden="true">
                                  {entry.projection.improving ? ' ↗' : ' ↘'}
                                </span>
                                <span className="visually-hidden">
                                  {t(entry.projection.improving ? 'trend.up' : 'trend.down')}
                                </span>
                              </span>
                            ) : null}
                            {target ? <small className="cell-target">{target}</small> : null}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
