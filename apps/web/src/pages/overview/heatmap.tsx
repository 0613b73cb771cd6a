import { ScrollRegion, STATUSES, type Status, StatusBadge, StatusLegend } from '@lotrinh/ui';
import { Link } from '@tanstack/react-router';
import { Fragment, memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CellDetail } from './cell-detail.tsx';
import type { HeatmapCell, HeatmapGroup } from './overview-model.ts';

/** Above this many wards a cell shows its glyph only; its words stay in its button's name. */
export const DENSE_FROM = 13;

/**
 * Wards × indicators under pillar headings. Each cell says its status in colour, glyph and
 * words; "no target" and "not reported" look different; headers stay in view while scrolling.
 * Each cell is a button: the targets behind it as printed, their documents, the result and the
 * reason are fetched when a reader opens it.
 */
export function Heatmap({
  year,
  wards,
  groups,
}: {
  year: number;
  wards: readonly { slug: string; name: string }[];
  groups: readonly HeatmapGroup[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ ward: string; indicator: string } | null>(null);
  const dense = wards.length >= DENSE_FROM;
  const label = (s: Status) => t(`status.${s}`);
  // Translated once per render, not once per cell.
  const labels = Object.fromEntries(STATUSES.map((s) => [s, label(s)])) as Record<Status, string>;
  const trendUp = t('trend.up');
  const trendDown = t('trend.down');
  const onOpen = useCallback((ward: string, indicator: string) => setOpen({ ward, indicator }), []);
  const openRow = groups.flatMap((g) => g.rows).find((r) => r.indicator.code === open?.indicator);
  return (
    <section aria-labelledby="heatmap-heading" className="card">
      <h2 id="heatmap-heading">{t('heatmap.heading', { year })}</h2>
      <StatusLegend caption={t('heatmap.legend')} statuses={STATUSES} labelOf={label} />
      {dense ? <p className="hint">{t('heatmap.dense')}</p> : null}
      <ScrollRegion labelledBy="heatmap-heading" className="heatmap-scroll">
        <table className={`table heatmap${dense ? ' heatmap-dense' : ''}`}>
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
            {groups.map((g) => (
              <Fragment key={g.pillar.code}>
                <tr className="pillar-row">
                  <th scope="colgroup" colSpan={wards.length + 1}>
                    {g.pillar.name}
                  </th>
                </tr>
                {g.rows.map(({ indicator, cells }) => (
                  <tr key={indicator.code}>
                    <th scope="row">
                      <Link to="/indicators/$code" params={{ code: indicator.code }}>
                        {indicator.name}
                      </Link>
                      {indicator.cityFramework ? (
                        <span className="framework-mark"> · {t('heatmap.framework')}</span>
                      ) : null}
                    </th>
                    {cells.map((cell) => (
                      <Cell
                        key={cell.ward.slug}
                        cell={cell}
                        indicator={indicator.code}
                        label={labels[cell.status]}
                        trend={
                          cell.improving === null ? null : cell.improving ? trendUp : trendDown
                        }
                        selected={
                          open?.ward === cell.ward.slug && open.indicator === indicator.code
                        }
                        onOpen={onOpen}
                      />
                    ))}
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {open && openRow ? (
        <CellDetail
          key={`${open.ward}|${open.indicator}`}
          year={year}
          ward={open.ward}
          indicator={open.indicator}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}

/**
 * One cell: memoised, so opening a cell re-renders two cells, not all of them (9,000 at 114
 * units). Its accessible name is its content (status in words, trend, target); the table's
 * headers say the ward and the indicator. The title repeats the ward for a pointer in the
 * dense layout, where the column header can be far away.
 */
const Cell = memo(function Cell({
  cell,
  indicator,
  label,
  trend,
  selected,
  onOpen,
}: {
  cell: HeatmapCell;
  indicator: string;
  label: string;
  trend: string | null;
  selected: boolean;
  onOpen: (ward: string, indicator: string) => void;
}) {
  return (
    <td className={`cell cell-${cell.status}${selected ? ' cell-selected' : ''}`}>
      <button
        type="button"
        className="cell-open"
        aria-expanded={selected}
        title={`${cell.ward.name}: ${label}${cell.target ? ` (${cell.target})` : ''}`}
        onClick={() => onOpen(cell.ward.slug, indicator)}
      >
        <StatusBadge status={cell.status} label={label} compact />
        {trend !== null ? (
          <span className="trend">
            <span aria-hidden="true">{cell.improving ? ' ↗' : ' ↘'}</span>
            <span className="visually-hidden">{trend}</span>
          </span>
        ) : null}
        {cell.target ? <small className="cell-target">{cell.target}</small> : null}
      </button>
    </td>
  );
});
