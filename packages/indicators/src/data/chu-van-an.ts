import type { Actual, Provenance, TranscribedTarget as Target, Unit } from '../types.ts';
import { type CellSpec, gte, qualitative, quantitative, reach } from './build.ts';

const file = '003_398e4fa2e8d18aa8.txt' as const;
const ward = 'chu-van-an' as const;
const YEAR = 2025;

/**
 * The report's closing table "PHỤ LỤC — KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT 57" prints each 2025 target
 * ("Mục tiêu cụ thể") and its result ("Kết quả năm 2025") on one line; the report body gives the
 * counts behind several results (e.g. 10.329/12.514 dossiers). Both are cited.
 * The table prints comparators in LaTeX ("$\geq 60\%$"): the text is kept as printed.
 */
const APPENDIX = 'PHỤ LỤC — KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT 57';
const GROUPS = {
  I: 'I. Phát triển hạ tầng',
  II: 'II. Phát triển nguồn lực',
  III: 'III. Phát triển khoa học, công nghệ',
  IV: 'IV. Phát triển chuyển đổi số',
} as const;
type Group = keyof typeof GROUPS;

interface Row {
  n: number;
  group: Group;
  indicator: string;
  wording: string;
  line: number;
}

const targetCtx = (r: Row, unit: Unit = 'percent') => ({
  ward,
  file,
  key: 'PL',
  section: `${APPENDIX} — ${GROUPS[r.group]}`,
  row: `${r.n}.`,
  indicator: r.indicator,
  wording: r.wording,
  labelLine: r.line,
  unit,
});

const target = (r: Row, cell: CellSpec): Target =>
  quantitative(targetCtx(r), YEAR, cell, { column: 'Mục tiêu cụ thể' });
const wordsTarget = (r: Row, text: string): Target =>
  qualitative(targetCtx(r), YEAR, { text, line: r.line });

const cite = (
  section: string,
  row: string,
  line: number,
  text: string,
  column?: string,
): Provenance => ({
  file,
  section,
  row,
  ...(column ? { column } : {}),
  line,
  text,
});

const resultCell = (r: Row, text: string) =>
  cite(`${APPENDIX} — ${GROUPS[r.group]}`, `${r.n}.`, r.line, text, 'Kết quả năm 2025');

function actual(
  r: Row,
  value: number,
  text: string,
  opts: {
    qualifier?: Actual['qualifier'];
    detail?: { section: string; line: number; text: string };
    numerator?: number;
    denominator?: number;
    unit?: Unit;
    indicator?: string;
    note?: string;
  } = {},
): Actual {
  const indicator = opts.indicator ?? r.indicator;
  return {
    id: `${ward}/${indicator}/${YEAR}`,
    ward,
    indicator,
    year: YEAR,
    value,
    unit: opts.unit ?? 'percent',
    qualifier: opts.qualifier ?? 'eq',
    ...(opts.numerator !== undefined ? { numerator: opts.numerator } : {}),
    ...(opts.denominator !== undefined ? { denominator: opts.denominator } : {}),
    provenance: resultCell(r, text),
    ...(opts.detail
      ? { detail: cite(opts.detail.section, `${r.n}.`, opts.detail.line, opts.detail.text) }
      : {}),
    ...(opts.note ? { note: opts.note } : {}),
  };
}

function reportedMet(
  r: Row,
  text: string,
  detail: { section: string; line: number; text: string },
): Actual {
  return {
    id: `${ward}/${r.indicator}/${YEAR}`,
    ward,
    indicator: r.indicator,
    year: YEAR,
    qualifier: 'eq',
    reportedMet: true,
    provenance: resultCell(r, text),
    detail: cite(detail.section, `${r.n}.`, detail.line, detail.text),
  };
}

const S1 = 'II.1. Phát triển hạ tầng';
const S2 = 'II.2. Phát triển nguồn lực';
const S3 = 'II.3. Phát triển khoa học, công nghệ';
const S4 = 'II.4. Phát triển chuyển đổi số';

const R = {
  r1: {
    n: 1,
    group: 'I',
    indicator: 'INF_5G_COVERAGE',
    wording: 'Tăng cường phủ sóng 5G trên địa bàn ≥ 60%.',
    line: 307,
  },
  r2: {
    n: 2,
    group: 'I',
    indicator: 'INF_GIGABIT_BROADBAND',
    wording:
      'Tuyên truyền nhân dân truy cập băng rộng cố định với tốc độ trên 01 Gbps/s đạt ≥ 60%.',
    line: 308,
  },
  r3: {
    n: 3,
    group: 'II',
    indicator: 'RES_BUDGET_ALLOCATED',
    wording:
      'Bố trí kinh phí cho khoa học, công nghệ, đổi mới sáng tạo từ nguồn chi ngân sách địa phương.',
    line: 310,
  },
  r4: {
    n: 4,
    group: 'II',
    indicator: 'HR_OFFICIALS_BASIC_DIGITAL_TRAINING',
    wording: 'Có ≥ 90% cán bộ, công chức phường được bồi dưỡng kỹ năng số căn bản.',
    line: 311,
  },
  r5: {
    n: 5,
    group: 'II',
    indicator: 'HR_OFFICIALS_DIGITAL_MASTERY',
    wording:
      '90% cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành.',
    line: 312,
  },
  r6: {
    n: 6,
    group: 'II',
    indicator: 'DS_ADULT_DIGITAL_SERVICE_ACCESS',
    wording:
      '80% dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông.',
    line: 313,
  },
  r7: {
    n: 7,
    group: 'II',
    indicator: 'EDU_SCHOOL_DT_LEVEL2',
    wording: 'Có ≥ 75% cơ sở giáo dục phổ thông đánh giá mức độ chuyển đổi số đạt mức 2 trở lên;',
    line: 314,
  },
  r8: {
    n: 8,
    group: 'II',
    indicator: 'EDU_PRESCHOOL_DT_LEVEL2',
    wording:
      'Có ≥ 70% đối với các cơ sở giáo dục mầm non và cơ quan quản lý giáo dục đánh giá mức độ chuyển đổi số đạt mức 2 trở lên;',
    line: 315,
  },
  r9: {
    n: 9,
    group: 'II',
    indicator: 'EDU_DIGITAL_SIGNING',
    wording:
      'Có 90% Cơ sở giáo dục triển khai ký số trên các hệ thống sổ sách, sổ điểm, học bạ số tại các cơ sở giáo dục trên địa bàn phường;',
    line: 316,
  },
  r10: {
    n: 10,
    group: 'II',
    indicator: 'EDU_STEM',
    wording:
      'Có 100% Cơ sở giáo dục phổ thông triển khai phương thức giáo dục tích hợp Khoa học, Kỹ thuật, Công nghệ, Toán học (STEM) và nghiên cứu khoa học.',
    line: 319,
  },
  r11: {
    n: 11,
    group: 'III',
    indicator: 'STI_SMART_TECH_APPLICATION',
    wording:
      'Ứng dụng AI, IoT, Big Data,... trong quản lý môi trường, đô thị thông minh; nâng cao chất lượng sống người dân theo kế hoạch của thành phố.',
    line: 321,
  },
  r12: {
    n: 12,
    group: 'IV',
    indicator: 'DG_BORDERLESS_PROCEDURES',
    wording:
      'Có ≥ 70% thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính giữa trung ương và địa phương, giữa các cấp chính quyền.',
    line: 323,
  },
  r13: {
    n: 13,
    group: 'IV',
    indicator: 'DG_BUSINESS_PROCEDURES_ONLINE',
    wording:
      'Có 100% thủ tục hành chính liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doanh phải được thực hiện trực tuyến.',
    line: 324,
  },
  r14: {
    n: 14,
    group: 'IV',
    indicator: 'DG_CONTACTLESS_TRANSACTIONS',
    wording: 'Có ≥ 70% giao dịch hành chính thuộc diện “phi tiếp xúc”.',
    line: 325,
  },
  r15: {
    n: 15,
    group: 'IV',
    indicator: 'DG_DOSSIER_DIGITISATION',
    wording: 'Có 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa.',
    line: 326,
  },
  r16: {
    n: 16,
    group: 'IV',
    indicator: 'DG_FULL_ONLINE_SERVICES',
    wording:
      'Có 100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện.',
    line: 327,
  },
  r17: {
    n: 17,
    group: 'IV',
    indicator: 'DG_ONLINE_DOSSIERS',
    wording:
      'Có tối thiểu 80% hồ sơ thủ tục hành chính xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ liệu một lần.',
    line: 328,
  },
  r18: {
    n: 18,
    group: 'IV',
    indicator: 'DS_VNEID',
    wording: 'Có ≥ 85% người dân có tài khoản định danh điện tử (VNeID).',
    line: 329,
  },
  r19: {
    n: 19,
    group: 'IV',
    indicator: 'DG_UNIFIED_MANAGEMENT_SOFTWARE',
    wording: 'Đảng ủy, chính quyền sử dụng phần mềm quản trị điều hành thống nhất.',
    line: 330,
  },
  r20: {
    n: 20,
    group: 'IV',
    indicator: 'DE_ECOMMERCE',
    wording: 'Tiếp tục đẩy mạnh thương mại điện tử.',
    line: 334,
  },
} satisfies Record<string, Row>;

export const CHU_VAN_AN_TARGETS: readonly Target[] = [
  target(R.r1, gte(60, 'trên địa bàn $\\geq 60\\%$', 307)),
  target(R.r2, gte(60, 'đạt $\\geq 60\\%$', 308)),
  wordsTarget(
    R.r3,
    'Bố trí kinh phí cho khoa học, công nghệ, đổi mới sáng tạo từ nguồn chi ngân sách địa phương.',
  ),
  target(R.r4, gte(90, 'Có $\\geq 90\\%$ cán bộ, công chức', 311)),
  target(R.r5, reach(90, '- 90% cán bộ, công chức, viên chức', 312)),
  target(R.r6, reach(80, '- 80% dân số trưởng thành', 313)),
  target(R.r7, gte(75, 'Có $\\geq 75\\%$ cơ sở giáo dục phổ thông', 314)),
  target(R.r8, gte(70, 'Có $\\geq 70\\%$ đối với các cơ sở giáo dục mầm non', 315)),
  target(R.r9, reach(90, 'Có 90% Cơ sở giáo dục', 316)),
  target(R.r10, reach(100, 'Có 100% Cơ sở giáo dục phổ thông', 319)),
  wordsTarget(R.r11, 'Ứng dụng AI, IoT, Big Data,... trong quản lý môi trường, đô thị thông minh'),
  target(R.r12, gte(70, 'Có $\\geq 70\\%$ thủ tục hành chính', 323)),
  target(R.r13, reach(100, 'Có 100% thủ tục hành chính', 324)),
  target(R.r14, gte(70, 'Có $\\geq 70\\%$ giao dịch hành chính', 325)),
  target(R.r15, reach(100, 'Có 100% hồ sơ', 326)),
  target(R.r16, reach(100, 'Có 100% dịch vụ công trực tuyến toàn trình', 327)),
  target(R.r17, gte(80, 'Có tối thiểu 80% hồ sơ', 328)),
  target(R.r18, gte(85, 'Có $\\geq 85\\%$ người dân', 329)),
  wordsTarget(R.r19, 'Đảng ủy, chính quyền sử dụng phần mềm quản trị điều hành thống nhất.'),
  wordsTarget(R.r20, 'Tiếp tục đẩy mạnh thương mại điện tử.'),
];

export const CHU_VAN_AN_ACTUALS: readonly Actual[] = [
  actual(R.r1, 60, '$\\geq 60\\%$ .', {
    qualifier: 'gte',
    detail: { section: S1, line: 49, text: 'hiện đạt khoảng trên 60%' },
    note: 'Reported as a lower bound ("khoảng trên 60%"); scored at 60.',
  }),
  actual(R.r2, 70, '$\\geq 70\\%$ .', {
    qualifier: 'gte',
    detail: {
      section: S1,
      line: 51,
      text: 'Tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt trên 70%',
    },
    note: 'The body measures households using fibre broadband, not users able to get >1 Gb/s; shown as reported.',
  }),
  reportedMet(R.r3, 'UBND phường bố trí kinh phí cho các đơn vị dự toán', {
    section: S2,
    line: 65,
    text: 'Kết quả đã hoàn thành chỉ tiêu đề ra.',
  }),
  actual(R.r3, 1_134_256_000, 'tổng kinh phí là: 1.134.256.000 đồng', {
    indicator: 'RES_BUDGET_SPENT_VND',
    unit: 'vnd',
    detail: { section: `${S2} — 2.1`, line: 63, text: 'tổng kinh phí là: 1.134.256.000 đồng' },
    note: 'No share of the ward budget is printed, so the 3% budget targets cannot be scored from this figure.',
  }),
  actual(R.r4, 100, '100%', {
    detail: {
      section: `${S2} — 2.2`,
      line: 69,
      text: '100% cán bộ công chức phường được bồi dưỡng kiến thức kỹ năng số cơ bản',
    },
  }),
  actual(R.r5, 90, '90%', {
    detail: {
      section: `${S2} — 2.3`,
      line: 85,
      text: 'trên 90% Cán bộ, công chức, viên chức làm chủ kỹ năng số',
    },
    note: 'The appendix prints 90%; the body says "trên 90%" (over 90%).',
  }),
  actual(R.r6, 80, '80%', {
    detail: {
      section: `${S2} — 2.4`,
      line: 97,
      text: 'Trên 80% người dân trưởng thành tiếp cận dịch vụ số',
    },
    note: 'The appendix prints 80%; the body says "Trên 80%" (over 80%).',
  }),
  actual(R.r7, 100, '100%', {
    numerator: 8,
    denominator: 8,
    detail: { section: `${S2} — 2.5`, line: 117, text: '08/08 trường đạt tỷ lệ 100%' },
  }),
  actual(R.r8, 100, '100%', {
    numerator: 9,
    denominator: 9,
    detail: { section: `${S2} — 2.6`, line: 123, text: '09/09 trường đạt 100%' },
  }),
  actual(R.r9, 100, '100%', {
    numerator: 8,
    denominator: 8,
    detail: { section: `${S2} — 2.7`, line: 135, text: '08/08 cơ sở giáo dục đạt 100%' },
  }),
  actual(R.r10, 100, '100%', {
    numerator: 8,
    denominator: 8,
    detail: { section: `${S2} — 2.8`, line: 145, text: '100% (08/08 trường phổ thông)' },
  }),
  reportedMet(R.r11, 'Ứng dụng trí tuệ nhân tạo (AI)', {
    section: S3,
    line: 157,
    text: 'đạt 01/01 chỉ tiêu',
  }),
  actual(R.r12, 100, '100%', {
    numerator: 12,
    denominator: 12,
    detail: {
      section: `${S4} — 4.1`,
      line: 173,
      text: '12/12 thủ tục phi địa giới phát sinh 605 hồ sơ, đạt tỷ lệ 100%',
    },
  }),
  actual(R.r13, 100, '100%', {
    detail: { section: `${S4} — 4.2`, line: 179, text: '101 thủ tục hành chính' },
  }),
  actual(R.r14, 82.54, '82,54%', {
    numerator: 10_329,
    denominator: 12_514,
    detail: {
      section: `${S4} — 4.3`,
      line: 185,
      text: 'thực hiện 10.329/12.514 hồ sơ đạt tỷ lệ **82,54%**',
    },
  }),
  actual(R.r15, 100, '100%', {
    numerator: 12_276,
    denominator: 12_276,
    detail: { section: `${S4} — 4.4`, line: 191, text: '12.276/12.276 hồ sơ đạt tỷ lệ 100%' },
  }),
  actual(R.r16, 100, '100%', {
    numerator: 26,
    denominator: 26,
    detail: { section: `${S4} — 4.5`, line: 197, text: 'đã giải quyết 26/26 thủ tục đạt 100%' },
  }),
  actual(R.r17, 82.54, '82,54%', {
    numerator: 10_329,
    denominator: 12_514,
    detail: {
      section: `${S4} — 4.6`,
      line: 203,
      text: 'Có 10.329/12.514 hồ sơ xử lý hoàn toàn trực tuyến',
    },
  }),
  actual(R.r18, 85, '85%', {
    detail: { section: `${S4} — 4.7`, line: 209, text: 'đạt trên 85%' },
    note: 'The appendix prints 85%; the body says "đạt trên 85%" (over 85%).',
  }),
  reportedMet(R.r19, 'Quản lý, vận hành phần mềm quản trị điều hành thống nhất', {
    section: `${S4} — 4.8`,
    line: 219,
    text: 'Kết quả đã hoàn thành chỉ tiêu đề ra.',
  }),
  reportedMet(R.r20, 'Phường tăng cường tuyên truyền, hướng dẫn người dân', {
    section: `${S4} — 4.9`,
    line: 225,
    text: 'Kết quả đã hoàn thành chỉ tiêu đề ra.',
  }),
];
