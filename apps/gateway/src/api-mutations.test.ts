import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, PASSWORD, startHarness } from './test-support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const RECORD = `mutation($input: RecordObservationInput!) {
  recordObservation(input: $input) {
    __typename
    ... on MutationRecordObservationSuccess { data { id version value } }
    ... on Error { message }
    ... on ValidationError { problems { path message } }
  }
}`;
const CORRECT = `mutation($id: ID!, $input: CorrectObservationInput!) {
  correctObservation(id: $id, input: $input) {
    __typename
    ... on MutationCorrectObservationSuccess { data { id version value supersedesId history { version value } } }
    ... on Error { message }
  }
}`;
const IMPORT = `mutation($fileName: String!, $format: ImportFormat!, $content: String!) {
  importObservations(fileName: $fileName, format: $format, contentBase64: $content) {
    __typename
    ... on MutationImportObservationsSuccess { data { status totalRows validRows errorRows errors { row column message } } }
    ... on Error { message }
  }
}`;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const EN = 'en' as const;

type Result<T> = {
  __typename: string;
  data?: T;
  message?: string;
  problems?: { path: string[]; message: string }[];
};

describe('recording and correcting results', () => {
  it('records a result for the editor’s own ward, then corrects it keeping history', async () => {
    const recorded = await h.gql<{
      recordObservation: Result<{ id: string; version: number; value: number }>;
    }>(
      RECORD,
      { input: { ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2025, value: 0.71 } },
      h.tokens.editor,
    );
    expect(recorded.data.recordObservation).toMatchObject({
      __typename: 'MutationRecordObservationSuccess',
      data: { version: 1, value: 0.71 },
    });
    const id = recorded.data.recordObservation.data?.id;
    const corrected = await h.gql<{
      correctObservation: Result<{
        version: number;
        value: number;
        supersedesId: string;
        history: { version: number; value: number }[];
      }>;
    }>(CORRECT, { id, input: { value: 0.73, note: 'Sở KHCN công bố lại' } }, h.tokens.editor);
    expect(corrected.data.correctObservation.data).toMatchObject({
      version: 2,
      value: 0.73,
      supersedesId: id,
      history: [
        { version: 1, value: 0.71 },
        { version: 2, value: 0.73 },
      ],
    });
    // The scorecard follows at once: 0,73 against the expected 0,77.
    const card = await h.gql<{
      scorecard: { entries: { indicator: { code: string }; status: string; attainment: number }[] };
    }>(
      '{ scorecard(ward: "hai-an", year: 2025) { entries { indicator { code } status attainment } } }',
    );
    const dti = card.data.scorecard.entries.find((e) => e.indicator.code === 'DTI_WARD_INDEX');
    expect(dti?.status).toBe('AT_RISK');
    // 0,73 / 0,77 = 0,94805…, published with 4 decimals.
    expect(dti?.attainment).toBe(0.9481);
    // And the audit log has both writes, old → new.
    const audit = await h.gql<{
      auditLog: {
        action: string;
        actor: string;
        ward: string | null;
        before: { value?: string } | null;
        after: { value: string };
      }[];
    }>(
      '{ auditLog(filter: { entityType: "Observation", ward: "hai-an", limit: 2 }) { action actor ward before after } }',
      {},
      h.tokens.admin,
    );
    expect(
      audit.data.auditLog.map((e) => [
        e.action,
        e.actor,
        e.ward,
        e.before?.value ?? null,
        e.after.value,
      ]),
    ).toEqual([
      [
        'correctObservation',
        'editor@hai-an.haiphong.gov.vn (ward_editor)',
        'hai-an',
        '0.71',
        '0.73',
      ],
      ['recordObservation', 'editor@hai-an.haiphong.gov.vn (ward_editor)', 'hai-an', null, '0.71'],
    ]);
    // Filtering by another ward finds none of these writes.
    const other = await h.gql<{ auditLog: unknown[] }>(
      '{ auditLog(filter: { entityType: "Observation", ward: "hong-an" }) { id } }',
      {},
      h.tokens.admin,
    );
    expect(other.data.auditLog).toEqual([]);
  });

  it.each([
    [
      'a percentage above 100',
      { indicator: 'DS_VNEID', year: 2025, value: 120 },
      ['input', 'value'],
      /0–100/,
    ],
    [
      'an index above 1',
      { indicator: 'DTI_WARD_INDEX', year: 2026, value: 77 },
      ['input', 'value'],
      /0–1/,
    ],
    [
      'a year out of range',
      { indicator: 'DS_VNEID', year: 1999, value: 50 },
      ['input', 'year'],
      /2020 to 2050/,
    ],
    [
      'a thirteenth month',
      { indicator: 'DS_VNEID', year: 2026, month: 13, value: 50 },
      ['input', 'month'],
      /1–12/,
    ],
    [
      'a quarter and a month',
      { indicator: 'DS_VNEID', year: 2026, quarter: 1, month: 2, value: 50 },
      ['input', 'month'],
      /not both/,
    ],
    [
      'a fraction that does not give the value',
      { indicator: 'DS_VNEID', year: 2026, value: 50, numerator: 1, denominator: 4 },
      ['input', 'value'],
      /25\.00%/,
    ],
  ])('rejects %s with a field-level validation error', async (_label, fields, path, message) => {
    const res = await h.gql<{ recordObservation: Result<never> }>(
      RECORD,
      { input: { ward: 'hai-an', ...fields } },
      h.tokens.editor,
      EN,
    );
    const result = res.data.recordObservation;
    expect(result.__typename).toBe('ValidationError');
    expect(result.problems).toEqual(
      expect.arrayContaining([{ path, message: expect.stringMatching(message) }]),
    );
  });

  it('explains a refusal in Vietnamese unless the request prefers English', async () => {
    const input = { ward: 'hai-an', indicator: 'DS_VNEID', year: 2025, value: 120 };
    const vi = await h.gql<{ recordObservation: Result<never> }>(
      RECORD,
      { input },
      h.tokens.editor,
    );
    expect(vi.data.recordObservation.problems).toEqual([
      { path: ['input', 'value'], message: expect.stringMatching(/^Tỷ lệ phần trăm từ 0 đến 100/) },
    ]);
  });

  it('refuses 1e15 đồng and 0.0000001 as validation errors that give the column’s limits', async () => {
    const big = await h.gql<{ recordObservation: Result<never> }>(
      RECORD,
      { input: { ward: 'hai-an', indicator: 'RES_BUDGET_SPENT_VND', year: 2026, value: 1e15 } },
      h.tokens.editor,
      EN,
    );
    expect(big.data.recordObservation).toMatchObject({
      __typename: 'ValidationError',
      problems: [
        // The input schema's bound (1e14) is stricter than the column's (numeric(20,6)).
        {
          path: ['input', 'value'],
          message: expect.stringMatching(/1e14|99,999,999,999,999\.999999/),
        },
      ],
    });
    const tiny = await h.gql<{ recordObservation: Result<never> }>(
      RECORD,
      { input: { ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2027, value: 0.0000001 } },
      h.tokens.editor,
      EN,
    );
    expect(tiny.data.recordObservation.problems).toEqual([
      { path: ['input', 'value'], message: expect.stringMatching(/6 decimal places/) },
    ]);
  });

  it('reports an unknown ward or indicator as not found', async () => {
    const ward = await h.gql<{ recordObservation: Result<never> }>(
      RECORD,
      { input: { ward: 'atlantis', indicator: 'DS_VNEID', year: 2025, value: 1 } },
      h.tokens.admin,
    );
    expect(ward.data.recordObservation).toMatchObject({
      __typename: 'NotFoundError',
      message: 'Ward atlantis does not exist.',
    });
    const indicator = await h.gql<{ recordObservation: Result<never> }>(
      RECORD,
      { input: { ward: 'hai-an', indicator: 'NOPE', year: 2025, value: 1 } },
      h.tokens.admin,
    );
    expect(indicator.data.recordObservation.__typename).toBe('NotFoundError');
  });

  it('refuses a second result for the same period as a conflict', async () => {
    const input = { ward: 'hong-bang', indicator: 'DG_SATISFACTION', year: 2026, value: 96 };
    expect(
      (await h.gql<{ recordObservation: Result<never> }>(RECORD, { input }, h.tokens.admin)).data
        .recordObservation.__typename,
    ).toBe('MutationRecordObservationSuccess');
    expect(
      (await h.gql<{ recordObservation: Result<never> }>(RECORD, { input }, h.tokens.admin)).data
        .recordObservation.__typename,
    ).toBe('ConflictError');
  });

  it('asks for a token before any write', async () => {
    const res = await h.gql(RECORD, {
      input: { ward: 'hai-an', indicator: 'DS_VNEID', year: 2025, value: 1 },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('importing results from files', () => {
  it('imports a valid Vietnamese CSV (decimal commas) in one go', async () => {
    const csv =
      '\uFEFFPhường,Mã chỉ tiêu,Năm,Giá trị,Tử số,Mẫu số,Ghi chú\nthanh-mien,DG_ONLINE_SERVICE_USAGE,2025,"62,5",5,8,Báo cáo quý IV\nthanh-mien,DE_CASHLESS_TRANSACTIONS,2025,"71,3",,,\n';
    const res = await h.gql<{
      importObservations: Result<{
        status: string;
        totalRows: number;
        validRows: number;
        errors: unknown[];
      }>;
    }>(
      IMPORT,
      { fileName: 'thanh-mien-2025.csv', format: 'CSV', content: b64(csv) },
      h.tokens.editors['thanh-mien'],
    );
    expect(res.data.importObservations.data).toEqual({
      status: 'succeeded',
      totalRows: 2,
      validRows: 2,
      errorRows: 0,
      errors: [],
    });
    const results = await h.gql<{
      observations: { edges: { node: { value: number; source: string } }[] };
    }>(
      '{ observations(filter: { ward: "thanh-mien", year: 2025 }) { edges { node { value source } } } }',
    );
    expect(
      results.data.observations.edges.map((e) => e.node).sort((a, b) => a.value - b.value),
    ).toEqual([
      { value: 62.5, source: 'IMPORT' },
      { value: 71.3, source: 'IMPORT' },
    ]);
  });

  it('imports nothing when any row is wrong, and says which rows and columns', async () => {
    const csv =
      'ward,indicator,year,value\nhong-an,DG_DOSSIER_DIGITISATION,2026,88\nhong-an,NOPE,2026,5\nhong-an,DG_DATA_CENTRALISED,2026,abc\nhai-an,DS_VNEID,2026,80\nhong-an,DG_DOSSIER_DIGITISATION,2026,89\n';
    const res = await h.gql<{
      importObservations: Result<{
        status: string;
        validRows: number;
        errorRows: number;
        errors: { row: number; column: string | null; message: string }[];
      }>;
    }>(
      IMPORT,
      { fileName: 'bad.csv', format: 'CSV', content: b64(csv) },
      h.tokens.editors['hong-an'],
      EN,
    );
    const job = res.data.importObservations.data;
    expect(job?.status).toBe('failed');
    expect(job?.errorRows).toBe(4);
    expect(job?.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'indicator'],
      [4, 'value'],
      [5, 'ward'],
      [6, null],
    ]);
    expect(job?.errors[3]?.message).toMatch(/row 2/);
    const written = await h.gql<{ observations: { edges: unknown[] } }>(
      '{ observations(filter: { ward: "hong-an" }) { edges { cursor } } }',
    );
    expect(written.data.observations.edges).toHaveLength(0);
  });

  it('reports a malformed file as an error of the file itself', async () => {
    const res = await h.gql<{
      importObservations: Result<{ status: string; errors: { row: number; message: string }[] }>;
    }>(
      IMPORT,
      { fileName: 'x.csv', format: 'CSV', content: b64('foo,bar\n1,2\n') },
      h.tokens.admin,
      EN,
    );
    expect(res.data.importObservations.data?.status).toBe('failed');
    expect(res.data.importObservations.data?.errors[0]).toMatchObject({
      row: 0,
      message: expect.stringMatching(/Unknown column/),
    });
    const xlsx = await h.gql<{
      importObservations: Result<{ status: string; errors: { row: number; message: string }[] }>;
    }>(
      IMPORT,
      { fileName: 'x.xlsx', format: 'XLSX', content: b64('not a workbook') },
      h.tokens.admin,
    );
    expect(xlsx.data.importObservations.data?.errors[0]).toMatchObject({
      row: 0,
      message: expect.stringMatching(/^Tệp không phải sổ tính Excel \(\.xlsx\) hợp lệ/),
    });
  });

  it('keeps each import job readable by its author and administrators only', async () => {
    const csv = 'ward,indicator,year,value\nhai-an,DE_SME_DIGITAL_ADOPTION,2026,41\n';
    const started = await h.gql<{ importObservations: { data: { id: string } } }>(
      'mutation($c: String!) { importObservations(fileName: "hai-an.csv", format: CSV, contentBase64: $c) { ... on MutationImportObservationsSuccess { data { id } } } }',
      { c: b64(csv) },
      h.tokens.editor,
    );
    const id = started.data.importObservations.data.id;
    const q = 'query($id: ID!) { importJob(id: $id) { status validRows } }';
    expect((await h.gql(q, { id }, h.tokens.editor)).data).toEqual({
      importJob: { status: 'succeeded', validRows: 1 },
    });
    expect((await h.gql(q, { id }, h.tokens.admin)).data).toEqual({
      importJob: { status: 'succeeded', validRows: 1 },
    });
    expect((await h.gql(q, { id }, h.tokens.viewer)).data).toEqual({ importJob: null });
    expect((await h.gql(q, { id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('imports an XLSX workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Kết quả');
    sheet.addRow(['ward', 'indicator', 'year', 'value']);
    sheet.addRow(['hong-bang', 'DG_ONLINE_DOSSIERS', 2026, 91.5]);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const res = await h.gql<{ importObservations: Result<{ status: string; validRows: number }> }>(
      IMPORT,
      { fileName: 'hb.xlsx', format: 'XLSX', content },
      h.tokens.editors['hong-bang'],
    );
    expect(res.data.importObservations.data).toMatchObject({ status: 'succeeded', validRows: 1 });
  });
});

describe('tasks, users and tokens', () => {
  it('changes a task’s status with history and audit', async () => {
    const q =
      'mutation($id: ID!, $s: TaskStatus!) { updateTaskStatus(taskId: $id, status: $s, note: "Đã trình UBND") { __typename ... on MutationUpdateTaskStatusSuccess { data { status history { from to note } } } ... on Error { message } } }';
    const res = await h.gql<{
      updateTaskStatus: Result<{
        status: string;
        history: { from: string; to: string; note: string }[];
      }>;
    }>(q, { id: 'hong-bang/13', s: 'IN_PROGRESS' }, h.tokens.editors['hong-bang']);
    expect(res.data.updateTaskStatus.data).toEqual({
      status: 'IN_PROGRESS',
      history: [{ from: 'NOT_STARTED', to: 'IN_PROGRESS', note: 'Đã trình UBND' }],
    });
    const tasks = await h.gql<{ tasks: { status: string }[] }>(
      '{ tasks(filter: { ward: "hong-bang", status: IN_PROGRESS }) { status } }',
    );
    expect(tasks.data.tasks).toHaveLength(1);
  });

  it('keeps who changed a task, the evidence, and refuses "done" without evidence (nothing written)', async () => {
    const q =
      'mutation($id: ID!, $s: TaskStatus!, $e: String) { updateTaskStatus(taskId: $id, status: $s, note: "Đã hoàn thành", evidence: $e) { __typename ... on MutationUpdateTaskStatusSuccess { data { status history { from to note evidence by } } } ... on ValidationError { message problems { path message } } } }';
    type Res = {
      updateTaskStatus: Result<{ status: string; history: Record<string, string>[] }> & {
        problems?: { path: string[]; message: string }[];
      };
    };
    const refused = await h.gql<Res>(
      q,
      { id: 'hong-bang/12', s: 'DONE' },
      h.tokens.editors['hong-bang'],
    );
    expect(refused.data.updateTaskStatus.__typename).toBe('ValidationError');
    expect(refused.data.updateTaskStatus.message).toMatch(/^Cần minh chứng/);
    expect(refused.data.updateTaskStatus.problems?.[0]?.path).toEqual(['evidence']);
    const english = await h.gql<Res>(
      q,
      { id: 'hong-bang/12', s: 'DONE', e: '   ' },
      h.tokens.editors['hong-bang'],
      'en',
    );
    expect(english.data.updateTaskStatus.message).toMatch(/^Evidence is needed/);
    const unchanged = await h.gql<{ tasks: { status: string; history: unknown[] }[] }>(
      '{ tasks(filter: { ward: "hong-bang" }) { code status history { to } } }',
    );
    expect(unchanged.data.tasks.find((t) => (t as { code?: string }).code === '12')).toEqual({
      code: '12',
      status: 'NOT_STARTED',
      history: [],
    });

    const done = await h.gql<Res>(
      q,
      { id: 'hong-bang/12', s: 'DONE', e: 'Báo cáo số 45/BC-UBND ngày 20/11/2026' },
      h.tokens.editors['hong-bang'],
    );
    expect(done.data.updateTaskStatus.data).toEqual({
      status: 'DONE',
      history: [
        {
          from: 'NOT_STARTED',
          to: 'DONE',
          note: 'Đã hoàn thành',
          evidence: 'Báo cáo số 45/BC-UBND ngày 20/11/2026',
          by: expect.any(String),
        },
      ],
    });
    expect(done.data.updateTaskStatus.data?.history[0]?.by?.length).toBeGreaterThan(0);

    const tooLong = await h.gql<{ updateTaskStatus: { __typename: string } }>(
      q,
      { id: 'hong-bang/11', s: 'IN_PROGRESS', e: 'x'.repeat(501) },
      h.tokens.editors['hong-bang'],
    );
    expect(tooLong.data.updateTaskStatus.__typename).toBe('ValidationError');
  });

  it('names the indicators each task moves, with the reviewed reason', async () => {
    const res = await h.gql<{
      tasks: { code: string; indicators: { code: string }[]; indicatorReason: string }[];
    }>('{ tasks(filter: { ward: "hong-bang" }) { code indicators { code } indicatorReason } }');
    const byCode = new Map(res.data.tasks.map((t) => [t.code, t]));
    expect(byCode.get('4')?.indicators).toEqual([{ code: 'DG_ONLINE_DOSSIERS' }]);
    expect(
      byCode
        .get('11')
        ?.indicators.map((i) => i.code)
        .sort(),
    ).toEqual(['STI_CITY_LEVEL_INITIATIVES', 'STI_INITIATIVES_APPLIED']);
    const none = await h.gql<{
      tasks: { code: string; indicators: unknown[]; indicatorReason: string }[];
    }>('{ tasks(filter: { ward: "hai-an" }) { code indicators { code } indicatorReason } }');
    const plk1 = none.data.tasks.find((t) => t.code === 'PLK-1');
    expect(plk1?.indicators).toEqual([]);
    expect(plk1?.indicatorReason).toMatch(/no measured figure/);
  });

  it('signs in, issues and revokes tokens', async () => {
    const signIn = await h.gql<{ signIn: Result<{ token: string; user: { role: string } }> }>(
      'mutation { signIn(email: "Viewer@HaiPhong.gov.vn", password: "' +
        PASSWORD +
        '") { __typename ... on MutationSignInSuccess { data { token user { role } } } ... on Error { message } } }',
    );
    const token = signIn.data.signIn.data?.token as string;
    expect(token).toMatch(/^lt_/);
    expect((await h.gql('{ me { role } }', {}, token)).data).toEqual({ me: { role: 'VIEWER' } });
    const wrong = await h.gql<{ signIn: Result<never> }>(
      'mutation { signIn(email: "viewer@haiphong.gov.vn", password: "sai-mat-khau") { __typename ... on Error { message } } }',
    );
    expect(wrong.data.signIn).toEqual({
      __typename: 'ValidationError',
      message: 'Sai thư điện tử hoặc mật khẩu.',
    });

    const issued = await h.gql<{
      issueApiToken: Result<{ token: string; apiToken: { id: string } }>;
    }>(
      'mutation { issueApiToken(name: "Power BI", expiresInDays: 90) { __typename ... on MutationIssueApiTokenSuccess { data { token apiToken { id } } } } }',
      {},
      token,
    );
    const apiToken = issued.data.issueApiToken.data;
    expect((await h.gql('{ me { role } }', {}, apiToken?.token)).data).toEqual({
      me: { role: 'VIEWER' },
    });
    await h.gql(
      'mutation($id: ID!) { revokeApiToken(id: $id) { __typename } }',
      { id: apiToken?.apiToken.id },
      token,
    );
    expect((await h.gql('{ me { role } }', {}, apiToken?.token)).data).toEqual({ me: null });
  });

  it('lets a city administrator create and scope users, and nobody else', async () => {
    const q =
      'mutation($input: UserInput!) { createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { email role wards } } ... on Error { message } ... on ValidationError { problems { path message } } } }';
    const input = {
      email: 'new.editor@hong-an.haiphong.gov.vn',
      name: 'Cán bộ Hồng An',
      role: 'WARD_EDITOR',
      wards: ['hong-an'],
      password: 'mot-mat-khau-dai',
    };
    expect(
      (await h.gql<{ createUser: Result<never> }>(q, { input }, h.tokens.editor)).data.createUser
        .__typename,
    ).toBe('ForbiddenError');
    expect(
      (await h.gql<{ createUser: Result<unknown> }>(q, { input }, h.tokens.admin)).data.createUser,
    ).toMatchObject({ data: { role: 'WARD_EDITOR', wards: ['hong-an'] } });
    expect(
      (await h.gql<{ createUser: Result<never> }>(q, { input }, h.tokens.admin)).data.createUser
        .__typename,
    ).toBe('ConflictError');
    const bad = await h.gql<{ createUser: Result<never> }>(
      q,
      { input: { ...input, email: 'not-an-email', wards: [] } },
      h.tokens.admin,
    );
    // The form of each field is checked first, then the rules between fields and the data.
    expect(bad.data.createUser.problems?.map((p) => p.path.join('.'))).toEqual(['input.email']);
    const noWard = await h.gql<{ createUser: Result<never> }>(
      q,
      { input: { ...input, email: 'other@hong-an.haiphong.gov.vn', wards: [] } },
      h.tokens.admin,
    );
    expect(noWard.data.createUser.problems?.map((p) => p.path.join('.'))).toEqual(['input.wards']);
  });
});
