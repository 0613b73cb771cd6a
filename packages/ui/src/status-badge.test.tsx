import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { STATUS_GLYPH, STATUSES, urgencyOf } from './status.ts';
import { StatusBadge, StatusLegend } from './status-badge.tsx';

afterEach(cleanup);

describe('StatusBadge', () => {
  it('says the status in words and with a glyph, not by colour alone', () => {
    render(<StatusBadge status="not-reported" label="Chưa báo cáo" />);
    const badge = screen.getByText('Chưa báo cáo').parentElement;
    expect(badge?.textContent).toBe('? Chưa báo cáo');
    expect(badge?.className).toContain('status-not-reported');
  });

  it('gives every status its own glyph, so "no target" and "not reported" differ without colour', () => {
    const glyphs = STATUSES.map((s) => STATUS_GLYPH[s]);
    expect(new Set(glyphs).size).toBe(STATUSES.length);
    expect(STATUS_GLYPH['no-target']).not.toBe(STATUS_GLYPH['not-reported']);
  });

  it('lists every status in the legend with its words', () => {
    render(
      <StatusLegend
        caption="Chú giải"
        statuses={['no-target', 'not-reported']}
        labelOf={(s) => (s === 'no-target' ? 'Chưa có chỉ tiêu' : 'Chưa báo cáo')}
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '– Chưa có chỉ tiêu',
      '? Chưa báo cáo',
    ]);
  });
});

describe('urgencyOf', () => {
  it.each([
    ['off-track', 'risk'],
    ['at-risk', 'accelerate'],
    ['on-track', 'fine'],
    ['achieved', 'fine'],
    ['not-reported', 'unassessable'],
    ['no-target', 'unassessable'],
  ] as const)('%s → %s', (status, urgency) => {
    expect(urgencyOf(status)).toBe(urgency);
  });
});
