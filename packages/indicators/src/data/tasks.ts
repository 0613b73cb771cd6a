import type { TaskSpec } from './build-tasks.ts';

/**
 * Task-assignment tables as printed. Descriptions that wrap over several lines are joined with
 * single spaces; where a table prints several columns on one line, the column text was split
 * by hand. `test/provenance.test.ts` checks each row's first line and column texts against the seed.
 */
export const TASK_SPECS: readonly TaskSpec[] = [
  {
    ward: 'hai-an',
    code: 'PL3-I.1',
    group: 'I. NÂNG CAO NHẬN THỨC, ĐỘT PHÁ VỀ ĐỔI MỚI TƯ DUY',
    description:
      'Nhiệm vụ CĐS, phát triển KHCN, ĐMST được xác định cụ thể trong chương trình, kế hoạch công tác hằng năm của cơ quan, tổ chức, đơn vị, địa phương; kết quả thực hiện là tiêu chí đánh giá hiệu quả thực hiện nhiệm vụ, đánh giá thi đua, khen thưởng hằng năm.',
    leadUnit: 'UBND phường, các cơ quan chuyên môn',
    output: 'Kế hoạch công tác',
    timingAsPrinted: 'Thường xuyên',
    reference:
      'NQ 71/NQ-CP, nhiệm vụ 6: Cụ thể hóa nhiệm vụ CĐS, phát triển KHCN, ĐMST trong chương trình, kế hoạch công tác hàng năm của cơ quan, tổ chức, đơn vị',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC 3: PHÂN CÔNG CÁC NHIỆM VỤ CHUNG CỦA PHƯỜNG',
      line: 1573,
      text: 'Nhiệm vụ CĐS, phát triển KHCN, ĐMST',
    },
  },
  {
    ward: 'hai-an',
    code: 'PL3-I.2',
    group: 'I. NÂNG CAO NHẬN THỨC, ĐỘT PHÁ VỀ ĐỔI MỚI TƯ DUY',
    description:
      'Bố trí phù hợp số lượng cán bộ có trình độ chuyên môn khoa học kỹ thuật trong cấp uỷ các cấp.',
    leadUnit: 'Đảng ủy, UBND phường, các cơ quan chuyên môn',
    output: 'Tỷ lệ cụ thể từng năm',
    timingAsPrinted: 'Thường xuyên',
    reference:
      'NQ 71/NQ-CP, nhiệm vụ 9: Phấn đấu bố trí tỷ lệ phù hợp cán bộ có chuyên môn, kinh nghiệm về khoa học kỹ thuật trong đội ngũ lãnh đạo cơ quan, đơn vị nhà nước.',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC 3: PHÂN CÔNG CÁC NHIỆM VỤ CHUNG CỦA PHƯỜNG',
      line: 1623,
      text: 'Bố trí phù hợp số lượng cán bộ có trình độ',
    },
  },
  {
    ward: 'hai-an',
    code: 'PL3-II.1',
    group: 'II. KHẨN TRƯƠNG QUYẾT LIỆT HOÀN THIỆN THỂ CHẾ',
    description:
      'Phối hợp với Sở ngành thành phố sửa đổi, bổ sung, hoàn thiện đồng bộ các quy định pháp luật… đơn giản hoá tối đa các thủ tục hành chính',
    leadUnit: 'UBND phường, các cơ quan chuyên môn, trung tâm PV HCC',
    output: 'Hoàn thành số hóa',
    timingAsPrinted: 'Tháng 9/2025',
    reference:
      'NQ 71/NQ-CP, nhiệm vụ 48: Hoàn thành số hóa quy trình nghiệp vụ nội bộ, hồ sơ tài liệu, kết quả giải quyết thủ tục hành chính trong các lĩnh vực liên quan đến người dân, doanh nghiệp, hoạt động công vụ; tái sử dụng 100% dữ liệu đã số hóa để cắt giảm tối đa thủ tục hành chính và chi phí tuân thủ cho người dân, doanh nghiệp',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC 3: PHÂN CÔNG CÁC NHIỆM VỤ CHUNG CỦA PHƯỜNG',
      line: 1710,
      text: 'Phối hợp với Sở ngành thành phố sửa đổi,',
    },
  },
  {
    ward: 'hai-an',
    code: 'PL3-II.2',
    group: 'II. KHẨN TRƯƠNG QUYẾT LIỆT HOÀN THIỆN THỂ CHẾ',
    description:
      'Đẩy mạnh tái cấu trúc quy trình, cắt giảm, đơn giản hóa tối đa thủ tục hành chính, nâng cao chất lượng cung cấp dịch vụ công trực tuyến, nhất là các thủ tục liên quan đến cư trú, hộ tịch, giấy phép lái xe, đất đai, doanh nghiệp, triển khai tiếp cận, giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi thành phố',
    leadUnit: 'UBND phường, các cơ quan chuyên môn, trung tâm PV HCC',
    output: 'Thủ tục hành chính được tái cấu trúc, đơn giản hóa quy trình',
    timingAsPrinted: 'Tháng 12/2025',
    reference:
      'NQ 71/NQ-CP, nhiệm vụ 49 (the NQ 57 column is blank on this row; the task is the NQ 71 one)',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC 3: PHÂN CÔNG CÁC NHIỆM VỤ CHUNG CỦA PHƯỜNG',
      line: 1768,
      text: 'Đẩy mạnh tái cấu trúc quy',
    },
  },
  {
    ward: 'hai-an',
    code: 'PLK-1',
    group:
      'Nâng cao nhận thức, đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ… về phát triển KHCN, ĐMST và CĐS',
    description: 'Công tác thông tin, tuyên truyền trên các phương tiện thông tin đại chúng',
    leadUnit: 'Phòng Văn hóa - Xã hội, Trung tâm Sự nghiệp công',
    partnerUnits: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường',
    output: 'Bản tin, clip, phóng sự',
    timingAsPrinted: 'Hằng năm',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC',
      line: 1894,
      text: 'Công tác thông tin, tuyên truyền',
    },
  },
  {
    ward: 'hai-an',
    code: 'PLK-2',
    group:
      'Nâng cao nhận thức, đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ… về phát triển KHCN, ĐMST và CĐS',
    description:
      'Rà soát, tham mưu UBND phường về tiêu chí xếp loại và đánh giá mức độ hoàn thành nhiệm vụ hàng năm của người đứng đầu, trong đó, quy định trách nhiệm người đứng đầu các cơ quan nhà nước trong thực hiện nhiệm vụ về phát triển KHCN, ĐMST và CĐS tại thành phố. Nghiên cứu đề xuất ban hành quy tắc ứng xử trên môi trường số cho cán bộ, công chức, viên chức, người lao động.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    partnerUnits: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường',
    output: 'Quy tắc/ quy chế',
    timingAsPrinted: 'Hằng năm',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC',
      line: 1923,
      text: 'Rà soát, tham mưu UBND phường',
    },
  },
  {
    ward: 'hai-an',
    code: 'PLK-3',
    group:
      'Nâng cao nhận thức, đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ… về phát triển KHCN, ĐMST và CĐS',
    description:
      'Xây dựng và đổi mới chương trình tuyên truyền, giáo dục hiệu quả để nâng cao nhận thức, quyết tâm, phát triển KHCN và ĐMST, thực hiện CĐS trong cả hệ thống chính trị, người dân và doanh nghiệp, tạo niềm tin, khí thế mới trong xã hội. Xây dựng tài liệu tuyên truyền về khoa học - công nghệ, ĐMST, CĐS dưới dạng dễ tiếp cận (video, infographic…) và đa dạng các hình thức tuyên truyền (mạng xã hội, website...)”',
    leadUnit: 'Phòng Văn hóa - Xã hội, Trung tâm Sự nghiệp công',
    partnerUnits: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường',
    output: 'Kế hoạch, Tài liệu tuyên truyền',
    timingAsPrinted: 'Hằng năm',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC',
      line: 1960,
      text: 'Xây dựng và đổi mới chương trình tuyên truyền',
    },
  },
  {
    ward: 'hai-an',
    code: 'PLK-4',
    group:
      'Nâng cao nhận thức, đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ… về phát triển KHCN, ĐMST và CĐS',
    description:
      'Tham gia các lớp "học tập số", phổ cập, nâng cao kiến thức KHCN, kiến thức số trong cán bộ, công chức và Nhân dân; các phong trào khởi nghiệp, sáng tạo, cải tiến nâng cao hiệu quả công việc, năng suất lao động, khơi dậy tinh thần tự chủ, tự tin, tự lực, tự cường, tự hào dân tộc, phát huy trí tuệ góp phần thực hiện thắng lợi mục tiêu, nhiệm vụ phát triển KHCN, ĐMST và CĐS.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    partnerUnits: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường',
    output: 'Kế hoạch, Lớp học',
    timingAsPrinted: 'Hằng năm',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC',
      line: 2020,
      text: 'Tham gia các lớp "học tập số"',
    },
  },
  {
    ward: 'hai-an',
    code: 'PLK-5',
    group:
      'Nâng cao nhận thức, đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ… về phát triển KHCN, ĐMST và CĐS',
    description:
      'Tham gia các lớp học tập huấn, bồi dưỡng ứng dụng trí tuệ nhân tạo (A.I) trong công tác quản lý nhà nước cho các cán bộ, công chức, viên chức tại các cơ quan Đảng, chính quyền, đoàn thể.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    partnerUnits: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường',
    output: 'Kế hoạch, Lớp học',
    timingAsPrinted: 'Hằng năm',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC',
      line: 2057,
      text: 'Tham gia các lớp học tập huấn',
    },
  },
  {
    ward: 'hai-an',
    code: 'PLK-6',
    group:
      'Nâng cao nhận thức, đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ… về phát triển KHCN, ĐMST và CĐS',
    description:
      'Xây dựng quy tắc ứng xử trên môi trường số cho cán bộ, công chức, viên chức và người lao động khác.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    partnerUnits: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường',
    output: 'Quy tắc',
    timingAsPrinted: 'Tháng 12/2025',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC',
      line: 2085,
      text: 'Xây dựng quy tắc ứng xử trên môi trường số',
    },
  },
  {
    ward: 'hai-an',
    code: 'PLK-7',
    group:
      'Nâng cao nhận thức, đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ… về phát triển KHCN, ĐMST và CĐS',
    description:
      'Tăng cường quản lý, giáo dục chính trị tư tưởng đối với học sinh, học viên, sinh viên trên môi trường mạng góp phần xây dựng nguồn nhân lực chất lượng cao',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    partnerUnits: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường, các trường học',
    output: 'Kế hoạch, Lớp học',
    timingAsPrinted: 'Hằng năm',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC',
      line: 2110,
      text: 'Tăng cường quản lý, giáo dục chính trị tư tưởng',
    },
  },
  {
    ward: 'hai-an',
    code: 'PLK-B1',
    group:
      'Đẩy mạnh CĐS, ứng dụng KHCN, ĐMST trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Phối hợp với sở ngành thành phố trong việc chuẩn hóa, điện tử hóa quy trình nghiệp vụ xử lý hồ sơ, biểu mẫu, chế độ báo cáo trên môi trường mạng, thực hiện số hóa hồ sơ, lưu trữ hồ sơ công việc điện tử của các cơ quan nhà nước. Hoàn thiện các quy trình, thủ tục hành chính phù hợp với hoạt động của chính quyền số, cắt giảm tối đa giao dịch trực tiếp.',
    leadUnit: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường',
    output: 'Báo cáo',
    timingAsPrinted: 'Hằng năm',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC (row not numbered)',
      line: 2162,
      text: 'Phối hợp với sở ngành thành phố trong việc chuẩn',
    },
  },
  {
    ward: 'hai-an',
    code: 'PLK-B2',
    group:
      'Đẩy mạnh CĐS, ứng dụng KHCN, ĐMST trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Tiếp tục thực hiện các nhiệm vụ, giải pháp tại Kết luận số 312-KL/TU ngày 15/02/2024; Nghị quyết số 03-NQ/TU ngày 26/10/2021; Quyết định số 284/QĐ-UBND ngày 24/01/2022; Kế hoạch số 110/KH-UBND ngày 24/4/2024 của Ủy ban nhân dân thành phố Hải Phòng.',
    leadUnit: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường',
    partnerUnits: 'Các cơ quan chuyên môn, các đơn vị trực thuộc UBND phường',
    output: 'Báo cáo/Kế hoạch/Số liệu',
    timingAsPrinted: 'Theo thời gian tại các Nghị quyết, Quyết định, Kế hoạch đã phê duyệt',
    source: {
      file: '000_09cdf2dd6a89ba5e.txt',
      section: 'PHỤ LỤC: PHÂN CÔNG CÁC NHIỆM VỤ KHÁC (row not numbered)',
      line: 2188,
      text: 'Tiếp tục thực hiện các nhiệm vụ, giải pháp tại Kết',
    },
  },
  {
    ward: 'thanh-mien',
    code: '1.1',
    group: '1. Nâng cao nhận thức, đổi mới tư duy…',
    description:
      'Tổ chức triển khai, nghiên cứu, quán triệt các nội dung của Nghị quyết số 57-NQ/TW, Nghị quyết số 03-NQ/TW và Chương trình hành động số 89-CTr/TU, các kế hoạch của thành phố, của xã',
    leadUnit: 'Các phòng, ban, ngành, cơ quan, đơn vị, các thôn',
    timingAsPrinted: 'Tháng 8/2025',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 793,
      text: '1.1 Tổ',
    },
  },
  {
    ward: 'thanh-mien',
    code: '1.2',
    group: '1. Nâng cao nhận thức, đổi mới tư duy…',
    description:
      'Tăng cường, làm tốt công tác thông tin, tuyên truyền trên các phương tiện thông tin đại chúng',
    leadUnit: 'Trung tâm Văn hoá, Thể thao và Truyền thông xã',
    partnerUnits: 'Uỷ ban Mặt trận Tổ quốc Việt Nam xã, các cơ quan, đơn vị, các thôn',
    timingAsPrinted: 'Hàng tháng',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 811,
      text: '1.2 Tăng',
    },
  },
  {
    ward: 'thanh-mien',
    code: '1.3',
    group: '1. Nâng cao nhận thức, đổi mới tư duy…',
    description:
      'Đưa tiêu chí đánh giá trách nhiệm người đứng đầu trực tiếp phụ trách, chỉ đạo triển khai nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số của cơ quan, tổ chức là tiêu chí quan trọng trong việc đánh giá, xếp loại hàng năm',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: '2025',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 831,
      text: '1.3 Đưa',
    },
  },
  {
    ward: 'thanh-mien',
    code: '1.4',
    group: '1. Nâng cao nhận thức, đổi mới tư duy…',
    description:
      'Xây dựng và đổi mới chương trình tuyên truyền, giáo dục hiệu quả để nâng cao nhận thức, quyết tâm, phát triển khoa học, công nghệ và đổi mới sáng tạo, thực hiện chuyển đổi số trong cả hệ thống chính trị, người dân và doanh nghiệp, tạo niềm tin, khí thế mới trong xã hội',
    leadUnit: 'Trung tâm Văn hoá, Thể thao và Truyền thông xã',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 853,
      text: '1.4 Xây',
    },
  },
  {
    ward: 'thanh-mien',
    code: '1.5',
    group: '1. Nâng cao nhận thức, đổi mới tư duy…',
    description:
      'Tổ chức các lớp "học tập số", phổ cập, nâng cao kiến thức khoa học, công nghệ, kiến thức số trong cán bộ, công chức, viên chức và Nhân dân; các phong trào khởi nghiệp, sáng tạo, cải tiến nâng cao hiệu quả công việc, năng suất lao động, khơi dậy tinh thần tự chủ, tự tin, tự lực, tự cường, tự hào dân tộc, phát huy trí tuệ góp phần thực hiện thắng lợi mục tiêu, nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành phố',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 876,
      text: '1.5 Tổ',
    },
  },
  {
    ward: 'thanh-mien',
    code: '1.6',
    group: '1. Nâng cao nhận thức, đổi mới tư duy…',
    description:
      'Phát động phong trào thi đua thiết thực trong từng ngành, từng lĩnh vực, thu hút sự tham gia của đông đảo cán bộ, đảng viên, đội ngũ tri thức, người dân và cộng đồng doanh nghiệp thực hiện cuộc cách mạng chuyển đổi số',
    leadUnit: 'Các phòng, ban, ngành, cơ quan, đơn vị',
    partnerUnits: 'Phòng Văn hoá - Xã hội',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 904,
      text: '1.6 Phát',
    },
  },
  {
    ward: 'thanh-mien',
    code: '2.1',
    group:
      '2. Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    description:
      'Cân đối ngân sách của xã dành cho hoạt động khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số phù hợp với khả năng của ngân sách xã',
    leadUnit: 'Phòng Kinh tế',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 926,
      text: '2.1 Cân',
    },
  },
  {
    ward: 'thanh-mien',
    code: '2.2',
    group:
      '2. Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    description:
      'Huy động sự đóng góp của các doanh nghiệp và xã hội hóa, thu hút các nguồn lực ngoài ngân sách đầu tư khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 940,
      text: '2.2 Huy',
    },
  },
  {
    ward: 'thanh-mien',
    code: '2.3',
    group:
      '2. Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    description:
      'Nâng cấp cơ sở hạ tầng công nghệ thông tin đáp ứng yêu cầu chuyển đổi số và đáp ứng yêu cầu triển khai Đề án 06/CP của Chính phủ',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Phòng Kinh tế; các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 958,
      text: '2.3 Nâng',
    },
  },
  {
    ward: 'thanh-mien',
    code: '2.4',
    group:
      '2. Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    description: 'Triển khai cấp chứng thư số đến 100% cán bộ, công chức của xã',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Tháng 7/2025',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 976,
      text: '2.4 Triển khai cấp chứng thư số đến 100% cán bộ, công chức',
    },
  },
  {
    ward: 'thanh-mien',
    code: '3.1',
    group: '3. Phát triển, trọng dụng nhân lực chất lượng cao, nhân tài…',
    description:
      'Tổ chức thực hiện Nghị quyết về cơ chế, chính sách thu hút, trọng dụng nhân tài thành phố Hải phòng',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 991,
      text: '3.1 Tổ',
    },
  },
  {
    ward: 'thanh-mien',
    code: '3.2',
    group: '3. Phát triển, trọng dụng nhân lực chất lượng cao, nhân tài…',
    description:
      'Thực hiện hiệu quả Nghị quyết số 14-NQ/TU ngày 13/5/2024 của Ban Thường vụ Thành ủy về đổi mới và nâng cao chất lượng giáo dục nghề nghiệp trên địa bàn thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1007,
      text: '3.2 Thực',
    },
  },
  {
    ward: 'thanh-mien',
    code: '3.3',
    group: '3. Phát triển, trọng dụng nhân lực chất lượng cao, nhân tài…',
    description:
      'Mời các chuyên gia về lĩnh vực khoa học công nghệ, AI, chuyển đổi số tập huấn, đào tạo, bồi dưỡng cho cán bộ, công chức, viên chức của xã',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: '2025-2026',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1029,
      text: '3.3 Mời',
    },
  },
  {
    ward: 'thanh-mien',
    code: '3.4',
    group: '3. Phát triển, trọng dụng nhân lực chất lượng cao, nhân tài…',
    description: 'Đào tạo kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1047,
      text: '3.4 Đào',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.1',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Đảm bảo hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan nhà nước được thực hiện trên nền tảng số quản trị tổng thể, thống nhất',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1069,
      text: '4.1 Đảm',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.2',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Đẩy mạnh ứng dụng công nghệ số chuyên dùng (Phần mềm, phần cứng) phục vụ nhiệm vụ của cơ quan, đơn vị trong hệ thống chính trị, nâng cao hiệu quả quản trị, hiệu lực quản lý nhà nước',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1086,
      text: '4.2 Đẩy',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.3',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description: 'Ứng dụng công nghệ thông minh trong quản lý hạ tầng theo hướng dẫn của thành phố',
    leadUnit: 'Phòng Kinh tế',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1106,
      text: '4.3 Ứng',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.4',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Ứng dụng công nghệ thông tin trong quản lý văn hóa: Số hoá thông tin các di tích văn hoá',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: '2025',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1118,
      text: '4.4 Ứng',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.5',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Ứng dụng công nghệ thông tin trong quản lý điều hành ngành Công Thương: Ứng dụng công nghệ thông tin trong triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc các sản phẩm công nghiệp theo hướng dẫn của Bộ Công Thương, các Bộ, ngành liên quan và UBND thành phố',
    leadUnit: 'Phòng Kinh tế',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1134,
      text: '4.5 Ứng',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.6',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Thúc đẩy mạnh mẽ các nhiệm vụ, giải pháp kích thích kinh tế số trong nông nghiệp và phát triển nông thôn; đưa thương mại điện tử, thanh toán điện tử, hóa đơn điện tử, chữ ký số vào hoạt động mua, bán nông sản, sản phẩm OCOP, sản phẩm thế mạnh của xã',
    leadUnit: 'Phòng Kinh tế',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1152,
      text: '4.6 Thúc',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.7',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description: 'Số hoá dữ liệu thông tin quản lý nhà nước đối với doanh nghiệp trên địa bàn xã',
    leadUnit: 'Phòng Kinh tế',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: '2025',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1170,
      text: '4.7 Số',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.8',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Thực hiện có hiệu quả nhiệm vụ "Xây dựng cơ sở dữ liệu thông tin công chứng" của Sở Tư pháp thành phố',
    leadUnit: 'Văn phòng HĐND-UBND',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1182,
      text: '4.8 Thực hiện có hiệu quả nhiệm vụ "Xây dựng cơ sở dữ liệu',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.9',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description: 'Triển khai ứng dụng trợ lý ảo cho cán bộ, công chức và người dân',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1189,
      text: '4.9 Triển',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.10',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Triển khai nâng cấp hạ tầng công nghệ thông tin trong các cơ quan Đảng, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội xã',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits:
      'Các cơ quan Đảng, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội xã và các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1205,
      text: '4.10 Triển',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.11',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Đẩy mạnh ứng dụng các giải pháp về chuyển đổi số, mã số mã vạch, truy xuất nguồn gốc để tăng cường công tác quản lý nhà nước về năng suất, chất lượng sản phẩm, hàng hoá, tạo môi trường sản xuất kinh doanh minh bạch, nâng cao năng lực cạnh tranh, thúc đẩy phát triển thương mại',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Phòng Kinh tế; các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1229,
      text: '4.11 Đẩy',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.12',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Chuẩn hóa, điện tử hóa quy trình nghiệp vụ xử lý hồ sơ, biểu mẫu, chế độ báo cáo trên môi trường mạng, thực hiện số hóa hồ sơ, lưu trữ hồ sơ công việc điện tử của các cơ quan nhà nước. Hoàn thiện các quy trình, thủ tục hành chính phù hợp với hoạt động của chính quyền số, cắt giảm tối đa giao dịch trực tiếp',
    leadUnit: 'Các phòng, ban, ngành xã và các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1251,
      text: '4.12 Chuẩn',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.13',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description: 'Bảo đảm an toàn, an ninh mạng trên nền tảng số và không gian mạng',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Công an xã; các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1271,
      text: '4.13 Bảo',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.14',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description:
      'Tăng cường áp dụng tiêu chuẩn, quy chuẩn kỹ thuật, hệ thống quản lý, công cụ cải tiến năng suất chất lượng, công cụ hỗ trợ cho sản xuất thông minh, dịch vụ thông minh',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1287,
      text: '4.14 Tăng cường áp dụng tiêu chuẩn, quy chuẩn kỹ thuật, hệ',
    },
  },
  {
    ward: 'thanh-mien',
    code: '4.15',
    group:
      '4. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị…',
    description: 'Thúc đẩy phong trào phát huy sáng kiến, cải tiến kỹ thuật trên địa bàn xã',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1296,
      text: '4.15 Thúc',
    },
  },
  {
    ward: 'thanh-mien',
    code: '5.1',
    group:
      '5. Thúc đẩy mạnh mẽ hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong doanh nghiệp',
    description:
      'Triển khai thực hiện các chương trình hỗ trợ doanh nghiệp ứng dụng công nghệ, thực hiện chuyển đổi số, khởi nghiệp đổi mới sáng theo hướng dẫn của thành phố',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: '2025-2026',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1314,
      text: '5.1 Triển',
    },
  },
  {
    ward: 'thanh-mien',
    code: '5.2',
    group:
      '5. Thúc đẩy mạnh mẽ hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong doanh nghiệp',
    description:
      'Khuyến khích các doanh nghiệp đầu tư vào hoạt động phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    leadUnit: 'Phòng Văn hoá - Xã hội',
    partnerUnits: 'Các phòng, ban, ngành, các đơn vị liên quan',
    timingAsPrinted: 'Hàng năm',
    source: {
      file: '002_addf73b536fa4b20.txt',
      section: 'PHỤ LỤC SỐ 02: PHÂN CÔNG CÁC NHIỆM VỤ CỤ THỂ',
      line: 1332,
      text: '5.2 Khuyến',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.1-1',
    group: '1. Phòng Văn hóa - Xã hội',
    description:
      'Là cơ quan đầu mối tham mưu giúp UBND phường tổ chức triển khai thực hiện Kế hoạch; chủ trì xây dựng chương trình, kế hoạch công tác hằng năm.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 182,
      text: 'Là cơ quan đầu mối tham mưu giúp UBND',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.1-2',
    group: '1. Phòng Văn hóa - Xã hội',
    description:
      'Thường xuyên theo dõi, đôn đốc tiến độ thực hiện các nhiệm vụ của từng bộ phận chuyên môn; Chủ trì tham mưu xây dựng các báo cáo định kỳ (6 tháng, năm), báo cáo sơ kết, tổng kết; đề xuất các giải pháp tháo gỡ khó khăn, vướng mắc trong quá trình triển khai.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 183,
      text: 'Thường xuyên theo dõi, đôn đốc tiến độ',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.1-3',
    group: '1. Phòng Văn hóa - Xã hội',
    description:
      'Chủ trì xây dựng và triển khai kế hoạch tuyên truyền về chuyển đổi số, đổi mới sáng tạo bằng nhiều hình thức đa dạng (truyền thanh, mạng xã hội, cổng thông tin điện tử...).',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 184,
      text: 'Chủ trì xây dựng và triển khai kế hoạc',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.1-4',
    group: '1. Phòng Văn hóa - Xã hội',
    description:
      'Phối hợp tổ chức các lớp tập huấn, bồi dưỡng kỹ năng số cơ bản cho cán bộ, công chức và Nhân dân; ưu tiên đối tượng là người cao tuổi, hộ kinh doanh nhỏ lẻ.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 185,
      text: 'Phối hợp tổ chức các lớp tập huấn, bồi',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.1-5',
    group: '1. Phòng Văn hóa - Xã hội',
    description:
      'Hướng dẫn, duy trì và nâng cao hiệu quả hoạt động của Tổ công nghệ số cộng đồng tại các tổ dân phố; xây dựng mô hình điểm để nhân rộng.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 186,
      text: 'Hướng dẫn, duy trì và nâng cao hiệu qu',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.1-6',
    group: '1. Phòng Văn hóa - Xã hội',
    description:
      'Chủ trì tham mưu tổ chức các hoạt động văn hóa, diễn đàn, cuộc thi về sáng kiến, ý tưởng đổi mới sáng tạo trong cộng đồng.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 187,
      text: 'Chủ trì tham mưu tổ chức các hoạt động',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.1-7',
    group: '1. Phòng Văn hóa - Xã hội',
    description:
      'Phối hợp với Mặt trận Tổ quốc phường, các tổ chức chính trị xã hội phường triển khai có hiệu quả các phong trào trong cộng đồng dân cư như: “Khu dân cư số”, “Gia đình số”, “Tổ dân phố an toàn trên không gian mạng”... góp phần hình thành công dân số trên địa bàn.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 188,
      text: 'Phối hợp với Mặt trận Tổ quốc phường,',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.2-1',
    group: '2. Văn phòng HĐND và UBND phường',
    description: 'Phối hợp với các cơ quan đơn vị liên quan tổ chức triển khai thực hiện Kế hoạch.',
    leadUnit: 'Văn phòng HĐND và UBND phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 192,
      text: 'Phối hợp với các cơ quan đơn vị liên q',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.2-2',
    group: '2. Văn phòng HĐND và UBND phường',
    description:
      'Tham mưu Ủy ban nhân dân phường trang bị bổ sung máy tính, máy scan, máy in có cấu hình ổn định phù hợp với các nhiệm vụ chuyên đổi số. Bố trí sử dụng các phần mềm, thiết bị bảo mật cần thiết để đảm bảo an toàn, an ninh mạng.',
    leadUnit: 'Văn phòng HĐND và UBND phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 193,
      text: 'Tham mưu Ủy ban nhân dân phường trang',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.2-3',
    group: '2. Văn phòng HĐND và UBND phường',
    description:
      'Tham mưu tổ chức các cuộc họp, hội nghị theo hướng không giấy tờ; ứng dụng hiệu quả chữ ký số, phần mềm điều hành.',
    leadUnit: 'Văn phòng HĐND và UBND phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 194,
      text: 'Tham mưu tổ chức các cuộc họp, hội ngh',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.3-1',
    group: '3. Phòng Kinh tế - Hạ tầng và Đô thị',
    description:
      'Chủ trì tham mưu UBND phường bố trí, phân bổ kinh phí thực hiện Kế hoạch theo đúng quy định; ưu tiên cho các nhiệm vụ trọng tâm như hạ tầng số, đào tạo kỹ năng số, phát triển kinh tế số, xã hội số.',
    leadUnit: 'Phòng Kinh tế - Hạ tầng và Đô thị',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 198,
      text: 'Chủ trì tham mưu UBND phường bố trí, p',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.3-2',
    group: '3. Phòng Kinh tế - Hạ tầng và Đô thị',
    description:
      'Hướng dẫn các tổ chức, cá nhân xây dựng, đăng ký và quản lý mã QR truy xuất nguồn gốc sản phẩm; hỗ trợ phát triển sản phẩm OCOP.',
    leadUnit: 'Phòng Kinh tế - Hạ tầng và Đô thị',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 200,
      text: 'Hướng dẫn các tổ chức, cá nhân xây dựn',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.3-3',
    group: '3. Phòng Kinh tế - Hạ tầng và Đô thị',
    description:
      'Hỗ trợ, hướng dẫn các doanh nghiệp, hộ kinh doanh, cá nhân tiếp cận với các chính sách đặc thù về KNST, ĐMST của thành phố; xây dựng thương hiệu, quảng bá sản phẩm trên môi trường số, trên các sàn thương mại điện tử; tham gia chương trình hiện diện trực tuyến với tên miền “.vn”...',
    leadUnit: 'Phòng Kinh tế - Hạ tầng và Đô thị',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 202,
      text: 'Hỗ trợ, hướng dẫn các doanh nghiệp, hộ',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.4-1',
    group: '4. Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội',
    description:
      'Tăng cường công tác tuyên truyền, vận động Nhân dân tích cực tham gia thực hiện Kế hoạch; phát huy vai trò giám sát, phản biện xã hội trong quá trình triển khai.',
    leadUnit: 'Ban Thường trực Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 206,
      text: 'Tăng cường công tác tuyên truyền, vận',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.4-2',
    group: '4. Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội',
    description:
      'Hội LH Phụ nữ, Đoàn thanh niên phường phát huy hiệu quả vai trò là lực lượng nòng cốt trong hỗ trợ chuyển đổi số; tổ chức các đội hình tình nguyện hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, thương mại điện tử...',
    leadUnit: 'Ban Thường trực Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 208,
      text: 'Hội LH Phụ nữ, Đoàn thanh niên phường',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.5-1',
    group: '5. Công an phường',
    description:
      'Chủ trì đảm bảo an ninh, an toàn thông tin, an ninh mạng trong quá trình triển khai các hệ thống thông tin, nền tảng số trên địa bàn.',
    leadUnit: 'Công an phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 212,
      text: 'Chủ trì đảm bảo an ninh, an toàn thông',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.5-2',
    group: '5. Công an phường',
    description:
      'Phối hợp tuyên truyền, hướng dẫn người dân sử dụng an toàn các dịch vụ số; phòng ngừa, cảnh báo các hành vi lừa đảo trên không gian mạng.',
    leadUnit: 'Công an phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 214,
      text: 'Phối hợp tuyên truyền, hướng dẫn người',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.5-3',
    group: '5. Công an phường',
    description:
      'Tổ chức triển khai hiệu quả các nhiệm vụ liên quan đến Đề án 06; hướng dẫn người dân sử dụng tài khoản định danh điện tử (VNeID) trong thực hiện thủ tục hành chính.',
    leadUnit: 'Công an phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 216,
      text: 'Tổ chức triển khai hiệu quả các nhiệm',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.5-4',
    group: '5. Công an phường',
    description:
      'Phối hợp với các bộ phận chuyên môn và Tổ công nghệ số cộng đồng trong việc xác thực thông tin dân cư, làm sạch dữ liệu phục vụ chuyển đổi số.',
    leadUnit: 'Công an phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 218,
      text: 'Phối hợp với các bộ phận chuyên môn và',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.5-5',
    group: '5. Công an phường',
    description:
      'Kịp thời phát hiện, xử lý các hành vi vi phạm pháp luật liên quan đến công nghệ thông tin, bảo vệ dữ liệu cá nhân và hệ thống thông tin của cơ quan nhà nước.',
    leadUnit: 'Công an phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 220,
      text: 'Kịp thời phát hiện, xử lý các hành vi',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.6-1',
    group: '6. Trung tâm Phục vụ hành chính công phường',
    description:
      'Tổ chức tiếp nhận, giải quyết và trả kết quả thủ tục hành chính cho người dân, doanh nghiệp theo hướng số hóa, trực tuyến toàn trình.',
    leadUnit: 'Trung tâm Phục vụ hành chính công phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 224,
      text: 'Tổ chức tiếp nhận, giải quyết và trả k',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.6-2',
    group: '6. Trung tâm Phục vụ hành chính công phường',
    description:
      'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, tra cứu hồ sơ trên môi trường mạng.',
    leadUnit: 'Trung tâm Phục vụ hành chính công phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 226,
      text: 'Hướng dẫn người dân sử dụng dịch vụ cô',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.6-3',
    group: '6. Trung tâm Phục vụ hành chính công phường',
    description:
      'Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; cập nhật đầy đủ dữ liệu lên hệ thống thông tin một cửa điện tử.',
    leadUnit: 'Trung tâm Phục vụ hành chính công phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 228,
      text: 'Thực hiện số hóa hồ sơ, kết quả giải q',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.6-4',
    group: '6. Trung tâm Phục vụ hành chính công phường',
    description:
      'Phối hợp với Công an phường trong việc xác thực thông tin công dân, khai thác dữ liệu dân cư phục vụ giải quyết thủ tục hành chính.',
    leadUnit: 'Trung tâm Phục vụ hành chính công phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 230,
      text: 'Phối hợp với Công an phường trong việc',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.6-5',
    group: '6. Trung tâm Phục vụ hành chính công phường',
    description:
      'Theo dõi, đánh giá mức độ hài lòng của người dân; đề xuất giải pháp nâng cao chất lượng phục vụ.',
    leadUnit: 'Trung tâm Phục vụ hành chính công phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 232,
      text: 'Theo dõi, đánh giá mức độ hài lòng của',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.6-6',
    group: '6. Trung tâm Phục vụ hành chính công phường',
    description:
      'Thực hiện chế độ báo cáo định kỳ, đột xuất về tình hình tiếp nhận, giải quyết thủ tục hành chính theo quy định.',
    leadUnit: 'Trung tâm Phục vụ hành chính công phường',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 234,
      text: 'Thực hiện chế độ báo cáo định kỳ, đột',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.7-1',
    group: '7. Các Tổ dân phố và Tổ công nghệ số cộng đồng',
    description:
      'Trực tiếp hướng dẫn người dân đăng ký, sử dụng tài khoản dịch vụ công trực tuyến; hỗ trợ thực hiện các thủ tục hành chính trên môi trường mạng.',
    leadUnit: 'Các Tổ dân phố và Tổ công nghệ số cộng đồng',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 238,
      text: 'Trực tiếp hướng dẫn người dân đăng ký,',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.7-2',
    group: '7. Các Tổ dân phố và Tổ công nghệ số cộng đồng',
    description:
      'Hỗ trợ cài đặt, sử dụng các ứng dụng số thiết yếu như: định danh điện tử, thanh toán không dùng tiền mặt, sổ sức khỏe điện tử, thương mại điện tử...',
    leadUnit: 'Các Tổ dân phố và Tổ công nghệ số cộng đồng',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 240,
      text: 'Hỗ trợ cài đặt, sử dụng các ứng dụng s',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.7-3',
    group: '7. Các Tổ dân phố và Tổ công nghệ số cộng đồng',
    description:
      'Tuyên truyền, phổ biến kiến thức về chuyên đổi số, kỹ năng số cơ bản đến từng hộ gia đình; góp phần nâng cao nhận thức của người dân.',
    leadUnit: 'Các Tổ dân phố và Tổ công nghệ số cộng đồng',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 242,
      text: 'Tuyên truyền, phổ biến kiến thức về ch',
    },
  },
  {
    ward: 'hong-an',
    code: 'VII.7-4',
    group: '7. Các Tổ dân phố và Tổ công nghệ số cộng đồng',
    description:
      'Kịp thời tiếp nhận, tổng hợp và phản ánh những khó khăn, vướng mắc của người dân trong quá trình sử dụng dịch vụ số về Ủy ban nhân dân phường để chỉ đạo giải quyết.',
    leadUnit: 'Các Tổ dân phố và Tổ công nghệ số cộng đồng',
    source: {
      file: '001_6efd05d90f721389.txt',
      section: 'VII. TỔ CHỨC THỰC HIỆN',
      line: 244,
      text: 'Kịp thời tiếp nhận, tổng hợp và phản á',
    },
  },
  {
    ward: 'hong-bang',
    code: '1',
    group: 'PHỤ LỤC',
    description:
      '100% cán bộ, công chức có máy tính đáp ứng yêu cầu cấu hình, đảm bảo an toàn, an ninh mạng và có chữ ký số cá nhân để giải quyết công việc trên môi trường điện tử.',
    leadUnit: 'Văn phòng HĐND & UBND phường',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: 'Báo cáo',
    timingAsPrinted: '12/2026',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 200,
      text: '100% cán bộ, công chức có máy tính đáp ứ',
    },
  },
  {
    ward: 'hong-bang',
    code: '2',
    group: 'PHỤ LỤC',
    description:
      '100% hồ sơ công việc được xử lý trên môi trường điện tử (trừ hồ sơ thuộc phạm vi bí mật nhà nước) và sử dụng chữ ký số chuyên dùng công vụ để giải quyết công việc.',
    leadUnit: 'Các phòng, đơn vị',
    output: 'Báo cáo',
    timingAsPrinted: 'Thường xuyên',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 201,
      text: '100% hồ sơ công việc được xử lý trên môi',
    },
  },
  {
    ward: 'hong-bang',
    code: '3',
    group: 'PHỤ LỤC',
    description:
      '100% hồ sơ, tài liệu công việc phát sinh mới được tạo lập và xử lý trên môi trường điện tử; hoàn thành số hóa tài liệu theo chỉ đạo của Trung ương, thành phố.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: '100% công việc được tạo hồ sơ điện tử',
    timingAsPrinted: 'Thường xuyên',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 202,
      text: '100% hồ sơ, tài liệu công việc phát sinh',
    },
  },
  {
    ward: 'hong-bang',
    code: '4',
    group: 'PHỤ LỤC',
    description:
      'Tối thiểu 90% hồ sơ TTHC được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ liệu một lần.',
    leadUnit: 'Trung tâm Phục vụ Hành chính công',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: 'Báo cáo kiểm soát TTHC',
    timingAsPrinted: 'Thường xuyên',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 203,
      text: 'Tối thiểu 90% hồ sơ TTHC được xử lý hoàn',
    },
  },
  {
    ward: 'hong-bang',
    code: '5',
    group: 'PHỤ LỤC',
    description: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 95%.',
    leadUnit: 'Trung tâm Phục vụ Hành chính công',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: 'Báo cáo kiểm soát TTHC',
    timingAsPrinted: 'Thường xuyên',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 204,
      text: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết T',
    },
  },
  {
    ward: 'hong-bang',
    code: '6',
    group: 'PHỤ LỤC',
    description: 'Tỷ lệ khai thác, sử dụng lại thông tin dữ liệu số hóa đạt 95%.',
    leadUnit: 'Trung tâm Phục vụ Hành chính công',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: 'Báo cáo kiểm soát TTHC',
    timingAsPrinted: 'Thường xuyên',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 205,
      text: 'Tỷ lệ khai thác, sử dụng lại thông tin d',
    },
  },
  {
    ward: 'hong-bang',
    code: '7',
    group: 'PHỤ LỤC',
    description:
      '100% TTHC đủ điều kiện thực hiện không phụ thuộc vào địa giới hành chính được tiếp nhận và xử lý tại địa phương.',
    leadUnit: 'Trung tâm Phục vụ Hành chính công',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: 'Báo cáo kiểm soát TTHC',
    timingAsPrinted: 'Thường xuyên',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 207,
      text: '100% TTHC đủ điều kiện thực hiện không p',
    },
  },
  {
    ward: 'hong-bang',
    code: '8',
    group: 'PHỤ LỤC',
    description:
      '100% thông tin, giấy tờ, tài liệu trong các TTHC liên quan đến hoạt động sản xuất, kinh doanh chỉ cung cấp một lần cho cơ quan hành chính nhà nước.',
    leadUnit: 'Trung tâm Phục vụ Hành chính công',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: 'Báo cáo kiểm soát TTHC',
    timingAsPrinted: 'Thường xuyên',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 208,
      text: '100% thông tin, giấy tờ, tài liệu trong ',
    },
  },
  {
    ward: 'hong-bang',
    code: '9',
    group: 'PHỤ LỤC',
    description:
      'Tỷ lệ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến đạt trên 95%.',
    leadUnit: 'Trung tâm Phục vụ Hành chính công',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: 'Báo cáo kiểm soát TTHC',
    timingAsPrinted: 'Thường xuyên',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 209,
      text: 'Tỷ lệ hài lòng của người dân, doanh nghi',
    },
  },
  {
    ward: 'hong-bang',
    code: '10',
    group: 'PHỤ LỤC',
    description:
      'Bảo đảm nhân lực chuyên trách công nghệ thông tin, chuyển đổi số tại các cơ quan, đơn vị theo quy định; 100% cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số cơ bản gắn với vị trí việc làm',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: 'Báo cáo',
    timingAsPrinted: 'Tháng 12/2026',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 210,
      text: 'Bảo đảm nhân lực chuyên trách công nghệ ',
    },
  },
  {
    ward: 'hong-bang',
    code: '11',
    group: 'PHỤ LỤC',
    description:
      'Nâng cao hiệu quả công tác đánh giá hiệu quả áp dụng và khả năng mở rộng của sáng kiến; đảm bảo tối thiểu có 10 sáng kiến cấp cơ sở được áp dụng có hiệu quả; có ít nhất 01 sáng kiến đề xuất công nhận cấp thành phố.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: 'Quyết định Công nhận hiệu quả áp dụng và khả năng mở rộng của sáng kiến',
    timingAsPrinted: 'Tháng 11/2026',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 211,
      text: 'Nâng cao hiệu quả công tác đánh giá hiệu',
    },
  },
  {
    ward: 'hong-bang',
    code: '12',
    group: 'PHỤ LỤC',
    description:
      'Tăng cường công tác quản lý nhà nước về tiêu chuẩn đo lường chất lượng, tổ chức kiểm tra nhà nước về đo lường đối với ít nhất 02 cơ sở trên địa bàn phường.',
    leadUnit: 'Phòng Văn hóa - Xã hội',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: 'Báo cáo kết quả kiểm tra',
    timingAsPrinted: 'Tháng 12/2026',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 212,
      text: 'Tăng cường công tác quản lý nhà nước về ',
    },
  },
  {
    ward: 'hong-bang',
    code: '13',
    group: 'PHỤ LỤC',
    description:
      'Đảm bảo tỉ lệ chi tối thiểu 3% ngân sách phường cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số.',
    leadUnit: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    partnerUnits: 'Các phòng, đơn vị thuộc phường',
    output: 'Báo cáo',
    timingAsPrinted: 'Tháng 12/2026',
    source: {
      file: '004_16d7ad33ef0b9f85.txt',
      section: 'PHỤ LỤC: Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW',
      line: 215,
      text: 'Đảm bảo tỉ lệ chi tối thiểu 3% ngân sách',
    },
  },
];
