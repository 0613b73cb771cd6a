import { useEffect, useRef } from 'react';
import { citationFromSelection } from './citation.ts';

export interface LineCitation {
  line: number;
  lineEnd: number | null;
  sourceText: string;
}

function lineOf(node: Node | null, root: HTMLElement): number | null {
  let el: Node | null = node;
  while (el && el !== root) {
    if (el instanceof HTMLElement && el.dataset.line) return Number(el.dataset.line);
    el = el.parentNode;
  }
  return null;
}

/**
 * A document's text with its line numbers, lines `highlight` marked and `scrollTo` brought to
 * the middle of the view. Selecting text (mouse, or the keyboard's shift+arrows after a click)
 * reports what it cites; line numbers are drawn by CSS so they never enter a selection.
 */
export function DocumentText({
  lines,
  label,
  highlight,
  scrollTo,
  onSelect,
}: {
  lines: readonly string[];
  label: string;
  highlight?: { from: number; to: number } | null;
  scrollTo?: number | null;
  onSelect?: (citation: LineCitation) => void;
}) {
  const box = useRef<HTMLElement>(null);

  useEffect(() => {
    const root = box.current;
    if (!root || !scrollTo) return;
    const el = root.querySelector<HTMLElement>(`[data-line="${scrollTo}"]`);
    if (el) root.scrollTop = Math.max(0, el.offsetTop - root.clientHeight / 3);
  }, [scrollTo]);

  const report = () => {
    const root = box.current;
    const selection = window.getSelection();
    if (!root || !onSelect || !selection || selection.isCollapsed) return;
    const a = lineOf(selection.anchorNode, root);
    const b = lineOf(selection.focusNode, root);
    if (a === null || b === null) return;
    const citation = citationFromSelection(lines, a, b, selection.toString());
    if (citation) onSelect(citation);
  };

  const from = highlight?.from ?? 0;
  const to = highlight?.to ?? -1;
  return (
    <section
      ref={box}
      className="doc-text"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls on its own; keyboard users must reach it to scroll and select (WCAG 2.1.1).
      tabIndex={0}
      onMouseUp={report}
      onKeyUp={report}
    >
      {lines.map((text, i) => {
        const n = i + 1;
        const marked = n >= from && n <= to;
        return (
          <div
            key={n}
            data-line={n}
            className={marked ? 'doc-line doc-line-marked' : 'doc-line'}
            aria-current={marked && n === from ? 'location' : undefined}
          >
            {text || '\u00a0'}
          </div>
        );
      })}
    </section>
  );
}
