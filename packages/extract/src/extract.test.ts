import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract.ts';
import type { Proposal } from './proposal.ts';

/**
 * Plans written for these tests, not taken from the seeds: other headings, other table
 * layouts and other phrasings, to show the rules are about Vietnamese plans, not five files.
 */
const brief = (p: Proposal) =>
  [p.line, p.kind, p.indicatorCode, p.year, p.comparator, p.value, p.valueHigh, p.unit].join(' ');

const plan = (...lines: string[]) => lines.join('\n');

describe('plans the extractor has not seen', () => {
  it('reads a bullet list with a year per clause and a continuation clause', () => {
    const text = plan(
      'KẾ HOẠCH',
      'Chuyển đổi số xã Ví Dụ năm 2026',
      '',
      'II. MỤC TIÊU',
      '1. Mục tiêu chung',
      'Phát triển chính quyền số, kinh tế số và xã hội số.',
      '2. Chỉ tiêu cụ thể',
      '- Đến năm 2027, tỷ lệ người dân có tài khoản định danh điện tử đạt 80%; đến năm 2030 đạt 100%.',
      '- Tỷ lệ giao dịch không dùng tiền mặt không thấp hơn 70%.',
      '- Bố trí 500 triệu đồng mỗi năm cho chuyển đổi số.',
      '- Tốc độ đổi mới công nghệ từ 15% đến 18%.',
      'III. NHIỆM VỤ',
      '- Triển khai 100% các nhiệm vụ.',
    );
    expect(extractTargets(text).map(brief)).toEqual([
      '8 target DS_VNEID 2027 reach 80  percent',
      '8 target DS_VNEID 2030 reach 100  percent',
      '9 target DE_CASHLESS_TRANSACTIONS 2026 gte 70  percent',
      '10 target RES_BUDGET_SPENT_VND 2026 eq 500000000  vnd',
      '11 target STI_TECH_RENEWAL_RATE 2026 range 15 18 percent',
    ]);
  });

  it('reads targets under "MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU", not the general aims', () => {
    const text = plan(
      'KẾ HOẠCH năm 2027',
      'I. MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU',
      '1. Mục tiêu chung',
      '- Xây dựng chính quyền số hiện đại, phục vụ người dân và doanh nghiệp.',
      '2. Mục tiêu cụ thể',
      '- Duy trì hoạt động của Tổ công nghệ số cộng đồng tại 100% tổ dân phố.',
      '- Đảm bảo an toàn thông tin, không để xảy ra sự cố nghiêm trọng.',
      'II. NHIỆM VỤ THỰC HIỆN CÁC CHỈ TIÊU',
      '- Tổ chức tập huấn cho cán bộ.',
    );
    expect(extractTargets(text).map(brief)).toEqual([
      '6 target DS_COMMUNITY_DIGITAL_TEAMS 2027 eq 100  percent',
      '7 qualitative DG_CYBERSECURITY 2027    ',
    ]);
  });

  it('reads numbered and "+" items under lettered groups, and a "phấn đấu" with its year', () => {
    const text = plan(
      'Số: 15/KH-UBND                    An Lão, ngày 10 tháng 3 năm 2026',
      'KẾ HOẠCH',
      'Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã An Lão giai đoạn 2026 - 2030',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.',
      'II. CHỈ TIÊU CỤ THỂ ĐẾN NĂM 2030',
      'a) Về chính quyền số:',
      '1. Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt 100%.',
      '2. Tỷ lệ hồ sơ giải quyết thủ tục hành chính được số hóa đạt từ 90% trở lên.',
      '3. Hình thành Trung tâm điều hành thông minh của xã.',
      'b) Về kinh tế số, xã hội số:',
      '+ Tỷ lệ người dân trưởng thành có chữ ký số đạt trên 50%;',
      '+ Chi ngân sách cho khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số tối thiểu 2% tổng chi ngân sách xã.',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Phấn đấu đến năm 2028 có 100% thôn có tổ công nghệ số cộng đồng hoạt động hiệu quả.',
      '2. Rà soát, cập nhật 100% dữ liệu dân cư.',
    );
    const found = extractTargets(text);
    expect(found.map(brief)).toEqual([
      '8 target DG_FULL_ONLINE_SERVICES 2030 reach 100  percent',
      '9 target DG_DOSSIER_DIGITISATION 2030 gte 90  percent',
      '10 qualitative  2030    ',
      '12 target DS_ADULT_DIGITAL_SIGNATURE 2030 gt 50  percent',
      '13 target RES_BUDGET_SHARE 2030 gte 2  percent',
      '15 target DS_COMMUNITY_DIGITAL_TEAMS 2028 eq 100  percent',
    ]);
    expect(found[0]?.section).toBe('II. CHỈ TIÊU CỤ THỂ ĐẾN NĂM 2030 — a) Về chính quyền số:');
    expect(found[2]?.flags).toEqual(['qualitative', 'new-indicator']);
  });

  it('flags a qualitative bullet the catalog has no indicator for as a new indicator', () => {
    const text = plan(
      'KẾ HOẠCH năm 2026',
      'I. MỤC TIÊU',
      '- Lắp đặt hệ thống loa truyền thanh thông minh tại các khu dân cư.',
    );
    const [only] = extractTargets(text);
    expect(only).toMatchObject({ kind: 'qualitative', indicatorCode: null, year: 2026 });
    expect(only?.proposedIndicatorName).toContain('loa truyền thanh');
    expect(only?.flags).toEqual(expect.arrayContaining(['qualitative', 'new-indicator']));
    expect(only?.confidence).toBeLessThan(0.5);
  });

  it('reads a Markdown table with one column per milestone year, a unit and a lead', () => {
    const text = plan(
      'PHỤ LỤC',
      'CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ',
      '| STT | Chỉ tiêu | Đơn vị | Năm 2026 | Năm 2028 | Năm 2030 | Cơ quan chủ trì |',
      '|---|---|---|---|---|---|---|',
      '| 1 | Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến | % | ≥ 60 | ≥ 75 | ≥ 90 | Trung tâm Phục vụ hành chính công |',
      '| 2 | Tỷ lệ người dân có hồ sơ sức khỏe điện tử | % | 50 | - | 90 | Trạm Y tế |',
      '| 3 | Số sáng kiến được áp dụng hiệu quả | Số lượng/năm | 3 | 4 | 5 | Phòng Văn hóa - Xã hội |',
    );
    const found = extractTargets(text);
    expect(found.map(brief)).toEqual([
      '5 target DG_ONLINE_DOSSIERS 2026 gte 60  percent',
      '5 target DG_ONLINE_DOSSIERS 2028 gte 75  percent',
      '5 target DG_ONLINE_DOSSIERS 2030 gte 90  percent',
      '6 target DS_E_HEALTH_RECORD 2026 eq 50  percent',
      '6 target DS_E_HEALTH_RECORD 2030 eq 90  percent',
      '7 target STI_INITIATIVES_APPLIED 2026 eq 3  countPerYear',
      '7 target STI_INITIATIVES_APPLIED 2028 eq 4  countPerYear',
      '7 target STI_INITIATIVES_APPLIED 2030 eq 5  countPerYear',
    ]);
    expect(found[0]).toMatchObject({
      column: 'Năm 2026',
      leadAgency: 'Trung tâm Phục vụ hành chính công',
    });
  });

  it('reads a flattened milestone table: header over many lines, repeated after a page break', () => {
    const text = plan(
      'PHỤ LỤC 1: CÁC CHỈ TIÊU GIAI ĐOẠN 2026-2030',
      'TT Chỉ tiêu',
      'Năm',
      '2026',
      'Năm',
      '2028',
      'Năm',
      '2030',
      'Đơn vị chủ trì',
      '1.',
      'Tỷ lệ doanh nghiệp có hoạt động',
      'đổi mới sáng tạo',
      '≥ 20% 30% ≥ 40%',
      '',
      '',
      '7',
      'Phòng Kinh tế',
      ' TT Chỉ tiêu',
      'Năm',
      '2026',
      'Năm',
      '2028',
      'Năm',
      '2030',
      'Đơn vị chủ trì',
      '2.',
      'Tỷ lệ cơ sở giáo dục có ít nhất 01 phòng học thông minh - 50% 100%',
      'Phòng Văn hóa - Xã hội',
    );
    const found = extractTargets(text);
    expect(found.map(brief)).toEqual([
      '13 target STI_INNOVATIVE_ENTERPRISES 2026 gte 20  percent',
      '13 target STI_INNOVATIVE_ENTERPRISES 2028 eq 30  percent',
      '13 target STI_INNOVATIVE_ENTERPRISES 2030 gte 40  percent',
      '27 target EDU_SMART_CLASSROOMS 2028 eq 50  percent',
      '27 target EDU_SMART_CLASSROOMS 2030 eq 100  percent',
    ]);
    // Neither the page number "7" nor the header printed again joins row 1.
    expect(found[0]?.leadAgency).toBe('Phòng Kinh tế');
  });

  it('reads a plan table whose columns are a baseline ("Ước thực hiện 2025") and targets', () => {
    const text = plan(
      'KẾ HOẠCH năm 2026',
      'STT\tTên chỉ tiêu\tĐVT\tƯớc thực hiện 2025\tKế hoạch 2026\tKế hoạch 2027',
      '1\tTỷ lệ số hóa hồ sơ thủ tục hành chính\t%\t72\t85\t95',
    );
    expect(extractTargets(text).map(brief)).toEqual([
      '3 target DG_DOSSIER_DIGITISATION 2026 eq 85  percent',
      '3 target DG_DOSSIER_DIGITISATION 2027 eq 95  percent',
    ]);
  });

  it('skips the column-number row under a header ("1 2 3 4 5") and reads "Số TT" headers', () => {
    const text = plan(
      'PHỤ LỤC',
      'Số TT Chỉ tiêu Đơn vị Năm 2026 Năm 2027 Cơ quan chủ trì',
      '1 2 3 4 5 6',
      '1 Tỷ lệ người dân có chữ ký số cá nhân % 20 30 Công an xã',
      '2 Tỷ lệ giao dịch không dùng tiền mặt % ≥ 50 ≥ 60 Chi nhánh Ngân hàng',
    );
    expect(extractTargets(text).map(brief)).toEqual([
      '4 target DS_CITIZEN_DIGITAL_SIGNATURE 2026 eq 20  percent',
      '4 target DS_CITIZEN_DIGITAL_SIGNATURE 2027 eq 30  percent',
      '5 target DE_CASHLESS_TRANSACTIONS 2026 gte 50  percent',
      '5 target DE_CASHLESS_TRANSACTIONS 2027 gte 60  percent',
    ]);
  });

  it('reads a report table: targets and the results beside them', () => {
    const text = plan(
      'BÁO CÁO',
      'Kết quả thực hiện năm 2026',
      'TT\tChỉ tiêu\tKết quả năm 2026',
      '1.\tTỷ lệ hồ sơ được số hóa đạt tối thiểu 90%.\tĐạt 96,5%',
      '2.\tĐẩy mạnh thanh toán không dùng tiền mặt.\tĐã triển khai tại 100% chợ',
    );
    expect(extractTargets(text).map(brief)).toEqual([
      '4 target DG_DOSSIER_DIGITISATION 2026 gte 90  percent',
      '4 actual DG_DOSSIER_DIGITISATION 2026 eq 96.5  percent',
      '5 qualitative DE_CASHLESS_TRANSACTIONS 2026    ',
      '5 actual DE_CASHLESS_TRANSACTIONS 2026    ',
    ]);
  });

  it('returns nothing for text without targets, and for empty text', () => {
    expect(extractTargets('Nơi nhận:\n- Như trên;\n- Lưu: VT.')).toEqual([]);
    expect(extractTargets('')).toEqual([]);
  });
});
