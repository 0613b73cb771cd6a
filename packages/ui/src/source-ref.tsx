import { useId } from 'react';

/** Where a figure comes from: the document by name, the section/row, and the text as printed. */
export interface SourceView {
  document: string;
  where: string;
  text: string;
}

export function sourceLine(s: SourceView): string {
  return `${s.document} — ${s.where}: “${s.text}”`;
}

/**
 * A figure's source on hover and on keyboard focus alike: a button described by its source, the
 * description shown while the button is hovered or focused (CSS only, nothing inline).
 */
export function SourceRef({ source, label }: { source: SourceView; label: string }) {
  const id = useId();
  return (
    <span className="source-ref">
      <button type="button" className="source-ref-button" aria-describedby={id}>
        {label}
      </button>
      <span role="tooltip" id={id} className="source-tip">
        {sourceLine(source)}
      </span>
    </span>
  );
}

/** The sources printed as text under a table or chart, so they are on paper too. */
export function SourceList({
  heading,
  sources,
}: {
  heading: string;
  sources: readonly SourceView[];
}) {
  const unique = [...new Map(sources.map((s) => [sourceLine(s), s])).values()];
  if (unique.length === 0) return null;
  return (
    <div className="source-list">
      <p className="source-list-heading">{heading}</p>
      <ul>
        {unique.map((s) => (
          <li key={sourceLine(s)}>
            <cite>{s.document}</cite> — {s.where}: “{s.text}”
          </li>
        ))}
      </ul>
    </div>
  );
}
