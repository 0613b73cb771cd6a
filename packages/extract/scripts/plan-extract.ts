// Proposes the targets of a plan's text as JSON Lines (`npm run -s plan:extract -- <file.txt>
// [--ward <slug>]`). Paths are relative to where npm was started.
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { extractTargets, proposalRow } from '../src/index.ts';
import { writeOut } from './write-lines.ts';

const USAGE = 'Cách dùng / usage: npm run -s plan:extract -- <tệp.txt | file.txt> [--ward <slug>]';
// A plan's text is tens of kilobytes; the extractor reads about 100 KB a second at worst.
const MAX_BYTES = 2 * 1024 * 1024;

function fail(vi: string, en: string): never {
  process.stderr.write(`${vi}\n${en}\n${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let ward: string | null = null;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--ward') {
    ward = args[++i] ?? null;
    if (!ward || !/^[a-z0-9-]+$/.test(ward)) {
      fail(
        'Lỗi: --ward cần một mã phường viết thường, không dấu (ví dụ hai-an).',
        'Error: --ward needs a lower-case ward slug (e.g. hai-an).',
      );
    }
  } else if (arg?.startsWith('--')) {
    fail(`Lỗi: không có tuỳ chọn ${arg}.`, `Error: unknown option ${arg}.`);
  } else if (file === undefined) {
    file = arg;
  } else {
    fail('Lỗi: chỉ đọc một tệp mỗi lần.', 'Error: give one file at a time.');
  }
}
if (!file) fail('Lỗi: thiếu tệp văn bản cần đọc.', 'Error: no text file given.');

const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
let text: string;
try {
  const size = statSync(path).size;
  if (size > MAX_BYTES) {
    fail(
      `Lỗi: tệp ${file} quá lớn (${size} byte; tối đa ${MAX_BYTES}).`,
      `Error: ${file} is too large (${size} bytes; at most ${MAX_BYTES}).`,
    );
  }
  const bytes = readFileSync(path);
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    fail(`Lỗi: không tìm thấy tệp ${file}.`, `Error: file not found: ${file}.`);
  if (code === 'EISDIR') fail(`Lỗi: ${file} là thư mục.`, `Error: ${file} is a directory.`);
  if (code === 'EACCES' || code === 'EPERM') {
    fail(`Lỗi: không có quyền đọc tệp ${file}.`, `Error: no permission to read ${file}.`);
  }
  if (error instanceof TypeError) {
    fail(`Lỗi: ${file} không phải văn bản UTF-8.`, `Error: ${file} is not UTF-8 text.`);
  }
  throw error;
}

const rows = extractTargets(text).map((p) => proposalRow(p, { ward, file: basename(path) }));
writeOut(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
