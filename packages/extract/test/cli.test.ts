import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/plan-extract.ts', ...args], {
    cwd: pkg,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: pkg },
  });

describe('npm run plan:extract', () => {
  it('prints one JSON object per proposal, with the export:targets field names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const file = join(dir, 'plan.txt');
    writeFileSync(
      file,
      'KẾ HOẠCH năm 2026\nIII. MỤC TIÊU\n- Tối thiểu 90% hồ sơ TTHC được xử lý hoàn toàn trực tuyến.\n',
    );
    const out = run(file, '--ward', 'vi-du');
    expect(out.status).toBe(0);
    const rows = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      ward: 'vi-du',
      indicatorCode: 'DG_ONLINE_DOSSIERS',
      year: 2026,
      kind: 'target',
      comparator: '≥',
      value: 90,
      valueHigh: null,
      unit: 'percent',
      sourceFile: 'plan.txt',
      sourceLine: 3,
      sourceLineEnd: null,
      sourceText: 'Tối thiểu 90%',
    });
    expect(rows[0].confidence).toBeGreaterThan(0);
  }, 60_000);

  it.each([
    [['missing.txt'], 'không tìm thấy tệp missing.txt', 'file not found'],
    [[], 'thiếu tệp', 'no text file given'],
    [['a.txt', '--ward', 'Hải An'], 'mã phường', 'ward slug'],
    [['a.txt', '--frobnicate'], 'không có tuỳ chọn', 'unknown option'],
  ])(
    'refuses %j with a message in Vietnamese, then English',
    (args, vi, en) => {
      const out = run(...args);
      expect(out.status).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr.indexOf(vi)).toBeGreaterThanOrEqual(0);
      expect(out.stderr.indexOf(en)).toBeGreaterThan(out.stderr.indexOf(vi));
    },
    20_000,
  );

  it('refuses a file that is not UTF-8 text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const file = join(dir, 'binary.txt');
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]));
    const out = run(file);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('không phải văn bản UTF-8');
  }, 60_000);
});
