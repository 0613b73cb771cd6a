import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, WARD_SLUGS } from './test-support.ts';

/**
 * The authorisation matrix: 3 roles (city admin, a ward editor of Hải An, a viewer) × 5 wards ×
 * every ward-scoped mutation, plus the admin-only ones. Allowed: admins everywhere, the editor in
 * Hải An only, the viewer nowhere.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // A result in every ward for the corrections to act on.
  for (const [i, ward] of WARD_SLUGS.entries()) {
    await h.gql(
      'mutation($input: RecordObservationInput!) { recordObservation(input: $input) { __typename } }',
      { input: { ward, indicator: 'DS_VNEID', year: 2040 + i, value: 50 } },
      h.tokens.admin,
    );
  }
});
afterAll(async () => {
  await h.close();
});

type RoleName = 'admin' | 'editor' | 'viewer';
const ROLES: RoleName[] = ['admin', 'editor', 'viewer'];
const allowed = (role: RoleName, ward: string) =>
  role === 'admin' || (role === 'editor' && ward === 'hai-an');

let counter = 0;
const nextYear = () => 2021 + (counter++ % 29);

const MUTATIONS: Record<string, (ward: string, token: string) => Promise<string>> = {
  recordObservation: async (ward, token) => {
    const res = await h.gql<{ recordObservation: { __typename: string } }>(
      'mutation($input: RecordObservationInput!) { recordObservation(input: $input) { __typename } }',
      { input: { ward, indicator: 'DG_SATISFACTION', year: nextYear(), value: 90 } },
      token,
    );
    return res.data.recordObservation.__typename;
  },
  correctObservation: async (ward, token) => {
    const current = await h.gql<{ observations: { edges: { node: { id: string } }[] } }>(
      'query($ward: String!) { observations(filter: { ward: $ward, indicator: "DS_VNEID" }) { edges { node { id } } } }',
      { ward },
    );
    const id = current.data.observations.edges[0]?.node.id;
    const res = await h.gql<{ correctObservation: { __typename: string } }>(
      'mutation($id: ID!, $value: Float!) { correctObservation(id: $id, input: { value: $value }) { __typename } }',
      // A new value each time: a correction that changes nothing is refused.
      { id, value: 40 + (counter++ % 50) },
      token,
    );
    return res.data.correctObservation.__typename;
  },
  importObservations: async (ward, token) => {
    const csv = `ward,indicator,year,value\n${ward},DG_ONCE_ONLY,${nextYear()},99\n`;
    const res = await h.gql<{
      importObservations: {
        __typename: string;
        data?: { status: string; errors: { message: string }[] };
      };
    }>(
      'mutation($c: String!) { importObservations(fileName: "m.csv", format: CSV, contentBase64: $c) { __typename ... on MutationImportObservationsSuccess { data { status errors { message } } } } }',
      { c: Buffer.from(csv).toString('base64') },
      token,
    );
    const job = res.data.importObservations.data;
    // An import is a job: a refused row makes it fail with the reason, nothing written.
    if (job?.status === 'failed' && job.errors.some((e) => /không có quyền/.test(e.message)))
      return 'ForbiddenError';
    return job?.status === 'succeeded' ? 'Success' : `unexpected ${JSON.stringify(job)}`;
  },
  updateTaskStatus: async (ward, token) => {
    const tasks = await h.gql<{ tasks: { id: string; status: string }[] }>(
      'query($ward: String!) { tasks(filter: { ward: $ward }) { id status } }',
      { ward },
    );
    const task = tasks.data.tasks[0];
    if (!task) return 'no task'; // Chu Văn An's report assigns no tasks.
    const res = await h.gql<{ updateTaskStatus: { __typename: string } }>(
      'mutation($id: ID!, $s: TaskStatus!) { updateTaskStatus(taskId: $id, status: $s) { __typename } }',
      { id: task.id, s: task.status === 'IN_PROGRESS' ? 'DONE' : 'IN_PROGRESS' },
      token,
    );
    return res.data.updateTaskStatus.__typename;
  },
};

const normalise = (typename: string) =>
  typename.startsWith('Mutation') || typename === 'Success'
    ? 'allowed'
    : typename === 'ForbiddenError'
      ? 'forbidden'
      : typename;

describe.each(Object.keys(MUTATIONS))('%s', (mutation) => {
  const cases = ROLES.flatMap((role) => WARD_SLUGS.map((ward) => [role, ward] as const));
  it.each(cases)('as %s in %s', async (role, ward) => {
    const outcome = normalise(
      await (MUTATIONS[mutation] as (w: string, t: string) => Promise<string>)(
        ward,
        h.tokens[role],
      ),
    );
    if (outcome === 'no task') {
      expect(mutation === 'updateTaskStatus' && ward === 'chu-van-an').toBe(true);
      return;
    }
    expect(outcome).toBe(allowed(role, ward) ? 'allowed' : 'forbidden');
  });
});

describe('every mutation without a token', () => {
  it.each([
    [
      'recordObservation',
      'mutation { recordObservation(input: { ward: "hai-an", indicator: "DS_VNEID", year: 2030, value: 1 }) { __typename } }',
    ],
    [
      'correctObservation',
      'mutation { correctObservation(id: "x", input: { value: 1 }) { __typename } }',
    ],
    [
      'importObservations',
      'mutation { importObservations(fileName: "a.csv", format: CSV, contentBase64: "") { __typename } }',
    ],
    [
      'updateTaskStatus',
      'mutation { updateTaskStatus(taskId: "hai-an/PLK-1", status: DONE) { __typename } }',
    ],
    ['issueApiToken', 'mutation { issueApiToken(name: "x") { __typename } }'],
    ['revokeApiToken', 'mutation { revokeApiToken(id: "x") { __typename } }'],
    [
      'createUser',
      'mutation { createUser(input: { email: "a@b.vn", name: "A", role: VIEWER }) { __typename } }',
    ],
    ['updateUser', 'mutation { updateUser(id: "x", input: { name: "A" }) { __typename } }'],
    ['resetPassword', 'mutation { resetPassword(id: "x") { __typename } }'],
  ])('%s is UNAUTHENTICATED', async (_name, query) => {
    const res = await h.gql(query);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('admin-only mutations', () => {
  it.each(ROLES)('createUser and updateUser as %s', async (role) => {
    const created = await h.gql<{ createUser: { __typename: string; data?: { id: string } } }>(
      'mutation($input: UserInput!) { createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id } } } }',
      { input: { email: `${role}.made@haiphong.gov.vn`, name: 'X', role: 'VIEWER' } },
      h.tokens[role],
    );
    expect(normalise(created.data.createUser.__typename)).toBe(
      role === 'admin' ? 'allowed' : 'forbidden',
    );
    const updated = await h.gql<{ updateUser: { __typename: string } }>(
      'mutation($id: ID!) { updateUser(id: $id, input: { name: "Y" }) { __typename } }',
      { id: h.users.viewer },
      h.tokens[role],
    );
    expect(normalise(updated.data.updateUser.__typename)).toBe(
      role === 'admin' ? 'allowed' : 'forbidden',
    );
  });

  it.each(ROLES)('resetPassword as %s', async (role) => {
    // Its own target: a reset ends the user's tokens, which other cases use.
    const target = await h.gql<{ createUser: { data: { id: string } } }>(
      'mutation($input: UserInput!) { createUser(input: $input) { ... on MutationCreateUserSuccess { data { id } } } }',
      { input: { email: `reset.by.${role}@haiphong.gov.vn`, name: 'R', role: 'VIEWER' } },
      h.tokens.admin,
    );
    const res = await h.gql<{ resetPassword: { __typename: string } }>(
      'mutation($id: ID!) { resetPassword(id: $id) { __typename } }',
      { id: target.data.createUser.data.id },
      h.tokens[role],
    );
    expect(normalise(res.data.resetPassword.__typename)).toBe(
      role === 'admin' ? 'allowed' : 'forbidden',
    );
  });

  it.each(ROLES)('the audit log and the user list as %s', async (role) => {
    const res = await h.gql(
      '{ auditLog(filter: { limit: 1 }) { id } users { id } }',
      {},
      h.tokens[role],
    );
    if (role === 'admin') expect(res.errors).toBeUndefined();
    else expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

/**
 * The catalog writes (wards as data) are the city's: city administrators only, in every ward;
 * a ward editor is refused even in their own ward (Hải An), a viewer everywhere, and anonymous
 * callers are asked to sign in. Refused calls write nothing.
 */
describe('catalog mutations: city administrators only', () => {
  let n = 0;
  const CATALOG: Record<string, (ward: string, token: string | null) => Promise<string>> = {
    createWard: async (_ward, token) => {
      n++;
      const res = await h.gql<{ createWard: { __typename: string } }>(
        'mutation($input: WardInput!) { createWard(input: $input) { __typename } }',
        { input: { slug: `xa-moi-${n}`, nameVi: `Xã Mới ${n}`, kind: 'XA' } },
        token,
      );
      return outcome(res);
    },
    addDocument: async (ward, token) => {
      n++;
      const res = await h.gql<{ addDocument: { __typename: string } }>(
        'mutation($input: DocumentInput!) { addDocument(input: $input) { __typename } }',
        {
          input: {
            ward,
            kind: 'PLAN',
            numberAsPrinted: '',
            dateAsPrinted: '',
            titleVi: 'Kế hoạch',
            periodStart: 2026,
            periodEnd: 2030,
            fileName: `ke-hoach-${n}.txt`,
            text: 'Kế hoạch\nTỷ lệ hồ sơ trực tuyến ≥ 80%',
          },
        },
        token,
      );
      return outcome(res);
    },
    addTargets: async (ward, token) => {
      n++;
      const document = await ensureDocument(ward);
      const res = await h.gql<{ addTargets: { __typename: string } }>(
        'mutation($inputs: [TargetInput!]!) { addTargets(inputs: $inputs) { __typename } }',
        {
          inputs: [
            {
              ward,
              document,
              indicator: 'DG_ONLINE_DOSSIERS',
              year: 2026 + (n % 5),
              kind: 'QUANTITATIVE',
              comparator: 'GTE',
              value: 80,
              wording: 'Tỷ lệ hồ sơ trực tuyến',
              section: 'I',
              row: String(n),
              line: 2,
              sourceText: '≥ 80%',
            },
          ],
        },
        token,
      );
      return outcome(res);
    },
    withdrawTarget: async (ward, token) => {
      const target = await h.db.prisma.target.findFirst({
        where: { wardSlug: ward, withdrawnAt: null },
      });
      const res = await h.gql<{ withdrawTarget: { __typename: string } }>(
        'mutation($id: ID!) { withdrawTarget(id: $id, reason: "kiểm tra quyền") { __typename } }',
        { id: target?.id },
        token,
      );
      return outcome(res);
    },
    importTargets: async (ward, token) => {
      n++;
      const document = await ensureDocument(ward);
      const csv = `indicator,year,comparator,value,wording,section,row,line,sourceText\nDG_ONLINE_DOSSIERS,${2026 + (n % 5)},≥,80,Tỷ lệ hồ sơ,I,i${n},2,≥ 80%\n`;
      const res = await h.gql<{
        importTargets: { __typename: string; data?: { created: number; errors: unknown[] } };
      }>(
        `mutation($ward: String!, $document: ID!, $c: String!) { importTargets(ward: $ward, document: $document, fileName: "t.csv", format: CSV, contentBase64: $c, dryRun: false) {
          __typename ... on MutationImportTargetsSuccess { data { created errors { message } } } } }`,
        { ward, document, c: Buffer.from(csv).toString('base64') },
        token,
      );
      const data = res.data?.importTargets?.data;
      if (data && data.created !== 1) return `unexpected ${JSON.stringify(data)}`;
      return outcome(res);
    },
    proposeTargets: async (ward, token) => {
      const document = await ensureDocument(ward);
      const res = await h.gql<{ proposeTargets: { __typename: string } }>(
        'mutation($id: ID!) { proposeTargets(document: $id) { __typename } }',
        { id: document },
        token,
      );
      return outcome(res);
    },
  };

  const documents = new Map<string, string>();
  /** A document with a text in the ward, added directly (not through the API under test). */
  async function ensureDocument(ward: string): Promise<string> {
    const known = documents.get(ward);
    if (known) return known;
    const id = `${ward}-authz-plan`;
    await h.db.prisma.sourceDocument.create({
      data: {
        id,
        wardSlug: ward,
        file: 'authz.txt',
        kind: 'plan',
        numberAsPrinted: '',
        dateAsPrinted: '',
        titleVi: 'Kế hoạch',
        titleEn: 'Plan',
        periodStart: 2026,
        periodEnd: 2030,
        line: 1,
        text: 'Kế hoạch\nTỷ lệ hồ sơ trực tuyến ≥ 80%',
        origin: 'entered',
      },
    });
    await h.gateway.store.reloadCatalog();
    documents.set(ward, id);
    return id;
  }

  function outcome(res: {
    data: Record<string, { __typename: string } | null> | null;
    errors?: { extensions?: { code?: string } }[];
  }): string {
    if (res.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') return 'unauthenticated';
    const typename = Object.values(res.data ?? {})[0]?.__typename ?? 'none';
    return normalise(typename);
  }

  const AS: [string, () => string | null][] = [
    ['anonymous', () => null],
    ['viewer', () => h.tokens.viewer],
    ['editor of Hải An', () => h.tokens.editor],
    ['admin', () => h.tokens.admin],
  ];

  describe.each(Object.keys(CATALOG))('%s', (mutation) => {
    it.each(
      AS.flatMap(([who, token]) =>
        ['hai-an', 'hong-bang'].map((ward) => [who, ward, token] as const),
      ),
    )('as %s in %s', async (who, ward, token) => {
      const audits = await h.db.prisma.auditEvent.count();
      const result = await (CATALOG[mutation] as (w: string, t: string | null) => Promise<string>)(
        ward,
        token(),
      );
      const expected =
        who === 'admin' ? 'allowed' : who === 'anonymous' ? 'unauthenticated' : 'forbidden';
      expect(result).toBe(expected);
      // Refused: nothing written, not even an audit event. (proposeTargets writes nothing.)
      const written = (await h.db.prisma.auditEvent.count()) - audits;
      if (expected !== 'allowed') expect(written).toBe(0);
      else if (mutation !== 'proposeTargets') expect(written).toBeGreaterThan(0);
    });
  });
});
