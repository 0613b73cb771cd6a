import { INDICATORS } from '@lotrinh/indicators';
import { describe, expect, it } from 'vitest';
import { CatalogMatcher, tokens } from './catalog-match.ts';

const matcher = new CatalogMatcher(INDICATORS);

describe('matching a ward’s wording onto the catalog', () => {
  it.each([
    // Seed wordings (their line), then wordings written for this test.
    ['Tỷ lệ Quy mô kinh tế số trong GRDP (bổ sung mới)', 'percent', 'DE_DIGITAL_ECONOMY_GRDP'], // Hải An 1500
    ['Phủ sóng 5G cho người dân % dân số', 'percent', 'INF_5G_COVERAGE'], // Hải An 789
    [
      'Tỷ lệ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến',
      'percent',
      'DG_SATISFACTION',
    ], // Hồng Bàng 69
    ['ít nhất 01 “Không gian đổi mới sáng tạo”', 'count', 'STI_INNOVATION_SPACES'], // Hồng An 81
    [
      '100% cơ sở giáo dục hình thành và vận hành có hiệu quả “Không gian đổi mới sáng tạo”',
      'percent',
      'EDU_INNOVATION_SPACES',
    ], // Hồng An 83
    [
      'Tuyên truyền nhân dân truy cập băng rộng cố định với tốc độ trên 01 Gbps/s',
      'percent',
      'INF_GIGABIT_BROADBAND',
    ], // Chu Văn An 308
    ['Tỷ lệ hồ sơ TTHC giải quyết hoàn toàn trực tuyến', 'percent', 'DG_ONLINE_DOSSIERS'],
    [
      'Số hộ kinh doanh, doanh nghiệp nhỏ và vừa ứng dụng công nghệ số',
      'percent',
      'DE_SME_DIGITAL_ADOPTION',
    ],
    ['Tỷ lệ chi ngân sách xã cho KHCN, ĐMST và CĐS', 'percent', 'RES_BUDGET_SHARE'],
    [
      'Duy trì hoạt động của Tổ công nghệ số cộng đồng ở thôn',
      'qualitative',
      'DS_COMMUNITY_DIGITAL_TEAMS',
    ],
  ])('%j (%s) → %s', (wording, shape, code) => {
    expect(matcher.match(wording, shape as 'percent')?.code).toBe(code);
  });

  it('prefers indicators measured like the figure: a count of spaces, a share of schools', () => {
    const wording = 'Không gian đổi mới sáng tạo';
    expect(matcher.match(wording, 'count')?.code).toBe('STI_INNOVATION_SPACES');
    expect(matcher.match(wording, 'percent')?.code).toBe('EDU_INNOVATION_SPACES');
  });

  it('keeps to the units asked for (an amount in đồng)', () => {
    const found = matcher.match('tổng kinh phí mua sắm trang thiết bị', 'vnd', ['vnd']);
    expect(found?.code).toBe('RES_BUDGET_SPENT_VND');
  });

  it('returns null when the catalog shares no word with the wording', () => {
    expect(matcher.match('Xyz qwerty', 'percent')).toBeNull();
  });

  it('reports the runner-up so an uncertain match can be flagged', () => {
    const found = matcher.match('Tỷ lệ phủ sóng 5G', 'percent');
    expect(found && found.score >= found.runnerUp).toBe(true);
    expect(found?.runnerUp).toBeGreaterThan(0);
  });

  it.each([
    ['TTHC', 'thu tuc hanh chinh'],
    ['KHCN, ĐMST, CĐS', 'khoa hoc cong nghe doi moi sang tao chuyen doi so'],
    ['KH&CN', 'khoa hoc cong nghe'],
  ])('expands the shorthand %s', (short, long) => {
    expect(tokens(short).join(' ')).toBe(tokens(long).join(' '));
  });
});
