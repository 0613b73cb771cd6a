import { describe, expect, it } from 'vitest';
import { brief, CHU_VAN_AN, HAI_AN, HONG_AN, HONG_BANG, proposalsOf, THANH_MIEN } from './seeds.ts';

const at = (file: string, line: number) =>
  proposalsOf(file)
    .filter((p) => p.line <= line && line <= p.lineEnd)
    .map(brief);

const target = (
  indicatorCode: string,
  year: number,
  comparator: string,
  value: number,
  valueHigh: number | null = null,
) => ({ kind: 'target', indicatorCode, year, comparator, value, valueHigh });

describe('milestone tables with the years printed once in the header (Hải An PHỤ LỤC 2)', () => {
  it.each([
    [
      'row 20, DTI: ≥ 0,77 … Đạt 1,0',
      1304,
      [
        target('DTI_WARD_INDEX', 2025, 'gte', 0.77),
        target('DTI_WARD_INDEX', 2030, 'gte', 0.8),
        target('DTI_WARD_INDEX', 2035, 'gte', 0.85),
        target('DTI_WARD_INDEX', 2040, 'gte', 0.92),
        target('DTI_WARD_INDEX', 2045, 'reach', 1),
      ],
    ],
    [
      'row 4, "- - 100% 100% 100%": no target before 2035',
      904,
      [2035, 2040, 2045].map((y) => target('INF_6G_KEY_SITES', y, 'eq', 100)),
    ],
    [
      'row 10, a range and a floor: "- - - 80-90% ≥90%"',
      1053,
      [
        target('DS_ADULT_REGULAR_DIGITAL_USE', 2040, 'range', 80, 90),
        target('DS_ADULT_REGULAR_DIGITAL_USE', 2045, 'gte', 90),
      ],
    ],
    [
      'row 11, label ending "mức 2 trở lên" before the cells',
      1067,
      [
        target('EDU_SCHOOL_DT_LEVEL2', 2025, 'gte', 75),
        target('EDU_SCHOOL_DT_LEVEL2', 2030, 'gte', 95),
        target('EDU_SCHOOL_DT_LEVEL2', 2035, 'eq', 100),
        target('EDU_SCHOOL_DT_LEVEL2', 2040, 'eq', 100),
      ],
    ],
    ['row 18, the Symbol-font ">" before 0,7', 1238, [target('STI_HDI', 2030, 'gt', 0.7)]],
    ['row 19, "- 20-22% - - -"', 1293, [target('STI_TECH_RENEWAL_RATE', 2030, 'range', 20, 22)]],
  ])('%s (line %i)', (_name, line, expected) => {
    expect(at(HAI_AN, line)).toEqual(expected);
  });

  it('reads row 6, whose cells wrap over lines 934–955, with their words as comparators', () => {
    const row = proposalsOf(HAI_AN).filter((p) => p.line >= 934 && p.line <= 955);
    expect(row.map(brief)).toEqual([
      target('RES_BUDGET_SHARE', 2025, 'gte', 3),
      target('RES_BUDGET_SHARE', 2030, 'gte', 3),
      target('RES_BUDGET_SHARE', 2035, 'reach', 3),
      target('RES_BUDGET_SHARE', 2040, 'gt', 3),
      target('RES_BUDGET_SHARE', 2045, 'gt', 3.5),
    ]);
    expect(row.map((p) => [p.line, p.lineEnd, p.text])).toEqual([
      [934, 938, 'Phấn đấu ít nhất 3%'],
      [940, 944, 'Phấn đấu ít nhất 3%'],
      [946, 946, 'Đạt 3%'],
      [947, 949, 'Đạt trên 3%'],
      [951, 955, 'Đạt trên 3,5%'],
    ]);
    expect(row[0]).toMatchObject({
      section:
        'PHỤ LỤC 2 — CÁC CHỈ TIÊU THEO DÕI ĐÁNH GIÁ THEO GIAI ĐOẠN 05 NĂM — II Phát triển nguồn lực',
      row: '6.',
      column: 'Năm 2025',
      leadAgency: 'Phòng Kinh tế, hạ tầng và đô thị',
    });
  });
});

describe('single-year tables (Hải An PHỤ LỤC 1, Thanh Miện PHỤ LỤC SỐ 01)', () => {
  it.each([
    [
      'Hải An I.1 "% ≥ 80", year from the title "Đến năm 2030"',
      HAI_AN,
      694,
      [target('DG_ONLINE_SERVICE_USAGE', 2030, 'gte', 80)],
    ],
    ['Hải An II.1 "Phấn đấu đạt 3%"', HAI_AN, 775, [target('RES_BUDGET_SHARE', 2030, 'reach', 3)]],
    ['Hải An II.3 "% dân số 100%"', HAI_AN, 789, [target('INF_5G_COVERAGE', 2030, 'eq', 100)]],
    [
      'Thanh Miện 1.2, unit and value on their own lines',
      THANH_MIEN,
      446,
      [target('DG_FULL_ONLINE_SERVICES', 2030, 'eq', 90)],
    ],
    [
      'Thanh Miện 1.7, not the page number "7" below it',
      THANH_MIEN,
      510,
      [target('DG_BORDERLESS_PROCEDURES', 2030, 'eq', 70)],
    ],
    [
      'Thanh Miện 4, budget floor of 1%',
      THANH_MIEN,
      612,
      [target('RES_BUDGET_SHARE', 2030, 'reach', 1)],
    ],
    [
      'Thanh Miện 5, a count per year',
      THANH_MIEN,
      625,
      [target('EDU_SCIENCE_PRODUCTS', 2030, 'eq', 5)],
    ],
    [
      'Thanh Miện 11.1, first of two values "đối với …"',
      THANH_MIEN,
      697,
      [target('EDU_SCHOOL_DT_LEVEL2', 2030, 'eq', 100)],
    ],
    [
      'Thanh Miện 11.1, second value',
      THANH_MIEN,
      701,
      [target('EDU_PRESCHOOL_DT_LEVEL2', 2030, 'gt', 90)],
    ],
    [
      'Thanh Miện "12.6", a misprinted row number',
      THANH_MIEN,
      773,
      [target('EDU_STEM', 2030, 'eq', 100)],
    ],
  ])('%s (%s, line %i)', (_name, file, line, expected) => {
    expect(at(file, line)).toEqual(expected);
  });

  it('gives counts per year their unit (Thanh Miện row 5, "Số lượng/năm")', () => {
    expect(proposalsOf(THANH_MIEN).find((p) => p.line === 625)).toMatchObject({
      unit: 'countPerYear',
      leadAgency: 'Phòng Văn hoá - Xã hội',
    });
  });
});

describe('bullet lists under a targets heading', () => {
  it.each([
    ['Hồng An, "đạt trên 95%"', HONG_AN, 59, [target('DG_SATISFACTION', 2030, 'gt', 95)]],
    [
      'Hồng An, a qualitative sentence and a 100% in one bullet',
      HONG_AN,
      77,
      [
        {
          kind: 'qualitative',
          indicatorCode: 'DS_COMMUNITY_DIGITAL_TEAMS',
          year: 2030,
          comparator: null,
          value: null,
          valueHigh: null,
        },
        target('HR_CORE_MEMBERS_TRAINED', 2030, 'eq', 100),
      ],
    ],
    [
      'Hồng An, "từ 01 đến 02 sáng kiến trở lên"',
      HONG_AN,
      105,
      [target('STI_INITIATIVES_APPLIED', 2030, 'gte', 1)],
    ],
    [
      'Hồng Bàng, two counts in one bullet, year 2026 from the title',
      HONG_BANG,
      73,
      [
        target('STI_INITIATIVES_APPLIED', 2026, 'gte', 10),
        target('STI_CITY_LEVEL_INITIATIVES', 2026, 'gte', 1),
      ],
    ],
    ['Hồng Bàng, "Tối thiểu 90%"', HONG_BANG, 59, [target('DG_ONLINE_DOSSIERS', 2026, 'gte', 90)]],
  ])('%s (%s, line %i)', (_name, file, line, expected) => {
    expect(at(file, line)).toEqual(expected);
  });

  it('marks qualitative targets and repeating counts (Hồng An lines 97, 105)', () => {
    const list = proposalsOf(HONG_AN);
    expect(list.find((p) => p.line === 97)?.flags).toContain('qualitative');
    expect(list.find((p) => p.line === 105)).toMatchObject({
      recurring: 'annual',
      unit: 'countPerYear',
    });
  });

  it('takes a "phấn đấu" figure from the body, recurring each year (Hải An line 347)', () => {
    expect(proposalsOf(HAI_AN).find((p) => p.line === 347)).toMatchObject({
      ...target('RES_BUDGET_SHARE', 2025, 'gte', 3),
      recurring: 'annual',
      text: 'ít nhất 3%',
    });
  });
});

describe('a report table with target and result columns (Chu Văn An appendix)', () => {
  it.each([
    [
      'row 14, target ≥ 70% and result 82,54%',
      325,
      [
        target('DG_CONTACTLESS_TRANSACTIONS', 2025, 'gte', 70),
        { ...target('DG_CONTACTLESS_TRANSACTIONS', 2025, 'eq', 82.54), kind: 'actual' },
      ],
    ],
    [
      'row 3, a qualitative target, its result in words and the amount spent in đồng',
      310,
      [
        {
          kind: 'qualitative',
          indicatorCode: 'RES_BUDGET_ALLOCATED',
          year: 2025,
          comparator: null,
          value: null,
          valueHigh: null,
        },
        {
          kind: 'actual',
          indicatorCode: 'RES_BUDGET_ALLOCATED',
          year: 2025,
          comparator: null,
          value: null,
          valueHigh: null,
        },
        { ...target('RES_BUDGET_SPENT_VND', 2025, 'eq', 1134256000), kind: 'actual' },
      ],
    ],
  ])('%s (line %i)', (_name, line, expected) => {
    expect(at(CHU_VAN_AN, line)).toEqual(expected);
  });

  it('quotes the LaTeX comparator as printed (row 1, line 307)', () => {
    expect(proposalsOf(CHU_VAN_AN).find((p) => p.line === 307)?.text).toBe('$\\geq 60\\%$');
  });
});

describe('what is not a target', () => {
  it.each([
    ['Hồng Bàng appendix of tasks (lines 199–215)', HONG_BANG, 199, 215],
    ['Chu Văn An narrative, e.g. "2.2. Có ≥ 90% …" (lines 15–300)', CHU_VAN_AN, 15, 300],
    ['Chu Văn An list of directive documents (lines 336–426)', CHU_VAN_AN, 336, 426],
    ['Hải An task appendices (PHỤ LỤC 3 on, lines 1512–end)', HAI_AN, 1512, 99999],
    ['Hải An body "đến 100% cán bộ" without "phấn đấu" (line 367)', HAI_AN, 360, 370],
    ['Hồng An general aim and tasks (lines 45–47, 113–263)', HONG_AN, 113, 263],
    ['Thanh Miện body and task appendix (lines 1–410, 778–end)', THANH_MIEN, 778, 99999],
  ])('%s', (_name, file, from, to) => {
    expect(proposalsOf(file).filter((p) => p.line >= from && p.line <= to)).toEqual([]);
  });
});
