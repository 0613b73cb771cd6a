import type { Bilingual } from './bilingual.ts';

/**
 * The file as a whole cannot be imported (encoding, layout, size, a damaged or oversized
 * workbook). Carries the message in both languages; `message` is the English one, for logs.
 */
export class FileFormatError extends Error {
  override name = 'FileFormatError';
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}
