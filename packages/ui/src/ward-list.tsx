import type { ReactNode } from 'react';

export interface WardDocumentView {
  id: string;
  title: string;
  kind: 'plan' | 'report' | string;
  dateAsPrinted: string;
  file: string;
}

export interface WardView {
  slug: string;
  name: string;
  kind: string;
  targetCount: number;
  taskCount: number;
  documents: WardDocumentView[];
}

export interface WardListLabels {
  targets: (n: number) => string;
  tasks: (n: number) => string;
  plan: string;
  report: string;
  source: string;
  empty: string;
}

/** The five wards as cards, each with its source documents. Presentational: data comes in props. */
export function WardList({
  wards,
  labels,
  hrefFor,
}: {
  wards: readonly WardView[];
  labels: WardListLabels;
  /** Link of each ward's own page, when there is one. */
  hrefFor?: (slug: string) => string;
}): ReactNode {
  if (wards.length === 0) return <p role="status">{labels.empty}</p>;
  return (
    <ul className="ward-list">
      {wards.map((w) => (
        <li key={w.slug} className="ward-card" aria-labelledby={`ward-${w.slug}`}>
          <h2 id={`ward-${w.slug}`}>
            <span className="ward-kind">{w.kind}</span>{' '}
            {hrefFor ? <a href={hrefFor(w.slug)}>{w.name}</a> : w.name}
          </h2>
          <p className="ward-counts">
            {labels.targets(w.targetCount)} · {labels.tasks(w.taskCount)}
          </p>
          <ul className="ward-documents">
            {w.documents.map((d) => (
              <li key={d.id}>
                <span className={`doc-kind doc-kind-${d.kind}`}>
                  {d.kind === 'report' ? labels.report : labels.plan}
                </span>{' '}
                <span className="doc-title">{d.title}</span>
                <small className="doc-source">
                  {d.dateAsPrinted} · {labels.source}: <code>{d.file}</code>
                </small>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
