import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, parseDatabaseUrl } from '../src/database.ts';
import { DatabaseConfigError, DatabaseUnreachableError, redactUrl } from '../src/errors.ts';
import { seedDatabase } from '../src/seed.ts';
import { freePort } from './postgres-server.ts';

describe('DATABASE_URL validation', () => {
  it.each([
    ['not a URL', 'host name and port', /not a valid URL/],
    ['a URL without a scheme', 'localhost:5432/lotrinh', /must start with postgres/],
    [
      'another database',
      'mysql://u:p@localhost/lotrinh',
      /must start with postgres:\/\/ or postgresql:\/\//,
    ],
    ['a file', 'file:./dev.db', /must start with postgres/],
  ])('rejects %s with a clear message', (_label, url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(DatabaseConfigError);
    expect(() => parseDatabaseUrl(url)).toThrow(message);
  });

  it('never prints the password', () => {
    expect(redactUrl('postgres://lotrinh:s3cret@db.example:5432/lotrinh')).toBe(
      'postgres://lotrinh:***@db.example:5432/lotrinh',
    );
    expect(() => parseDatabaseUrl('mysql://u:s3cret@h/db')).not.toThrow(/s3cret/);
  });
});

describe('an unreachable PostgreSQL server', () => {
  it('fails fast, naming the host and port', async () => {
    const port = await freePort(); // nothing listens there
    const opening = openDatabase({ url: `postgres://lotrinh:pw@127.0.0.1:${port}/lotrinh` });
    await expect(opening).rejects.toThrow(DatabaseUnreachableError);
    await expect(opening).rejects.toThrow(
      new RegExp(`Cannot reach PostgreSQL at 127.0.0.1:${port}/lotrinh \\(ECONNREFUSED\\)`),
    );
  });
});

describe('the embedded database', () => {
  it('is created, migrated and seeded on first start and reused on the second', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotrinh-reuse-'));
    try {
      const first = await openDatabase({ dataDir: join(dir, 'pglite') });
      expect(first.kind).toBe('pglite');
      expect(first.migration?.applied.length).toBeGreaterThan(0);
      await seedDatabase(first.prisma);
      await first.close();

      const second = await openDatabase({ dataDir: join(dir, 'pglite') });
      expect(second.migration?.applied).toEqual([]);
      expect(await second.prisma.ward.count()).toBe(5);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains a data directory it cannot open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotrinh-bad-'));
    try {
      // A file where the directory should be.
      const file = join(dir, 'not-a-dir');
      rmSync(file, { force: true });
      await import('node:fs').then((fs) => fs.writeFileSync(file, 'x'));
      const opening = openDatabase({ dataDir: file });
      await expect(opening).rejects.toThrow(DatabaseConfigError);
      await expect(opening).rejects.toThrow(/Cannot use .*not-a-dir as the data directory/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
