// @vitest-environment node
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import vi from '../locales/vi.json';
import { recordedSourceOf } from './sources.ts';

/** The Vietnamese messages, looked up and interpolated as i18next does for these keys. */
const t = ((key: string, values: Record<string, string> = {}) => {
  let node: unknown = vi;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return String(node).replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
}) as unknown as TFunction;

describe('recordedSourceOf: a result no document prints cites its evidence', () => {
  it('names the evidence, who recorded it and when (Hải Phòng time), and the link', () => {
    expect(
      recordedSourceOf(
        {
          display: '0,78',
          evidenceType: 'REPORT',
          evidenceNumber: '125/BC-UBND',
          evidenceUrl: 'https://haian.haiphong.gov.vn/bc-125.pdf',
          recordedBy: 'Trần Thị Bình',
          createdAt: '2026-11-24T02:30:00.000Z',
        },
        t,
      ),
    ).toEqual({
      document: 'Báo cáo 125/BC-UBND',
      where: 'Trần Thị Bình nhập lúc 24/11/2026 09:30',
      text: 'https://haian.haiphong.gov.vn/bc-125.pdf',
    });
  });

  it('says when no evidence was given, and when the person is gone, instead of citing nothing', () => {
    const s = recordedSourceOf({ display: '61%', recordedBy: null, createdAt: 'not a date' }, t);
    expect(s).toEqual({
      document: 'Không ghi minh chứng',
      where: 'người nhập không còn trong hệ thống nhập lúc –',
      text: '61%',
    });
  });
});
