import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test-support.ts';
import { failInterruptedImports } from './import-observations.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h?.close();
});

const IMPORT = `mutation($fileName: String!, $format: ImportFormat!, $content: String!) {
  importObservations(fileName: $fileName, format: $format, contentBase64: $content) {
    __typename
    ... on MutationImportObservationsSuccess { data { id status totalRows validRows errorRows errors { row column message } } }
    ... on Error { message }
    ... on ValidationError { problems { path message } }
  }
}`;

interface Job {
  id: string;
  status: string;
  totalRows: number;
  validRows: number;
  errorRows: number;
  errors: { row: number; column: string | null; message: string }[];
}

async function importFile(
  content: Buffer,
  options: { format?: 'CSV' | 'XLSX'; ward?: string; lang?: 'en'; fileName?: string } = {},
) {
  const res = await h.gql<{
    importObservations: {
      __typename: string;
      data?: Job;
      message?: string;
      problems?: { path: string[]; message: string }[];
    };
  }>(
    IMPORT,
    {
      fileName: options.fileName ?? 'ket-qua.csv',
      format: options.format ?? 'CSV',
      content: content.toString('base64'),
    },
    h.tokens.editors[options.ward ?? 'hong-an'],
    options.lang ?? 'vi',
  );
  expect(res.errors).toBeUndefined();
  return res.data.importObservations;
}

/** Every stored result of a ward (current versions), and every ImportJob as stored. */
const observationsOf = (ward: string) =>
  h.db.prisma.observation.findMany({ where: { wardSlug: ward }, orderBy: { year: 'asc' } });

const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('import jobs always finish', () => {
  it.each([['constructor'], ['__proto__'], ['toString'], ['hasOwnProperty']])(
    'a "%s" header fails the job with the unknown column named',
    async (header) => {
      const result = await importFile(
        utf8(`ward,indicator,year,${header}\nhong-an,DS_VNEID,2026,1\n`),
        {
          lang: 'en',
        },
      );
      expect(result.data).toMatchObject({
        status: 'failed',
        errors: [
          {
            row: 0,
            column: null,
            message: expect.stringContaining(`Unknown column(s): "${header}"`),
          },
        ],
      });
    },
  );

  it('fails a file that is not an import at all, and every job it leaves is finished', async () => {
    for (const content of [
      Buffer.from([0xff, 0xfe]),
      Buffer.alloc(0),
      Buffer.from('\u0000\u0001'),
    ]) {
      const result = await importFile(content);
      expect(result.data?.status).toBe('failed');
      expect(result.data?.errors[0]?.message).not.toMatch(/object Object|undefined|TypeError/);
    }
    const unfinished = await h.db.prisma.importJob.count({
      where: { status: { in: ['pending', 'validating', 'applying'] } },
    });
    expect(unfinished).toBe(0);
  });

  it('refuses an over-long or control-character file name before creating a job', async () => {
    const before = await h.db.prisma.importJob.count();
    for (const fileName of ['x'.repeat(1_000_000), 'a\u0000b.csv', '']) {
      const res = await h.gql<{
        importObservations: { __typename: string; problems?: { path: string[] }[] } | null;
      }>(
        IMPORT,
        { fileName, format: 'CSV', content: utf8('ward,indicator,year\n').toString('base64') },
        h.tokens.editors['hong-an'],
        'en',
      );
      // Refused either at the GraphQL boundary (the input schema's limits) or by the import's own
      // check — in both cases naming the file name, and before any job exists.
      const boundary = res.errors?.[0];
      if (boundary) {
        expect(boundary.extensions?.code).toBe('BAD_USER_INPUT');
        expect(boundary.message).toMatch(/fileName/);
      } else {
        expect(res.data.importObservations?.__typename).toBe('ValidationError');
        expect(res.data.importObservations?.problems?.[0]?.path).toEqual(['fileName']);
      }
    }
    expect(await h.db.prisma.importJob.count()).toBe(before);
  });
});

describe('text encodings', () => {
  const CSV =
    'Phường,Mã chỉ tiêu,Năm,Giá trị,Ghi chú\nthanh-mien,DS_VNEID,2027,"62,5",Báo cáo quý IV — đã kiểm tra\n';

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(CSV)]), 2027],
    [
      'UTF-16 LE with a BOM',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(CSV.replace('2027', '2028'), 'utf16le'),
      ]),
      2028,
    ],
    [
      'UTF-16 BE with a BOM',
      Buffer.concat([
        Buffer.from([0xfe, 0xff]),
        Buffer.from(CSV.replace('2027', '2029'), 'utf16le').swap16(),
      ]),
      2029,
    ],
  ])('reads %s with its Vietnamese intact', async (_label, content, year) => {
    const result = await importFile(content, { ward: 'thanh-mien' });
    expect(result.data).toMatchObject({ status: 'succeeded', validRows: 1 });
    const stored = (await observationsOf('thanh-mien')).find((o) => o.year === year);
    expect(stored?.note).toBe('Báo cáo quý IV — đã kiểm tra');
    expect(Number(stored?.value)).toBe(62.5);
    // The read model has the imported result at once (the import hands it the rows it wrote).
    const trajectory = await h.gql<{ trajectory: { results: { year: number; value: number }[] } }>(
      '{ trajectory(ward: "thanh-mien", indicator: "DS_VNEID") { results { year value } } }',
    );
    expect(trajectory.data.trajectory.results).toContainEqual({ year, value: 62.5 });
  });

  it('refuses Windows-1258 with a message that says how to save as CSV UTF-8, and stores nothing', async () => {
    // "Ghi chú: Báo cáo" in Windows-1258: ú = 0xFA, á = 0xE1 (single bytes, invalid UTF-8).
    const cp1258 = Buffer.concat([
      utf8('ward,indicator,year,value,note\nhong-an,DS_VNEID,2026,50,Ghi ch'),
      Buffer.from([0xfa]),
      utf8(': B'),
      Buffer.from([0xe1]),
      utf8('o c'),
      Buffer.from([0xe1]),
      utf8('o\n'),
    ]);
    const before = (await observationsOf('hong-an')).length;
    const vi = await importFile(cp1258);
    expect(vi.data?.status).toBe('failed');
    expect(vi.data?.errors[0]?.message).toMatch(
      /không phải mã UTF-8.*dòng 2.*Windows-1258.*CSV UTF-8/,
    );
    const en = await importFile(cp1258, { lang: 'en' });
    expect(en.data?.errors[0]?.message).toMatch(/not UTF-8.*line 2.*CSV UTF-8/);
    expect((await observationsOf('hong-an')).length).toBe(before);
    const anyReplacement = await h.db.prisma.observation.count({
      where: { note: { contains: '\uFFFD' } },
    });
    expect(anyReplacement).toBe(0);
  });

  it('refuses UTF-16 without a byte-order mark', async () => {
    const result = await importFile(
      Buffer.from('ward,indicator,year\nhong-an,DS_VNEID,2026\n', 'utf16le'),
    );
    expect(result.data?.errors[0]?.message).toMatch(/UTF-16.*BOM/);
  });
});

describe('rows the file cannot hold', () => {
  it('refuses a row with more cells than the header (an unquoted comma in a note)', async () => {
    const csv = 'ward,indicator,year,value,note\nhong-an,DS_VNEID,2026,50,Báo cáo, quý IV\n';
    const result = await importFile(utf8(csv));
    expect(result.data).toMatchObject({ status: 'failed', errorRows: 1 });
    expect(result.data?.errors).toEqual([
      { row: 2, column: null, message: expect.stringMatching(/1 ô thừa.*ngoặc kép/) },
    ]);
    const quoted = await importFile(utf8(csv.replace('Báo cáo, quý IV', '"Báo cáo, quý IV"')));
    expect(quoted.data?.status).toBe('succeeded');
    expect((await observationsOf('hong-an')).find((o) => o.year === 2026)?.note).toBe(
      'Báo cáo, quý IV',
    );
  });

  it('ignores empty trailing cells, which spreadsheets add', async () => {
    const csv = 'ward,indicator,year,value,,\nhong-an,DG_DATA_CENTRALISED,2026,40,,\n';
    expect((await importFile(utf8(csv))).data?.status).toBe('succeeded');
  });

  it.each([
    ['seven decimals', 'DTI_WARD_INDEX', '"0,0000001"', /6 chữ số sau dấu phẩy \(số này có 7\)/],
    [
      '1e15 đồng',
      'RES_BUDGET_SPENT_VND',
      '1.000.000.000.000.000',
      /tối đa 99\.999\.999\.999\.999,999999/,
    ],
    ['a word', 'DS_VNEID', 'tám mươi', /"tám mươi" không phải là số/],
  ])(
    'refuses %s as a row error with the allowed range',
    async (_label, indicator, value, message) => {
      const result = await importFile(
        utf8(`ward,indicator,year,value\nhong-an,${indicator},2031,${value}\n`),
      );
      expect(result.data?.errors).toEqual([
        { row: 2, column: 'value', message: expect.stringMatching(message) },
      ]);
      expect((await observationsOf('hong-an')).some((o) => o.year === 2031)).toBe(false);
    },
  );

  it('refuses a note with a NUL byte or longer than 2,000 characters', async () => {
    const long = 'x'.repeat(2_001);
    const result = await importFile(
      utf8(
        `ward,indicator,year,value,note\nhong-an,DS_VNEID,2032,5,${long}\nhong-an,DS_VNEID,2033,5,"a\u0007b"\n`,
      ),
    );
    expect(result.data?.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'note'],
      [3, 'note'],
    ]);
  });
});

describe('database failures', () => {
  it('stores and returns a clear message, never Prisma’s invocation text, and writes nothing', async () => {
    await h.db.withSession(async (s) => {
      await s.query(`CREATE OR REPLACE FUNCTION test_boom() RETURNS trigger AS $$
        BEGIN
          IF NEW.note = 'boom' THEN RAISE EXCEPTION 'boom in /secret/app/src/observations.ts:72'; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql`);
      await s.query(
        'CREATE TRIGGER test_boom BEFORE INSERT ON "Observation" FOR EACH ROW EXECUTE FUNCTION test_boom()',
      );
    });
    try {
      const before = (await observationsOf('hong-an')).length;
      const csv =
        'ward,indicator,year,value,note\nhong-an,DS_VNEID,2034,5,fine\nhong-an,DS_VNEID,2035,5,boom\n';
      const result = await importFile(utf8(csv));
      expect(result.data?.status).toBe('failed');
      const stored = await h.db.prisma.importJob.findUniqueOrThrow({
        where: { id: result.data?.id ?? '' },
      });
      const text = JSON.stringify([stored.errors, result]);
      expect(text).not.toMatch(/invocation|prisma|\/secret|\.ts:\d|observation\.create/i);
      expect(result.data?.errors[0]?.message).toMatch(
        /^Lỗi không mong đợi khi ghi dữ liệu \(mã lỗi [0-9a-f-]{36}.*Không có dòng nào được ghi/,
      );
      expect((await observationsOf('hong-an')).length).toBe(before);
    } finally {
      await h.db.withSession((s) => s.query('DROP TRIGGER test_boom ON "Observation"'));
    }
  });
});

describe('workbooks', () => {
  const workbook = async (build: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    build(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  it('imports the first visible sheet, not a hidden first one', async () => {
    const content = await workbook((wb) => {
      const hidden = wb.addWorksheet('Nháp');
      hidden.state = 'hidden';
      hidden.addRow(['ward', 'indicator', 'year', 'value']);
      hidden.addRow(['hong-bang', 'DS_VNEID', 2036, 11]);
      const visible = wb.addWorksheet('Kết quả');
      visible.addRow(['ward', 'indicator', 'year', 'value']);
      visible.addRow(['hong-bang', 'DS_VNEID', 2037, 22]);
    });
    const result = await importFile(content, { format: 'XLSX', ward: 'hong-bang' });
    expect(result.data).toMatchObject({ status: 'succeeded', validRows: 1 });
    const years = (await observationsOf('hong-bang')).map((o) => o.year);
    expect(years).toContain(2037);
    expect(years).not.toContain(2036);
  });

  it('reads rich text and hyperlinks as their text, and names a formula error cell', async () => {
    const content = await workbook((wb) => {
      const s = wb.addWorksheet('Kết quả');
      s.addRow(['ward', 'indicator', 'year', 'value', 'note']);
      s.addRow([
        'hong-bang',
        'DG_ONLINE_DOSSIERS',
        2038,
        50,
        { richText: [{ text: 'Báo cáo ' }, { font: { bold: true }, text: 'quý IV' }] },
      ]);
      s.addRow([
        'hong-bang',
        'DG_ONLINE_DOSSIERS',
        2039,
        51,
        { text: 'nguồn', hyperlink: 'https://haiphong.gov.vn' },
      ]);
    });
    const result = await importFile(content, { format: 'XLSX', ward: 'hong-bang' });
    expect(result.data).toMatchObject({ status: 'succeeded', validRows: 2 });
    const notes = (await observationsOf('hong-bang')).map((o) => o.note);
    expect(notes).toEqual(expect.arrayContaining(['Báo cáo quý IV', 'nguồn']));

    const broken = await workbook((wb) => {
      const s = wb.addWorksheet('Kết quả');
      s.addRow(['ward', 'indicator', 'year', 'value']);
      s.addRow(['hong-bang', 'DG_ONLINE_DOSSIERS', 2040, { error: '#DIV/0!' }]);
    });
    const failed = await importFile(broken, { format: 'XLSX', ward: 'hong-bang', lang: 'en' });
    expect(failed.data?.errors[0]?.message).toBe(
      'The cell at row 2, column 4 holds the formula error #DIV/0!; fix that cell.',
    );
  });

  it('reads spreadsheet numbers in exponent form as numbers (1e-7 is refused for its decimals)', async () => {
    const content = await workbook((wb) => {
      const s = wb.addWorksheet('Kết quả');
      s.addRow(['ward', 'indicator', 'year', 'value']);
      s.addRow(['hong-bang', 'DTI_WARD_INDEX', 2041, 0.0000001]);
      s.addRow(['hong-bang', 'RES_BUDGET_SPENT_VND', 2041, 1e21]);
    });
    const result = await importFile(content, { format: 'XLSX', ward: 'hong-bang', lang: 'en' });
    expect(result.data?.errors).toEqual([
      {
        row: 2,
        column: 'value',
        message: expect.stringMatching(/6 decimal places \(this number has 7\)/),
      },
      { row: 3, column: 'value', message: expect.stringMatching(/^Too large/) },
    ]);
  });

  it('never says [object Object], whatever the damage', async () => {
    const good = await workbook((wb) => {
      wb.addWorksheet('Kết quả').addRow(['ward', 'indicator', 'year']);
    });
    const damaged = [
      good.subarray(0, good.length / 2),
      Buffer.concat([good.subarray(0, 100), Buffer.alloc(500), good.subarray(600)]),
      utf8('PK\u0003\u0004 not really a zip'),
    ];
    for (const content of damaged) {
      const result = await importFile(content, { format: 'XLSX' });
      expect(result.data?.status).toBe('failed');
      expect(result.data?.errors[0]?.message).toMatch(/^Tệp|^Không đọc được|^Sổ tính/);
      expect(result.data?.errors[0]?.message).not.toMatch(/object Object|undefined/);
    }
  });
});

describe('all or nothing at 5,000 rows', () => {
  it('writes 5,000 rows in one go, or none when the last one is wrong', async () => {
    // 12 months × 30 years = 360 distinct periods per indicator: use several indicators.
    const codes = h.gateway.store.snapshot.indicators
      .filter((i) => i.unit === 'percent')
      .map((i) => i.code);
    const lines: string[] = [];
    for (const code of codes) {
      for (let y = 2020; y <= 2050 && lines.length < 5_000; y++)
        for (let m = 1; m <= 12 && lines.length < 5_000; m++)
          lines.push(`chu-van-an,${code},${y},${(lines.length % 100) + 0.5},${m}`);
    }
    expect(lines).toHaveLength(5_000);
    const header = 'ward,indicator,year,value,month\n';
    const bad = [...lines.slice(0, 4_999), 'chu-van-an,DS_VNEID,2020,101,1'];
    const failed = await importFile(utf8(header + bad.join('\n')), { ward: 'chu-van-an' });
    expect(failed.data).toMatchObject({ status: 'failed', totalRows: 5_000, errorRows: 1 });
    const before = (await observationsOf('chu-van-an')).length;
    const ok = await importFile(utf8(header + lines.join('\n')), { ward: 'chu-van-an' });
    expect(ok.data).toMatchObject({ status: 'succeeded', totalRows: 5_000, validRows: 5_000 });
    expect((await observationsOf('chu-van-an')).length).toBe(before + 5_000);
    expect(
      await h.db.prisma.auditEvent.count({
        where: { entityType: 'Observation', action: 'importObservations:ket-qua.csv' },
      }),
    ).toBeGreaterThanOrEqual(5_000);
  }, 120_000);
});

describe('imports interrupted by a crash', () => {
  it('are marked failed with a reason at start-up; finished ones are left alone', async () => {
    const make = (status: 'validating' | 'applying' | 'succeeded', createdAt = new Date()) =>
      h.db.prisma.importJob.create({
        data: {
          fileName: `${status}.csv`,
          format: 'csv',
          status,
          createdById: h.users.editor,
          createdAt,
        },
      });
    const validating = await make('validating');
    const applying = await make('applying', new Date(Date.now() - 3_600_000));
    const done = await make('succeeded');

    // PostgreSQL (other gateways may be importing): only jobs older than the timeout.
    const onPostgres = await failInterruptedImports(
      { kind: 'postgres', prisma: h.db.prisma },
      { timeoutMs: 600_000 },
    );
    expect(onPostgres).toBe(1);
    const status = async (id: string) =>
      (await h.db.prisma.importJob.findUniqueOrThrow({ where: { id } })).status;
    expect(await status(applying.id)).toBe('failed');
    expect(await status(validating.id)).toBe('validating');

    // The embedded database has one process: everything unfinished at start-up is an orphan.
    expect(await failInterruptedImports(h.db, { timeoutMs: 600_000 })).toBe(1);
    expect(await status(validating.id)).toBe('failed');
    expect(await status(done.id)).toBe('succeeded');

    const job = await h.gql<{
      importJob: { status: string; errors: { row: number; message: string }[] };
    }>(
      'query($id: ID!) { importJob(id: $id) { status errors { row message } } }',
      { id: validating.id },
      h.tokens.editor,
      'en',
    );
    expect(job.data.importJob).toEqual({
      status: 'failed',
      errors: [{ row: 0, message: expect.stringMatching(/interrupted.*nothing was written/) }],
    });
  });
});
