/**
 * A plan's text file, read in the browser (File API) before anything is sent: the gateway
 * stores documents of at most 2 MB of UTF-8 text, so a wrong file is refused here with the
 * reason, not after an upload.
 */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

export type TextFileProblem =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; max: number }
  | { kind: 'notText' }
  | { kind: 'notUtf8'; offset: number };

export type TextFileResult =
  | { ok: true; text: string; lineCount: number; bytes: number }
  | { ok: false; problem: TextFileProblem };

/** The first byte at which `bytes` stops being valid UTF-8 (or -1 when it is all valid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Decodes a file's bytes as the plan text the API stores (BOM dropped), or says why not. */
export function decodeTextFile(bytes: Uint8Array): TextFileResult {
  if (bytes.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (bytes.length > MAX_DOCUMENT_BYTES)
    return {
      ok: false,
      problem: { kind: 'tooLarge', bytes: bytes.length, max: MAX_DOCUMENT_BYTES },
    };
  // A NUL byte never occurs in text: this is a .docx, .pdf or image renamed.
  if (bytes.includes(0)) return { ok: false, problem: { kind: 'notText' } };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return { ok: false, problem: { kind: 'notUtf8', offset: bad } };
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, text, lineCount: text.split(/\r?\n/).length, bytes: bytes.length };
}

/** Reads a chosen file; a file over the limit is refused from its size, without reading it. */
export async function readTextFile(file: Blob): Promise<TextFileResult> {
  if (file.size > MAX_DOCUMENT_BYTES)
    return { ok: false, problem: { kind: 'tooLarge', bytes: file.size, max: MAX_DOCUMENT_BYTES } };
  return decodeTextFile(new Uint8Array(await file.arrayBuffer()));
}

/** Base64 of a file's bytes, as importTargets takes it. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
