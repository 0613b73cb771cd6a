import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapAdmin, createCityAdmin } from './services/users.ts';
import { type Harness, PASSWORD, seededDatabase, startHarness } from './test-support.ts';

/**
 * The dashboard's cookie sessions: what the cookie is, what it unlocks, how it ends, and that
 * another site cannot use it. Raw HTTP, as a browser would send it.
 */
let h: Harness;
// The harness hashes seven passwords and seeds a database: minutes on a loaded machine.
beforeAll(async () => {
  h = await startHarness();
}, 300_000);
afterAll(async () => {
  await h?.close();
});

interface Reply {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  setCookie: string[];
}

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await fetch(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as Reply['body'],
    setCookie: res.headers.getSetCookie(),
  };
}

const START =
  'mutation($e: String!, $p: String!) { startSession(email: $e, password: $p) { __typename ... on MutationStartSessionSuccess { data { email role } } ... on Error { message } } }';
const ME = '{ me { email role wards } }';

/** Signs in and returns the Cookie header value a browser would send back. */
async function session(email: string, password = PASSWORD, headers: Record<string, string> = {}) {
  const res = await post(START, { e: email, p: password }, headers);
  const cookie = res.setCookie.find((c) => c.startsWith('lotrinh_session='));
  if (!cookie) throw new Error(`no session cookie: ${JSON.stringify(res.body)}`);
  return { cookie: cookie.split(';')[0] as string, setCookie: cookie, reply: res };
}

async function newUser(
  email: string,
  role: 'VIEWER' | 'WARD_EDITOR' | 'CITY_ADMIN',
  wards: string[] = [],
) {
  const res = await h.gql<{ createUser: { data: { id: string } } }>(
    'mutation($input: UserInput!) { createUser(input: $input) { ... on MutationCreateUserSuccess { data { id } } } }',
    { input: { email, name: email, role, wards, password: PASSWORD } },
    h.tokens.admin,
  );
  return res.data.createUser.data.id;
}

describe('startSession', () => {
  it('sets an httpOnly, SameSite=Lax, Path=/ cookie, not Secure over plain http, and never returns the token', async () => {
    const { setCookie, reply } = await session('editor@hai-an.haiphong.gov.vn');
    expect(setCookie).toMatch(/^lotrinh_session=lt_[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; Expires=/);
    expect(setCookie).not.toMatch(/Secure/);
    expect(reply.body.data?.startSession).toEqual({
      __typename: 'MutationStartSessionSuccess',
      data: { email: 'editor@hai-an.haiphong.gov.vn', role: 'WARD_EDITOR' },
    });
    expect(JSON.stringify(reply.body)).not.toContain('lt_');
  });

  it('marks the cookie Secure behind a TLS-terminating proxy on this machine', async () => {
    const { setCookie } = await session('viewer@haiphong.gov.vn', PASSWORD, {
      'x-forwarded-proto': 'https',
    });
    expect(setCookie).toMatch(/; Secure/);
  });

  it('the cookie identifies the user; without it nobody is signed in', async () => {
    const { cookie } = await session('editor@hai-an.haiphong.gov.vn');
    expect((await post(ME, {}, { cookie })).body.data?.me).toEqual({
      email: 'editor@hai-an.haiphong.gov.vn',
      role: 'WARD_EDITOR',
      wards: ['hai-an'],
    });
    expect((await post(ME)).body.data?.me).toBeNull();
    expect(
      (await post(ME, {}, { cookie: 'lotrinh_session=lt_madeupmadeupmadeupmadeupmadeup' })).body
        .data?.me,
    ).toBeNull();
  });

  it('lets a ward editor write with the cookie alone', async () => {
    const { cookie } = await session('editor@hai-an.haiphong.gov.vn');
    const res = await post(
      'mutation { recordObservation(input: { ward: "hai-an", indicator: "DS_VNEID", year: 2031, value: 55 }) { __typename } }',
      {},
      { cookie },
    );
    expect(res.body.data?.recordObservation).toEqual({
      __typename: 'MutationRecordObservationSuccess',
    });
  });

  it('a Bearer header wins over the cookie, and a bad one does not fall back to it', async () => {
    const { cookie } = await session('editor@hai-an.haiphong.gov.vn');
    const asViewer = await post(ME, {}, { cookie, authorization: `Bearer ${h.tokens.viewer}` });
    expect(asViewer.body.data?.me).toMatchObject({ email: 'viewer@haiphong.gov.vn' });
    const bad = await post(ME, {}, { cookie, authorization: 'Bearer lt_nonsense' });
    expect(bad.body.data?.me).toBeNull();
    const basic = await post(ME, {}, { cookie, authorization: 'Basic YWRtaW46YWRtaW4=' });
    expect(basic.body.data?.me).toBeNull();
  });

  it('a wrong password sets no cookie and says so in the request’s language', async () => {
    const vi = await post(START, { e: 'viewer@haiphong.gov.vn', p: 'sai-mat-khau-1' });
    expect(vi.setCookie).toEqual([]);
    expect(vi.body.data?.startSession).toMatchObject({
      __typename: 'ValidationError',
      message: 'Sai thư điện tử hoặc mật khẩu.',
    });
    const en = await post(
      START,
      { e: 'viewer@haiphong.gov.vn', p: 'sai-mat-khau-1' },
      { 'accept-language': 'en' },
    );
    expect(en.body.data?.startSession).toMatchObject({ message: 'Wrong email or password.' });
  });

  it('shares the sign-in throttle: after 5 wrong passwords even the right one is refused for a while', async () => {
    await newUser('throttled@haiphong.gov.vn', 'VIEWER');
    for (let i = 0; i < 5; i++)
      await post(START, { e: 'throttled@haiphong.gov.vn', p: `sai-mat-khau-${i}` });
    const locked = await post(START, { e: 'throttled@haiphong.gov.vn', p: PASSWORD });
    expect(locked.setCookie).toEqual([]);
    expect(locked.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(locked.body.errors?.[0]?.extensions?.retryAfterSeconds)).toBeGreaterThan(0);
  });
});

describe('endSession', () => {
  it('revokes the token and clears the cookie: a copy of the cookie stops working too', async () => {
    const { cookie } = await session('viewer@haiphong.gov.vn');
    const res = await post('mutation { endSession }', {}, { cookie });
    expect(res.body.data).toEqual({ endSession: true });
    const cleared = res.setCookie.find((c) => c.startsWith('lotrinh_session='));
    expect(cleared).toMatch(/^lotrinh_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await post(ME, {}, { cookie })).body.data?.me).toBeNull();
  });

  it('is audited as the user who left', async () => {
    const { cookie } = await session('viewer@haiphong.gov.vn');
    await post('mutation { endSession }', {}, { cookie });
    const log = await h.gql<{ auditLog: { action: string; actor: string }[] }>(
      `{ auditLog(filter: { actorId: "${h.users.viewer}", limit: 1 }) { action actor } }`,
      {},
      h.tokens.admin,
    );
    expect(log.data.auditLog[0]).toEqual({
      action: 'endSession',
      actor: 'viewer@haiphong.gov.vn (viewer)',
    });
  });

  it('without a session is harmless', async () => {
    expect((await post('mutation { endSession }')).body.data).toEqual({ endSession: true });
  });
});

describe('another site cannot act with the cookie (CSRF)', () => {
  const RECORD =
    'mutation { recordObservation(input: { ward: "hai-an", indicator: "DS_VNEID", year: 2032, value: 60 }) { __typename } }';

  it('a form post (text/plain, no preflight) is refused before anything runs', async () => {
    const { cookie } = await session('editor@hai-an.haiphong.gov.vn');
    const res = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body: JSON.stringify({ query: RECORD }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
    const form = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: `query=${encodeURIComponent(RECORD)}`,
    });
    expect(form.status).toBe(400);
    const after = await h.gql<{ observations: { edges: unknown[] } }>(
      '{ observations(filter: { ward: "hai-an", indicator: "DS_VNEID", year: 2032 }) { edges { cursor } } }',
    );
    expect(after.data.observations.edges).toEqual([]);
  });

  it('a mutation in a GET link is refused', async () => {
    const { cookie } = await session('editor@hai-an.haiphong.gov.vn');
    const res = await fetch(`${h.url}/graphql?query=${encodeURIComponent(RECORD)}`, {
      headers: { cookie, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
  });

  it('a request the browser marks cross-site is not signed in, even as JSON', async () => {
    const { cookie } = await session('editor@hai-an.haiphong.gov.vn');
    const cross = await post(RECORD, {}, { cookie, 'sec-fetch-site': 'cross-site' });
    expect(cross.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const sameSite = await post(ME, {}, { cookie, 'sec-fetch-site': 'same-site' });
    expect(sameSite.body.data?.me).toBeNull();
    const sameOrigin = await post(ME, {}, { cookie, 'sec-fetch-site': 'same-origin' });
    expect(sameOrigin.body.data?.me).not.toBeNull();
  });

  it('answers no cross-origin reads: no CORS headers for another origin', async () => {
    const res = await fetch(`${h.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('users: disabling, the last administrator, password resets', () => {
  it('a disabled user’s cookie stops working at once, and re-enabling does not revive it', async () => {
    const id = await newUser('disable.me@haiphong.gov.vn', 'WARD_EDITOR', ['hong-an']);
    const { cookie } = await session('disable.me@haiphong.gov.vn');
    expect((await post(ME, {}, { cookie })).body.data?.me).not.toBeNull();
    const off = await h.gql<{ updateUser: { __typename: string } }>(
      'mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { __typename } }',
      { id },
      h.tokens.admin,
    );
    expect(off.data.updateUser.__typename).toBe('MutationUpdateUserSuccess');
    expect((await post(ME, {}, { cookie })).body.data?.me).toBeNull();
    const write = await post(
      'mutation { recordObservation(input: { ward: "hong-an", indicator: "DS_VNEID", year: 2033, value: 1 }) { __typename } }',
      {},
      { cookie },
    );
    expect(write.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A disabled account cannot start a new session either.
    expect((await post(START, { e: 'disable.me@haiphong.gov.vn', p: PASSWORD })).setCookie).toEqual(
      [],
    );
    await h.gql(
      'mutation($id: ID!) { updateUser(id: $id, input: { disabled: false }) { __typename } }',
      { id },
      h.tokens.admin,
    );
    expect((await post(ME, {}, { cookie })).body.data?.me).toBeNull();
    expect((await session('disable.me@haiphong.gov.vn')).cookie).toMatch(/^lotrinh_session=lt_/);
  });

  it('the last active administrator cannot be disabled or demoted, even by themselves through the dashboard', async () => {
    const { cookie } = await session('admin@haiphong.gov.vn');
    for (const input of ['{ disabled: true }', '{ role: VIEWER }']) {
      const res = await post(
        `mutation($id: ID!) { updateUser(id: $id, input: ${input}) { __typename ... on Error { message } } }`,
        { id: h.users.admin },
        { cookie },
      );
      expect(res.body.data?.updateUser).toMatchObject({
        __typename: 'ConflictError',
        message: expect.stringContaining('quản trị viên thành phố cuối cùng'),
      });
    }
    expect((await post(ME, {}, { cookie })).body.data?.me).toMatchObject({ role: 'CITY_ADMIN' });
  });

  it('resetPassword gives a new password once, ends the user’s sessions, and keeps the password out of the audit log', async () => {
    const id = await newUser('reset.me@haiphong.gov.vn', 'VIEWER');
    const before = await session('reset.me@haiphong.gov.vn');
    const res = await h.gql<{
      resetPassword: {
        __typename: string;
        data: { temporaryPassword: string; user: { email: string } };
      };
    }>(
      'mutation($id: ID!) { resetPassword(id: $id) { __typename ... on MutationResetPasswordSuccess { data { temporaryPassword user { email } } } } }',
      { id },
      h.tokens.admin,
    );
    const temporary = res.data.resetPassword.data.temporaryPassword;
    expect(temporary).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect((await post(ME, {}, { cookie: before.cookie })).body.data?.me).toBeNull();
    expect((await post(START, { e: 'reset.me@haiphong.gov.vn', p: PASSWORD })).setCookie).toEqual(
      [],
    );
    const after = await session('reset.me@haiphong.gov.vn', temporary);
    expect((await post(ME, {}, { cookie: after.cookie })).body.data?.me).toMatchObject({
      email: 'reset.me@haiphong.gov.vn',
    });
    const log = await h.gql<{ auditLog: { action: string; after: unknown }[] }>(
      `{ auditLog(filter: { entityType: "User", entityId: "${id}" }) { action after } }`,
      {},
      h.tokens.admin,
    );
    expect(log.data.auditLog.map((e) => e.action)).toContain('resetPassword');
    expect(JSON.stringify(log.data.auditLog)).not.toContain(temporary);
  });

  it('two resets never give the same password', async () => {
    const id = await newUser('reset.twice@haiphong.gov.vn', 'VIEWER');
    const reset = async () =>
      (
        await h.gql<{ resetPassword: { data: { temporaryPassword: string } } }>(
          'mutation($id: ID!) { resetPassword(id: $id) { ... on MutationResetPasswordSuccess { data { temporaryPassword } } } }',
          { id },
          h.tokens.admin,
        )
      ).data.resetPassword.data.temporaryPassword;
    expect(await reset()).not.toBe(await reset());
  });

  it('a disabled account’s password is not reset (enable it first)', async () => {
    const id = await newUser('reset.disabled@haiphong.gov.vn', 'VIEWER');
    await h.gql(
      'mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { __typename } }',
      { id },
      h.tokens.admin,
    );
    const res = await h.gql<{ resetPassword: { __typename: string } }>(
      'mutation($id: ID!) { resetPassword(id: $id) { __typename } }',
      { id },
      h.tokens.admin,
    );
    expect(res.data.resetPassword.__typename).toBe('ConflictError');
  });
});

describe('auditLog filters', () => {
  type Events = { auditLog: { id: string; action: string; ward: string | null; at: string }[] };
  const log = (filter: string) =>
    h.gql<Events>(`{ auditLog(filter: ${filter}) { id action ward at } }`, {}, h.tokens.admin);

  it('pages with beforeId: the next page starts after the last event, no overlap, no gap', async () => {
    const all = (await log('{ limit: 12 }')).data.auditLog;
    expect(all.length).toBe(12);
    const first = (await log('{ limit: 5 }')).data.auditLog;
    const second = (await log(`{ limit: 7, beforeId: "${first[4]?.id}" }`)).data.auditLog;
    expect([...first, ...second].map((e) => e.id)).toEqual(all.map((e) => e.id));
  });

  it('from and to: since is inclusive, until exclusive', async () => {
    const [newest, next] = (await log('{ limit: 2 }')).data.auditLog;
    if (!newest || !next) throw new Error('the harness has written events');
    const until = (await log(`{ until: "${newest.at}", limit: 1 }`)).data.auditLog;
    expect(until[0]?.id).not.toBe(newest.id);
    const since = (await log(`{ since: "${newest.at}" }`)).data.auditLog;
    expect(since.map((e) => e.id)).toContain(newest.id);
    expect(since.every((e) => e.at >= newest.at)).toBe(true);
    const empty = (await log('{ until: "2000-01-01T00:00:00Z" }')).data.auditLog;
    expect(empty).toEqual([]);
  });

  it('by ward and by user', async () => {
    const ward = (await log('{ ward: "hai-an" }')).data.auditLog;
    expect(ward.length).toBeGreaterThan(0);
    expect(ward.every((e) => e.ward === 'hai-an')).toBe(true);
  });

  it('refuses a cursor the API did not issue', async () => {
    const res = await log('{ beforeId: "abc" }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the first administrator and the way back in (npm run admin:create)', () => {
  it('LOTRINH_ADMIN_EMAIL on a database without users creates a city administrator named in Vietnamese', async () => {
    const fresh = await seededDatabase();
    try {
      const admin = await bootstrapAdmin(fresh.prisma, 'first@haiphong.gov.vn', PASSWORD);
      expect(admin).toMatchObject({ email: 'first@haiphong.gov.vn', role: 'city_admin' });
      // The audit log and the users page show this name to Vietnamese readers first.
      expect(admin?.name).toBe('Quản trị viên thành phố');
    } finally {
      await fresh.close();
    }
  });

  it('LOTRINH_ADMIN_EMAIL does nothing once there are users', async () => {
    expect(await bootstrapAdmin(h.db.prisma, 'late@haiphong.gov.vn', PASSWORD)).toBeNull();
    expect(
      await h.db.prisma.user.findUnique({ where: { email: 'late@haiphong.gov.vn' } }),
    ).toBeNull();
  });

  it('refuses an existing email unless told to reset it', async () => {
    await expect(
      createCityAdmin(
        h.db.prisma,
        { email: 'viewer@haiphong.gov.vn', password: PASSWORD },
        'admin:create',
      ),
    ).rejects.toThrow(/exists already. Add --reset/);
  });

  it('--reset makes a disabled viewer an active administrator with the new password and ends its sessions', async () => {
    const id = await newUser('locked.out@haiphong.gov.vn', 'WARD_EDITOR', ['hai-an']);
    const old = await session('locked.out@haiphong.gov.vn');
    await h.gql(
      'mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { __typename } }',
      { id },
      h.tokens.admin,
    );
    const { user, created } = await createCityAdmin(
      h.db.prisma,
      { email: 'Locked.Out@haiphong.gov.vn', password: 'mat-khau-moi-hoan-toan', reset: true },
      'admin:create',
    );
    expect({ created, role: user.role, disabledAt: user.disabledAt }).toEqual({
      created: false,
      role: 'city_admin',
      disabledAt: null,
    });
    expect((await post(ME, {}, { cookie: old.cookie })).body.data?.me).toBeNull();
    const fresh = await session('locked.out@haiphong.gov.vn', 'mat-khau-moi-hoan-toan');
    expect((await post(ME, {}, { cookie: fresh.cookie })).body.data?.me).toEqual({
      email: 'locked.out@haiphong.gov.vn',
      role: 'CITY_ADMIN',
      wards: [],
    });
    const log = await h.gql<{ auditLog: { action: string; actor: string }[] }>(
      `{ auditLog(filter: { entityId: "${id}", limit: 1 }) { action actor } }`,
      {},
      h.tokens.admin,
    );
    expect(log.data.auditLog[0]).toEqual({ action: 'resetCityAdmin', actor: 'admin:create' });
  });
});

describe('a password an administrator chose must be changed by its owner (changePassword)', () => {
  const CHANGE = `mutation($c: String!, $n: String!) {
    changePassword(currentPassword: $c, newPassword: $n) {
      __typename
      ... on MutationChangePasswordSuccess { data { mustChangePassword } }
      ... on ValidationError { message problems { path message } }
    }
  }`;
  const RECORD = `mutation($input: RecordObservationInput!) {
    recordObservation(input: $input) { __typename }
  }`;
  const record = (cookie: string, year: number) =>
    post(
      RECORD,
      { input: { ward: 'hong-an', indicator: 'DTI_WARD_INDEX', year, value: 0.5 } },
      { cookie },
    );
  const NEW = 'mat-khau-moi-cua-toi';

  it('refuses every other write until then, in the reader’s language, while reads still work', async () => {
    await newUser('temp.pw@haiphong.gov.vn', 'WARD_EDITOR', ['hong-an']);
    const { cookie } = await session('temp.pw@haiphong.gov.vn');
    const me = await post('{ me { email mustChangePassword } }', {}, { cookie });
    expect(me.body.data).toEqual({
      me: { email: 'temp.pw@haiphong.gov.vn', mustChangePassword: true },
    });
    const refused = await record(cookie, 2041);
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(refused.body.errors?.[0]?.message).toMatch(/^Bạn đang dùng mật khẩu tạm/);
    const english = await post(
      RECORD,
      { input: { ward: 'hong-an', indicator: 'DTI_WARD_INDEX', year: 2041, value: 0.5 } },
      { cookie, 'accept-language': 'en' },
    );
    expect(english.body.errors?.[0]?.message).toMatch(/^You signed in with a temporary password/);
    // Nothing was written.
    expect(
      await h.db.prisma.observation.count({ where: { wardSlug: 'hong-an', year: 2041 } }),
    ).toBe(0);
    // A write hidden behind a fragment is judged the same way.
    const spread = await post(
      'mutation { ...F } fragment F on Mutation { endSession }',
      {},
      { cookie },
    );
    expect(spread.body.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await post(ME, {}, { cookie })).body.data?.me).toMatchObject({ role: 'WARD_EDITOR' });
  });

  it('checks the current password and the new one, and changes nothing when either is wrong', async () => {
    const { cookie } = await session('temp.pw@haiphong.gov.vn');
    const wrong = await post(CHANGE, { c: 'khong-dung-dau', n: NEW }, { cookie });
    expect(wrong.body.data?.changePassword).toMatchObject({
      __typename: 'ValidationError',
      message: 'Mật khẩu hiện tại không đúng.',
    });
    const same = await post(CHANGE, { c: PASSWORD, n: PASSWORD }, { cookie });
    expect(same.body.data?.changePassword).toMatchObject({
      __typename: 'ValidationError',
      problems: [{ path: ['newPassword'] }],
    });
    const short = await post(CHANGE, { c: PASSWORD, n: 'ngan' }, { cookie });
    expect(
      short.body.errors?.[0]?.extensions?.code ?? short.body.data?.changePassword,
    ).toBeTruthy();
    expect(JSON.stringify(short.body)).not.toContain('MutationChangePasswordSuccess');
    // The old password still signs in: nothing changed.
    expect((await session('temp.pw@haiphong.gov.vn')).reply.body.data?.startSession).toMatchObject({
      __typename: 'MutationStartSessionSuccess',
    });
  });

  it('after the change: writes work, other sessions end, this one stays, and the audit log says so without the password', async () => {
    const other = await session('temp.pw@haiphong.gov.vn');
    const { cookie } = await session('temp.pw@haiphong.gov.vn');
    const changed = await post(CHANGE, { c: PASSWORD, n: NEW }, { cookie });
    expect(changed.body.data?.changePassword).toEqual({
      __typename: 'MutationChangePasswordSuccess',
      data: { mustChangePassword: false },
    });
    expect((await record(cookie, 2042)).body.data).toEqual({
      recordObservation: { __typename: 'MutationRecordObservationSuccess' },
    });
    expect((await post(ME, {}, { cookie: other.cookie })).body.data?.me).toBeNull();
    // The new password signs in, the old one no longer does.
    expect((await session('temp.pw@haiphong.gov.vn', NEW)).cookie).toMatch(/^lotrinh_session=/);
    const old = await post(START, { e: 'temp.pw@haiphong.gov.vn', p: PASSWORD });
    expect(JSON.stringify(old.body)).not.toContain('MutationStartSessionSuccess');
    const user = await h.db.prisma.user.findUniqueOrThrow({
      where: { email: 'temp.pw@haiphong.gov.vn' },
    });
    const audit = await h.db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'changePassword', entityId: user.id },
    });
    expect(audit.after).toMatchObject({ mustChangePassword: false });
    expect(JSON.stringify({ before: audit.before, after: audit.after })).not.toContain(NEW);
  });

  it('a reset by an administrator asks for a change again; a password its owner chose does not', async () => {
    const user = await h.db.prisma.user.findUniqueOrThrow({
      where: { email: 'temp.pw@haiphong.gov.vn' },
    });
    expect(user.mustChangePassword).toBe(false);
    await h.gql(
      'mutation($id: ID!) { resetPassword(id: $id) { __typename } }',
      { id: user.id },
      h.tokens.admin,
    );
    const after = await h.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(true);
  });

  it('needs a session: a signed-out caller is told to sign in', async () => {
    const res = await post(CHANGE, { c: PASSWORD, n: NEW });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
