import type { Equivalence, WardSlug } from '../types.ts';

/**
 * The equivalence review (issue 7, Deliver 6): every ward wording mapped to a catalog indicator,
 * read once against the seed text and judged `exact` or `close` (definitions in `types.ts`,
 * decisions and reasons in EQUIVALENCE.md). One entry per ward × table row × indicator; all
 * targets of that row (one per milestone year) share it. `row` is the section key and row
 * label of the target ids ("PL2/26." for `hai-an/PL2/26./2030`). A row printing two targets
 * (Hồng Bàng III/11) has one entry per indicator. Entries follow the catalog order; the comment
 * above each is the start of the ward's wording and its seed line, for the reader.
 *
 * `test/equivalence.test.ts` checks that every target has exactly one entry and no entry is
 * orphaned; the join is done in `knowledge-base.ts`.
 */
export interface EquivalenceReview {
  ward: WardSlug;
  row: string;
  indicator: string;
  equivalence: Equivalence;
  /** Required for `close`; set on an `exact` entry only to explain a split or a shared row. */
  noteVi: string | null;
  noteEn: string | null;
}

export const EQUIVALENCE_REVIEW: readonly EquivalenceReview[] = [
  // INF_5G_COVERAGE — Tỷ lệ phủ sóng 5G (dân số)
  // 000:789 Phủ sóng 5G cho người dân
  {
    ward: 'hai-an',
    row: 'PL1/II.3',
    indicator: 'INF_5G_COVERAGE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:642 Phủ sóng 5G cho người dân
  {
    ward: 'thanh-mien',
    row: 'PL01/6.2',
    indicator: 'INF_5G_COVERAGE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:307 Tăng cường phủ sóng 5G trên địa bàn ≥ 60%.
  {
    ward: 'chu-van-an',
    row: 'PL/1.',
    indicator: 'INF_5G_COVERAGE',
    equivalence: 'close',
    noteVi:
      'Ghi “phủ sóng 5G trên địa bàn”, không nói rõ tính theo dân số như chỉ tiêu khung (“% dân số”).',
    noteEn:
      'Reads “5G coverage in the ward”, without saying it is measured over the population as the framework indicator is (“% of population”).',
  },
  // INF_5G_URBAN — Tỷ lệ phủ sóng 5G trong khu đô thị
  // 000:852 Tỷ lệ phủ sóng 5G trong khu đô thị trên địa bàn
  {
    ward: 'hai-an',
    row: 'PL2/1.',
    indicator: 'INF_5G_URBAN',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // INF_5G_TOURISM — Tỷ lệ phủ sóng 5G tại khu du lịch
  // 000:866 Tỷ lệ phủ sóng 5G tại khu khu du lịch trên địa bàn
  {
    ward: 'hai-an',
    row: 'PL2/2.',
    indicator: 'INF_5G_TOURISM',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // INF_6G_KEY_SITES — Tỷ lệ phủ sóng 6G tại khu công nghiệp, cảng biển, cảng hàng không
  // 000:898 Tỷ lệ phủ sóng 6G tại khu công nghiệp, cảng biển, cảng hàng không trên địa bàn…
  {
    ward: 'hai-an',
    row: 'PL2/4.',
    indicator: 'INF_6G_KEY_SITES',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // INF_6G_COVERAGE — Tỷ lệ phủ sóng 6G trên địa bàn
  // 000:914 Tỉ lệ phủ sóng 6G trên địa bàn phường
  {
    ward: 'hai-an',
    row: 'PL2/5.',
    indicator: 'INF_6G_COVERAGE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // INF_GIGABIT_BROADBAND — Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định trên 1 Gb/s
  // 000:784 Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1G…
  {
    ward: 'hai-an',
    row: 'PL1/II.2',
    indicator: 'INF_GIGABIT_BROADBAND',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 000:881 Tỷ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ trên 01…
  {
    ward: 'hai-an',
    row: 'PL2/3.',
    indicator: 'INF_GIGABIT_BROADBAND',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:633 Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1G…
  {
    ward: 'thanh-mien',
    row: 'PL01/6.1',
    indicator: 'INF_GIGABIT_BROADBAND',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:308 Tuyên truyền nhân dân truy cập băng rộng cố định với tốc độ trên 01 Gbps/s đạt…
  {
    ward: 'chu-van-an',
    row: 'PL/2.',
    indicator: 'INF_GIGABIT_BROADBAND',
    equivalence: 'close',
    noteVi:
      'Ghi “tuyên truyền nhân dân truy cập băng rộng cố định … trên 01 Gbps/s”: đo người dân thực sự truy cập, không phải người sử dụng có khả năng truy nhập.',
    noteEn:
      'Reads “encourage residents to access fixed broadband … above 1 Gbps”: it measures residents actually connecting, not users able to connect.',
  },
  // INF_OFFICIALS_EQUIPPED — Tỷ lệ cán bộ, công chức có trang thiết bị CNTT đáp ứng yêu cầu
  // 001:93 100% cán bộ, công chức chuyên môn có trang thiết bị CNTT, cơ sở vật chất đáp ứ…
  {
    ward: 'hong-an',
    row: 'III.2/d-1',
    indicator: 'INF_OFFICIALS_EQUIPPED',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 004:53 100% cán bộ, công chức có máy tính đáp ứng yêu cầu cấu hình, đảm bảo an toàn,…
  {
    ward: 'hong-bang',
    row: 'III/1',
    indicator: 'INF_OFFICIALS_EQUIPPED',
    equivalence: 'close',
    noteVi:
      'Thêm điều kiện: máy tính bảo đảm an toàn, an ninh mạng và có chữ ký số cá nhân; Hồng An chỉ yêu cầu trang thiết bị CNTT đáp ứng làm việc số.',
    noteEn:
      'Adds conditions: a secure computer and a personal digital signature; Hồng An asks only for IT equipment fit for digital work.',
  },
  // HR_OFFICIALS_BASIC_DIGITAL_TRAINING — Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số cơ bản
  // 000:996 Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số căn bản.
  {
    ward: 'hai-an',
    row: 'PL2/7.',
    indicator: 'HR_OFFICIALS_BASIC_DIGITAL_TRAINING',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 001:61 100% cán bộ được bồi dưỡng kỹ năng số, chuyển đổi số ít nhất 01 lần/năm.
  {
    ward: 'hong-an',
    row: 'III.2/a-5',
    indicator: 'HR_OFFICIALS_BASIC_DIGITAL_TRAINING',
    equivalence: 'close',
    noteVi:
      'Bồi dưỡng “kỹ năng số, chuyển đổi số ít nhất 01 lần/năm” cho mọi cán bộ: không giới hạn ở kỹ năng số căn bản và lặp lại hằng năm.',
    noteEn:
      'Training “in digital skills and digital transformation at least once a year” for all officials: not limited to basic skills, and repeated every year.',
  },
  // 003:311 Có ≥ 90% cán bộ, công chức phường được bồi dưỡng kỹ năng số căn bản.
  {
    ward: 'chu-van-an',
    row: 'PL/4.',
    indicator: 'HR_OFFICIALS_BASIC_DIGITAL_TRAINING',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 004:71 Bảo đảm nhân lực chuyên trách công nghệ thông tin, chuyển đổi số tại các cơ qu…
  {
    ward: 'hong-bang',
    row: 'III/10',
    indicator: 'HR_OFFICIALS_BASIC_DIGITAL_TRAINING',
    equivalence: 'close',
    noteVi:
      'Tính cả viên chức và gắn với vị trí việc làm; vế đầu (bảo đảm nhân lực chuyên trách CNTT, CĐS) không được đo bằng chỉ tiêu này.',
    noteEn:
      'Includes public employees and ties training to the job; the first clause (dedicated IT and digital-transformation staff) is not measured by this indicator.',
  },
  // HR_OFFICIALS_DIGITAL_MASTERY — Tỷ lệ cán bộ, công chức, viên chức làm chủ kỹ năng số
  // 000:1011 Tỷ lệ cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ tron…
  {
    ward: 'hai-an',
    row: 'PL2/8.',
    indicator: 'HR_OFFICIALS_DIGITAL_MASTERY',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:312 90% cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong…
  {
    ward: 'chu-van-an',
    row: 'PL/5.',
    indicator: 'HR_OFFICIALS_DIGITAL_MASTERY',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // HR_OFFICIALS_SOFTWARE_PROFICIENCY — Tỷ lệ cán bộ, công chức sử dụng thành thạo phần mềm quản lý văn bản điều hành và phần mềm chuyên dùng
  // 001:57 100% cán bộ, công chức sử dụng thành thạo phần mềm quản lý văn bản điều hành v…
  {
    ward: 'hong-an',
    row: 'III.2/a-3',
    indicator: 'HR_OFFICIALS_SOFTWARE_PROFICIENCY',
    equivalence: 'exact',
    noteVi:
      'Tách khỏi HR_OFFICIALS_DIGITAL_MASTERY: sử dụng thành thạo phần mềm quản lý văn bản điều hành và phần mềm chuyên dùng là kỹ năng hẹp hơn “làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành”, và chỉ tính cán bộ, công chức (không có viên chức).',
    noteEn:
      'Split from HR_OFFICIALS_DIGITAL_MASTERY: proficiency in the document-management and specialised software is narrower than “mastering digital skills and applying technology in management”, and counts officials only (not public employees).',
  },
  // HR_OFFICIALS_DT_INNOVATION_TRAINING — Tỷ lệ cán bộ, công chức được đào tạo về kỹ năng số, CĐS và ĐMST
  // 001:103 100% cán bộ, công chức được đào tạo, bồi dưỡng về kỹ năng số, chuyển đổi số và…
  {
    ward: 'hong-an',
    row: 'III.2/e-1',
    indicator: 'HR_OFFICIALS_DT_INNOVATION_TRAINING',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // HR_CORE_MEMBERS_TRAINED — Tỷ lệ cán bộ, hội viên đoàn thể nòng cốt được tập huấn kỹ năng số cơ bản
  // 001:77 100% cán bộ, hội viên đoàn thể nòng cốt được tập huấn kỹ năng số cơ bản, tuyên…
  {
    ward: 'hong-an',
    row: 'III.2/c-1',
    indicator: 'HR_CORE_MEMBERS_TRAINED',
    equivalence: 'exact',
    noteVi:
      'Gạch đầu dòng c-1 gồm hai chỉ tiêu; câu sau (100% cán bộ, hội viên nòng cốt được tập huấn) ứng với chỉ tiêu này.',
    noteEn:
      'Bullet c-1 holds two targets; its second sentence (100% of core members trained) is this indicator.',
  },
  // HR_DEDICATED_STAFF — Phân công cán bộ phụ trách KHCN, CĐS, ĐMST
  // 001:109 Phân công cụ thể cán bộ phụ trách công tác Khoa học, công nghệ, chuyển đổi số,…
  {
    ward: 'hong-an',
    row: 'III.2/e-4',
    indicator: 'HR_DEDICATED_STAFF',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // HR_SECURITY_AWARENESS — Tập huấn nâng cao nhận thức về an toàn thông tin
  // 001:99 Tổ chức tập huấn, tuyên truyền nâng cao nhận thức và kỹ năng về an toàn thông…
  {
    ward: 'hong-an',
    row: 'III.2/d-4',
    indicator: 'HR_SECURITY_AWARENESS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // STI_TECH_RENEWAL_RATE — Tốc độ đổi mới công nghệ trung bình
  // 000:1287 Tốc độ đổi mới công nghệ trung bình
  {
    ward: 'hai-an',
    row: 'PL2/19.',
    indicator: 'STI_TECH_RENEWAL_RATE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // STI_INNOVATIVE_ENTERPRISES — Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo
  // 001:69 Tỷ lệ doanh nghiệp có hoạt động Đổi mới sáng tạo đạt 40% trong tổng số doanh n…
  {
    ward: 'hong-an',
    row: 'III.2/b-3',
    indicator: 'STI_INNOVATIVE_ENTERPRISES',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:593 Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo
  {
    ward: 'thanh-mien',
    row: 'PL01/3',
    indicator: 'STI_INNOVATIVE_ENTERPRISES',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // STI_INITIATIVES_APPLIED — Số sáng kiến được áp dụng hiệu quả
  // 001:105 Hình thành và duy trì hiệu quả phong trào đề xuất sáng kiến, cải tiến kỹ thuật…
  {
    ward: 'hong-an',
    row: 'III.2/e-2',
    indicator: 'STI_INITIATIVES_APPLIED',
    equivalence: 'close',
    noteVi:
      'Tính mọi sáng kiến, cải tiến kỹ thuật, cải cách hành chính được áp dụng hiệu quả tại địa phương (01–02 mỗi năm), không chỉ sáng kiến được công nhận cấp cơ sở như Hồng Bàng.',
    noteEn:
      'Counts any initiative, technical improvement or administrative-reform idea applied in the ward (1–2 a year), not only initiatives recognised at ward level as in Hồng Bàng.',
  },
  // 004:73 Nâng cao hiệu quả công tác đánh giá hiệu quả áp dụng và khả năng mở rộng của s…
  {
    ward: 'hong-bang',
    row: 'III/11',
    indicator: 'STI_INITIATIVES_APPLIED',
    equivalence: 'exact',
    noteVi:
      'Gạch đầu dòng 11 gồm hai chỉ tiêu: 10 sáng kiến cấp cơ sở (chỉ tiêu này) và 01 sáng kiến đề xuất cấp thành phố (STI_CITY_LEVEL_INITIATIVES).',
    noteEn:
      'Bullet 11 holds two targets: 10 ward-level initiatives (this indicator) and 1 initiative proposed at city level (STI_CITY_LEVEL_INITIATIVES).',
  },
  // STI_CITY_LEVEL_INITIATIVES — Số sáng kiến đề xuất công nhận cấp thành phố
  // 004:73 Nâng cao hiệu quả công tác đánh giá hiệu quả áp dụng và khả năng mở rộng của s…
  {
    ward: 'hong-bang',
    row: 'III/11',
    indicator: 'STI_CITY_LEVEL_INITIATIVES',
    equivalence: 'exact',
    noteVi:
      'Gạch đầu dòng 11 gồm hai chỉ tiêu; vế “ít nhất 01 sáng kiến đề xuất công nhận cấp thành phố” ứng với chỉ tiêu này.',
    noteEn:
      'Bullet 11 holds two targets; “at least 1 initiative proposed for city-level recognition” is this indicator.',
  },
  // STI_INNOVATION_SPACES — Số “Không gian đổi mới sáng tạo” trên địa bàn
  // 001:81 Trên địa bàn phường xây dựng và vận hành có hiệu quả ít nhất 01 “Không gian đổ…
  {
    ward: 'hong-an',
    row: 'III.2/c-3',
    indicator: 'STI_INNOVATION_SPACES',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // STI_METROLOGY_INSPECTIONS — Số cơ sở được kiểm tra nhà nước về đo lường
  // 004:75 Tăng cường công tác quản lý nhà nước về tiêu chuẩn đo lường chất lượng, tổ chứ…
  {
    ward: 'hong-bang',
    row: 'III/12',
    indicator: 'STI_METROLOGY_INSPECTIONS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // STI_SMART_TECH_APPLICATION — Ứng dụng AI, IoT, dữ liệu lớn trong quản lý
  // 003:321 Ứng dụng AI, IoT, Big Data,... trong quản lý môi trường, đô thị thông minh; nâ…
  {
    ward: 'chu-van-an',
    row: 'PL/11.',
    indicator: 'STI_SMART_TECH_APPLICATION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // STI_HDI — Chỉ số phát triển con người (HDI)
  // 000:1228 Khoa học, công nghệ và đổi mới sáng tạo góp phần quan trọng xây dựng, phát tri…
  {
    ward: 'hai-an',
    row: 'PL2/18.',
    indicator: 'STI_HDI',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // STI_INNOVATION_MODELS — Xây dựng, nhân rộng mô hình điển hình về ĐMST
  // 001:107 Xây dựng và nhân rộng các mô hình điển hình về đổi mới sáng tạo tại địa phương…
  {
    ward: 'hong-an',
    row: 'III.2/e-3',
    indicator: 'STI_INNOVATION_MODELS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // STI_EXPERT_COOPERATION — Phối hợp với sở, ngành, doanh nghiệp, tổ chức khoa học hỗ trợ sáng kiến
  // 001:111 Tăng cường phối hợp với các Sở, ngành chuyên môn, doanh nghiệp, tổ chức khoa h…
  {
    ward: 'hong-an',
    row: 'III.2/e-5',
    indicator: 'STI_EXPERT_COOPERATION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_ONLINE_SERVICE_USAGE — Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp
  // 000:691 Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp
  {
    ward: 'hai-an',
    row: 'PL1/I.1',
    indicator: 'DG_ONLINE_SERVICE_USAGE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:431 Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp
  {
    ward: 'thanh-mien',
    row: 'PL01/1.1',
    indicator: 'DG_ONLINE_SERVICE_USAGE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_FULL_ONLINE_SERVICES — Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện
  // 000:1410 Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ…
  {
    ward: 'hai-an',
    row: 'PL2/25.',
    indicator: 'DG_FULL_ONLINE_SERVICES',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:441 Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành ch…
  {
    ward: 'thanh-mien',
    row: 'PL01/1.2',
    indicator: 'DG_FULL_ONLINE_SERVICES',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:327 Có 100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có…
  {
    ward: 'chu-van-an',
    row: 'PL/16.',
    indicator: 'DG_FULL_ONLINE_SERVICES',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_ONLINE_DOSSIERS — Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến
  // 003:328 Có tối thiểu 80% hồ sơ thủ tục hành chính xử lý hoàn toàn trực tuyến, người dâ…
  {
    ward: 'chu-van-an',
    row: 'PL/17.',
    indicator: 'DG_ONLINE_DOSSIERS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 004:59 Tối thiểu 90% hồ sơ TTHC được xử lý hoàn toàn trực tuyến, người dân chỉ phải n…
  {
    ward: 'hong-bang',
    row: 'III/4',
    indicator: 'DG_ONLINE_DOSSIERS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_DOSSIERS_PROCESSED_ONLINE — Tỷ lệ hồ sơ TTHC được xử lý trực tuyến
  // 000:1426 Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến.
  {
    ward: 'hai-an',
    row: 'PL2/26.',
    indicator: 'DG_DOSSIERS_PROCESSED_ONLINE',
    equivalence: 'exact',
    noteVi:
      'Tách khỏi DG_ONLINE_DOSSIERS: Hải An ghi “hồ sơ thủ tục hành chính xử lý trực tuyến”, không có “hoàn toàn” và “người dân chỉ phải nhập dữ liệu một lần” như Chu Văn An (dòng 17) và Hồng Bàng (mục III, gạch đầu dòng 4); hồ sơ xử lý trực tuyến một phần cũng được tính.',
    noteEn:
      'Split from DG_ONLINE_DOSSIERS: Hải An writes “dossiers processed online”, without the “fully” and “data entered only once” of Chu Văn An (row 17) and Hồng Bàng (III, bullet 4); dossiers processed partly online count too.',
  },
  // DG_DOSSIER_DIGITISATION — Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC
  // 000:700 Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính
  {
    ward: 'hai-an',
    row: 'PL1/I.2',
    indicator: 'DG_DOSSIER_DIGITISATION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 000:1396 Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa.
  {
    ward: 'hai-an',
    row: 'PL2/24.',
    indicator: 'DG_DOSSIER_DIGITISATION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 001:55 Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%.
  {
    ward: 'hong-an',
    row: 'III.2/a-2',
    indicator: 'DG_DOSSIER_DIGITISATION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:453 Tỷ lệ số hoá hồ sơ, kết quả giải quyết thủ tục hành chính
  {
    ward: 'thanh-mien',
    row: 'PL01/1.3',
    indicator: 'DG_DOSSIER_DIGITISATION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:326 Có 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa.
  {
    ward: 'chu-van-an',
    row: 'PL/15.',
    indicator: 'DG_DOSSIER_DIGITISATION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 004:61 Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 95%.
  {
    ward: 'hong-bang',
    row: 'III/5',
    indicator: 'DG_DOSSIER_DIGITISATION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_ELECTRONIC_RESULTS — Tỷ lệ cấp kết quả giải quyết TTHC điện tử
  // 000:705 Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử
  {
    ward: 'hai-an',
    row: 'PL1/I.3',
    indicator: 'DG_ELECTRONIC_RESULTS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:465 Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử
  {
    ward: 'thanh-mien',
    row: 'PL01/1.4',
    indicator: 'DG_ELECTRONIC_RESULTS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_DATA_REUSE — Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã số hóa
  // 000:711 Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa trong giải quyế…
  {
    ward: 'hai-an',
    row: 'PL1/I.4',
    indicator: 'DG_DATA_REUSE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:478 Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hoá trong giải quyế…
  {
    ward: 'thanh-mien',
    row: 'PL01/1.5',
    indicator: 'DG_DATA_REUSE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 004:63 Tỷ lệ khai thác, sử dụng lại thông tin dữ liệu số hóa đạt 95%.
  {
    ward: 'hong-bang',
    row: 'III/6',
    indicator: 'DG_DATA_REUSE',
    equivalence: 'close',
    noteVi:
      'Không nêu phạm vi “trong giải quyết thủ tục hành chính, dịch vụ công” của chỉ tiêu khung; được hiểu là cùng chỉ tiêu.',
    noteEn:
      'Does not state the framework scope “in handling administrative procedures and public services”; read as the same indicator.',
  },
  // DG_ONLINE_PAYMENT — Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC
  // 000:721 Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công
  {
    ward: 'hai-an',
    row: 'PL1/I.5',
    indicator: 'DG_ONLINE_PAYMENT',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:493 Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công
  {
    ward: 'thanh-mien',
    row: 'PL01/1.6',
    indicator: 'DG_ONLINE_PAYMENT',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_EDOC_PROCESSING — Tỷ lệ xử lý văn bản, hồ sơ công việc toàn trình trên môi trường điện tử
  // 000:731 Tỷ lệ xử lý văn bản, hồ sơ công việc toàn trình trên môi trường điện tử của cơ…
  {
    ward: 'hai-an',
    row: 'PL1/I.6',
    indicator: 'DG_EDOC_PROCESSING',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:546 Tỷ lệ xử lý văn bản, hồ sơ công việc toàn trình trên môi trường điện tử của cá…
  {
    ward: 'thanh-mien',
    row: 'PL01/1.10',
    indicator: 'DG_EDOC_PROCESSING',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 004:55 100% hồ sơ công việc được xử lý trên môi trường điện tử (trừ hồ sơ thuộc phạm…
  {
    ward: 'hong-bang',
    row: 'III/2',
    indicator: 'DG_EDOC_PROCESSING',
    equivalence: 'close',
    noteVi:
      'Chỉ tính hồ sơ công việc (không có văn bản), không yêu cầu “toàn trình”, trừ hồ sơ mật, và thêm điều kiện dùng chữ ký số chuyên dùng công vụ.',
    noteEn:
      'Counts work files only (not documents), does not require end-to-end handling, excludes classified files, and adds the use of official digital signatures.',
  },
  // DG_NEW_RECORDS_ELECTRONIC — Tỷ lệ hồ sơ, tài liệu công việc phát sinh mới được tạo lập điện tử
  // 004:57 100% hồ sơ, tài liệu công việc phát sinh mới được tạo lập và xử lý trên môi tr…
  {
    ward: 'hong-bang',
    row: 'III/3',
    indicator: 'DG_NEW_RECORDS_ELECTRONIC',
    equivalence: 'close',
    noteVi:
      'Vế sau (hoàn thành số hóa tài liệu theo chỉ đạo của Trung ương, thành phố) không được đo bằng chỉ tiêu này.',
    noteEn:
      'The second clause (finishing the digitisation of documents as directed by the central government and the city) is not measured by this indicator.',
  },
  // DG_TASK_MONITORING — Tỷ lệ nhiệm vụ được theo dõi, giám sát trên môi trường điện tử
  // 000:741 Tỷ lệ nhiệm vụ được theo dõi, quản lý, giám sát của các cơ quan hành chính thự…
  {
    ward: 'hai-an',
    row: 'PL1/I.7',
    indicator: 'DG_TASK_MONITORING',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:561 Tỷ lệ nhiệm vụ được theo dõi, quản lý, giám sát của các cơ quan hành chính thự…
  {
    ward: 'thanh-mien',
    row: 'PL01/1.11',
    indicator: 'DG_TASK_MONITORING',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_E_MANAGEMENT — Tỷ lệ cơ quan nhà nước chỉ đạo, điều hành, quản trị nội bộ trên môi trường điện tử
  // 000:751 Tỷ lệ các cơ quan nhà nước thực hiện chỉ đạo, điều hành, quản trị nội bộ trên…
  {
    ward: 'hai-an',
    row: 'PL1/I.8',
    indicator: 'DG_E_MANAGEMENT',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:576 Tỷ lệ các cơ quan nhà nước thực hiện chỉ đạo, điều hành, quản trị nội bộ trên…
  {
    ward: 'thanh-mien',
    row: 'PL01/1.12',
    indicator: 'DG_E_MANAGEMENT',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_CONNECTED_POLITICAL_SYSTEM — Quản lý nhà nước trên môi trường số, kết nối thông suốt trong hệ thống chính trị
  // 002:649 Quản lý nhà nước trên môi trường số, kết nối và vận hành thông suốt giữa các c…
  {
    ward: 'thanh-mien',
    row: 'PL01/7',
    indicator: 'DG_CONNECTED_POLITICAL_SYSTEM',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_UNIFIED_MANAGEMENT_SOFTWARE — Đảng ủy, chính quyền sử dụng phần mềm quản trị điều hành thống nhất
  // 000:1463 Đảng ủy, chính quyền phường sử dụng phần mềm quản trị điều hành thống nhất.
  {
    ward: 'hai-an',
    row: 'PL2/29.',
    indicator: 'DG_UNIFIED_MANAGEMENT_SOFTWARE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:330 Đảng ủy, chính quyền sử dụng phần mềm quản trị điều hành thống nhất.
  {
    ward: 'chu-van-an',
    row: 'PL/19.',
    indicator: 'DG_UNIFIED_MANAGEMENT_SOFTWARE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_BORDERLESS_PROCEDURES — Tỷ lệ TTHC được tiếp nhận, giải quyết phi địa giới hành chính
  // 000:1315 Tỷ lệ thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính gi…
  {
    ward: 'hai-an',
    row: 'PL2/21.',
    indicator: 'DG_BORDERLESS_PROCEDURES',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:505 Tỷ lệ thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính gi…
  {
    ward: 'thanh-mien',
    row: 'PL01/1.7',
    indicator: 'DG_BORDERLESS_PROCEDURES',
    equivalence: 'close',
    noteVi:
      'Chỉ ghi “giữa các cấp chính quyền”, không có “giữa trung ương và địa phương” như Hải An (PHỤ LỤC 2 dòng 21) và Chu Văn An (dòng 12).',
    noteEn:
      'Reads only “between levels of government”, without the “between central and local levels” of Hải An (PHỤ LỤC 2 row 21) and Chu Văn An (row 12).',
  },
  // 003:323 Có ≥ 70% thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính…
  {
    ward: 'chu-van-an',
    row: 'PL/12.',
    indicator: 'DG_BORDERLESS_PROCEDURES',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 004:65 100% TTHC đủ điều kiện thực hiện không phụ thuộc vào địa giới hành chính được…
  {
    ward: 'hong-bang',
    row: 'III/7',
    indicator: 'DG_BORDERLESS_PROCEDURES',
    equivalence: 'close',
    noteVi:
      'Mẫu số là các thủ tục “đủ điều kiện thực hiện không phụ thuộc vào địa giới hành chính”, tiếp nhận và xử lý tại phường; chỉ tiêu khung tính trên mọi thủ tục.',
    noteEn:
      'The denominator is the procedures “eligible to be done regardless of administrative boundaries”, received and handled in the ward; the framework indicator counts all procedures.',
  },
  // DG_STI_PROCEDURES_BORDERLESS — Tỷ lệ TTHC lĩnh vực khoa học, công nghệ được tiếp nhận trực tuyến phi địa giới hành chính
  // 001:53 100% thủ tục hành chính liên quan đến khoa học, công nghệ được tiếp nhận trực…
  {
    ward: 'hong-an',
    row: 'III.2/a-1',
    indicator: 'DG_STI_PROCEDURES_BORDERLESS',
    equivalence: 'exact',
    noteVi:
      'Tách khỏi DG_BORDERLESS_PROCEDURES: chỉ tính thủ tục hành chính liên quan đến khoa học, công nghệ, và chỉ khâu tiếp nhận trực tuyến; chỉ tiêu chung tính mọi thủ tục được tiếp nhận và giải quyết.',
    noteEn:
      'Split from DG_BORDERLESS_PROCEDURES: counts only procedures on science and technology, and only their online receipt; the general indicator counts every procedure received and resolved.',
  },
  // DG_BUSINESS_PROCEDURES_ONLINE — Tỷ lệ TTHC liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doanh thực hiện trực tuyến
  // 000:1334 Tỷ lệ thủ tục hành chính liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doa…
  {
    ward: 'hai-an',
    row: 'PL2/22.',
    indicator: 'DG_BUSINESS_PROCEDURES_ONLINE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:324 Có 100% thủ tục hành chính liên quan đến đào tạo, nghiên cứu, sản xuất, kinh d…
  {
    ward: 'chu-van-an',
    row: 'PL/13.',
    indicator: 'DG_BUSINESS_PROCEDURES_ONLINE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_CONTACTLESS_TRANSACTIONS — Tỷ lệ giao dịch hành chính thuộc diện “phi tiếp xúc”
  // 000:1352 Tỷ lệ giao dịch hành chính thuộc diện “phi tiếp xúc”.
  {
    ward: 'hai-an',
    row: 'PL2/23.',
    indicator: 'DG_CONTACTLESS_TRANSACTIONS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:325 Có ≥ 70% giao dịch hành chính thuộc diện “phi tiếp xúc”.
  {
    ward: 'chu-van-an',
    row: 'PL/14.',
    indicator: 'DG_CONTACTLESS_TRANSACTIONS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_LICENSING_PROCEDURES_CUT — Tỷ lệ cắt giảm hoặc tự động hóa TTHC về cấp phép
  // 002:521 Tỷ lệ cắt giảm hoặc tự động hoá thủ tục hành chính về cấp phép
  {
    ward: 'thanh-mien',
    row: 'PL01/1.8',
    indicator: 'DG_LICENSING_PROCEDURES_CUT',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_INTERNAL_PROCEDURES_CUT — Tỷ lệ cắt giảm TTHC nội bộ trong thực hiện cấp phép
  // 002:533 Tỷ lệ cắt giảm thủ tục hành chính nội bộ giữa các cơ quan nhà nước trong thực…
  {
    ward: 'thanh-mien',
    row: 'PL01/1.9',
    indicator: 'DG_INTERNAL_PROCEDURES_CUT',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_ONCE_ONLY — Tỷ lệ thông tin, giấy tờ trong TTHC sản xuất, kinh doanh chỉ cung cấp một lần
  // 004:67 100% thông tin, giấy tờ, tài liệu trong các TTHC liên quan đến hoạt động sản x…
  {
    ward: 'hong-bang',
    row: 'III/8',
    indicator: 'DG_ONCE_ONLY',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_SATISFACTION — Tỷ lệ hài lòng của người dân, doanh nghiệp
  // 001:59 Phấn đấu tỷ lệ hài lòng của người dân, tổ chức luôn đạt trên 95%.
  {
    ward: 'hong-an',
    row: 'III.2/a-4',
    indicator: 'DG_SATISFACTION',
    equivalence: 'close',
    noteVi:
      'Sự hài lòng của người dân, tổ chức nói chung, không giới hạn ở dịch vụ công trực tuyến như Hồng Bàng (mục III, gạch đầu dòng 9).',
    noteEn:
      'Satisfaction of citizens and organisations in general, not limited to online public services as in Hồng Bàng (III, bullet 9).',
  },
  // 004:69 Tỷ lệ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến…
  {
    ward: 'hong-bang',
    row: 'III/9',
    indicator: 'DG_SATISFACTION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_DATA_CENTRALISED — Tỷ lệ dữ liệu được số hóa, chuẩn hóa, quản lý tập trung
  // 001:95 100% dữ liệu được số hóa, chuẩn hóa, cập nhật, quản lý tập trung tại Trung tâm…
  {
    ward: 'hong-an',
    row: 'III.2/d-2',
    indicator: 'DG_DATA_CENTRALISED',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DG_CYBERSECURITY — Bảo đảm an toàn thông tin, không để xảy ra sự cố nghiêm trọng
  // 001:97 Bảo đảm an toàn thông tin, an ninh mạng; không để xảy ra sự cố nghiêm trọng; t…
  {
    ward: 'hong-an',
    row: 'III.2/d-3',
    indicator: 'DG_CYBERSECURITY',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DE_SME_DIGITAL_ADOPTION — Tỷ lệ doanh nghiệp vừa và nhỏ ứng dụng công nghệ số
  // 000:1486 Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số.
  {
    ward: 'hai-an',
    row: 'PL2/30.',
    indicator: 'DE_SME_DIGITAL_ADOPTION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 001:67 100% doanh nghiệp vừa và nhỏ, hộ kinh doanh địa phương ứng dụng công nghệ số (…
  {
    ward: 'hong-an',
    row: 'III.2/b-2',
    indicator: 'DE_SME_DIGITAL_ADOPTION',
    equivalence: 'close',
    noteVi:
      'Tính cả hộ kinh doanh và nêu cách tính (nộp thuế điện tử, hóa đơn điện tử, ký số, thanh toán trực tuyến); Hải An chỉ tính doanh nghiệp vừa và nhỏ.',
    noteEn:
      'Includes household businesses and says what counts (e-tax, e-invoices, digital signing, online payment); Hải An counts small and medium enterprises only.',
  },
  // DE_DIGITAL_ECONOMY_GRDP — Tỷ trọng kinh tế số trong GRDP
  // 000:1500 Tỷ lệ Quy mô kinh tế số trong GRDP (bổ sung mới)
  {
    ward: 'hai-an',
    row: 'PL2/31.',
    indicator: 'DE_DIGITAL_ECONOMY_GRDP',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DE_OCOP_TRACEABILITY — Tỷ lệ sản phẩm OCOP, sản phẩm chủ lực tham gia hệ thống truy xuất nguồn gốc
  // 001:65 100% sản phẩm OCOP của địa phương, sản phẩm chủ lực tham gia vào hệ thống truy…
  {
    ward: 'hong-an',
    row: 'III.2/b-1',
    indicator: 'DE_OCOP_TRACEABILITY',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DE_CASHLESS_TRANSACTIONS — Tỷ lệ giao dịch không dùng tiền mặt
  // 002:585 Tỷ lệ giao dịch không dùng tiền mặt
  {
    ward: 'thanh-mien',
    row: 'PL01/2',
    indicator: 'DE_CASHLESS_TRANSACTIONS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DE_BANK_ACCOUNTS — Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng
  // 002:661 Dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chứ…
  {
    ward: 'thanh-mien',
    row: 'PL01/8',
    indicator: 'DE_BANK_ACCOUNTS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DE_ECOMMERCE — Đẩy mạnh thương mại điện tử
  // 003:334 Tiếp tục đẩy mạnh thương mại điện tử.
  {
    ward: 'chu-van-an',
    row: 'PL/20.',
    indicator: 'DE_ECOMMERCE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DE_BUSINESS_SUPPORT — Hỗ trợ doanh nghiệp tiếp cận chính sách KNST, ĐMST, quảng bá trên môi trường số
  // 001:71 Hỗ trợ doanh nghiệp, tiếp cận với các chính sách đặc thù về KNST, ĐMST của thà…
  {
    ward: 'hong-an',
    row: 'III.2/b-4',
    indicator: 'DE_BUSINESS_SUPPORT',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DE_HOUSEHOLD_BUSINESS_DB — Cơ sở dữ liệu hộ kinh doanh
  // 001:73 Hình thành và khai thác có hiệu quả cơ sở dữ liệu hộ kinh doanh để phục vụ phá…
  {
    ward: 'hong-an',
    row: 'III.2/b-5',
    indicator: 'DE_HOUSEHOLD_BUSINESS_DB',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DS_ADULT_DIGITAL_SIGNATURE — Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân
  // 000:792 Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân
  {
    ward: 'hai-an',
    row: 'PL1/II.4',
    indicator: 'DS_ADULT_DIGITAL_SIGNATURE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:671 Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân
  {
    ward: 'thanh-mien',
    row: 'PL01/9',
    indicator: 'DS_ADULT_DIGITAL_SIGNATURE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DS_CITIZEN_DIGITAL_SIGNATURE — Tỷ lệ người dân có chữ ký số
  // 000:1439 Tỷ lệ người dân có chữ ký số
  {
    ward: 'hai-an',
    row: 'PL2/27.',
    indicator: 'DS_CITIZEN_DIGITAL_SIGNATURE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DS_E_HEALTH_RECORD — Tỷ lệ người dân có hồ sơ sức khỏe điện tử
  // 000:797 Tỷ lệ người dân có hồ sơ sức khỏe điện tử
  {
    ward: 'hai-an',
    row: 'PL1/II.5',
    indicator: 'DS_E_HEALTH_RECORD',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:680 Tỷ lệ người dân có hồ sơ sức khoẻ điện tử
  {
    ward: 'thanh-mien',
    row: 'PL01/10',
    indicator: 'DS_E_HEALTH_RECORD',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DS_ADULT_DIGITAL_SERVICE_ACCESS — Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông
  // 000:1028 Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm,…
  {
    ward: 'hai-an',
    row: 'PL2/9.',
    indicator: 'DS_ADULT_DIGITAL_SERVICE_ACCESS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:313 80% dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, gi…
  {
    ward: 'chu-van-an',
    row: 'PL/6.',
    indicator: 'DS_ADULT_DIGITAL_SERVICE_ACCESS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DS_ADULT_REGULAR_DIGITAL_USE — Tỷ lệ dân số trưởng thành thường xuyên sử dụng dịch vụ số
  // 000:1045 Tỷ lệ dân số trưởng thành thường xuyên sử dụng dịch vụ số (chăm sóc sức khỏe t…
  {
    ward: 'hai-an',
    row: 'PL2/10.',
    indicator: 'DS_ADULT_REGULAR_DIGITAL_USE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DS_VNEID — Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)
  // 000:1449 Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)
  {
    ward: 'hai-an',
    row: 'PL2/28.',
    indicator: 'DS_VNEID',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:329 Có ≥ 85% người dân có tài khoản định danh điện tử (VNeID).
  {
    ward: 'chu-van-an',
    row: 'PL/18.',
    indicator: 'DS_VNEID',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DS_SMART_TOURISM — Hệ thống du lịch thông minh, số hóa địa điểm du lịch
  // 001:79 Hình thành hệ thống du lịch thông minh để phục vụ phát triển ngành du lịch của…
  {
    ward: 'hong-an',
    row: 'III.2/c-2',
    indicator: 'DS_SMART_TOURISM',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DS_COMMUNITY_DIGITAL_TEAMS — Duy trì Tổ công nghệ số cộng đồng
  // 001:77 Duy trì thường xuyên hoạt động “Tổ công nghệ số cộng đồng” tại các tổ dân phố;…
  {
    ward: 'hong-an',
    row: 'III.2/c-1',
    indicator: 'DS_COMMUNITY_DIGITAL_TEAMS',
    equivalence: 'exact',
    noteVi:
      'Gạch đầu dòng c-1 gồm hai chỉ tiêu; câu đầu (duy trì các tổ công nghệ số) ứng với chỉ tiêu này, câu sau với HR_CORE_MEMBERS_TRAINED.',
    noteEn:
      'Bullet c-1 holds two targets; its first sentence (keeping the digital teams active) is this indicator, the second is HR_CORE_MEMBERS_TRAINED.',
  },
  // EDU_SCHOOL_DT_LEVEL2 — Tỷ lệ cơ sở giáo dục phổ thông đạt mức độ chuyển đổi số mức 2 trở lên
  // 000:1063 Tỷ lệ cơ sở giáo dục phổ thông đánh giá mức độ chuyển đổi số đạt mức 2 trở lên
  {
    ward: 'hai-an',
    row: 'PL2/11.',
    indicator: 'EDU_SCHOOL_DT_LEVEL2',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:689 Mức độ chuyển đổi số đối với các cơ sở giáo dục, cơ quan quản lý giáo dục trên…
  {
    ward: 'thanh-mien',
    row: 'PL01/11.1',
    indicator: 'EDU_SCHOOL_DT_LEVEL2',
    equivalence: 'exact',
    noteVi:
      'Dòng 11.1 in hai mức; “100% đối với các cơ sở giáo dục phổ thông” ứng với chỉ tiêu này.',
    noteEn: 'Row 11.1 prints two figures; “100% for general-education schools” is this indicator.',
  },
  // 003:314 Có ≥ 75% cơ sở giáo dục phổ thông đánh giá mức độ chuyển đổi số đạt mức 2 trở…
  {
    ward: 'chu-van-an',
    row: 'PL/7.',
    indicator: 'EDU_SCHOOL_DT_LEVEL2',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // EDU_PRESCHOOL_DT_LEVEL2 — Tỷ lệ cơ sở giáo dục mầm non, cơ quan quản lý giáo dục đạt mức độ CĐS mức 2 trở lên
  // 000:1080 Tỷ lệ các cơ sở giáo dục mầm non và các cơ quan quản lý giáo dục đánh giá mức…
  {
    ward: 'hai-an',
    row: 'PL2/12.',
    indicator: 'EDU_PRESCHOOL_DT_LEVEL2',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:689 Mức độ chuyển đổi số đối với các cơ sở giáo dục, cơ quan quản lý giáo dục trên…
  {
    ward: 'thanh-mien',
    row: 'PL01/11.1',
    indicator: 'EDU_PRESCHOOL_DT_LEVEL2',
    equivalence: 'close',
    noteVi:
      'Dòng 11.1 ghi chung “cơ sở giáo dục, cơ quan quản lý giáo dục” nhưng mức “> 90%” chỉ in cho cơ sở giáo dục mầm non; cơ quan quản lý giáo dục không có mức riêng.',
    noteEn:
      'Row 11.1 names “schools and education offices” together, but its “> 90%” is printed for preschools only; education offices get no figure of their own.',
  },
  // 003:315 Có ≥ 70% đối với các cơ sở giáo dục mầm non và cơ quan quản lý giáo dục đánh g…
  {
    ward: 'chu-van-an',
    row: 'PL/8.',
    indicator: 'EDU_PRESCHOOL_DT_LEVEL2',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // EDU_DIGITAL_SIGNING — Tỷ lệ cơ sở giáo dục triển khai ký số trên sổ sách, sổ điểm, học bạ số
  // 000:802 Cơ sở giáo dục triển khai ký số trên các hệ thống sổ sách, sổ điểm, học bạ số
  {
    ward: 'hai-an',
    row: 'PL1/III.1',
    indicator: 'EDU_DIGITAL_SIGNING',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 000:1098 Tỷ lệ cơ sở giáo dục triển khai ký số trên hệ thống sổ sách, sổ điểm, học bạ số.
  {
    ward: 'hai-an',
    row: 'PL2/13.',
    indicator: 'EDU_DIGITAL_SIGNING',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:710 Cơ sở giáo dục triển khai ký số trên các hệ thống sổ sách, sổ điểm, học bạ số
  {
    ward: 'thanh-mien',
    row: 'PL01/11.2',
    indicator: 'EDU_DIGITAL_SIGNING',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:316 Có 90% Cơ sở giáo dục triển khai ký số trên các hệ thống sổ sách, sổ điểm, học…
  {
    ward: 'chu-van-an',
    row: 'PL/9.',
    indicator: 'EDU_DIGITAL_SIGNING',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // EDU_STEM — Tỷ lệ cơ sở giáo dục phổ thông triển khai giáo dục STEM
  // 000:1114 Tỷ lệ cơ sở giáo dục phổ thông triển khai phương thức giáo dục tích hợp Khoa h…
  {
    ward: 'hai-an',
    row: 'PL2/14.',
    indicator: 'EDU_STEM',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 001:89 Có 100% cơ sở giáo dục triển khai phương thức giáo dục tích hợp STEM/STEAM.
  {
    ward: 'hong-an',
    row: 'III.2/c-7',
    indicator: 'EDU_STEM',
    equivalence: 'close',
    noteVi:
      'Tính mọi cơ sở giáo dục (không chỉ phổ thông), gồm cả STEAM, và không có “nghiên cứu khoa học”.',
    noteEn:
      'Counts every school (not only general education), includes STEAM, and leaves out “scientific research”.',
  },
  // 002:767 Cơ sở giáo dục phổ thông triển khai phương thức giáo dục tích hợp Khoa học, Kỹ…
  {
    ward: 'thanh-mien',
    row: 'PL01/12.6',
    indicator: 'EDU_STEM',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 003:319 Có 100% Cơ sở giáo dục phổ thông triển khai phương thức giáo dục tích hợp Khoa…
  {
    ward: 'chu-van-an',
    row: 'PL/10.',
    indicator: 'EDU_STEM',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // EDU_DIGITAL_SKILLS_CURRICULUM — Tỷ lệ cơ sở giáo dục phổ thông giảng dạy kỹ năng số theo Thông tư 02/2025/TT-BGDĐT
  // 000:1164 Tỷ lệ cơ sở giáo dục phổ thông triển khai các chương trình giảng dạy về kỹ năn…
  {
    ward: 'hai-an',
    row: 'PL2/15.',
    indicator: 'EDU_DIGITAL_SKILLS_CURRICULUM',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:720 Các cơ sở giáo dục phổ thông thường xuyên triển khai các chương trình giảng dạ…
  {
    ward: 'thanh-mien',
    row: 'PL01/11.3',
    indicator: 'EDU_DIGITAL_SKILLS_CURRICULUM',
    equivalence: 'close',
    noteVi: 'Thêm điều kiện “thường xuyên” triển khai chương trình giảng dạy kỹ năng số.',
    noteEn: 'Adds the condition that the digital-skills curriculum be taught “regularly”.',
  },
  // EDU_STARTUP_INTEGRATION — Tỷ lệ cơ sở giáo dục phổ thông lồng ghép giáo dục khởi nghiệp, ĐMST
  // 000:1190 Tỷ lệ các cơ sở giáo dục phổ thông thực hiện lồng ghép, tích hợp giáo dục khởi…
  {
    ward: 'hai-an',
    row: 'PL2/16.',
    indicator: 'EDU_STARTUP_INTEGRATION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:739 Các cơ sở giáo dục phổ thông thực hiện lồng ghép, tích hợp giáo dục khởi nghiệ…
  {
    ward: 'thanh-mien',
    row: 'PL01/11.4',
    indicator: 'EDU_STARTUP_INTEGRATION',
    equivalence: 'close',
    noteVi:
      'Chỉ lồng ghép giáo dục khởi nghiệp, không có “đổi mới sáng tạo” như Hải An (PHỤ LỤC 2 dòng 16).',
    noteEn:
      'Integrates start-up education only, without the “innovation” of Hải An (PHỤ LỤC 2 row 16).',
  },
  // EDU_STARTUP_CLUBS — Tỷ lệ cơ sở giáo dục trung học có câu lạc bộ khởi nghiệp và ĐMST
  // 000:808 Cơ sở giáo dục trung học có tổ chức câu lạc bộ khởi nghiệp và ĐMST hoạt động t…
  {
    ward: 'hai-an',
    row: 'PL1/III.2',
    indicator: 'EDU_STARTUP_CLUBS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 000:1210 Tỷ lệ cơ sở giáo dục trung học có tổ chức câu lạc bộ khởi nghiệp và đổi mới sá…
  {
    ward: 'hai-an',
    row: 'PL2/17.',
    indicator: 'EDU_STARTUP_CLUBS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:753 Các trường THCS có tổ chức câu lạc bộ khởi nghiệp và đổi mới sáng tạo hoạt độn…
  {
    ward: 'thanh-mien',
    row: 'PL01/11.5',
    indicator: 'EDU_STARTUP_CLUBS',
    equivalence: 'close',
    noteVi: 'Chỉ tính trường THCS, không tính trường THPT trong “cơ sở giáo dục trung học”.',
    noteEn:
      'Counts lower-secondary schools only, not the upper-secondary schools that “secondary schools” also covers.',
  },
  // EDU_SCIENCE_PRODUCTS — Sáng kiến kinh nghiệm, sản phẩm khoa học kỹ thuật cấp thành phố
  // 002:616 Viết và ứng dụng sáng kiến kinh nghiệm, có sản phẩm khoa học kỹ thuật cấp thàn…
  {
    ward: 'thanh-mien',
    row: 'PL01/5',
    indicator: 'EDU_SCIENCE_PRODUCTS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // EDU_INNOVATION_SPACES — Tỷ lệ cơ sở giáo dục có “Không gian đổi mới sáng tạo”
  // 001:83 100% cơ sở giáo dục hình thành và vận hành có hiệu quả “Không gian đổi mới sán…
  {
    ward: 'hong-an',
    row: 'III.2/c-4',
    indicator: 'EDU_INNOVATION_SPACES',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // EDU_SMART_CLASSROOMS — Tỷ lệ cơ sở giáo dục có ít nhất 01 phòng học thông minh
  // 001:85 100% cơ sở giáo dục được trang bị ít nhất 01 phòng học thông minh.
  {
    ward: 'hong-an',
    row: 'III.2/c-5',
    indicator: 'EDU_SMART_CLASSROOMS',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // EDU_AI_ADOPTION — Tỷ lệ trường học ứng dụng trí tuệ nhân tạo
  // 001:87 100% các trường học ứng dụng trí tuệ nhân tạo trong quản lý, giảng dạy, kiểm t…
  {
    ward: 'hong-an',
    row: 'III.2/c-6',
    indicator: 'EDU_AI_ADOPTION',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // RES_BUDGET_SHARE — Tỷ lệ chi ngân sách cho KHCN, ĐMST, CĐS
  // 000:345 Cân đối ngân sách của địa phương dành cho hoạt động khoa học công nghệ, ĐMST v…
  {
    ward: 'hai-an',
    row: 'B.II/3.1',
    indicator: 'RES_BUDGET_SHARE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 000:767 Chi ngân sách hằng năm cho phát triển KHCN, ĐMST, CĐS quốc gia
  {
    ward: 'hai-an',
    row: 'PL1/II.1',
    indicator: 'RES_BUDGET_SHARE',
    equivalence: 'close',
    noteVi:
      'Đơn vị in là “% tổng chi NSNN” (tổng chi ngân sách nhà nước, như mục tiêu 3% toàn quốc của NQ 57); được hiểu là tổng chi ngân sách phường như PHỤ LỤC 2 dòng 6.',
    noteEn:
      'The printed unit is “% of total state-budget spending” (as in the national 3% goal of Resolution 57); read as the ward’s total spending, as in PHỤ LỤC 2 row 6.',
  },
  // 000:930 Tỉ lệ chi cho KHCN, ĐMST, CĐS trong tổng chi ngân sách phường
  {
    ward: 'hai-an',
    row: 'PL2/6.',
    indicator: 'RES_BUDGET_SHARE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // 002:602 Chi ngân sách hàng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, c…
  {
    ward: 'thanh-mien',
    row: 'PL01/4',
    indicator: 'RES_BUDGET_SHARE',
    equivalence: 'close',
    noteVi:
      'Đơn vị in là “% tổng chi ngân sách nhà nước”; được hiểu là tổng chi ngân sách của xã. Mức 1% của xã thấp hơn 3% của các phường.',
    noteEn:
      'The printed unit is “% of total state-budget spending”; read as the commune’s total spending. Its 1% is below the wards’ 3%.',
  },
  // 004:77 Đảm bảo tỉ lệ chi tối thiểu 3% ngân sách phường cho phát triển khoa học, công…
  {
    ward: 'hong-bang',
    row: 'III/13',
    indicator: 'RES_BUDGET_SHARE',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // RES_BUDGET_ALLOCATED — Bố trí kinh phí cho KHCN, ĐMST từ nguồn chi ngân sách địa phương
  // 003:310 Bố trí kinh phí cho khoa học, công nghệ, đổi mới sáng tạo từ nguồn chi ngân sá…
  {
    ward: 'chu-van-an',
    row: 'PL/3.',
    indicator: 'RES_BUDGET_ALLOCATED',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
  // DTI_WARD_INDEX — Chỉ số chuyển đổi số phường
  // 000:1304 Chỉ số chuyển đổi số phường
  {
    ward: 'hai-an',
    row: 'PL2/20.',
    indicator: 'DTI_WARD_INDEX',
    equivalence: 'exact',
    noteVi: null,
    noteEn: null,
  },
];
