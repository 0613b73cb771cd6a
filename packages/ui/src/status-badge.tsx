import { STATUS_GLYPH, type Status } from './status.ts';

/**
 * A status shown by colour, glyph and words together. `compact` keeps the words but makes the
 * badge fit a heatmap cell.
 */
export function StatusBadge({
  status,
  label,
  compact = false,
  title,
}: {
  status: Status;
  label: string;
  compact?: boolean;
  title?: string;
}) {
  return (
    <span
      className={`status status-${status}${compact ? ' status-compact' : ''}`}
      title={title}
      data-status={status}
    >
      <span className="status-glyph" aria-hidden="true">
        {STATUS_GLYPH[status]}
      </span>{' '}
      <span className="status-label">{label}</span>
    </span>
  );
}

/** The statuses with their glyphs and words, for the key beside a heatmap or chart. */
export function StatusLegend({
  statuses,
  labelOf,
  caption,
}: {
  statuses: readonly Status[];
  labelOf: (s: Status) => string;
  caption: string;
}) {
  return (
    <div className="status-legend">
      <span className="status-legend-caption">{caption}</span>
      <ul>
        {statuses.map((s) => (
          <li key={s}>
            <StatusBadge status={s} label={labelOf(s)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
