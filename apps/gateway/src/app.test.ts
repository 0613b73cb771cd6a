import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@lotrinh/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from './app.ts';
import { seededDatabase } from './test-support.ts';

async function listen(gateway: Gateway): Promise<{ url: string; server: Server }> {
  const server = await new Promise<Server>((ok) => {
    const s = gateway.listen(0, '127.0.0.1', () => ok(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const graphql = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

let db: Database;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('gateway with a built dashboard', () => {
  let url: string;
  let server: Server;
  let gateway: Gateway;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'lotrinh-web-'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>Lộ Trình</title><div id="root"></div>',
    );
    writeFileSync(
      join(dist, 'explorer.html'),
      '<!doctype html><title>Explorer</title><div id="explorer"></div>',
    );
    gateway = await createGateway({ WEB_DIST: dist, NODE_ENV: 'test' }, db);
    ({ url, server } = await listen(gateway));
  });
  afterAll(async () => {
    server.close();
    await gateway.stop();
  });

  it('answers health and readiness probes', async () => {
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${url}/readyz`)).json()).toMatchObject({
      status: 'ready',
      database: 'pglite',
    });
  });

  it('lists the five wards with their documents over GraphQL', async () => {
    const res = await graphql(
      url,
      '{ wards { slug nameVi kind targetCount documents { file kind dateAsPrinted } } }',
    );
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as {
      data: {
        wards: {
          slug: string;
          nameVi: string;
          kind: string;
          targetCount: number;
          documents: { file: string; kind: string }[];
        }[];
      };
    };
    expect(data.wards.map((w) => [w.slug, w.nameVi, w.kind])).toEqual([
      ['hai-an', 'Hải An', 'phường'],
      ['hong-an', 'Hồng An', 'phường'],
      ['thanh-mien', 'Thanh Miện', 'xã'],
      ['chu-van-an', 'Chu Văn An', 'phường'],
      ['hong-bang', 'Hồng Bàng', 'phường'],
    ]);
    expect(data.wards.find((w) => w.slug === 'chu-van-an')?.documents).toEqual([
      expect.objectContaining({ file: '003_398e4fa2e8d18aa8.txt', kind: 'report' }),
    ]);
    expect(data.wards.every((w) => w.targetCount > 0)).toBe(true);
    // Counts come from the seeded database: Hải An's body, PHỤ LỤC 1 and PHỤ LỤC 2.
    expect(data.wards.find((w) => w.slug === 'hai-an')?.targetCount).toBe(1 + 15 + 122);
  });

  it('answers in the request language', async () => {
    const en = await graphql(url, '{ wards { name } }', { 'accept-language': 'en-GB,en;q=0.9' });
    const vi = await graphql(url, '{ wards { name } }');
    expect(((await en.json()) as { data: { wards: { name: string }[] } }).data.wards[0]?.name).toBe(
      'Hải An ward',
    );
    expect(((await vi.json()) as { data: { wards: { name: string }[] } }).data.wards[0]?.name).toBe(
      'Hải An',
    );
  });

  it('rejects a malformed query with a GraphQL validation error, not a crash', async () => {
    const res = await graphql(url, '{ wards { nope } }');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('blocks simple cross-site GET requests (CSRF prevention)', async () => {
    const res = await fetch(`${url}/graphql?query=${encodeURIComponent('{ wards { slug } }')}`);
    expect(res.status).toBe(400);
  });

  it('serves the GraphQL explorer to a browser opening /graphql, and GraphQL to clients', async () => {
    const page = await fetch(`${url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(await page.text()).toContain('<div id="explorer">');
    expect(await (await fetch(`${url}/explorer`)).text()).toContain('<div id="explorer">');
    const api = await fetch(`${url}/graphql`, { headers: { accept: 'application/json' } });
    expect(api.status).toBe(400);
  });

  it('serves the dashboard and falls back to it for client routes', async () => {
    for (const path of ['/', '/wards/hai-an']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
  });
});

describe('gateway without a built dashboard', () => {
  it('says how to build it instead of serving a blank page', async () => {
    const gateway = await createGateway(
      { WEB_DIST: mkdtempSync(join(tmpdir(), 'lotrinh-empty-')), NODE_ENV: 'test' },
      db,
    );
    const { url, server } = await listen(gateway);
    try {
      const res = await fetch(url);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm start');
    } finally {
      server.close();
      await gateway.stop();
    }
  });
});
