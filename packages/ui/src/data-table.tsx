import { Fragment, type ReactNode } from 'react';

export interface Column<T> {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The cell that names the row (a `<th scope="row">`). */
  rowHeader?: boolean;
  className?: string;
}

/**
 * A table with a caption, a sticky header, an empty state and optional in-place expansion: a
 * row's detail (a chart, say) opens right under the row, not a screen away.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  className,
  expanded,
  rowClassName,
  footer,
  scrollBox,
}: {
  caption: ReactNode;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty: ReactNode;
  className?: string;
  expanded?: (row: T) => ReactNode | null;
  rowClassName?: (row: T) => string | undefined;
  footer?: ReactNode;
  /**
   * Scroll the table inside a box of at most 70% of the screen's height, so its header stays
   * in view while reading a long table. Without it the header sticks to nothing: the wrapper
   * scrolls sideways (for tablets), and a sideways-scrolling box is where `sticky` applies.
   * The text names the box, which takes keyboard focus so it can be scrolled by keyboard.
   */
  scrollBox?: string;
}) {
  return (
    <div className="data-table">
      <Scroller label={scrollBox}>
        <table className={`table ${className ?? ''}`.trim()}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.id} scope="col" className={c.className}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="table-empty">
                  {empty}
                </td>
              </tr>
            ) : (
              rows.map((row) => {
                const key = rowKey(row);
                const detail = expanded?.(row) ?? null;
                return (
                  <Fragment key={key}>
                    <tr className={rowClassName?.(row)}>
                      {columns.map((c) =>
                        c.rowHeader ? (
                          <th key={c.id} scope="row" className={c.className}>
                            {c.cell(row)}
                          </th>
                        ) : (
                          <td key={c.id} className={c.className}>
                            {c.cell(row)}
                          </td>
                        ),
                      )}
                    </tr>
                    {detail ? (
                      <tr className="table-expansion">
                        <td colSpan={columns.length}>{detail}</td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })
            )}
          </tbody>
        </table>
      </Scroller>
      {footer}
    </div>
  );
}

/** Sideways scrolling for narrow screens; with a label, a focusable box of bounded height. */
function Scroller({ label, children }: { label: string | undefined; children: ReactNode }) {
  if (!label) return <div className="table-scroll">{children}</div>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be focusable to be scrolled by keyboard (WCAG 2.1.1)
    <section className="table-scroll table-box" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
