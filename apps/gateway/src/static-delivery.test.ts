import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Database } from '@lotrinh/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from './app.ts';
import { seededDatabase } from './test-support.ts';

/** A raw GET/POST (fetch would decompress and hide the encoding). */
function raw(
  url: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((ok, fail) => {
    const req = request(url, { method: body ? 'POST' : 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end(body);
  });
}

let db: Database;
let gateway: Gateway;
let server: Server;
let url: string;
const script = `export const x = ${JSON.stringify('Lộ Trình '.repeat(400))};\n`;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'lotrinh-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dist, 'explorer.html'), '<!doctype html><div id="explorer"></div>');
  writeFileSync(join(dist, 'assets', 'index-Bx7Yq2.js'), script);
  db = await seededDatabase();
  gateway = await createGateway({ WEB_DIST: dist, NODE_ENV: 'test' }, db);
  server = await new Promise<Server>((ok) => {
    const s = gateway.listen(0, '127.0.0.1', () => ok(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await gateway?.stop();
  await db?.close();
});

describe('delivery of the dashboard', () => {
  it('caches hashed assets for a year, immutable', async () => {
    const res = await raw(`${url}/assets/index-Bx7Yq2.js`, {});
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates the HTML shell on every route, so a deploy is seen at once', async () => {
    for (const path of [
      '/',
      '/wards/hai-an',
      '/wards/chu-van-an/report',
      '/indicators/DTI_WARD_INDEX',
      '/explorer',
    ]) {
      const res = await raw(`${url}${path}`, {});
      expect([path, res.status, res.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
    }
  });

  it('answers a missing asset with 404, not with the app shell', async () => {
    const res = await raw(`${url}/assets/index-OLDHASH.js`, {});
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('id="root"');
  });

  it('compresses with brotli when accepted, else gzip', async () => {
    const br = await raw(`${url}/assets/index-Bx7Yq2.js`, { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(script.length / 5);
    const gz = await raw(`${url}/assets/index-Bx7Yq2.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const plain = await raw(`${url}/assets/index-Bx7Yq2.js`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('compresses GraphQL answers too', async () => {
    const res = await raw(
      `${url}/graphql`,
      { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      JSON.stringify({ query: '{ targets { wording provenance { text } } }' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.body).toString()).data.targets.length).toBeGreaterThan(100);
  });
});
