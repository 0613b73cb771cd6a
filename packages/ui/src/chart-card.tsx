import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import type { ChartOption } from './echart.tsx';

// ECharts is the largest dependency: it loads only when a chart comes near the screen, so a
// page's first download never includes it.
const LazyEChart = lazy(() => import('./echart.tsx').then((m) => ({ default: m.EChart })));

/** True once the element is within a screen of the viewport (at once where there is no observer). */
function useNearViewport<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !ref.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near] as const;
}

export type ChartView = 'chart' | 'table';

export interface ChartCardLabels {
  chart: string;
  table: string;
  loading: string;
  /** Appended to the chart's accessible name: where the same numbers are as a table. */
  tableHint: string;
}

/**
 * A chart with its title, our own description for screen readers, the same numbers as an HTML
 * table, and its sources printed underneath. Uncontrolled it shows the chart with the table in
 * a disclosure; with `view`/`onViewChange` it shows Chart / Table tabs (state kept by the caller,
 * e.g. in the URL).
 */
export function ChartCard({
  title,
  description,
  option,
  table,
  sources,
  labels,
  height = 320,
  view,
  onViewChange,
}: {
  title: ReactNode;
  description: string;
  option: ChartOption;
  table: ReactNode;
  sources?: ReactNode;
  labels: ChartCardLabels;
  height?: number;
  view?: ChartView;
  onViewChange?: (view: ChartView) => void;
}) {
  const [ref, near] = useNearViewport<HTMLElement>();
  const loading = (
    <p role="status" className="chart-loading">
      {labels.loading}
    </p>
  );
  const chart = near ? (
    <Suspense fallback={loading}>
      <LazyEChart option={option} height={height} label={`${description} ${labels.tableHint}`} />
    </Suspense>
  ) : (
    loading
  );
  return (
    <figure className="chart-card" ref={ref}>
      <figcaption className="chart-title">{title}</figcaption>
      {onViewChange ? (
        <>
          <div className="view-switch">
            {(['chart', 'table'] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={(view ?? 'chart') === v}
                onClick={() => onViewChange(v)}
              >
                {labels[v]}
              </button>
            ))}
          </div>
          {(view ?? 'chart') === 'chart' ? chart : table}
        </>
      ) : (
        <>
          {chart}
          <details className="chart-table">
            <summary>{labels.table}</summary>
            {table}
          </details>
        </>
      )}
      {sources}
    </figure>
  );
}
