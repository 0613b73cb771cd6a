import { useQuery } from '@apollo/client/react';
import { formatNumber, type Lang, ScrollRegion } from '@lotrinh/ui';
import { Link } from '@tanstack/react-router';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTarget, targetLine } from '../../api/targets.ts';
import { wardLabel } from '../../api/wards.ts';
import { Loading, QueryError } from '../../shell/query-state.tsx';
import { DENSE_FROM } from './heatmap.tsx';
import { frameworkMissing, plansSideBySide } from './overview-model.ts';
import { PLANS_QUERY } from './queries.ts';

/**
 * What the city can compare before results come in: each ward's target for each milestone of the
 * indicators several wards target, who aims higher, and who set nothing the city framework asks.
 * The plans table has a column per ward and needs every ward's targets: with many wards it is
 * loaded only when the reader asks for it.
 */
export function PlansSideBySide({
  lang,
  wards,
  coverage,
  framework,
}: {
  lang: Lang;
  wards: readonly { slug: string; name: string; kind: string }[];
  coverage: readonly {
    ward: { slug: string };
    ofCityFramework: number;
    /** Indexes into `framework`. */
    frameworkMissing: readonly number[];
  }[];
  framework: readonly { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  const many = wards.length >= DENSE_FROM;
  const [asked, setAsked] = useState(false);
  return (
    <section aria-labelledby="plans-heading" className="card">
      <h2 id="plans-heading">{t('plans.heading')}</h2>
      <p className="hint">{t('plans.lede')}</p>
      {many && !asked ? (
        <p>
          {t('plans.many', { count: wards.length })}{' '}
          <button type="button" onClick={() => setAsked(true)}>
            {t('plans.show', { count: wards.length })}
          </button>
        </p>
      ) : (
        <PlansTable lang={lang} wards={wards} />
      )}
      <h3 id="coverage-heading">{t('coverage.heading')}</h3>
      <p className="hint">{t('coverage.lede', { count: framework.length })}</p>
      <ul className="coverage-list">
        {wards.map((w) => {
          const c = coverage.find((x) => x.ward.slug === w.slug);
          if (!c) return null;
          const missing = frameworkMissing(framework, c.frameworkMissing);
          return (
            <li key={w.slug}>
              <strong>{wardLabel(w, t)}</strong>:{' '}
              {t('coverage.sentence', {
                set: framework.length - missing.length,
                total: framework.length,
                percent: formatNumber(c.ofCityFramework * 100, lang, 0),
              })}{' '}
              {missing.length > 0 ? (
                <MissingList
                  summary={t('coverage.missing', { count: missing.length })}
                  names={missing}
                />
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

/** The framework indicators a ward set no target for, listed once the reader opens them. */
function MissingList({ summary, names }: { summary: string; names: readonly string[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? (
        <ul>
          {names.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}

/** The plans table itself, with its own request (every ward's targets). */
function PlansTable({
  lang,
  wards,
}: {
  lang: Lang;
  wards: readonly { slug: string; name: string }[];
}) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PLANS_QUERY);
  const byCode = useMemo(() => new Map((data?.indicators ?? []).map((i) => [i.code, i])), [data]);
  const rows = useMemo(
    () =>
      plansSideBySide(
        (data?.targets ?? [])
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
    [data, byCode, lang, t],
  );
  const grouped = useMemo(() => {
    const m = new Map<string, typeof rows>();
    for (const r of rows) m.set(r.indicator, [...(m.get(r.indicator) ?? []), r]);
    return [...m.entries()];
  }, [rows]);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  return (
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
                      <td key={w.slug} className={row.highest.has(w.slug) ? 'highest' : undefined}>
                        {ts ? (
                          <TargetLabels labels={ts.map((x) => x.label)} />
                        ) : (
                          <span className="none">—</span>
                        )}
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
  );
}

/** A ward's targets for a year, a level printed in several places once (as on the results form). */
function TargetLabels({ labels }: { labels: readonly string[] }) {
  const { t } = useTranslation();
  const line = targetLine(labels.map((display) => ({ display })));
  return (
    <>
      {line.text}
      {line.repeated && (
        <span className="hint"> {t('entry.samePlaces', { count: line.places })}</span>
      )}
    </>
  );
}
