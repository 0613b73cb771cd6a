import type { SourceDocument, Ward, WardSlug } from './types.ts';

export const WARDS: readonly Ward[] = [
  // Stryker disable all: a data table, checked by the provenance and completeness tests (docs/QUALITY.md)
  { slug: 'hai-an', nameVi: 'Hải An', nameEn: 'Hải An ward', kind: 'phường' },
  { slug: 'hong-an', nameVi: 'Hồng An', nameEn: 'Hồng An ward', kind: 'phường' },
  { slug: 'thanh-mien', nameVi: 'Thanh Miện', nameEn: 'Thanh Miện commune', kind: 'xã' },
  { slug: 'chu-van-an', nameVi: 'Chu Văn An', nameEn: 'Chu Văn An ward', kind: 'phường' },
  { slug: 'hong-bang', nameVi: 'Hồng Bàng', nameEn: 'Hồng Bàng ward', kind: 'phường' },
];
// Stryker restore all

/**
 * The five source documents. None carries a document number (the field is blank: "Số: /KH-UBND")
 * and most carry only a month; both are kept as printed. Hải An's plan prints neither: its
 * date is bounded by the latest document it cites (Kế hoạch số 08-KH/ĐU ngày 04/9/2025).
 */
export const DOCUMENTS: readonly SourceDocument[] = [
  // Stryker disable all: a data table, checked by the provenance and completeness tests (docs/QUALITY.md)
  {
    id: 'hai-an-plan-2025',
    ward: 'hai-an',
    file: '000_09cdf2dd6a89ba5e.txt',
    kind: 'plan',
    numberAsPrinted: '(không in số)',
    dateAsPrinted: '(không in ngày; sau 04/9/2025)',
    titleVi:
      'Kế hoạch thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn phường Hải An',
    titleEn:
      'Plan to implement Resolution 57-NQ/TW on breakthroughs in science, technology, innovation and national digital transformation in Hải An ward',
    periodStart: 2025,
    periodEnd: 2045,
    line: 1,
  },
  {
    id: 'hong-an-plan-2026',
    ward: 'hong-an',
    file: '001_6efd05d90f721389.txt',
    kind: 'plan',
    numberAsPrinted: 'Số: /KH-UBND',
    dateAsPrinted: 'Hồng An, ngày tháng 5 năm 2026',
    titleVi: 'Kế hoạch triển khai thực hiện Đề án “Hải Phòng - Thành phố đổi mới sáng tạo”',
    titleEn: 'Hồng An ward plan to carry out the city project “Hải Phòng – an innovative city”',
    periodStart: 2026,
    periodEnd: 2030,
    line: 3,
  },
  {
    id: 'thanh-mien-plan-2025',
    ward: 'thanh-mien',
    file: '002_addf73b536fa4b20.txt',
    kind: 'plan',
    numberAsPrinted: '(không in số)',
    dateAsPrinted: 'Thanh Miện, ngày tháng 8 năm 2025',
    titleVi:
      'Kế hoạch phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số xã Thanh Miện',
    titleEn:
      'Plan for science, technology, innovation and digital transformation of Thanh Miện commune',
    periodStart: 2025,
    periodEnd: 2030,
    line: 1,
  },
  {
    id: 'chu-van-an-report-2025',
    ward: 'chu-van-an',
    file: '003_398e4fa2e8d18aa8.txt',
    kind: 'report',
    numberAsPrinted: 'Số: /BC-UBND',
    dateAsPrinted: 'Phường Chu Văn An, ngày tháng 12 năm 2025',
    titleVi:
      'Báo cáo tình hình triển khai thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia tại phường Chu Văn An',
    titleEn: 'Report on implementing Resolution 57-NQ/TW in Chu Văn An ward (results of 2025)',
    periodStart: 2025,
    periodEnd: 2025,
    line: 3,
  },
  {
    id: 'hong-bang-plan-2026',
    ward: 'hong-bang',
    file: '004_16d7ad33ef0b9f85.txt',
    kind: 'plan',
    numberAsPrinted: 'Số: /KH-UBND',
    dateAsPrinted: 'Hồng Bàng, ngày tháng năm 2026',
    titleVi:
      'Kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia tại phường Hồng Bàng năm 2026',
    titleEn: 'Plan to implement Resolution 57-NQ/TW in Hồng Bàng ward in 2026',
    periodStart: 2026,
    periodEnd: 2026,
    line: 3,
  },
];
// Stryker restore all

/** A ward of the built-in data set (the five seeds); throws for any other slug. */
export function getWard(slug: WardSlug): Ward {
  const ward = WARDS.find((w) => w.slug === slug);
  if (!ward) throw new Error(`Unknown ward: ${slug}`);
  return ward;
}

/** True for the five wards of the built-in data set (the seeds); other wards are data. */
export function isBuiltInWard(value: string): boolean {
  return WARDS.some((w) => w.slug === value);
}

/** Longest ward slug accepted ("phuong-..." names of the 114 units are well under it). */
export const MAX_WARD_SLUG_LENGTH = 60;

/**
 * The form of a ward slug: lower-case ASCII letters and digits in words joined by single
 * hyphens ("chu-van-an", "xa-an-lao-2"), 2–60 characters. It is used in URLs and file names.
 */
export function isWellFormedWardSlug(value: string): boolean {
  return (
    value.length >= 2 &&
    value.length <= MAX_WARD_SLUG_LENGTH &&
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
  );
}
