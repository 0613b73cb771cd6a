import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WardList, type WardListLabels } from './ward-list.tsx';

afterEach(cleanup);

const labels: WardListLabels = {
  targets: (n) => `${n} chỉ tiêu`,
  tasks: (n) => `${n} nhiệm vụ`,
  plan: 'Kế hoạch',
  report: 'Báo cáo',
  source: 'Nguồn',
  empty: 'Chưa có phường, xã nào.',
};

describe('WardList', () => {
  it('shows each ward with its counts and source documents', () => {
    render(
      <WardList
        labels={labels}
        wards={[
          {
            slug: 'chu-van-an',
            name: 'Chu Văn An',
            kind: 'phường',
            targetCount: 20,
            taskCount: 0,
            documents: [
              {
                id: 'r',
                title: 'Báo cáo tình hình…',
                kind: 'report',
                dateAsPrinted: 'tháng 12 năm 2025',
                file: '003_398e4fa2e8d18aa8.txt',
              },
            ],
          },
        ]}
      />,
    );
    const card = screen.getByRole('listitem', { name: /Chu Văn An/ });
    expect(within(card).getByText('20 chỉ tiêu · 0 nhiệm vụ')).toBeTruthy();
    expect(within(card).getByText('Báo cáo')).toBeTruthy();
    expect(within(card).getByText('003_398e4fa2e8d18aa8.txt')).toBeTruthy();
  });

  it('says so when there are no wards', () => {
    render(<WardList labels={labels} wards={[]} />);
    expect(screen.getByRole('status').textContent).toBe('Chưa có phường, xã nào.');
  });
});
