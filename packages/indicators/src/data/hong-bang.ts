import type { TranscribedTarget as Target } from '../types.ts';
import { type CellSpec, gt, gte, quantitative, type RowContext, reach } from './build.ts';

const file = '004_16d7ad33ef0b9f85.txt' as const;
const ward = 'hong-bang' as const;
/** The plan is for 2026 only: section III's targets are 2026 milestones. */
const YEAR = 2026;

/** Lead unit of each target, from the appendix row with the same number (lines 200–215). */
const APPENDIX_LEAD: Record<number, string> = {
  1: 'Văn phòng HĐND & UBND phường',
  2: 'Các phòng, đơn vị',
  3: 'Phòng Văn hóa - Xã hội',
  4: 'Trung tâm Phục vụ Hành chính công',
  5: 'Trung tâm Phục vụ Hành chính công',
  6: 'Trung tâm Phục vụ Hành chính công',
  7: 'Trung tâm Phục vụ Hành chính công',
  8: 'Trung tâm Phục vụ Hành chính công',
  9: 'Trung tâm Phục vụ Hành chính công',
  10: 'Phòng Văn hóa - Xã hội',
  11: 'Phòng Văn hóa - Xã hội',
  12: 'Phòng Văn hóa - Xã hội',
  13: 'Phòng Kinh tế, Hạ tầng và Đô thị',
};

/** Section III prints 13 unnumbered bullets: rows are named by their position, "1"–"13". */
const t = (
  n: number,
  indicator: string,
  wording: string,
  line: number,
  cell: CellSpec,
  opts: { unit?: RowContext['unit']; idSuffix?: string; note?: string } = {},
): Target =>
  quantitative(
    {
      ward,
      file,
      key: 'III',
      section: 'III. MỤC TIÊU',
      row: String(n),
      indicator,
      wording,
      labelLine: line,
      unit: opts.unit ?? 'percent',
      // Section III prints no lead; the appendix assigns each of the 13 targets to a unit.
      leadAgency: APPENDIX_LEAD[n] ?? '',
      ...(opts.note ? { note: opts.note } : {}),
    },
    YEAR,
    cell,
    opts.idSuffix ? { idSuffix: opts.idSuffix } : {},
  );

export const HONG_BANG_TARGETS: readonly Target[] = [
  t(
    1,
    'INF_OFFICIALS_EQUIPPED',
    '100% cán bộ, công chức có máy tính đáp ứng yêu cầu cấu hình, đảm bảo an toàn, an ninh mạng và có chữ ký số cá nhân để giải quyết công việc trên môi trường điện tử.',
    53,
    reach(100, '100% cán bộ, công chức có máy tính', 53),
  ),
  t(
    2,
    'DG_EDOC_PROCESSING',
    '100% hồ sơ công việc được xử lý trên môi trường điện tử (trừ hồ sơ thuộc phạm vi bí mật nhà nước) và sử dụng chữ ký số chuyên dùng công vụ để giải quyết công việc.',
    55,
    reach(100, '100% hồ sơ công việc', 55),
  ),
  t(
    3,
    'DG_NEW_RECORDS_ELECTRONIC',
    '100% hồ sơ, tài liệu công việc phát sinh mới được tạo lập và xử lý trên môi trường điện tử; hoàn thành số hóa tài liệu theo chỉ đạo của Trung ương, thành phố.',
    57,
    reach(100, '100% hồ sơ, tài liệu công việc phát sinh mới', 57),
  ),
  t(
    4,
    'DG_ONLINE_DOSSIERS',
    'Tối thiểu 90% hồ sơ TTHC được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ liệu một lần.',
    59,
    gte(90, 'Tối thiểu 90%', 59),
  ),
  t(
    5,
    'DG_DOSSIER_DIGITISATION',
    'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 95%.',
    61,
    reach(95, 'đạt 95%', 61),
  ),
  t(
    6,
    'DG_DATA_REUSE',
    'Tỷ lệ khai thác, sử dụng lại thông tin dữ liệu số hóa đạt 95%.',
    63,
    reach(95, 'đạt 95%', 63),
  ),
  t(
    7,
    'DG_BORDERLESS_PROCEDURES',
    '100% TTHC đủ điều kiện thực hiện không phụ thuộc vào địa giới hành chính được tiếp nhận và xử lý tại địa phương.',
    65,
    reach(100, '100% TTHC đủ điều kiện', 65),
  ),
  t(
    8,
    'DG_ONCE_ONLY',
    '100% thông tin, giấy tờ, tài liệu trong các TTHC liên quan đến hoạt động sản xuất, kinh doanh chỉ cung cấp một lần cho cơ quan hành chính nhà nước.',
    67,
    reach(100, '100% thông tin, giấy tờ, tài liệu', 67),
  ),
  t(
    9,
    'DG_SATISFACTION',
    'Tỷ lệ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến đạt trên 95%.',
    69,
    gt(95, 'đạt trên 95%', 69),
  ),
  t(
    10,
    'HR_OFFICIALS_BASIC_DIGITAL_TRAINING',
    'Bảo đảm nhân lực chuyên trách công nghệ thông tin, chuyển đổi số tại các cơ quan, đơn vị theo quy định; 100% cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số cơ bản gắn với vị trí việc làm.',
    71,
    reach(100, '100% cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số cơ bản', 71),
  ),
  t(
    11,
    'STI_INITIATIVES_APPLIED',
    'Nâng cao hiệu quả công tác đánh giá hiệu quả áp dụng và khả năng mở rộng của sáng kiến; đảm bảo tối thiểu có 10 sáng kiến cấp cơ sở được áp dụng có hiệu quả; có ít nhất 01 sáng kiến đề xuất công nhận cấp thành phố.',
    73,
    gte(10, 'tối thiểu có 10 sáng kiến cấp cơ sở', 73),
    { unit: 'countPerYear', idSuffix: '/ward-level' },
  ),
  t(
    11,
    'STI_CITY_LEVEL_INITIATIVES',
    'Nâng cao hiệu quả công tác đánh giá hiệu quả áp dụng và khả năng mở rộng của sáng kiến; đảm bảo tối thiểu có 10 sáng kiến cấp cơ sở được áp dụng có hiệu quả; có ít nhất 01 sáng kiến đề xuất công nhận cấp thành phố.',
    73,
    gte(1, 'có ít nhất 01 sáng kiến đề xuất công nhận cấp thành phố', 73),
    { unit: 'countPerYear', idSuffix: '/city-level' },
  ),
  t(
    12,
    'STI_METROLOGY_INSPECTIONS',
    'Tăng cường công tác quản lý nhà nước về tiêu chuẩn đo lường chất lượng, tổ chức kiểm tra nhà nước về đo lường đối với ít nhất 02 cơ sở trên địa bàn phường.',
    75,
    gte(2, 'ít nhất 02 cơ sở', 75),
    { unit: 'countPerYear' },
  ),
  t(
    13,
    'RES_BUDGET_SHARE',
    'Đảm bảo tỉ lệ chi tối thiểu 3% ngân sách phường cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số.',
    77,
    gte(3, 'tối thiểu 3% ngân sách phường', 77),
  ),
];
