import { FileFormatError } from './file-format-error.ts';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

const SAVE_AS_UTF8 = {
  vi: 'Trong Excel, chọn Lưu thành (Save As) → "CSV UTF-8 (Comma delimited) (*.csv)" rồi nhập lại tệp.',
  en: 'In Excel, use Save As → "CSV UTF-8 (Comma delimited) (*.csv)" and import that file.',
};

/**
 * Reads the bytes of a CSV as text, or refuses them with a message that says what is wrong and
 * how to fix it. UTF-8 (with or without a BOM) and UTF-16 with a BOM (what Excel's "Unicode
 * Text" writes) are read; anything else — Windows-1258, TCVN3, UTF-16 without a BOM — is
 * refused rather than decoded with U+FFFD in place of every Vietnamese letter.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (b0 === 0xff && b1 === 0xfe)
    return { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksLikeUtf16(bytes))
    throw new FileFormatError({
      vi: `Tệp có vẻ là UTF-16 nhưng thiếu dấu BOM ở đầu tệp, nên không biết thứ tự byte. ${SAVE_AS_UTF8.vi}`,
      en: `The file looks like UTF-16 without a byte-order mark, so its byte order is unknown. ${SAVE_AS_UTF8.en}`,
    });
  return { text: strict('utf-8', bytes), encoding: 'utf-8' };
}

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    // ignoreBOM: the BOM has been read above; a second one would be content.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8')
      throw new FileFormatError({
        vi: `Tệp bắt đầu bằng dấu ${encoding.toUpperCase()} nhưng nội dung không phải ${encoding.toUpperCase()} hợp lệ. ${SAVE_AS_UTF8.vi}`,
        en: `The file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}. ${SAVE_AS_UTF8.en}`,
      });
    const line = lineOfFirstInvalidUtf8(bytes);
    throw new FileFormatError({
      vi: `Tệp không phải mã UTF-8 (ký tự không đọc được ở dòng ${line}); có thể tệp được lưu bằng bảng mã Windows-1258 hoặc TCVN3, khi đó chữ tiếng Việt sẽ bị hỏng. ${SAVE_AS_UTF8.vi}`,
      en: `The file is not UTF-8 (unreadable character on line ${line}); it was probably saved as Windows-1258 or TCVN3, which would garble the Vietnamese letters. ${SAVE_AS_UTF8.en}`,
    });
  }
}

/** Many NUL bytes at alternating positions: UTF-16 text of mostly ASCII letters. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return sample.length >= 4 && zeros >= sample.length / 4;
}

/**
 * 1-based line of the first byte that cannot start or continue a UTF-8 character. Only for the
 * message: the refusal itself is the strict decoder's.
 */
function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    if (b === 0x0a) line++;
    i += length;
  }
  return line;
}
