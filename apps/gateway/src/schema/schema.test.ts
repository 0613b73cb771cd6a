import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSdl } from '../sdl.ts';
import { schema, undocumented } from './index.ts';

const SDL_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const QUERIES_DIR = fileURLToPath(new URL('../../../../docs/queries', import.meta.url));

describe('the published schema', () => {
  it('matches the committed schema.graphql (run `npm run sdl --workspace @lotrinh/gateway` after a change)', () => {
    expect(readFileSync(SDL_FILE, 'utf8')).toBe(printSdl());
  });

  it('describes every type, field and enum value in English and Vietnamese', () => {
    expect(undocumented).toEqual([]);
    const sdl = printSdl();
    // Every description block is "English / Tiếng Việt".
    const descriptions = [...sdl.matchAll(/"""\s*([\s\S]*?)\s*"""/g)].map((m) => m[1] ?? '');
    expect(descriptions.length).toBeGreaterThan(300);
    expect(descriptions.filter((d) => !d.includes(' / '))).toEqual([]);
  });
});

describe('example documents in docs/queries', () => {
  const files = readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.graphql'));

  it('exist for the three user groups', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s is valid against the schema', (file) => {
    const errors = validate(schema, parse(readFileSync(`${QUERIES_DIR}/${file}`, 'utf8')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
