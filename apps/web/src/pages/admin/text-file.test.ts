// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeTextFile, fileToBase64, MAX_DOCUMENT_BYTES, readTextFile } from './text-file.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeTextFile', () => {
  it('reads Vietnamese UTF-8 text, drops a BOM and counts lines', () => {
    const result = decodeTextFile(utf8('\uFEFFPHỤ LỤC 2\r\nChỉ số chuyển đổi số phường\n≥ 0,77'));
    expect(result).toMatchObject({ ok: true, lineCount: 3 });
    expect(result.ok && result.text.startsWith('PHỤ LỤC 2')).toBe(true);
  });

  it('refuses a file in a legacy encoding (Windows-1258 "Hải" has byte 0xE3 alone), naming the byte', () => {
    const bytes = new Uint8Array([0x48, 0xe3, 0x69, 0x20, 0x41, 0x6e]);
    expect(decodeTextFile(bytes)).toEqual({ ok: false, problem: { kind: 'notUtf8', offset: 1 } });
  });

  it('refuses a truncated multi-byte character at the end', () => {
    const bytes = utf8('Hải');
    expect(decodeTextFile(bytes.subarray(0, 2))).toEqual({
      ok: false,
      problem: { kind: 'notUtf8', offset: 1 },
    });
  });

  it('refuses a binary file (a .docx renamed) and an empty or blank one', () => {
    expect(decodeTextFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toEqual({
      ok: false,
      problem: { kind: 'notText' },
    });
    expect(decodeTextFile(new Uint8Array())).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(decodeTextFile(utf8(' \n\n '))).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('refuses a file over 2 MB from its size, without reading it', async () => {
    const big = new Blob([new Uint8Array(MAX_DOCUMENT_BYTES + 1)]);
    big.arrayBuffer = () => Promise.reject(new Error('must not be read'));
    expect(await readTextFile(big)).toEqual({
      ok: false,
      problem: { kind: 'tooLarge', bytes: MAX_DOCUMENT_BYTES + 1, max: MAX_DOCUMENT_BYTES },
    });
    expect(await readTextFile(new Blob([utf8('a\nb')]))).toMatchObject({ ok: true, lineCount: 2 });
  });
});

describe('fileToBase64', () => {
  it('encodes the bytes, larger than one chunk', async () => {
    const text = 'mã,năm\n'.repeat(10_000);
    const encoded = await fileToBase64(new Blob([utf8(text)]));
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe(text);
  });
});
