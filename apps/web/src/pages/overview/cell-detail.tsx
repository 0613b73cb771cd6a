import { useQuery } from '@apollo/client/react';
import { formatValue, type Lang, StatusBadge } from '@lotrinh/ui';
import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { statusOf } from '../../api/status.ts';
import { wardLabel } from '../../api/wards.ts';
import { Loading, QueryError } from '../../shell/query-state.tsx';
import { CELL_QUERY } from './queries.ts';

interface Printed {
  section: string;
  row: string;
  line: number;
  text: string;
}
interface PrintedIn {
  title: string;
  numberAsPrinted: string;
  dateAsPrinted: string;
}

/** "Kế hoạch …, số 12/KH-UBND, ngày … — PHỤ LỤC 2, mục 20., dòng 1304": the document, then where. */
function citation(document: PrintedIn, p: Printed, t: TFunction): string {
  const where = [p.section, p.row ? t('source.row', { row: p.row }) : null]
    .concat(t('source.line', { line: p.line }))
    .filter(Boolean)
    .join(', ');
  return `${document.title}, ${document.numberAsPrinted}, ${document.dateAsPrinted} — ${where}`;
}

/**
 * One heatmap cell in full, fetched when the reader opens it: the status and why, the target
 * expected this year, the result with its source, and every target the ward set for the
 * indicator as printed, each with its document. Focus moves here so keyboard readers land on it.
 */
export function CellDetail({
  year,
  ward,
  indicator,
  onClose,
}: {
  year: number;
  ward: string;
  indicator: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch } = useQuery(CELL_QUERY, {
    variables: { ward, indicator, year },
  });
  const loaded = Boolean(data);
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const w = data?.compareWards.wards[0];
  const ind = data?.compareWards.indicators[0];
  const entry = data?.compareWards.cells[0]?.entry ?? null;
  const status = statusOf(entry, year);
  const value = (o: { value: number | null; met: boolean | null; display: string | null }) =>
    o.display ??
    (o.value != null && ind
      ? formatValue(o.value, ind.unit, lang)
      : t(o.met ? 'ward.met' : 'ward.notMet'));
  return (
    <section className="cell-detail" aria-live="polite" aria-busy={loading}>
      <button type="button" className="cell-detail-close" onClick={onClose}>
        {t('heatmap.detail.close')}
      </button>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !w || !ind ? (
        <Loading label={t('heatmap.detail.loading')} />
      ) : (
        <>
          <h3 ref={heading} tabIndex={-1}>
            {t('heatmap.detail.heading', { indicator: ind.name, ward: wardLabel(w, t), year })}
          </h3>
          <p>
            <StatusBadge status={status} label={t(`status.${status}`)} />{' '}
            {entry ? (
              <span className="cell-reason">
                <span className="visually-hidden">{t('heatmap.detail.reason')}: </span>
                {entry.reason}
              </span>
            ) : null}
          </p>
          {entry ? (
            <dl className="definition">
              <dt>{t('heatmap.detail.expected', { year })}</dt>
              <dd>{entry.expected?.display ?? t('heatmap.detail.none')}</dd>
              <dt>{t('heatmap.detail.result', { year })}</dt>
              <dd>
                {entry.result ? (
                  <>
                    <strong>{value(entry.result)}</strong>
                    {entry.result.provenance?.document ? (
                      <small className="cell-source">
                        {' '}
                        — “{entry.result.provenance.text}”,{' '}
                        <cite>
                          {citation(entry.result.provenance.document, entry.result.provenance, t)}
                        </cite>
                      </small>
                    ) : null}
                  </>
                ) : (
                  t('heatmap.detail.noResult', { year })
                )}
                {!entry.result && entry.earlierResult ? (
                  <small className="cell-source">
                    {' '}
                    {t('heatmap.detail.earlier', {
                      value: value(entry.earlierResult),
                      year: entry.earlierResult.year,
                    })}
                  </small>
                ) : null}
              </dd>
            </dl>
          ) : null}
          <h4>{t('heatmap.detail.targets')}</h4>
          {entry && entry.targets.length > 0 ? (
            <ul className="cell-targets">
              {entry.targets.map((x) => (
                <li key={x.id}>
                  <strong>{x.year}</strong>: {x.display}
                  <blockquote>“{x.provenance.text}”</blockquote>
                  <cite>{citation(x.document, x.provenance, t)}</cite>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('heatmap.detail.noTargets')}</p>
          )}
          <p>
            <Link to="/wards/$slug" params={{ slug: w.slug }} search={{ year }}>
              {t('heatmap.detail.wardPage', { ward: wardLabel(w, t) })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
