import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n.ts';
import { DocumentText, type LineCitation } from './document-text.tsx';
import { emptyTarget } from './target-form.ts';
import { TargetForm } from './target-form.tsx';

afterEach(cleanup);

const lines = [
  'III. MỤC TIÊU',
  '1. Chỉ số chuyển đổi số phường năm 2025 đạt ≥ 0,75;',
  '   đến năm 2030 đạt ≥ 0,85.',
];
const catalog = [
  {
    code: 'DTI_WARD_INDEX',
    name: 'Chỉ số chuyển đổi số phường',
    unit: 'INDEX',
    pillar: { code: 'DT' },
  },
  {
    code: 'DG_ONLINE_SERVICE_USAGE',
    name: 'Tỷ lệ sử dụng dịch vụ công trực tuyến',
    unit: 'PERCENT',
    pillar: { code: 'DG' },
  },
];

function renderForm(selection: LineCitation | null, onSubmit = vi.fn()) {
  const ui = (s: LineCitation | null) => (
    <I18nextProvider i18n={i18n}>
      <TargetForm
        initial={emptyTarget()}
        ward="dong-hai"
        document="doc-1"
        lines={lines}
        catalog={catalog}
        pillars={[{ code: 'DT', name: 'Chuyển đổi số' }]}
        selection={s}
        submitLabel="Lưu chỉ tiêu"
        onSubmit={onSubmit}
      />
    </I18nextProvider>
  );
  const view = render(ui(selection));
  return { ...view, select: (s: LineCitation) => view.rerender(ui(s)), onSubmit };
}

describe('TargetForm', () => {
  it('shows each problem beside its field, tied to it for screen readers, and sends nothing', () => {
    void i18n.changeLanguage('vi');
    const { onSubmit } = renderForm(null);
    fireEvent.change(screen.getByLabelText('Giá trị'), { target: { value: '1.234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const value = screen.getByLabelText('Giá trị');
    expect(value.getAttribute('aria-invalid')).toBe('true');
    const described = (value.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(
      'Chưa rõ: “1.234”',
    );
    expect(screen.getByLabelText('Chỉ tiêu').getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('Chọn dòng nguồn: bôi đen trong văn bản hoặc nhập số dòng.'),
    ).toBeTruthy();
  });

  it('filters the catalog as one types, and takes a selection in the document as its source', () => {
    const { select, onSubmit } = renderForm(null);
    fireEvent.change(screen.getByLabelText('Tìm chỉ tiêu'), { target: { value: 'dich vu cong' } });
    const options = [...(screen.getByLabelText('Chỉ tiêu') as HTMLSelectElement).options].map(
      (o) => o.value,
    );
    expect(options).toEqual(['', 'DG_ONLINE_SERVICE_USAGE', '__new__']);
    fireEvent.change(screen.getByLabelText('Tìm chỉ tiêu'), { target: { value: 'chuyển đổi' } });
    fireEvent.change(screen.getByLabelText('Chỉ tiêu'), { target: { value: 'DTI_WARD_INDEX' } });
    fireEvent.change(screen.getByLabelText('Năm mốc'), { target: { value: '2030' } });
    fireEvent.change(screen.getByLabelText('Giá trị'), { target: { value: '0,85' } });
    fireEvent.change(screen.getByLabelText('Cách ghi của phường, xã'), {
      target: { value: 'Chỉ số chuyển đổi số phường' },
    });
    fireEvent.change(screen.getByLabelText('Mục'), { target: { value: 'III. MỤC TIÊU' } });
    fireEvent.change(screen.getByLabelText('Dòng bảng (STT)'), { target: { value: '1' } });
    act(() => select({ line: 2, lineEnd: 3, sourceText: 'đến năm 2030 đạt ≥ 0,85' }));
    expect((screen.getByLabelText('Từ dòng') as HTMLInputElement).value).toBe('2');
    expect((screen.getByLabelText('Đến dòng') as HTMLInputElement).value).toBe('3');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      indicator: 'DTI_WARD_INDEX',
      year: 2030,
      value: 0.85,
      unit: 'INDEX',
      line: 2,
      lineEnd: 3,
      sourceText: 'đến năm 2030 đạt ≥ 0,85',
    });
  });
});

describe('DocumentText', () => {
  it('reports the lines and text a selection covers, and marks the highlighted lines', () => {
    const onSelect = vi.fn();
    const { container } = render(
      <DocumentText
        lines={lines}
        label="Nội dung"
        highlight={{ from: 2, to: 3 }}
        onSelect={onSelect}
      />,
    );
    expect(
      [...container.querySelectorAll('.doc-line-marked')].map((e) => e.getAttribute('data-line')),
    ).toEqual(['2', '3']);
    const second = container.querySelector('[data-line="2"]')?.firstChild as Text;
    const third = container.querySelector('[data-line="3"]')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(second, second.data.indexOf('≥ 0,75'));
    range.setEnd(third, third.data.indexOf(' đạt'));
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    fireEvent.mouseUp(screen.getByRole('region', { name: 'Nội dung' }));
    expect(onSelect).toHaveBeenCalledWith({
      line: 2,
      lineEnd: 3,
      sourceText: '≥ 0,75; đến năm 2030',
    });
  });
});
