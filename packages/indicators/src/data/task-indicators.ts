import type { TaskIndicatorReview } from '../task-indicators.ts';

/**
 * Which catalog indicators each seed task moves, decided by a person reading the task's own
 * wording, its output column and the section it is printed in (and, for Hải An PHỤ LỤC 3, the
 * NQ 71/NQ-CP task printed beside it). A task links to an indicator only when doing the task
 * directly changes what the indicator measures; awareness campaigns, rules, reporting and
 * coordination duties move no measured figure and say so (`indicators: []` with the reason).
 * `test/task-indicators.test.ts` checks every task is here exactly once and every code exists.
 */
export const TASK_INDICATOR_REVIEW: readonly TaskIndicatorReview[] = [
  // Stryker disable all: reviewed data, checked by test/task-indicators.test.ts
  // Hải An — PHỤ LỤC 3 (tasks shared with NQ 71/NQ-CP) and the appendix "PHỤ LỤC" (PLK-*)
  {
    ward: 'hai-an',
    task: 'PL3-I.1',
    indicators: [],
    reason: 'Puts DT/STI tasks into annual work plans and appraisal; no measured figure.',
  },
  {
    ward: 'hai-an',
    task: 'PL3-I.2',
    indicators: [],
    reason:
      'Technically qualified members in party committees; not the "cán bộ phụ trách" indicator, no catalog figure.',
  },
  {
    ward: 'hai-an',
    task: 'PL3-II.1',
    indicators: ['DG_DOSSIER_DIGITISATION', 'DG_DATA_REUSE'],
    reason:
      'Output "Hoàn thành số hóa"; the NQ 71 task printed beside it is digitising dossiers and reusing 100% of digitised data.',
  },
  {
    ward: 'hai-an',
    task: 'PL3-II.2',
    indicators: ['DG_FULL_ONLINE_SERVICES', 'DG_BORDERLESS_PROCEDURES'],
    reason:
      '"nâng cao chất lượng cung cấp dịch vụ công trực tuyến" and "không phụ thuộc vào địa giới hành chính".',
  },
  {
    ward: 'hai-an',
    task: 'PLK-1',
    indicators: [],
    reason: 'Media communication (bulletins, clips); no measured figure.',
  },
  {
    ward: 'hai-an',
    task: 'PLK-2',
    indicators: [],
    reason: 'Criteria for appraising heads of agencies; a rule, not a figure.',
  },
  {
    ward: 'hai-an',
    task: 'PLK-3',
    indicators: [],
    reason: 'Awareness programme and materials; no measured figure.',
  },
  {
    ward: 'hai-an',
    task: 'PLK-4',
    indicators: ['HR_OFFICIALS_BASIC_DIGITAL_TRAINING'],
    reason:
      '"lớp học tập số … kiến thức số trong cán bộ, công chức": basic digital training of officials.',
  },
  {
    ward: 'hai-an',
    task: 'PLK-5',
    indicators: ['HR_OFFICIALS_DT_INNOVATION_TRAINING'],
    reason: 'AI training courses for officials: training in digital skills and DT.',
  },
  {
    ward: 'hai-an',
    task: 'PLK-6',
    indicators: [],
    reason: 'A code of conduct online; no measured figure.',
  },
  {
    ward: 'hai-an',
    task: 'PLK-7',
    indicators: [],
    reason: 'Political education of students online; no catalog figure.',
  },
  {
    ward: 'hai-an',
    task: 'PLK-B1',
    indicators: ['DG_EDOC_PROCESSING', 'DG_NEW_RECORDS_ELECTRONIC', 'DG_DOSSIER_DIGITISATION'],
    reason:
      '"điện tử hóa quy trình nghiệp vụ xử lý hồ sơ … số hóa hồ sơ, lưu trữ hồ sơ công việc điện tử".',
  },
  {
    ward: 'hai-an',
    task: 'PLK-B2',
    indicators: [],
    reason: 'Continues the tasks of four earlier city documents, none named; too broad to link.',
  },
  // Thanh Miện — the task table of the plan (sections 1–5)
  {
    ward: 'thanh-mien',
    task: '1.1',
    indicators: [],
    reason: 'Studying and disseminating the resolutions; no measured figure.',
  },
  {
    ward: 'thanh-mien',
    task: '1.2',
    indicators: [],
    reason: 'Media communication; no measured figure.',
  },
  {
    ward: 'thanh-mien',
    task: '1.3',
    indicators: [],
    reason: 'Appraisal criterion for heads of agencies; a rule, not a figure.',
  },
  {
    ward: 'thanh-mien',
    task: '1.4',
    indicators: [],
    reason: 'Awareness programme; no measured figure.',
  },
  {
    ward: 'thanh-mien',
    task: '1.5',
    indicators: ['HR_OFFICIALS_BASIC_DIGITAL_TRAINING'],
    reason:
      '"lớp học tập số … kiến thức số trong cán bộ, công chức, viên chức": basic digital training.',
  },
  {
    ward: 'thanh-mien',
    task: '1.6',
    indicators: [],
    reason: 'An emulation movement; no measured figure.',
  },
  {
    ward: 'thanh-mien',
    task: '2.1',
    indicators: ['RES_BUDGET_SHARE', 'RES_BUDGET_ALLOCATED', 'RES_BUDGET_SPENT_VND'],
    reason:
      '"Cân đối ngân sách của xã dành cho hoạt động KHCN, ĐMST và CĐS": the ward budget for STI/DT.',
  },
  {
    ward: 'thanh-mien',
    task: '2.2',
    indicators: [],
    reason: 'Non-budget funding from enterprises; the catalog measures only the ward budget.',
  },
  {
    ward: 'thanh-mien',
    task: '2.3',
    indicators: ['INF_OFFICIALS_EQUIPPED'],
    reason: 'Upgrading the offices’ IT infrastructure: officials’ equipment meeting requirements.',
  },
  {
    ward: 'thanh-mien',
    task: '2.4',
    indicators: ['INF_OFFICIALS_EQUIPPED'],
    reason:
      'Digital certificates for 100% of officials: the indicator counts personal digital signatures.',
  },
  {
    ward: 'thanh-mien',
    task: '3.1',
    indicators: [],
    reason: 'Talent-attraction policy of the city; no ward figure.',
  },
  {
    ward: 'thanh-mien',
    task: '3.2',
    indicators: [],
    reason: 'Vocational education resolution; no catalog figure.',
  },
  {
    ward: 'thanh-mien',
    task: '3.3',
    indicators: ['HR_OFFICIALS_DT_INNOVATION_TRAINING'],
    reason: 'Experts train officials in STI, AI and DT.',
  },
  {
    ward: 'thanh-mien',
    task: '3.4',
    indicators: ['DS_COMMUNITY_DIGITAL_TEAMS'],
    reason: 'Digital skills for residents "thông qua Tổ công nghệ số cộng đồng".',
  },
  {
    ward: 'thanh-mien',
    task: '4.1',
    indicators: ['DG_E_MANAGEMENT', 'DG_UNIFIED_MANAGEMENT_SOFTWARE'],
    reason: 'Direction and internal management "trên nền tảng số quản trị tổng thể, thống nhất".',
  },
  {
    ward: 'thanh-mien',
    task: '4.2',
    indicators: [],
    reason: 'Specialised software and hardware in general; no figure names it.',
  },
  {
    ward: 'thanh-mien',
    task: '4.3',
    indicators: ['STI_SMART_TECH_APPLICATION'],
    reason:
      '"Ứng dụng công nghệ thông minh trong quản lý hạ tầng": smart technology in management.',
  },
  {
    ward: 'thanh-mien',
    task: '4.4',
    indicators: [],
    reason:
      'Digitising cultural relics for management; the tourism indicator is about tourist sites.',
  },
  {
    ward: 'thanh-mien',
    task: '4.5',
    indicators: [],
    reason:
      'Traceability of industrial products; the catalog’s traceability figure is OCOP products.',
  },
  {
    ward: 'thanh-mien',
    task: '4.6',
    indicators: ['DE_ECOMMERCE', 'DE_CASHLESS_TRANSACTIONS'],
    reason:
      '"đưa thương mại điện tử, thanh toán điện tử … vào hoạt động mua, bán nông sản, sản phẩm OCOP".',
  },
  {
    ward: 'thanh-mien',
    task: '4.7',
    indicators: ['DG_DATA_CENTRALISED'],
    reason:
      'Digitising the ward’s management data on enterprises: data digitised and managed centrally.',
  },
  {
    ward: 'thanh-mien',
    task: '4.8',
    indicators: [],
    reason: 'A city notary database run by the Department of Justice; no ward figure.',
  },
  {
    ward: 'thanh-mien',
    task: '4.9',
    indicators: [],
    reason: 'A virtual assistant; no catalog figure measures it.',
  },
  {
    ward: 'thanh-mien',
    task: '4.10',
    indicators: ['INF_OFFICIALS_EQUIPPED'],
    reason: 'Upgrading IT infrastructure of party and mass-organisation offices.',
  },
  {
    ward: 'thanh-mien',
    task: '4.11',
    indicators: ['DE_OCOP_TRACEABILITY'],
    reason: '"mã số mã vạch, truy xuất nguồn gốc" of products and goods.',
  },
  {
    ward: 'thanh-mien',
    task: '4.12',
    indicators: ['DG_EDOC_PROCESSING', 'DG_NEW_RECORDS_ELECTRONIC', 'DG_DOSSIER_DIGITISATION'],
    reason:
      '"điện tử hóa quy trình nghiệp vụ xử lý hồ sơ … số hóa hồ sơ, lưu trữ hồ sơ công việc điện tử".',
  },
  {
    ward: 'thanh-mien',
    task: '4.13',
    indicators: ['DG_CYBERSECURITY'],
    reason: '"Bảo đảm an toàn, an ninh mạng".',
  },
  {
    ward: 'thanh-mien',
    task: '4.14',
    indicators: [],
    reason: 'Standards and productivity tools for production; no catalog figure.',
  },
  {
    ward: 'thanh-mien',
    task: '4.15',
    indicators: ['STI_INITIATIVES_APPLIED'],
    reason: '"phong trào phát huy sáng kiến, cải tiến kỹ thuật": initiatives applied.',
  },
  {
    ward: 'thanh-mien',
    task: '5.1',
    indicators: ['DE_SME_DIGITAL_ADOPTION', 'DE_BUSINESS_SUPPORT'],
    reason: 'Programmes helping enterprises apply technology and transform digitally.',
  },
  {
    ward: 'thanh-mien',
    task: '5.2',
    indicators: ['STI_INNOVATIVE_ENTERPRISES'],
    reason: 'Enterprises investing in STI and innovation.',
  },
  // Hồng An — section VII (duties of each unit)
  {
    ward: 'hong-an',
    task: 'VII.1-1',
    indicators: [],
    reason: 'Focal point for the plan; coordination, no figure.',
  },
  {
    ward: 'hong-an',
    task: 'VII.1-2',
    indicators: [],
    reason: 'Monitoring and periodic reports; no figure.',
  },
  {
    ward: 'hong-an',
    task: 'VII.1-3',
    indicators: [],
    reason: 'Communication plan; no measured figure.',
  },
  {
    ward: 'hong-an',
    task: 'VII.1-4',
    indicators: ['HR_OFFICIALS_BASIC_DIGITAL_TRAINING'],
    reason: '"bồi dưỡng kỹ năng số cơ bản cho cán bộ, công chức".',
  },
  {
    ward: 'hong-an',
    task: 'VII.1-5',
    indicators: ['DS_COMMUNITY_DIGITAL_TEAMS'],
    reason: '"duy trì … hoạt động của Tổ công nghệ số cộng đồng".',
  },
  {
    ward: 'hong-an',
    task: 'VII.1-6',
    indicators: [],
    reason: 'Community contests for ideas; the initiative figures count officials’ initiatives.',
  },
  {
    ward: 'hong-an',
    task: 'VII.1-7',
    indicators: [],
    reason: '"Khu dân cư số", "Gia đình số" movements; no catalog figure measures them.',
  },
  {
    ward: 'hong-an',
    task: 'VII.2-1',
    indicators: [],
    reason: 'Coordination; no figure.',
  },
  {
    ward: 'hong-an',
    task: 'VII.2-2',
    indicators: ['INF_OFFICIALS_EQUIPPED', 'DG_CYBERSECURITY'],
    reason:
      'Computers, scanners, printers for officials; security software "đảm bảo an toàn, an ninh mạng".',
  },
  {
    ward: 'hong-an',
    task: 'VII.2-3',
    indicators: ['DG_E_MANAGEMENT', 'DG_EDOC_PROCESSING'],
    reason: 'Paperless meetings, digital signatures and management software.',
  },
  {
    ward: 'hong-an',
    task: 'VII.3-1',
    indicators: ['RES_BUDGET_SHARE', 'RES_BUDGET_ALLOCATED', 'RES_BUDGET_SPENT_VND'],
    reason: '"bố trí, phân bổ kinh phí thực hiện Kế hoạch": the ward budget for the plan.',
  },
  {
    ward: 'hong-an',
    task: 'VII.3-2',
    indicators: ['DE_OCOP_TRACEABILITY'],
    reason: '"mã QR truy xuất nguồn gốc sản phẩm; hỗ trợ phát triển sản phẩm OCOP".',
  },
  {
    ward: 'hong-an',
    task: 'VII.3-3',
    indicators: ['DE_BUSINESS_SUPPORT', 'DE_ECOMMERCE'],
    reason:
      'Helping businesses reach KNST/ĐMST policies and sell "trên các sàn thương mại điện tử".',
  },
  {
    ward: 'hong-an',
    task: 'VII.4-1',
    indicators: [],
    reason: 'Mobilisation and social oversight; no figure.',
  },
  {
    ward: 'hong-an',
    task: 'VII.4-2',
    indicators: ['DG_ONLINE_SERVICE_USAGE', 'DE_CASHLESS_TRANSACTIONS'],
    reason: 'Volunteers guide residents to online public services and cashless payment.',
  },
  {
    ward: 'hong-an',
    task: 'VII.5-1',
    indicators: ['DG_CYBERSECURITY'],
    reason: '"đảm bảo an ninh, an toàn thông tin, an ninh mạng".',
  },
  {
    ward: 'hong-an',
    task: 'VII.5-2',
    indicators: [],
    reason:
      'Warning residents about online fraud; the security-awareness figure is about officials.',
  },
  {
    ward: 'hong-an',
    task: 'VII.5-3',
    indicators: ['DS_VNEID'],
    reason: '"hướng dẫn người dân sử dụng tài khoản định danh điện tử (VNeID)".',
  },
  {
    ward: 'hong-an',
    task: 'VII.5-4',
    indicators: [],
    reason: 'Cleaning population data; no catalog figure.',
  },
  {
    ward: 'hong-an',
    task: 'VII.5-5',
    indicators: ['DG_CYBERSECURITY'],
    reason: 'Protecting "hệ thống thông tin của cơ quan nhà nước".',
  },
  {
    ward: 'hong-an',
    task: 'VII.6-1',
    indicators: ['DG_ONLINE_DOSSIERS', 'DG_FULL_ONLINE_SERVICES'],
    reason: 'Handling procedures "theo hướng số hóa, trực tuyến toàn trình".',
  },
  {
    ward: 'hong-an',
    task: 'VII.6-2',
    indicators: ['DG_ONLINE_SERVICE_USAGE', 'DG_ONLINE_PAYMENT'],
    reason: 'Guiding residents to online public services and cashless payment of fees.',
  },
  {
    ward: 'hong-an',
    task: 'VII.6-3',
    indicators: ['DG_DOSSIER_DIGITISATION'],
    reason: '"số hóa hồ sơ, kết quả giải quyết thủ tục hành chính".',
  },
  {
    ward: 'hong-an',
    task: 'VII.6-4',
    indicators: ['DG_DATA_REUSE'],
    reason: '"khai thác dữ liệu dân cư phục vụ giải quyết thủ tục hành chính": reuse of data.',
  },
  {
    ward: 'hong-an',
    task: 'VII.6-5',
    indicators: ['DG_SATISFACTION'],
    reason: '"đánh giá mức độ hài lòng của người dân".',
  },
  {
    ward: 'hong-an',
    task: 'VII.6-6',
    indicators: [],
    reason: 'Periodic reporting; no figure.',
  },
  {
    ward: 'hong-an',
    task: 'VII.7-1',
    indicators: ['DG_ONLINE_SERVICE_USAGE'],
    reason: '"hướng dẫn người dân đăng ký, sử dụng tài khoản dịch vụ công trực tuyến".',
  },
  {
    ward: 'hong-an',
    task: 'VII.7-2',
    indicators: ['DS_VNEID', 'DE_CASHLESS_TRANSACTIONS', 'DS_E_HEALTH_RECORD'],
    reason: '"định danh điện tử, thanh toán không dùng tiền mặt, sổ sức khỏe điện tử".',
  },
  {
    ward: 'hong-an',
    task: 'VII.7-3',
    indicators: [],
    reason: 'Spreading awareness to households; no catalog figure measures residents’ skills.',
  },
  {
    ward: 'hong-an',
    task: 'VII.7-4',
    indicators: [],
    reason: 'Collecting residents’ difficulties; no figure.',
  },
  // Hồng Bàng — the PHỤ LỤC table: each task is itself a target, worded as its indicator
  {
    ward: 'hong-bang',
    task: '1',
    indicators: ['INF_OFFICIALS_EQUIPPED'],
    reason: '"100% cán bộ, công chức có máy tính đáp ứng yêu cầu … có chữ ký số cá nhân".',
  },
  {
    ward: 'hong-bang',
    task: '2',
    indicators: ['DG_EDOC_PROCESSING'],
    reason: '"100% hồ sơ công việc được xử lý trên môi trường điện tử".',
  },
  {
    ward: 'hong-bang',
    task: '3',
    indicators: ['DG_NEW_RECORDS_ELECTRONIC'],
    reason:
      '"100% hồ sơ, tài liệu công việc phát sinh mới được tạo lập và xử lý trên môi trường điện tử".',
  },
  {
    ward: 'hong-bang',
    task: '4',
    indicators: ['DG_ONLINE_DOSSIERS'],
    reason: '"Tối thiểu 90% hồ sơ TTHC được xử lý hoàn toàn trực tuyến".',
  },
  {
    ward: 'hong-bang',
    task: '5',
    indicators: ['DG_DOSSIER_DIGITISATION'],
    reason: '"Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 95%".',
  },
  {
    ward: 'hong-bang',
    task: '6',
    indicators: ['DG_DATA_REUSE'],
    reason: '"Tỷ lệ khai thác, sử dụng lại thông tin dữ liệu số hóa đạt 95%".',
  },
  {
    ward: 'hong-bang',
    task: '7',
    indicators: ['DG_BORDERLESS_PROCEDURES'],
    reason: '"100% TTHC đủ điều kiện thực hiện không phụ thuộc vào địa giới hành chính".',
  },
  {
    ward: 'hong-bang',
    task: '8',
    indicators: ['DG_ONCE_ONLY'],
    reason: '"chỉ cung cấp một lần cho cơ quan hành chính nhà nước".',
  },
  {
    ward: 'hong-bang',
    task: '9',
    indicators: ['DG_SATISFACTION'],
    reason: '"Tỷ lệ hài lòng của người dân, doanh nghiệp … đạt trên 95%".',
  },
  {
    ward: 'hong-bang',
    task: '10',
    indicators: ['HR_DEDICATED_STAFF', 'HR_OFFICIALS_BASIC_DIGITAL_TRAINING'],
    reason: '"nhân lực chuyên trách … 100% cán bộ … được bồi dưỡng kỹ năng số cơ bản".',
  },
  {
    ward: 'hong-bang',
    task: '11',
    indicators: ['STI_INITIATIVES_APPLIED', 'STI_CITY_LEVEL_INITIATIVES'],
    reason:
      '"10 sáng kiến cấp cơ sở được áp dụng có hiệu quả; … 01 sáng kiến đề xuất công nhận cấp thành phố".',
  },
  {
    ward: 'hong-bang',
    task: '12',
    indicators: ['STI_METROLOGY_INSPECTIONS'],
    reason: '"kiểm tra nhà nước về đo lường đối với ít nhất 02 cơ sở".',
  },
  {
    ward: 'hong-bang',
    task: '13',
    indicators: ['RES_BUDGET_SHARE'],
    reason: '"tỉ lệ chi tối thiểu 3% ngân sách phường cho phát triển KHCN, ĐMST, CĐS".',
  },
  // Stryker restore all
];
