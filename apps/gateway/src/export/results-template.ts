import { cleanPrintedText, describeGoal, type Unit } from '@lotrinh/indicators';
import type { Store } from '../store/store.ts';
import type { Cell, ExportTable } from './tables.ts';

/**
 * The headers of the results template, Vietnamese: each one is an alias the importer reads
 * (parse-table.ts), and the three columns for the reader (name, unit, target as printed) are
 * read past, so a filled-in template imports as it is.
 */
export const TEMPLATE_HEADERS = [
  'Phường',
  'Mã chỉ tiêu',
  'Tên chỉ tiêu',
  'Đơn vị',
  'Chỉ tiêu như in',
  'Năm',
  'Quý',
  'Tháng',
  'Giá trị',
  'Đạt',
  'Tử số',
  'Mẫu số',
  'Loại nguồn',
  'Số văn bản',
  'Đường dẫn',
  'Ghi chú',
] as const;

const UNIT_VI: Record<Unit, string> = {
  percent: '% (0–100)',
  index: 'chỉ số (0–1)',
  vnd: 'đồng',
  count: 'số lượng',
  countPerYear: 'số lượng/năm',
  boolean: 'đạt/không (cột Đạt)',
};

const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));

/**
 * One row per indicator the ward has a target for in `year` (and any with a result recorded
 * that year), prefilled with the result already recorded for the whole year: imported
 * unchanged, such a row writes nothing; changed, it becomes a correction.
 */
export function resultsTemplate(store: Store, ward: string, year: number): ExportTable {
  const targets = store.snapshot.targets.filter((t) => t.ward === ward && t.year === year);
  const recorded = store
    .currentObservations(ward as never)
    .filter((o) => o.year === year && o.quarter === 0 && o.month === 0);
  const codes = [
    ...new Set([...targets.map((t) => t.indicator), ...recorded.map((o) => o.indicatorCode)]),
  ];
  const indicators = store.snapshot.indicators
    .filter((i) => codes.includes(i.code))
    .sort((a, b) => a.pillar.localeCompare(b.pillar) || a.code.localeCompare(b.code));
  const rows: Cell[][] = indicators.map((indicator) => {
    const goals = targets
      .filter((t) => t.indicator === indicator.code)
      .map((t) =>
        t.kind === 'target'
          ? describeGoal({ ...t, basis: 'milestone' }, t.unit, 'vi')
          : cleanPrintedText(t.provenance.text),
      );
    const result = recorded.find((o) => o.indicatorCode === indicator.code);
    return [
      ward,
      indicator.code,
      indicator.nameVi,
      UNIT_VI[indicator.unit],
      goals.join('; ') || null,
      year,
      null,
      null,
      result ? numberText(num(result.value)) : null,
      result?.met == null ? null : result.met ? 'có' : 'không',
      result ? numberText(num(result.numerator)) : null,
      result ? numberText(num(result.denominator)) : null,
      result?.evidenceType ? EVIDENCE_VI[result.evidenceType] : null,
      result?.evidenceNumber ?? null,
      result?.evidenceUrl ?? null,
      null,
    ];
  });
  return { name: `ket-qua-${ward}-${year}`, headers: [...TEMPLATE_HEADERS], rows };
}

/**
 * A recorded figure written the Vietnamese way with a decimal comma and no thousands dots
 * ("0,78", "1134256000"), which the importer reads back exactly.
 */
export function numberText(v: number | null): string | null {
  return v === null ? null : String(v).replace('.', ',');
}

/** The source types in the words the importer reads (import-row.ts). */
const EVIDENCE_VI = {
  report: 'báo cáo',
  statistics: 'thống kê',
  survey: 'khảo sát',
  administrative: 'hồ sơ hành chính',
  other: 'khác',
} as const;
