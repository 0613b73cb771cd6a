import { ScrollRegion, STATUSES, type Status, StatusBadge, StatusLegend } from '@lotrinh/ui';
import { Link } from '@tanstack/react-router';
import { Fragment, useState } from 'react';
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
                        indicator={indicator.name}
                        selected={
                          open?.ward === cell.ward.slug && open.indicator === indicator.code
                        }
                        onOpen={() => setOpen({ ward: cell.ward.slug, indicator: indicator.code })}
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

function Cell({
  cell,
  indicator,
  selected,
  onOpen,
}: {
  cell: HeatmapCell;
  indicator: string;
  selected: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const status = t(`status.${cell.status}`);
  return (
    <td className={`cell cell-${cell.status}${selected ? ' cell-selected' : ''}`}>
      <button
        type="button"
        className="cell-open"
        aria-expanded={selected}
        aria-label={t('heatmap.open', {
          indicator,
          ward: cell.ward.name,
          status,
          target: cell.target ? ` (${cell.target})` : '',
        })}
        title={cell.target ? `${cell.ward.name}: ${status} (${cell.target})` : undefined}
        onClick={onOpen}
      >
        <StatusBadge status={cell.status} label={status} compact />
        {cell.improving !== null ? (
          <span className="trend">
            <span aria-hidden="true">{cell.improving ? ' ↗' : ' ↘'}</span>
            <span className="visually-hidden">{t(cell.improving ? 'trend.up' : 'trend.down')}</span>
          </span>
        ) : null}
        {cell.target ? <small className="cell-target">{cell.target}</small> : null}
      </button>
    </td>
  );
}
