import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { FileFormatError } from './file-format-error.ts';

/**
 * How much an uploaded workbook may hold once unzipped. A 5,000-row import sheet is 1–4 MB of
 * XML; 16 MB leaves room for wide sheets and styles while keeping exceljs (which builds the
 * whole workbook in memory, at roughly 10–20× the XML) far below the server's memory. Real XML
 * compresses 5–30×; a ratio above 100 on a large entry is a zip bomb, not a spreadsheet.
 */
export const XLSX_LIMITS = {
  maxEntries: 500,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024,
  maxRatio: 100,
  /** Entries smaller than this are not held to the ratio (tiny XML compresses oddly). */
  ratioFloorBytes: 1024 * 1024,
} as const;

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

const notXlsx = () =>
  new FileFormatError({
    vi: 'Tệp không phải sổ tính Excel (.xlsx) hợp lệ. Nếu là tệp .xls cũ hoặc CSV, hãy mở trong Excel và lưu thành "Sổ làm việc Excel (*.xlsx)", hoặc nhập dưới dạng CSV.',
    en: 'The file is not a valid Excel workbook (.xlsx). If it is an old .xls or a CSV, open it in Excel and save it as "Excel Workbook (*.xlsx)", or import it as CSV.',
  });

const damaged = () =>
  new FileFormatError({
    vi: 'Tệp .xlsx bị hỏng hoặc bất thường (kích thước khai báo trong tệp nén không khớp nội dung). Hãy mở trong Excel và lưu lại.',
    en: 'The .xlsx file is damaged or abnormal (the sizes declared in the archive do not match its content). Open it in Excel and save it again.',
  });

const tooBig = (what: { vi: string; en: string }) =>
  new FileFormatError({
    vi: `Sổ tính quá lớn khi giải nén: ${what.vi}. Hãy chỉ giữ trang kết quả (tối đa ${MB(XLSX_LIMITS.maxTotalBytes)} khi giải nén).`,
    en: `The workbook is too large once unzipped: ${what.en}. Keep only the results sheet (at most ${MB(XLSX_LIMITS.maxTotalBytes)} unzipped).`,
  });

/**
 * Checks an XLSX (a zip) before any XML parser sees it, so a zip bomb costs milliseconds and
 * no memory: first the central directory's declared sizes (entry count, each entry, the total,
 * the compression ratio), then the real sizes, by inflating every entry as a stream and
 * discarding it — yauzl stops a stream that outgrows its declared size, so a directory that
 * lies cannot make this pass inflate more than the limits. yauzl (thejoshwolfe/yauzl) was
 * chosen because it exposes exactly these two steps; exceljs's own unzip (JSZip) inflates each
 * entry whole, trusting the sizes.
 */
export async function checkXlsxArchive(content: Buffer): Promise<void> {
  const zip = await open(content);
  try {
    const entries = await listEntries(zip);
    let total = 0;
    for (const entry of entries) {
      if (entry.isEncrypted())
        throw new FileFormatError({
          vi: 'Sổ tính được đặt mật khẩu; hãy bỏ mật khẩu rồi nhập lại.',
          en: 'The workbook is password-protected; remove the password and import it again.',
        });
      const size = entry.uncompressedSize;
      total += size;
      if (size > XLSX_LIMITS.maxEntryBytes)
        throw tooBig({
          vi: `phần "${entry.fileName}" chiếm ${MB(size)}`,
          en: `part "${entry.fileName}" holds ${MB(size)}`,
        });
      if (total > XLSX_LIMITS.maxTotalBytes)
        throw tooBig({ vi: `tổng cộng hơn ${MB(total)}`, en: `more than ${MB(total)} in all` });
      if (
        size >= XLSX_LIMITS.ratioFloorBytes &&
        size / Math.max(entry.compressedSize, 1) > XLSX_LIMITS.maxRatio
      )
        throw tooBig({
          vi: `phần "${entry.fileName}" nén ${Math.round(size / Math.max(entry.compressedSize, 1))} lần (tệp nén bất thường)`,
          en: `part "${entry.fileName}" is compressed ${Math.round(size / Math.max(entry.compressedSize, 1))}× (an abnormal archive)`,
        });
    }
    for (const entry of entries) await drain(zip, entry);
  } finally {
    zip.close();
  }
}

function open(content: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      content,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error || !zip ? reject(notXlsx()) : resolve(zip)),
    );
  });
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      if (entries.length > XLSX_LIMITS.maxEntries)
        reject(
          tooBig({
            vi: `hơn ${XLSX_LIMITS.maxEntries} phần`,
            en: `more than ${XLSX_LIMITS.maxEntries} parts`,
          }),
        );
      else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(notXlsx()));
    zip.readEntry();
  });
}

/** Inflates one entry and throws the bytes away; yauzl errors if it outgrows its declared size. */
function drain(zip: ZipFile, entry: Entry): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(notXlsx());
        return;
      }
      stream.on('data', () => {});
      stream.on('end', () => resolve());
      stream.on('error', () => reject(damaged()));
    });
  });
}
