import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase, seedDatabase } from '@lotrinh/schema';
import { createGateway, type Gateway, type GatewayOptions } from './app.ts';
import { hashPassword } from './auth/passwords.ts';
import { newToken } from './auth/tokens.ts';

/** Test-only: a seeded in-memory database, a gateway on a free port, and users with tokens. */
export interface Harness {
  url: string;
  db: Database;
  gateway: Gateway;
  tokens: { admin: string; editor: string; viewer: string; editors: Record<string, string> };
  users: { admin: string; editor: string; viewer: string };
  queries: string[];
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    /** Sent as Accept-Language; the API answers in Vietnamese unless English is asked for. */
    lang?: 'vi' | 'en',
  ) => Promise<{
    status: number;
    data: T;
    errors?: { message: string; extensions?: { code?: string; errorId?: string } }[];
  }>;
  close: () => Promise<void>;
}

export const WARD_SLUGS = ['hai-an', 'hong-an', 'thanh-mien', 'chu-van-an', 'hong-bang'] as const;
export const PASSWORD = 'mat-khau-du-dai';

/** An in-memory embedded database, migrated and seeded with the five wards. */
export async function seededDatabase(onQuery?: (sql: string) => void): Promise<Database> {
  const db = await openDatabase({ dataDir: 'memory://', ...(onQuery ? { onQuery } : {}) });
  await seedDatabase(db.prisma);
  return db;
}

export async function startHarness(options: GatewayOptions = {}): Promise<Harness> {
  const queries: string[] = [];
  const db = await seededDatabase((sql) => queries.push(sql));
  const passwordHash = await hashPassword(PASSWORD);
  const mkUser = async (
    email: string,
    role: 'city_admin' | 'ward_editor' | 'viewer',
    wards: string[] = [],
  ) => {
    const user = await db.prisma.user.create({
      data: {
        email,
        name: email,
        role,
        passwordHash,
        wards: { create: wards.map((wardSlug) => ({ wardSlug })) },
      },
    });
    const { token, hash } = newToken();
    await db.prisma.apiToken.create({ data: { userId: user.id, name: 'test', tokenHash: hash } });
    return { id: user.id, token };
  };
  const admin = await mkUser('admin@haiphong.gov.vn', 'city_admin');
  const viewer = await mkUser('viewer@haiphong.gov.vn', 'viewer');
  const editors: Record<string, string> = {};
  const editorIds: Record<string, string> = {};
  for (const w of WARD_SLUGS) {
    const e = await mkUser(`editor@${w}.haiphong.gov.vn`, 'ward_editor', [w]);
    editors[w] = e.token;
    editorIds[w] = e.id;
  }
  const dist = mkdtempSync(join(tmpdir(), 'lotrinh-web-'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>Lộ Trình</title><div id="root"></div>',
  );
  const gateway = await createGateway({ WEB_DIST: dist, NODE_ENV: 'test' }, db, {
    rateLimitPerMinute: 100_000,
    ...options,
  });
  const server = await new Promise<Server>((ok) => {
    const s = gateway.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    gateway,
    queries,
    tokens: {
      admin: admin.token,
      viewer: viewer.token,
      editor: editors['hai-an'] as string,
      editors,
    },
    users: { admin: admin.id, viewer: viewer.id, editor: editorIds['hai-an'] as string },
    gql: async (query, variables = {}, token = null, lang = 'vi') => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': lang,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: never; errors?: never };
      return {
        status: res.status,
        data: body.data,
        ...(body.errors ? { errors: body.errors } : {}),
      };
    },
    close: async () => {
      server.close();
      await gateway.stop();
      await db.close();
    },
  };
}
