import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './test-support.ts';

/**
 * Wards, documents and targets as data, through the API: a city administrator adds a sixth
 * ward, its plan with the plan's text and three targets, and the ward flows through the same
 * reads as the seeded ones (wards, scorecard, compareWards, exports). Bad input is refused with
 * the reason, in Vietnamese or English, and nothing is half-written.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h.close();
});

// A plan as uploaded: the figures are on lines 6, 7 and 8–9 (a row that wraps).
export const AN_LAO_PLAN = [
  'ỦY BAN NHÂN DÂN XÃ AN LÃO',
  'Số: 15/KH-UBND',
  'An Lão, ngày 10 tháng 3 năm 2026',
  'KẾ HOẠCH Chuyển đổi số năm 2026–2030',
  'PHỤ LỤC: CHỈ TIÊU',
  '1.\tTỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình\t≥ 80%',
  '2.\tChỉ số chuyển đổi số cấp xã\tđạt 0,8',
  '3.\tTỷ lệ người dân trưởng thành có chữ ký số',
  '   hoặc chữ ký điện tử cá nhân\ttối thiểu 60%',
  '',
].join('\n');

const WARD = {
  slug: 'an-lao',
  nameVi: 'An Lão',
  kind: 'XA',
  lineage: 'Thị trấn An Lão, xã An Thắng',
};
const DOCUMENT = {
  ward: 'an-lao',
  kind: 'PLAN',
  numberAsPrinted: 'Số: 15/KH-UBND',
  dateAsPrinted: 'An Lão, ngày 10 tháng 3 năm 2026',
  titleVi: 'Kế hoạch chuyển đổi số xã An Lão giai đoạn 2026–2030',
  periodStart: 2026,
  periodEnd: 2030,
  fileName: 'an-lao-ke-hoach.txt',
  text: AN_LAO_PLAN,
};
const target = (over: Record<string, unknown>) => ({
  ward: 'an-lao',
  document: 'an-lao-plan-2026',
  year: 2030,
  kind: 'QUANTITATIVE',
  section: 'PHỤ LỤC',
  ...over,
});
const TARGETS = [
  target({
    indicator: 'DG_ONLINE_DOSSIERS',
    comparator: 'GTE',
    value: 80,
    unit: 'PERCENT',
    wording: 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình',
    row: '1.',
    line: 6,
    sourceText: '≥ 80%',
  }),
  target({
    indicator: 'DTI_WARD_INDEX',
    comparator: 'REACH',
    value: 0.8,
    wording: 'Chỉ số chuyển đổi số cấp xã',
    row: '2.',
    line: 7,
    sourceText: 'đạt 0,8',
  }),
  target({
    indicator: 'DS_ADULT_DIGITAL_SIGNATURE',
    comparator: 'GTE',
    value: 60,
    wording: 'Tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân',
    row: '3.',
    line: 8,
    lineEnd: 9,
    sourceText: 'chữ ký điện tử cá nhân tối thiểu 60%',
  }),
];

const CREATE_WARD = `mutation($input: WardInput!) { createWard(input: $input) {
  __typename ... on MutationCreateWardSuccess { data { slug name nameEn kind lineage builtIn } }
  ... on Error { message } ... on ValidationError { problems { path message } } } }`;
const ADD_DOCUMENT = `mutation($input: DocumentInput!) { addDocument(input: $input) {
  __typename ... on MutationAddDocumentSuccess { data { id file lineCount origin line ward { slug } } }
  ... on Error { message } ... on ValidationError { problems { path message } } } }`;
const ADD_TARGETS = `mutation($inputs: [TargetInput!]!) { addTargets(inputs: $inputs) {
  __typename ... on MutationAddTargetsSuccess { data { id year value origin display provenance { line lineEnd raw document { id } } } }
  ... on Error { message } ... on ValidationError { problems { path message } } } }`;

type Result<T> = {
  __typename: string;
  data?: T;
  message?: string;
  problems?: { path: string[]; message: string }[];
};

async function targetCount() {
  return h.db.prisma.target.count({ where: { wardSlug: 'an-lao' } });
}

describe('a city administrator adds a sixth ward with its plan and three targets', () => {
  it('creates the ward, audited, and it is listed at once', async () => {
    const res = await h.gql<{ createWard: Result<Record<string, unknown>> }>(
      CREATE_WARD,
      { input: WARD },
      h.tokens.admin,
    );
    expect(res.data.createWard).toEqual({
      __typename: 'MutationCreateWardSuccess',
      data: {
        slug: 'an-lao',
        name: 'An Lão',
        nameEn: 'An Lão commune',
        kind: 'xã',
        lineage: 'Thị trấn An Lão, xã An Thắng',
        builtIn: false,
      },
    });
    const wards = await h.gql<{ wards: { slug: string; builtIn: boolean }[] }>(
      '{ wards { slug builtIn } }',
    );
    expect(wards.data.wards.map((w) => w.slug)).toEqual([
      'hai-an',
      'hong-an',
      'thanh-mien',
      'chu-van-an',
      'hong-bang',
      'an-lao',
    ]);
    expect(wards.data.wards.filter((w) => w.builtIn)).toHaveLength(5);
    const audit = await h.db.prisma.auditEvent.findFirst({
      where: { action: 'createWard', entityId: 'an-lao' },
    });
    expect(audit?.wardSlug).toBe('an-lao');
    expect(audit?.actorId).toBe(h.users.admin);
  });

  it('refuses the same slug again, and a malformed one, in the request’s language', async () => {
    const again = await h.gql<{ createWard: Result<unknown> }>(
      CREATE_WARD,
      { input: WARD },
      h.tokens.admin,
    );
    expect(again.data.createWard).toMatchObject({
      __typename: 'ConflictError',
      message: 'Đã có phường, xã mã "an-lao".',
    });
    const bad = await h.gql<{ createWard: Result<unknown> }>(
      CREATE_WARD,
      { input: { ...WARD, slug: 'An Lão' } },
      h.tokens.admin,
      'en',
    );
    expect(bad.data.createWard.__typename).toBe('ValidationError');
    expect(bad.data.createWard.problems?.[0]).toMatchObject({ path: ['input', 'slug'] });
    expect(bad.data.createWard.problems?.[0]?.message).toMatch(/lower-case ASCII/);
    expect(await h.db.prisma.ward.count()).toBe(6);
  });

  it('adds the plan with its text; its lines are readable', async () => {
    const res = await h.gql<{ addDocument: Result<Record<string, unknown>> }>(
      ADD_DOCUMENT,
      { input: DOCUMENT },
      h.tokens.admin,
    );
    expect(res.data.addDocument).toEqual({
      __typename: 'MutationAddDocumentSuccess',
      data: {
        id: 'an-lao-plan-2026',
        file: 'an-lao-ke-hoach.txt',
        lineCount: 10,
        origin: 'ENTERED',
        line: 2,
        ward: { slug: 'an-lao' },
      },
    });
    const lines = await h.gql<{ document: { lines: string[]; all: string[] } }>(
      '{ document(id: "an-lao-plan-2026") { lines(from: 7, to: 8) all: lines } }',
    );
    expect(lines.data.document.lines).toEqual([
      '2.\tChỉ số chuyển đổi số cấp xã\tđạt 0,8',
      '3.\tTỷ lệ người dân trưởng thành có chữ ký số',
    ]);
    expect(lines.data.document.all.join('\n')).toBe(AN_LAO_PLAN);
  });

  it('refuses a target whose printed text is not on its cited line, and writes none of the batch', async () => {
    const wrongLine = { ...TARGETS[2], line: 8, lineEnd: null };
    const res = await h.gql<{ addTargets: Result<unknown> }>(
      ADD_TARGETS,
      { inputs: [TARGETS[0], wrongLine] },
      h.tokens.admin,
    );
    expect(res.data.addTargets.__typename).toBe('ValidationError');
    expect(res.data.addTargets.message).toBe('1 chỉ tiêu chưa hợp lệ; chưa ghi chỉ tiêu nào.');
    expect(res.data.addTargets.problems).toEqual([
      {
        path: ['inputs', '1', 'sourceText'],
        message:
          'Chỉ tiêu thứ 2: Nội dung như bản in không có ở các dòng đã dẫn. Các dòng đó ghi: "3. Tỷ lệ người dân trưởng thành có chữ ký số".',
      },
    ]);
    expect(await targetCount()).toBe(0);
  });

  it.each([
    [{ value: 180 }, 'value', /180 is outside 0–100/],
    [{ unit: 'INDEX' }, 'unit', /must be percent/],
    [{ year: 2031 }, 'year', /outside the document's period \(2026–2030\)/],
    [{ line: 11 }, 'line', /outside the document \(it has 10 lines\)/],
    [{ indicator: 'NO_SUCH' }, 'indicator', /No indicator "NO_SUCH"/],
    [{ comparator: 'RANGE' }, 'valueHigh', /A range needs its upper value/],
    [{ document: 'hai-an-plan-2025' }, 'document', /belongs to hai-an, not an-lao/],
  ])('refuses %j with a reason on %s (English)', async (change, field, message) => {
    const res = await h.gql<{ addTargets: Result<unknown> }>(
      ADD_TARGETS,
      { inputs: [{ ...TARGETS[0], ...change }] },
      h.tokens.admin,
      'en',
    );
    const problem = res.data.addTargets.problems?.find((p) => p.path.at(-1) === field);
    expect(problem?.message).toMatch(message);
    expect(await targetCount()).toBe(0);
  });

  it('adds the three targets, audited, citing the document', async () => {
    const res = await h.gql<{
      addTargets: Result<
        {
          id: string;
          value: number;
          origin: string;
          provenance: { line: number; lineEnd: number | null; document: { id: string } };
        }[]
      >;
    }>(ADD_TARGETS, { inputs: TARGETS }, h.tokens.admin);
    expect(res.data.addTargets.__typename).toBe('MutationAddTargetsSuccess');
    const added = res.data.addTargets.data ?? [];
    expect(added.map((t) => [t.value, t.origin, t.provenance.line, t.provenance.lineEnd])).toEqual([
      [80, 'ENTERED', 6, null],
      [0.8, 'ENTERED', 7, null],
      [60, 'ENTERED', 8, 9],
    ]);
    expect(added.every((t) => t.provenance.document.id === 'an-lao-plan-2026')).toBe(true);
    const audits = await h.db.prisma.auditEvent.findMany({
      where: { action: 'addTarget', wardSlug: 'an-lao' },
    });
    expect(audits.map((a) => a.entityId).sort()).toEqual(added.map((t) => t.id).sort());
    // The same target again is a duplicate.
    const again = await h.gql<{ addTargets: Result<unknown> }>(
      ADD_TARGETS,
      { inputs: [TARGETS[0]] },
      h.tokens.admin,
      'en',
    );
    expect(again.data.addTargets.problems?.[0]?.message).toMatch(/already exists/);
  });

  it('flows into the scorecard, compareWards, rankings and coverage like a seeded ward', async () => {
    const version = h.gateway.store.version;
    await h.gql(
      'mutation($input: RecordObservationInput!) { recordObservation(input: $input) { __typename } }',
      { input: { ward: 'an-lao', indicator: 'DG_ONLINE_DOSSIERS', year: 2030, value: 85 } },
      h.tokens.admin,
    );
    expect(h.gateway.store.version).toBeGreaterThan(version);
    const { data } = await h.gql<{
      scorecard: {
        entries: {
          indicator: { code: string };
          status: string;
          expected: { display: string } | null;
        }[];
      };
      compareWards: {
        wards: { slug: string }[];
        cells: {
          ward: { slug: string };
          indicator: { code: string };
          entry: { status: string } | null;
        }[];
        coverage: { ward: { slug: string }; ofCityFramework: number }[];
      };
    }>(
      `{ scorecard(ward: "an-lao", year: 2030) { entries { indicator { code } status expected { display } } }
         compareWards(year: 2030) { wards { slug } cells { ward { slug } indicator { code } entry { status } } coverage { ward { slug } ofCityFramework } } }`,
    );
    const statuses = Object.fromEntries(
      data.scorecard.entries.map((e) => [e.indicator.code, [e.status, e.expected?.display]]),
    );
    expect(statuses).toEqual({
      DG_ONLINE_DOSSIERS: ['ACHIEVED', '≥ 80%'],
      DTI_WARD_INDEX: ['NOT_REPORTED', 'đạt 0,8'],
      DS_ADULT_DIGITAL_SIGNATURE: ['NOT_REPORTED', '≥ 60%'],
    });
    expect(data.compareWards.wards.map((w) => w.slug)).toContain('an-lao');
    const mine = data.compareWards.cells.filter((c) => c.ward.slug === 'an-lao' && c.entry);
    expect(mine.map((c) => [c.indicator.code, c.entry?.status]).sort()).toEqual([
      ['DG_ONLINE_DOSSIERS', 'ACHIEVED'],
      ['DS_ADULT_DIGITAL_SIGNATURE', 'NOT_REPORTED'],
      ['DTI_WARD_INDEX', 'NOT_REPORTED'],
    ]);
    expect(
      data.compareWards.coverage.find((c) => c.ward.slug === 'an-lao')?.ofCityFramework,
    ).toBeGreaterThan(0);
  });

  it('is in the exports: targets and the scorecard', async () => {
    const targets = await (await fetch(`${h.url}/export/targets.csv?ward=an-lao`)).text();
    expect(targets).toContain('an-lao-ke-hoach.txt');
    expect(targets.split('\n').filter((l) => l.includes('an-lao')).length).toBeGreaterThanOrEqual(
      3,
    );
    const card = await fetch(`${h.url}/export/scorecard.csv?ward=an-lao&year=2030`);
    expect(card.status).toBe(200);
    expect(await card.text()).toContain('DG_ONLINE_DOSSIERS');
  });
});

describe('withdrawing a target', () => {
  it('keeps it with who, when and why, and takes it out of scoring', async () => {
    const [dti] = await h.db.prisma.target.findMany({
      where: { wardSlug: 'an-lao', indicatorCode: 'DTI_WARD_INDEX' },
    });
    const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawTarget(id: $id, reason: $reason) {
      __typename ... on MutationWithdrawTargetSuccess { data { id withdrawn withdrawReason withdrawnBy withdrawnAt } }
      ... on Error { message } } }`;
    const res = await h.gql<{
      withdrawTarget: Result<{
        withdrawn: boolean;
        withdrawReason: string;
        withdrawnBy: string;
        withdrawnAt: string;
      }>;
    }>(WITHDRAW, { id: dti?.id, reason: 'Nhập nhầm năm mốc' }, h.tokens.admin);
    expect(res.data.withdrawTarget.data).toMatchObject({
      withdrawn: true,
      withdrawReason: 'Nhập nhầm năm mốc',
      withdrawnBy: 'admin@haiphong.gov.vn <admin@haiphong.gov.vn>',
    });
    expect(await h.db.prisma.target.count({ where: { id: dti?.id } })).toBe(1);
    const card = await h.gql<{ scorecard: { entries: { indicator: { code: string } }[] } }>(
      '{ scorecard(ward: "an-lao", year: 2030) { entries { indicator { code } } } }',
    );
    expect(card.data.scorecard.entries.map((e) => e.indicator.code).sort()).toEqual([
      'DG_ONLINE_DOSSIERS',
      'DS_ADULT_DIGITAL_SIGNATURE',
    ]);
    const ward = await h.gql<{
      ward: { targets: { id: string }[]; all: { withdrawn: boolean }[] };
    }>(
      '{ ward(slug: "an-lao") { targets { id } all: targets(includeWithdrawn: true) { withdrawn } } }',
    );
    expect(ward.data.ward.targets).toHaveLength(2);
    expect(ward.data.ward.all.filter((t) => t.withdrawn)).toHaveLength(1);
    const again = await h.gql<{ withdrawTarget: Result<unknown> }>(
      WITHDRAW,
      { id: dti?.id, reason: 'lần nữa' },
      h.tokens.admin,
      'en',
    );
    expect(again.data.withdrawTarget).toMatchObject({
      __typename: 'ConflictError',
      message: 'This target was already withdrawn.',
    });
    const audit = await h.db.prisma.auditEvent.findFirst({
      where: { action: 'withdrawTarget', entityId: dti?.id },
    });
    expect(audit?.wardSlug).toBe('an-lao');
    // A target again for the same line is allowed once the earlier one is withdrawn.
    const readd = await h.gql<{ addTargets: Result<unknown> }>(
      ADD_TARGETS,
      { inputs: [{ ...TARGETS[1], year: 2029 }] },
      h.tokens.admin,
    );
    expect(readd.data.addTargets.__typename).toBe('MutationAddTargetsSuccess');
  });
});

describe('a new indicator proposed with a target', () => {
  it('is stored as PROPOSED, shown with the ward, and not scored', async () => {
    const res = await h.gql<{
      addTargets: Result<{ indicator: { code: string; status: string; name: string } }[]>;
    }>(
      `mutation($inputs: [TargetInput!]!) { addTargets(inputs: $inputs) {
        __typename ... on MutationAddTargetsSuccess { data { indicator { code status name } } }
        ... on ValidationError { problems { path message } } } }`,
      {
        inputs: [
          {
            ...TARGETS[0],
            indicator: null,
            proposedIndicator: {
              nameVi: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
              unit: 'PERCENT',
              direction: 'HIGHER',
              pillar: 'DG',
            },
            year: 2027,
          },
        ],
      },
      h.tokens.admin,
    );
    expect(res.data.addTargets.data).toEqual([
      {
        indicator: {
          code: 'NEW_TY_LE_HO_SO_TRUC_TUYEN_TOAN_TRINH',
          status: 'PROPOSED',
          name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
        },
      },
    ]);
    const { data } = await h.gql<{
      scorecard: { entries: { indicator: { code: string } }[] };
      ward: { targets: { indicator: { code: string } }[] };
    }>(
      '{ scorecard(ward: "an-lao", year: 2027) { entries { indicator { code } } } ward(slug: "an-lao") { targets(year: 2027) { indicator { code } } } }',
    );
    expect(data.ward.targets.map((t) => t.indicator.code)).toEqual([
      'NEW_TY_LE_HO_SO_TRUC_TUYEN_TOAN_TRINH',
    ]);
    expect(data.scorecard.entries.map((e) => e.indicator.code)).not.toContain(
      'NEW_TY_LE_HO_SO_TRUC_TUYEN_TOAN_TRINH',
    );
  });
});

describe('proposals read from a document (#12)', () => {
  it('proposes Hải An’s PHỤ LỤC 2 row 20 for a new ward, and the accepted ones draw its DTI trajectory', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const text = readFileSync(
      fileURLToPath(new URL('../../../../shared/seeds/000_09cdf2dd6a89ba5e.txt', import.meta.url)),
      'utf8',
    );
    await h.gql(
      CREATE_WARD,
      { input: { slug: 'hai-an-moi', nameVi: 'Hải An Mới', kind: 'PHUONG' } },
      h.tokens.admin,
    );
    const doc = await h.gql<{ addDocument: Result<{ id: string; lineCount: number }> }>(
      ADD_DOCUMENT,
      {
        input: {
          ...DOCUMENT,
          ward: 'hai-an-moi',
          fileName: '000_09cdf2dd6a89ba5e.txt',
          periodStart: 2025,
          periodEnd: 2045,
          text,
        },
      },
      h.tokens.admin,
    );
    const id = doc.data.addDocument.data?.id as string;
    const proposed = await h.gql<{
      proposeTargets: Result<
        {
          indicatorCode: string | null;
          row: string;
          section: string;
          year: number;
          kind: string;
          comparator: string;
          value: number;
          unit: string;
          wording: string;
          sourceLine: number;
          sourceLineEnd: number;
          sourceText: string;
          confidence: number;
        }[]
      >;
    }>(
      `mutation($id: ID!) { proposeTargets(document: $id) { __typename ... on MutationProposeTargetsSuccess { data {
        indicatorCode row section year kind comparator value unit wording sourceLine sourceLineEnd sourceText confidence } } } }`,
      { id },
      h.tokens.admin,
    );
    const row20 = (proposed.data.proposeTargets.data ?? []).filter(
      (p) =>
        p.row === '20.' &&
        p.section.startsWith('PHỤ LỤC 2') &&
        p.indicatorCode === 'DTI_WARD_INDEX',
    );
    expect(row20.map((p) => [p.year, p.value])).toEqual([
      [2025, 0.77],
      [2030, 0.8],
      [2035, 0.85],
      [2040, 0.92],
      [2045, 1],
    ]);
    const accepted = await h.gql<{ addTargets: Result<unknown[]> }>(
      ADD_TARGETS,
      {
        inputs: row20.map((p) => ({
          ward: 'hai-an-moi',
          document: id,
          indicator: p.indicatorCode,
          year: p.year,
          kind: 'QUANTITATIVE',
          comparator: p.comparator,
          value: p.value,
          unit: p.unit,
          wording: p.wording,
          section: p.section,
          row: p.row,
          line: p.sourceLine,
          lineEnd: p.sourceLineEnd,
          sourceText: p.sourceText,
        })),
      },
      h.tokens.admin,
    );
    expect(accepted.data.addTargets.__typename).toBe('MutationAddTargetsSuccess');
    const trajectory = await h.gql<{
      trajectory: { milestones: { year: number }[]; series: unknown[] };
    }>(
      '{ trajectory(ward: "hai-an-moi", indicator: "DTI_WARD_INDEX") { milestones { year } series { year } } }',
    );
    expect(trajectory.data.trajectory.milestones.map((m) => m.year)).toEqual([
      2025, 2030, 2035, 2040, 2045,
    ]);
    expect(trajectory.data.trajectory.series).toHaveLength(21);
  });
});

describe('importing targets from the template', () => {
  const IMPORT = `mutation($ward: String!, $document: ID!, $c: String!, $format: ImportFormat!, $dryRun: Boolean!) {
    importTargets(ward: $ward, document: $document, fileName: "chi-tieu.csv", format: $format, contentBase64: $c, dryRun: $dryRun) {
      __typename ... on MutationImportTargetsSuccess { data { dryRun total created errors { row column message } } }
      ... on Error { message } } }`;
  type ImportResult = {
    dryRun: boolean;
    total: number;
    created: number;
    errors: { row: number; column: string | null; message: string }[];
  };
  const run = async (csv: string, dryRun: boolean, lang: 'vi' | 'en' = 'vi') =>
    (
      await h.gql<{ importTargets: Result<ImportResult> }>(
        IMPORT,
        {
          ward: 'an-lao',
          document: 'an-lao-plan-2026',
          c: Buffer.from(csv).toString('base64'),
          format: 'CSV',
          dryRun,
        },
        h.tokens.admin,
        lang,
      )
    ).data.importTargets.data as ImportResult;

  it('serves a template with the columns and the ward’s documents', async () => {
    const res = await fetch(`${h.url}/export/templates/targets.csv?ward=an-lao`);
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'ward,document,indicator,year,kind,comparator,value,valueHigh,unit,leadAgency,wording,section,row,line,lineEnd,sourceText,recurring',
    );
    expect(lines.slice(1)).toEqual(['an-lao,an-lao-plan-2026,,,,,,,,,,,,,,,']);
    const xlsx = await fetch(`${h.url}/export/templates/targets.xlsx?ward=an-lao`);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect((await fetch(`${h.url}/export/templates/targets.csv?ward=nowhere`)).status).toBe(400);
  });

  const header =
    'ward,document,indicator,year,kind,comparator,value,valueHigh,unit,leadAgency,wording,section,row,line,lineEnd,sourceText,recurring';
  const good =
    'an-lao,an-lao-plan-2026,DG_ONLINE_DOSSIERS,2028,định lượng,≥,80,,%,UBND xã,Tỷ lệ hồ sơ trực tuyến toàn trình,PHỤ LỤC,1.,6,,≥ 80%,';
  const bad =
    'an-lao,an-lao-plan-2026,DTI_WARD_INDEX,2028,định lượng,đạt,"0,9",,,,Chỉ số chuyển đổi số cấp xã,PHỤ LỤC,2.,7,,"đạt 0,9",';

  it('previews a file with a bad row: the row’s error with its row and column, nothing written', async () => {
    const before = await targetCount();
    const result = await run(`${header}\n${good}\n${bad}\n`, true);
    expect(result).toMatchObject({ dryRun: true, total: 2, created: 0 });
    expect(result.errors).toEqual([
      {
        row: 3,
        column: 'sourceText',
        message:
          'Nội dung như bản in không có ở các dòng đã dẫn. Các dòng đó ghi: "2. Chỉ số chuyển đổi số cấp xã đạt 0,8".',
      },
    ]);
    // The same without dryRun: refused whole.
    const refused = await run(`${header}\n${good}\n${bad}\n`, false, 'en');
    expect(refused.created).toBe(0);
    expect(refused.errors[0]?.message).toMatch(/not on the cited lines/);
    expect(await targetCount()).toBe(before);
  });

  it.each([
    ['year', 'abc', 'year', /không phải là số/],
    ['comparator', 'khoảng chừng', 'comparator', /không phải phép so sánh/],
    ['ward', 'hai-an', 'ward', /chỉ nhập cho an-lao/],
  ])('says what is wrong with a %s of "%s"', async (_column, value, column, message) => {
    const cells = good.split(',');
    cells[header.split(',').indexOf(column)] = value;
    const result = await run(`${header}\n${cells.join(',')}\n`, true);
    expect(result.errors.find((e) => e.column === column && e.row === 2)?.message).toMatch(message);
  });

  it('refuses unknown columns by name', async () => {
    const result = await run(`${header},màu\n${good},đỏ\n`, true);
    expect(result.errors).toEqual([
      { row: 1, column: 'màu', message: expect.stringMatching(/Cột "màu" không nhận ra/) },
    ]);
  });

  it('after the fix, previews then imports all rows, audited, and they are scored', async () => {
    const fixed = bad.replace(',7,,"đạt 0,9"', ',7,,"đạt 0,8"').replace('"0,9"', '"0,8"');
    const preview = await run(`${header}\n${good}\n${fixed}\n`, true);
    expect(preview).toEqual({ dryRun: true, total: 2, created: 2, errors: [] });
    const before = await targetCount();
    const done = await run(`${header}\n${good}\n${fixed}\n`, false);
    expect(done).toEqual({ dryRun: false, total: 2, created: 2, errors: [] });
    expect(await targetCount()).toBe(before + 2);
    const imported = await h.db.prisma.target.findMany({
      where: { wardSlug: 'an-lao', origin: 'imported' },
    });
    expect(
      imported.map((t) => [t.indicatorCode, t.year, Number(t.value), t.leadAgency]).sort(),
    ).toEqual([
      ['DG_ONLINE_DOSSIERS', 2028, 80, 'UBND xã'],
      ['DTI_WARD_INDEX', 2028, 0.8, null],
    ]);
    expect(
      await h.db.prisma.auditEvent.count({
        where: { action: 'importTargets:chi-tieu.csv', wardSlug: 'an-lao' },
      }),
    ).toBe(2);
    const card = await h.gql<{
      scorecard: { entries: { indicator: { code: string }; expected: { basis: string } | null }[] };
    }>(
      '{ scorecard(ward: "an-lao", year: 2028) { entries { indicator { code } expected { basis } } } }',
    );
    const basis = Object.fromEntries(
      card.data.scorecard.entries.map((e) => [e.indicator.code, e.expected?.basis]),
    );
    // The imported 2028 targets are milestones of that year.
    expect(basis).toMatchObject({ DG_ONLINE_DOSSIERS: 'MILESTONE', DTI_WARD_INDEX: 'MILESTONE' });
    // Importing the same file again: every row is a duplicate.
    const again = await run(`${header}\n${good}\n${fixed}\n`, true, 'en');
    expect(again.errors.map((e) => [e.row, e.message])).toEqual([
      [2, 'This target (same indicator, year and cited line) already exists.'],
      [3, 'This target (same indicator, year and cited line) already exists.'],
    ]);
  });
});
