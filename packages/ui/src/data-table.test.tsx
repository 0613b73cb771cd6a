import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type Column, DataTable } from './data-table.tsx';

afterEach(cleanup);

type Row = { code: string; name: string; result: string };
const columns: Column<Row>[] = [
  { id: 'name', header: 'Chỉ tiêu', cell: (r) => r.name, rowHeader: true },
  { id: 'result', header: 'Kết quả', cell: (r) => r.result },
];
const rows: Row[] = [
  { code: 'a', name: 'Giao dịch phi tiếp xúc', result: '82,54%' },
  { code: 'b', name: 'Chữ ký số', result: '–' },
];

describe('DataTable', () => {
  it('has a caption, column headers and a row header per row', () => {
    render(
      <DataTable
        caption="Bảng điểm"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        empty="–"
      />,
    );
    const table = screen.getByRole('table', { name: 'Bảng điểm' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Chỉ tiêu', 'Kết quả']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Giao dịch phi tiếp xúc', 'Chữ ký số']);
  });

  it('scrolls a long table in a named, focusable box only when asked (its header sticks there)', () => {
    const { container, rerender } = render(
      <DataTable
        caption="Nhiệm vụ"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        empty="–"
      />,
    );
    expect(container.querySelector('.table-box')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
    rerender(
      <DataTable
        caption="Nhiệm vụ"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        empty="–"
        scrollBox="Bảng nhiệm vụ"
      />,
    );
    const box = screen.getByRole('region', { name: 'Bảng nhiệm vụ' });
    expect(box.classList.contains('table-box')).toBe(true);
    expect(box.tabIndex).toBe(0);
    expect(within(box).getByRole('table', { name: 'Nhiệm vụ' })).toBeTruthy();
  });

  it('opens a row’s detail right under that row', () => {
    render(
      <DataTable
        caption="Bảng điểm"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        empty="–"
        expanded={(r) => (r.code === 'a' ? <p>Biểu đồ a</p> : null)}
      />,
    );
    const trs = screen.getAllByRole('row').map((tr) => tr.textContent);
    expect(trs).toEqual([
      'Chỉ tiêuKết quả',
      'Giao dịch phi tiếp xúc82,54%',
      'Biểu đồ a',
      'Chữ ký số–',
    ]);
  });

  it('says so when there are no rows', () => {
    render(
      <DataTable
        caption="Bảng"
        columns={columns}
        rows={[]}
        rowKey={(r) => r.code}
        empty="Không có dòng nào"
      />,
    );
    expect(screen.getByRole('cell').textContent).toBe('Không có dòng nào');
  });
});
