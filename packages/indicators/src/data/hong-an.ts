import type { TranscribedTarget as Target } from '../types.ts';
import { gt, gte, qualitative, quantitative, type RowContext, reach } from './build.ts';

const file = '001_6efd05d90f721389.txt' as const;
const ward = 'hong-an' as const;
/** Section III.2 is "Mục tiêu cụ thể đến năm 2030": every target is a 2030 milestone. */
const YEAR = 2030;

const GROUPS = {
  a: 'III.2.a. Về chính quyền số, cải cách hành chính',
  b: 'III.2.b. Về phát triển kinh tế số',
  c: 'III.2.c. Về xã hội số và công dân số',
  d: 'III.2.d. Về hạ tầng và dữ liệu số',
  e: 'III.2.e. Nguồn nhân lực và sáng kiến',
} as const;

type Group = keyof typeof GROUPS;

/** Bullets are unnumbered in the plan: rows are named "a-1", "a-2"… in printed order. */
const ctx = (
  group: Group,
  n: number,
  indicator: string,
  wording: string,
  line: number,
  unit: RowContext['unit'] = 'percent',
): RowContext => ({
  ward,
  file,
  key: 'III.2',
  section: `III. MỤC TIÊU — ${GROUPS[group]}`,
  row: `${group}-${n}`,
  indicator,
  wording,
  labelLine: line,
  unit,
});

const q = (c: RowContext, cell: ReturnType<typeof gte>, idSuffix?: string): Target =>
  quantitative(c, YEAR, cell, idSuffix ? { idSuffix } : {});

const words = (
  group: Group,
  n: number,
  indicator: string,
  wording: string,
  line: number,
  text: string,
): Target => qualitative(ctx(group, n, indicator, wording, line), YEAR, { text, line });

export const HONG_AN_TARGETS: readonly Target[] = [
  q(
    ctx(
      'a',
      1,
      'DG_STI_PROCEDURES_BORDERLESS',
      '100% thủ tục hành chính liên quan đến khoa học, công nghệ được tiếp nhận trực tuyến phi địa giới hành chính.',
      53,
    ),
    reach(100, '100% thủ tục hành chính', 53),
  ),
  q(
    ctx(
      'a',
      2,
      'DG_DOSSIER_DIGITISATION',
      'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%.',
      55,
    ),
    reach(100, 'đạt 100%', 55),
  ),
  q(
    ctx(
      'a',
      3,
      'HR_OFFICIALS_SOFTWARE_PROFICIENCY',
      '100% cán bộ, công chức sử dụng thành thạo phần mềm quản lý văn bản điều hành và các phần mềm chuyên dùng.',
      57,
    ),
    reach(100, '100% cán bộ, công chức sử dụng thành thạo', 57),
  ),
  q(
    ctx(
      'a',
      4,
      'DG_SATISFACTION',
      'Phấn đấu tỷ lệ hài lòng của người dân, tổ chức luôn đạt trên 95%.',
      59,
    ),
    gt(95, 'luôn đạt trên 95%', 59),
  ),
  q(
    ctx(
      'a',
      5,
      'HR_OFFICIALS_BASIC_DIGITAL_TRAINING',
      '100% cán bộ được bồi dưỡng kỹ năng số, chuyển đổi số ít nhất 01 lần/năm.',
      61,
    ),
    reach(100, '100% cán bộ được bồi dưỡng', 61),
  ),
  q(
    ctx(
      'b',
      1,
      'DE_OCOP_TRACEABILITY',
      '100% sản phẩm OCOP của địa phương, sản phẩm chủ lực tham gia vào hệ thống truy xuất nguồn gốc.',
      65,
    ),
    reach(100, '100% sản phẩm OCOP', 65),
  ),
  q(
    ctx(
      'b',
      2,
      'DE_SME_DIGITAL_ADOPTION',
      '100% doanh nghiệp vừa và nhỏ, hộ kinh doanh địa phương ứng dụng công nghệ số (100% nộp thuế điện tử, ứng dụng hóa đơn điện tử, ký số, thanh toán trực tuyến...).',
      67,
    ),
    reach(100, '100% doanh nghiệp vừa và nhỏ', 67),
  ),
  q(
    ctx(
      'b',
      3,
      'STI_INNOVATIVE_ENTERPRISES',
      'Tỷ lệ doanh nghiệp có hoạt động Đổi mới sáng tạo đạt 40% trong tổng số doanh nghiệp.',
      69,
    ),
    reach(40, 'đạt 40%', 69),
  ),
  words(
    'b',
    4,
    'DE_BUSINESS_SUPPORT',
    'Hỗ trợ doanh nghiệp, tiếp cận với các chính sách đặc thù về KNST, ĐMST của thành phố, xây dựng thương hiệu, quảng bá sản phẩm địa phương trên môi trường số, trên các sàn thương mại điện tử...',
    71,
    'Hỗ trợ doanh nghiệp, tiếp cận với các chính sách đặc thù về KNST, ĐMST',
  ),
  words(
    'b',
    5,
    'DE_HOUSEHOLD_BUSINESS_DB',
    'Hình thành và khai thác có hiệu quả cơ sở dữ liệu hộ kinh doanh để phục vụ phát triển kinh tế số trên địa bàn.',
    73,
    'cơ sở dữ liệu hộ kinh doanh',
  ),
  words(
    'c',
    1,
    'DS_COMMUNITY_DIGITAL_TEAMS',
    'Duy trì thường xuyên hoạt động “Tổ công nghệ số cộng đồng” tại các tổ dân phố; “Tổ Ứng cứu Công nghệ và Nghiệp vụ hỗ trợ giải quyết TTHC” tại Trung tâm Phục vụ hành chính công; “Tổ tuyên truyền - Kết nối dịch vụ công” của Hội LH Phụ nữ và Đoàn thanh niên.',
    77,
    'Duy trì thường xuyên hoạt động “Tổ công nghệ số cộng đồng”',
  ),
  quantitative(
    ctx(
      'c',
      1,
      'HR_CORE_MEMBERS_TRAINED',
      '100% cán bộ, hội viên đoàn thể nòng cốt được tập huấn kỹ năng số cơ bản, tuyên truyền, tập huấn cho nhân dân về kỹ năng số cơ bản ít nhất 1 buổi/năm.',
      77,
    ),
    YEAR,
    reach(100, '100% cán bộ, hội viên đoàn thể nòng cốt', 77),
    { idSuffix: '/training' },
  ),
  words(
    'c',
    2,
    'DS_SMART_TOURISM',
    'Hình thành hệ thống du lịch thông minh để phục vụ phát triển ngành du lịch của địa phương; số hóa các địa điểm du lịch (di tích, danh lam thắng cảnh, cơ sở lưu trú...) của địa phương tích hợp với hệ thống dữ liệu về du lịch của thành phố.',
    79,
    'Hình thành hệ thống du lịch thông minh',
  ),
  q(
    ctx(
      'c',
      3,
      'STI_INNOVATION_SPACES',
      'Trên địa bàn phường xây dựng và vận hành có hiệu quả ít nhất 01 “Không gian đổi mới sáng tạo”, kết nối với Trung tâm hỗ trợ KNST, Trung tâm ĐMST, vườn ươm, câu lạc bộ/nhóm ĐMST/KNST vào Mạng lưới ĐMST/KNST trên địa bàn thành phố.',
      81,
      'count',
    ),
    gte(1, 'ít nhất 01 “Không gian đổi mới sáng tạo”', 81),
  ),
  q(
    ctx(
      'c',
      4,
      'EDU_INNOVATION_SPACES',
      '100% cơ sở giáo dục hình thành và vận hành có hiệu quả “Không gian đổi mới sáng tạo”.',
      83,
    ),
    reach(100, '100% cơ sở giáo dục', 83),
  ),
  q(
    ctx(
      'c',
      5,
      'EDU_SMART_CLASSROOMS',
      '100% cơ sở giáo dục được trang bị ít nhất 01 phòng học thông minh.',
      85,
    ),
    reach(100, '100% cơ sở giáo dục', 85),
  ),
  q(
    ctx(
      'c',
      6,
      'EDU_AI_ADOPTION',
      '100% các trường học ứng dụng trí tuệ nhân tạo trong quản lý, giảng dạy, kiểm tra và đánh giá.',
      87,
    ),
    reach(100, '100% các trường học', 87),
  ),
  q(
    ctx(
      'c',
      7,
      'EDU_STEM',
      'Có 100% cơ sở giáo dục triển khai phương thức giáo dục tích hợp STEM/STEAM.',
      89,
    ),
    reach(100, 'Có 100% cơ sở giáo dục', 89),
  ),
  q(
    ctx(
      'd',
      1,
      'INF_OFFICIALS_EQUIPPED',
      '100% cán bộ, công chức chuyên môn có trang thiết bị CNTT, cơ sở vật chất đáp ứng yêu cầu làm việc số.',
      93,
    ),
    reach(100, '100% cán bộ, công chức chuyên môn', 93),
  ),
  q(
    ctx(
      'd',
      2,
      'DG_DATA_CENTRALISED',
      '100% dữ liệu được số hóa, chuẩn hóa, cập nhật, quản lý tập trung tại Trung tâm dữ liệu (Data center); từng bước hình thành nền tảng dữ liệu phục vụ công tác chỉ đạo, điều hành và phát triển kinh tế - xã hội; cập nhật, kết nối Trung tâm dữ liệu của thành phố, bảo đảm dữ liệu “đúng, đủ, sạch, sống”.',
      95,
    ),
    reach(100, '100% dữ liệu được số hóa', 95),
  ),
  words(
    'd',
    3,
    'DG_CYBERSECURITY',
    'Bảo đảm an toàn thông tin, an ninh mạng; không để xảy ra sự cố nghiêm trọng; triển khai các giải pháp bảo vệ dữ liệu cá nhân, dữ liệu cơ quan theo quy định.',
    97,
    'không để xảy ra sự cố nghiêm trọng',
  ),
  words(
    'd',
    4,
    'HR_SECURITY_AWARENESS',
    'Tổ chức tập huấn, tuyên truyền nâng cao nhận thức và kỹ năng về an toàn thông tin, bảo mật dữ liệu cho cán bộ, công chức',
    99,
    'an toàn thông tin, bảo mật dữ liệu',
  ),
  q(
    ctx(
      'e',
      1,
      'HR_OFFICIALS_DT_INNOVATION_TRAINING',
      '100% cán bộ, công chức được đào tạo, bồi dưỡng về kỹ năng số, chuyển đổi số và đổi mới sáng tạo; trong đó có cán bộ nòng cốt có khả năng tham mưu, triển khai các mô hình đổi mới sáng tạo tại cơ sở.',
      103,
    ),
    reach(100, '100% cán bộ, công chức được đào tạo', 103),
  ),
  {
    ...q(
      ctx(
        'e',
        2,
        'STI_INITIATIVES_APPLIED',
        'Hình thành và duy trì hiệu quả phong trào đề xuất sáng kiến, cải tiến kỹ thuật, cải cách hành chính; phân đấu mỗi năm có từ 01 đến 02 sáng kiến trở lên được áp dụng hiệu quả tại địa phương.',
        105,
        'countPerYear',
      ),
      gte(1, 'từ 01 đến 02 sáng kiến trở lên', 105),
    ),
    recurring: 'annual',
    note: 'Printed as "từ 01 đến 02 … trở lên" (1 to 2 or more) each year: scored as at least 1 a year, since "trở lên" leaves the top open.',
  },
  words(
    'e',
    3,
    'STI_INNOVATION_MODELS',
    'Xây dựng và nhân rộng các mô hình điển hình về đổi mới sáng tạo tại địa phương; từng bước hình thành môi trường làm việc sáng tạo, khuyến khích đổi mới trong toàn hệ thống chính trị và cộng đồng dân cư.',
    107,
    'nhân rộng các mô hình điển hình về đổi mới sáng tạo',
  ),
  words(
    'e',
    4,
    'HR_DEDICATED_STAFF',
    'Phân công cụ thể cán bộ phụ trách công tác Khoa học, công nghệ, chuyển đổi số, đổi mới sáng tạo và đề án 06; rà soát, kiện toàn khi cần thiết.',
    109,
    'Phân công cụ thể cán bộ phụ trách',
  ),
  words(
    'e',
    5,
    'STI_EXPERT_COOPERATION',
    'Tăng cường phối hợp với các Sở, ngành chuyên môn, doanh nghiệp, tổ chức khoa học để tập huấn, tư vấn, hỗ trợ triển khai sáng kiến tại địa phương.',
    111,
    'Tăng cường phối hợp với các Sở, ngành chuyên môn',
  ),
];
