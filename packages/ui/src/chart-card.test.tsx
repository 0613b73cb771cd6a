import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartCard } from './chart-card.tsx';
import { ErrorNotice } from './error-notice.tsx';
import { SourceList, SourceRef } from './source-ref.tsx';

afterEach(cleanup);

// jsdom cannot draw SVG charts: the lazily loaded ECharts wrapper is replaced by a labelled box.
vi.mock('./echart.tsx', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const labels = {
  chart: 'Biểu đồ',
  table: 'Bảng số liệu',
  loading: 'Đang tải…',
  tableHint: '(Số liệu ở bảng dưới.)',
};

describe('ChartCard', () => {
  it('shows the chart with our description pointing to the table, the table, and the sources', async () => {
    render(
      <ChartCard
        title="Lộ trình DTI"
        description="Chỉ số chuyển đổi số của Hải An, 2025–2045."
        option={{}}
        table={<table aria-label="bảng dữ liệu" />}
        sources={<p>Nguồn: PHỤ LỤC 2</p>}
        labels={labels}
      />,
    );
    const img = await screen.findByRole('img');
    expect(img.getAttribute('aria-label')).toBe(
      'Chỉ số chuyển đổi số của Hải An, 2025–2045. (Số liệu ở bảng dưới.)',
    );
    expect(screen.getByText('Bảng số liệu').tagName).toBe('SUMMARY');
    expect(screen.getByText('Nguồn: PHỤ LỤC 2')).toBeTruthy();
  });

  it('switches between chart and table when the caller keeps the view', () => {
    const onViewChange = vi.fn();
    render(
      <ChartCard
        title="t"
        description="d"
        option={{}}
        table={<table aria-label="bảng dữ liệu" />}
        labels={labels}
        view="table"
        onViewChange={onViewChange}
      />,
    );
    expect(screen.getByRole('table', { name: 'bảng dữ liệu' })).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Bảng số liệu' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Biểu đồ' }));
    expect(onViewChange).toHaveBeenCalledWith('chart');
  });
});

describe('ErrorNotice', () => {
  it('offers a retry only when one is given', () => {
    const onRetry = vi.fn();
    const { rerender } = render(
      <ErrorNotice title="Lỗi mạng" retryLabel="Thử lại" onRetry={onRetry} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(onRetry).toHaveBeenCalledOnce();
    rerender(<ErrorNotice title="Không có phường này" retryLabel="Thử lại" />);
    expect(screen.getByRole('alert').textContent).toBe('Không có phường này');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('sources', () => {
  const source = {
    document: 'Báo cáo 12/2025 (Chu Văn An)',
    where: 'mục I, dòng 14.',
    text: 'Có ≥ 70% giao dịch',
  };

  it('describes the source button by the source, so it is read on focus as on hover', () => {
    render(<SourceRef source={source} label="Nguồn" />);
    const button = screen.getByRole('button', { name: 'Nguồn' });
    const tip = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(tip?.textContent).toBe(
      'Báo cáo 12/2025 (Chu Văn An) — mục I, dòng 14.: “Có ≥ 70% giao dịch”',
    );
  });

  it('prints each source once under the table', () => {
    render(<SourceList heading="Nguồn" sources={[source, source]} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});
