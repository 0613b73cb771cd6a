import type { ReactNode } from 'react';

/**
 * A box that scrolls on its own (a wide or long table with sticky headers). It is a labelled
 * region and takes keyboard focus, so keyboard users can scroll it too.
 */
export function ScrollRegion({
  labelledBy,
  className,
  children,
}: {
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={`scroll-region ${className ?? ''}`.trim()}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled by keyboard (WCAG 2.1.1)
      tabIndex={0}
      aria-labelledby={labelledBy}
    >
      {children}
    </section>
  );
}
