import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './test-support.ts';

/**
 * The API behind the results entry and import pages: the dry run's counts (new, corrections,
 * unchanged, conflicts) with nothing written, background imports and their progress,
 * validateObservation, evidence on results, the results template, and who may do each.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const IMPORT = `mutation($fileName: String!, $format: ImportFormat!, $content: String!, $dryRun: Boolean, $background: Boolean) {
  importObservations(fileName: $fileName, format: $format, contentBase64: $content, dryRun: $dryRun, background: $background) {
    __typename
    ... on MutationImportObservationsSuccess {
      data { id status dryRun totalRows processedRows newRows corrections unchanged conflicts
        errors { row column columnName message } }
    }
    ... on Error { message }
  }
}`;

const JOB = `query($id: ID!) {
  importJob(id: $id) {
    id status totalRows processedRows newRows corrections unchanged conflicts
    changes { ward indicator year rows corrections }
  }
}`;

const VALIDATE = `query($input: RecordObservationInput!) {
  validateObservation(input: $input) {
    __typename
    ... on QueryValidateObservationSuccess { data { valid problems { path message } current { id version } } }
    ... on Error { message }
  }
}`;

interface Job {
  id: string;
  status: string;
  dryRun: boolean;
  totalRows: number;
  processedRows: number;
  newRows: number;
  corrections: number;
  unchanged: number;
  conflicts: number;
  errors: { row: number; column: string | null; columnName: string | null; message: string }[];
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

async function importCsv(
  csv: string,
  token: string | null,
  options: { dryRun?: boolean; background?: boolean } = {},
) {
  return h.gql<{
    importObservations: { __typename: string; data?: Job; message?: string } | null;
  }>(IMPORT, { fileName: 'ket-qua.csv', format: 'CSV', content: b64(csv), ...options }, token);
}

async function counts() {
  const [observations, jobs, audit] = await Promise.all([
    h.db.prisma.observation.count(),
    h.db.prisma.importJob.count(),
    h.db.prisma.auditEvent.count(),
  ]);
  return { observations, jobs, audit };
}

/** The results template of a ward and year, as rows of cells (header first). */
async function template(ward: string, year: number): Promise<string[][]> {
  const res = await fetch(`${h.url}/export/templates/results.csv?ward=${ward}&year=${year}`);
  expect(res.status).toBe(200);
  const text = (await res.text()).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

const VALUE = 8; // column I of the template: Giá trị

describe('the results template', () => {
  it('lists the ward’s indicators for the year with targets, units and recorded results', async () => {
    const [header, ...rows] = await template('chu-van-an', 2025);
    expect(header).toEqual([
      'Phường',
      'Mã chỉ tiêu',
      'Tên chỉ tiêu',
      'Đơn vị',
      'Chỉ tiêu như in',
      'Năm',
      'Quý',
      'Tháng',
      'Giá trị',
      'Đạt',
      'Tử số',
      'Mẫu số',
      'Loại nguồn',
      'Số văn bản',
      'Đường dẫn',
      'Ghi chú',
    ]);
    // Chu Văn An's report: 20 targets of 2025, results for them (seeded from the report).
    const seeded = await h.db.prisma.observation.findMany({
      where: { wardSlug: 'chu-van-an', year: 2025, quarter: 0, month: 0, value: { not: null } },
    });
    expect(seeded.length).toBeGreaterThan(3);
    for (const o of seeded) {
      const row = rows.find((r) => r[1] === o.indicatorCode);
      expect([o.indicatorCode, row?.[VALUE]]).toEqual([
        o.indicatorCode,
        String(Number(o.value)).replace('.', ','),
      ]);
    }
    expect(rows.every((r) => r[0] === 'chu-van-an' && r[5] === '2025')).toBe(true);
    const dti = (await template('hai-an', 2025)).find((r) => r[1] === 'DTI_WARD_INDEX');
    expect(dti?.slice(2, 5)).toEqual(['Chỉ số chuyển đổi số phường', 'chỉ số (0–1)', '≥ 0,77']);
    expect(dti?.[VALUE]).toBe('');
  });

  it('comes as XLSX too, and refuses an unknown ward or a missing year', async () => {
    const res = await fetch(`${h.url}/export/templates/results.xlsx?ward=hai-an&year=2025`);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(2).value).toBe('Mã chỉ tiêu');
    expect(
      (await fetch(`${h.url}/export/templates/results.csv?ward=atlantis&year=2025`)).status,
    ).toBe(400);
    expect((await fetch(`${h.url}/export/templates/results.csv?ward=hai-an`)).status).toBe(400);
    expect(
      (await fetch(`${h.url}/export/templates/results.pdf?ward=hai-an&year=2025`)).status,
    ).toBe(400);
  });
});

describe('a dry run', () => {
  it('counts new rows, corrections, unchanged rows and conflicts, and writes nothing at all', async () => {
    const [header, ...rows] = await template('chu-van-an', 2025);
    const recorded = rows.filter((r) => r[VALUE] !== '');
    const same = recorded[0] as string[];
    const changed = [...(recorded[1] as string[])];
    changed[VALUE] = changed[3] === '% (0–100)' ? '1,5' : '0';
    changed[10] = '';
    changed[11] = '';
    // Chu Văn An reported every 2025 target for the whole year: a first quarter is a new period.
    const fresh = [...(rows.find((r) => r[3] === '% (0–100)') as string[])];
    fresh[6] = '1';
    fresh[VALUE] = '45,5';
    // The template repeats a recorded numerator and denominator: a new figure goes without them.
    fresh[10] = '';
    fresh[11] = '';
    const twice = [...fresh];
    twice[VALUE] = '46';
    const csv = Papa.unparse([header as string[], same, changed, fresh, twice]);
    const before = await counts();
    const res = await importCsv(csv, h.tokens.editors['chu-van-an'] as string, { dryRun: true });
    expect(res.data.importObservations?.data).toMatchObject({
      status: 'previewed',
      dryRun: true,
      totalRows: 4,
      newRows: 1,
      corrections: 1,
      unchanged: 1,
      conflicts: 1,
      errors: [
        {
          row: 5,
          column: null,
          columnName: null,
          message: 'Trùng phường, chỉ tiêu và kỳ với dòng 4.',
        },
      ],
    });
    // No job, no result, no audit event: a dry run leaves the database as it was.
    expect(await counts()).toEqual(before);
    const id = res.data.importObservations?.data?.id as string;
    expect((await h.gql<{ importJob: null }>(JOB, { id }, h.tokens.admin)).data.importJob).toBe(
      null,
    );
  });

  it('names a bad cell by its header and spreadsheet letter, in the request’s language', async () => {
    const [header, ...rows] = await template('hai-an', 2025);
    const dti = [...(rows.find((r) => r[1] === 'DTI_WARD_INDEX') as string[])];
    dti[VALUE] = '1,2';
    const csv = Papa.unparse([header as string[], dti]);
    const vi = await importCsv(csv, h.tokens.editor, { dryRun: true });
    expect(vi.data.importObservations?.data?.errors).toEqual([
      {
        row: 2,
        column: 'value',
        columnName: 'Giá trị (I)',
        message: 'Chỉ số từ 0 đến 1 (ví dụ 0,77).',
      },
    ]);
    const en = await h.gql<{ importObservations: { data: Job } }>(
      IMPORT,
      { fileName: 'r.csv', format: 'CSV', content: b64(csv), dryRun: true },
      h.tokens.editor,
      'en',
    );
    expect(en.data.importObservations.data.errors[0]?.message).toBe('An index is 0–1 (e.g. 0.77).');
  });
});

describe('an import in the background', () => {
  it('answers at once, reports its progress, writes new rows and corrections with history', async () => {
    const [header, ...rows] = await template('chu-van-an', 2025);
    const recorded = rows.filter((r) => r[VALUE] !== '');
    const same = recorded[0] as string[];
    const changed = [...(recorded[1] as string[])];
    const oldValue = Number((changed[VALUE] as string).replace(',', '.'));
    const newValue = changed[3] === '% (0–100)' ? 1.5 : 0;
    changed[VALUE] = String(newValue).replace('.', ',');
    changed[10] = '';
    changed[11] = '';
    changed[13] = '15/BC-UBND';
    changed[14] = 'https://chuvanan.haiphong.gov.vn/bao-cao-15';
    const fresh = [...(rows.find((r) => r[3] === '% (0–100)') as string[])];
    fresh[6] = '1';
    fresh[VALUE] = '45,5';
    // The template repeats a recorded numerator and denominator: a new figure goes without them.
    fresh[10] = '';
    fresh[11] = '';
    fresh[12] = 'khảo sát';
    const csv = Papa.unparse([header as string[], same, changed, fresh]);
    const editor = h.tokens.editors['chu-van-an'] as string;
    const started = await importCsv(csv, editor, { background: true });
    const job = started.data.importObservations?.data as Job;
    expect(job).toMatchObject({ dryRun: false, status: 'validating', processedRows: 0 });

    let latest = job;
    for (let i = 0; i < 100 && latest.status !== 'succeeded' && latest.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      latest = (await h.gql<{ importJob: Job }>(JOB, { id: job.id }, editor)).data.importJob;
      expect(latest.processedRows).toBeLessThanOrEqual(3);
    }
    const done = (
      await h.gql<{
        importJob: Job & { changes: { indicator: string; rows: number; corrections: number }[] };
      }>(JOB, { id: job.id }, editor)
    ).data.importJob;
    expect(done).toMatchObject({
      status: 'succeeded',
      totalRows: 3,
      processedRows: 3,
      newRows: 1,
      corrections: 1,
      unchanged: 1,
      conflicts: 0,
    });
    expect(done.changes.map((c) => [c.indicator, c.rows, c.corrections]).sort()).toEqual(
      [
        [changed[1], 1, 1],
        [fresh[1], 1, 0],
      ].sort(),
    );

    // The correction is version 2 of the seeded result, with its evidence; the seed stays.
    const versions = await h.db.prisma.observation.findMany({
      where: {
        wardSlug: 'chu-van-an',
        indicatorCode: changed[1],
        year: 2025,
        quarter: 0,
        month: 0,
      },
      orderBy: { version: 'asc' },
    });
    expect(versions.map((v) => [v.version, Number(v.value), v.source])).toEqual([
      [1, oldValue, 'seed'],
      [2, newValue, 'import'],
    ]);
    expect(versions[1]).toMatchObject({
      supersedesId: versions[0]?.id,
      evidenceNumber: '15/BC-UBND',
      evidenceUrl: 'https://chuvanan.haiphong.gov.vn/bao-cao-15',
      importJobId: job.id,
    });
    const freshRow = await h.db.prisma.observation.findFirst({
      where: { wardSlug: 'chu-van-an', indicatorCode: fresh[1], year: 2025, quarter: 1 },
    });
    expect(freshRow).toMatchObject({ version: 1, evidenceType: 'survey' });
    // The audit keeps old → new for the correction.
    const audit = await h.db.prisma.auditEvent.findFirst({
      where: { entityId: versions[1]?.id },
    });
    expect(audit).toMatchObject({
      wardSlug: 'chu-van-an',
      action: 'importObservations:ket-qua.csv',
    });
    expect(Number((audit?.before as { value?: string } | null)?.value)).toBe(oldValue);
    // The read API serves the corrected figure at once.
    const current = await h.gql<{
      observations: {
        edges: { node: { value: number; version: number; quarter: number | null } }[];
      };
    }>(
      `{ observations(filter: { ward: "chu-van-an", indicator: "${changed[1]}", year: 2025 }) { edges { node { value version quarter } } } }`,
    );
    expect(current.data.observations.edges.map((e) => e.node).filter((o) => !o.quarter)).toEqual([
      { value: newValue, version: 2, quarter: null },
    ]);
  });
});

describe('validateObservation', () => {
  it('says what recordObservation would say, and which result a save would correct', async () => {
    const bad = await h.gql<{
      validateObservation: {
        data: { valid: boolean; problems: { path: string[]; message: string }[] };
      };
    }>(
      VALIDATE,
      {
        input: {
          ward: 'hai-an',
          indicator: 'DTI_WARD_INDEX',
          year: 2025,
          value: 1.2,
          evidenceUrl: 'javascript:alert(1)',
        },
      },
      h.tokens.editor,
    );
    expect(bad.data.validateObservation.data).toEqual({
      valid: false,
      problems: [
        { path: ['input', 'value'], message: 'Chỉ số từ 0 đến 1 (ví dụ 0,77).' },
        {
          path: ['input', 'evidenceUrl'],
          message: 'Đường dẫn phải bắt đầu bằng http:// hoặc https:// và dài tối đa 2000 ký tự.',
        },
      ],
      current: null,
    });
    const seeded = await h.db.prisma.observation.findFirstOrThrow({
      where: { wardSlug: 'chu-van-an', year: 2025, value: { not: null }, correctedBy: null },
    });
    const ok = await h.gql<{
      validateObservation: { data: { valid: boolean; current: { id: string } | null } };
    }>(
      VALIDATE,
      {
        input: {
          ward: 'chu-van-an',
          indicator: seeded.indicatorCode,
          year: 2025,
          value: Number(seeded.value),
        },
      },
      h.tokens.admin,
    );
    expect(ok.data.validateObservation.data).toMatchObject({
      valid: true,
      current: { id: seeded.id },
    });
  });

  it('writes nothing', async () => {
    const before = await counts();
    await h.gql(
      VALIDATE,
      { input: { ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2026, value: 0.5 } },
      h.tokens.editor,
    );
    expect(await counts()).toEqual(before);
  });
});

describe('who may check, preview and import (authorisation matrix)', () => {
  const input = { ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2027, value: 0.5 };
  const csv = 'ward,indicator,year,value\nhai-an,DTI_WARD_INDEX,2027,"0,5"\n';

  it.each([
    ['nobody signed in', null, 'UNAUTHENTICATED'],
    ['a viewer', 'viewer', 'ForbiddenError'],
    ['another ward’s editor', 'hong-an', 'ForbiddenError'],
    ['the ward’s editor', 'hai-an', 'QueryValidateObservationSuccess'],
    ['a city administrator', 'admin', 'QueryValidateObservationSuccess'],
  ] as const)('validateObservation: %s (%s) → %s', async (_who, who, expected) => {
    const token =
      who === null
        ? null
        : who === 'viewer'
          ? h.tokens.viewer
          : who === 'admin'
            ? h.tokens.admin
            : (h.tokens.editors[who] as string);
    const res = await h.gql<{ validateObservation: { __typename: string } | null }>(
      VALIDATE,
      { input },
      token,
    );
    if (expected === 'UNAUTHENTICATED') {
      expect(res.data?.validateObservation ?? null).toBe(null);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } else expect(res.data.validateObservation?.__typename).toBe(expected);
  });

  it.each([
    ['a viewer', 'viewer', 1],
    ['another ward’s editor', 'hong-an', 1],
    ['the ward’s editor', 'hai-an', 0],
    ['a city administrator', 'admin', 0],
  ] as const)(
    'importObservations(dryRun): %s (%s) → %i row(s) refused',
    async (_who, who, refused) => {
      const token =
        who === 'viewer'
          ? h.tokens.viewer
          : who === 'admin'
            ? h.tokens.admin
            : (h.tokens.editors[who] as string);
      const res = await importCsv(csv, token, { dryRun: true });
      const job = res.data.importObservations?.data as Job;
      expect(job.conflicts).toBe(refused);
      expect(job.newRows).toBe(1 - refused);
      if (refused)
        expect(job.errors[0]).toMatchObject({
          row: 2,
          column: 'ward',
          message: 'Bạn không có quyền ghi kết quả của hai-an.',
        });
    },
  );

  it('importObservations(dryRun) with nobody signed in is refused before reading the file', async () => {
    const before = await counts();
    const res = await importCsv(csv, null, { dryRun: true });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
  });

  it('a background import is visible to its author and administrators only', async () => {
    const editor = h.tokens.editors['hai-an'] as string;
    const started = await importCsv(csv, editor, { background: true });
    const id = started.data.importObservations?.data?.id as string;
    const seen = async (token: string) =>
      (await h.gql<{ importJob: { id: string } | null }>(JOB, { id }, token)).data.importJob?.id ??
      null;
    expect(await seen(editor)).toBe(id);
    expect(await seen(h.tokens.admin)).toBe(id);
    expect(await seen(h.tokens.viewer)).toBe(null);
    expect(await seen(h.tokens.editors['hong-an'] as string)).toBe(null);
  });
});
