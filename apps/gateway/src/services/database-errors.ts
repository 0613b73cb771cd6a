import { ConflictError } from '@lotrinh/schema';
import type { Bilingual } from './bilingual.ts';

/**
 * What a failed database write means for the person who sent it, without internals: Prisma's
 * messages quote the calling source ("Invalid `tx.observation.create()` invocation in
 * /…/observations.ts:72") and must never be stored or returned. Unknown failures get the
 * `errorId` under which the full error was logged.
 */
export function describeWriteFailure(error: unknown, errorId: string): Bilingual {
  if (error instanceof ConflictError)
    return {
      vi: 'Đã có kết quả cho một trong các kỳ trong tệp (có thể vừa được ghi bởi người khác); hãy sửa kết quả đó thay vì ghi lại. Không có dòng nào được ghi.',
      en: 'A result is already recorded for one of these periods (perhaps just now, by someone else); correct it instead. Nothing was written.',
    };
  const { code, kind } = prismaCodes(error);
  if (code === 'P2020' || kind === 'ValueOutOfRange')
    return {
      vi: 'Một giá trị vượt quá giới hạn cơ sở dữ liệu lưu được (tối đa 14 chữ số trước dấu phẩy và 6 sau dấu phẩy). Không có dòng nào được ghi.',
      en: 'A value is outside what the database can hold (at most 14 digits before the decimal point and 6 after). Nothing was written.',
    };
  if (code === 'P2000' || kind === 'LengthMismatch')
    return {
      vi: 'Một ô chữ dài quá mức cơ sở dữ liệu cho phép. Không có dòng nào được ghi.',
      en: 'A text cell is longer than the database allows. Nothing was written.',
    };
  if (code === 'P2028' || kind === 'TransactionTimeout' || code === 'P2024')
    return {
      vi: 'Cơ sở dữ liệu đang bận, ghi dữ liệu quá thời gian cho phép. Không có dòng nào được ghi; hãy thử lại sau ít phút.',
      en: 'The database is busy and the write took too long. Nothing was written; try again in a few minutes.',
    };
  if (
    (code?.startsWith('P1') ?? false) ||
    kind === 'DatabaseNotReachable' ||
    kind === 'ConnectionClosed' ||
    kind === 'SocketTimeout' ||
    isConnectionError(error)
  )
    return {
      vi: 'Tạm thời không kết nối được cơ sở dữ liệu. Không có dòng nào được ghi; hãy thử lại sau ít phút.',
      en: 'The database cannot be reached right now. Nothing was written; try again in a few minutes.',
    };
  if (code === 'P2003' || code === 'P2004' || kind === 'CheckViolation')
    return {
      vi: 'Dữ liệu không qua được kiểm tra của cơ sở dữ liệu (ví dụ kỳ hoặc đơn vị không hợp lệ). Không có dòng nào được ghi.',
      en: 'The data did not pass the database’s own checks (an invalid period or unit, for example). Nothing was written.',
    };
  return {
    vi: `Lỗi không mong đợi khi ghi dữ liệu (mã lỗi ${errorId}, đã ghi vào nhật ký máy chủ). Không có dòng nào được ghi.`,
    en: `An unexpected error while writing (error id ${errorId}, logged on the server). Nothing was written.`,
  };
}

function prismaCodes(error: unknown): { code?: string; kind?: string } {
  if (typeof error !== 'object' || error === null) return {};
  const e = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
    cause?: { kind?: unknown };
  };
  const kind = e.meta?.driverAdapterError?.cause?.kind ?? e.cause?.kind;
  return {
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof kind === 'string' ? { kind } : {}),
  };
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown
  '57P02',
  '57P03', // cannot_connect_now
  '08006',
  '08001',
  '08003',
]);

function isConnectionError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && /Connection terminated|connect ECONNREFUSED/i.test(message))
      return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
