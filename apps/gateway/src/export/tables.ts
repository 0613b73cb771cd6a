import { COMPARATOR_SYMBOL, type ScorecardRow } from '@lotrinh/indicators';
import type { Store } from '../store/store.ts';

export type Cell = string | number | boolean | null;
export interface ExportTable {
  name: string;
  headers: string[];
  rows: Cell[][];
}

const STATUS_VI: Record<string, string> = {
  achieved: 'Đạt',
  'on-track': 'Đúng lộ trình',
  'at-risk': 'Có nguy cơ',
  'off-track': 'Chậm lộ trình',
  'no-data': 'Chưa có số liệu',
};

function scorecardRows(store: Store, rows: ScorecardRow[]): Cell[][] {
  return rows.map((r) => {
    const indicator = store.snapshot.indicators.find((i) => i.code === r.indicator);
    const result = store
      .currentObservations(r.ward)
      .find(
        (o) =>
          o.indicatorCode === r.indicator &&
          o.year === r.observation?.year &&
          o.quarter === 0 &&
          o.month === 0,
      );
    const target = r.expected?.from[0]
      ? store.snapshot.targets.find((t) => t.id === r.expected?.from.at(-1))
      : undefined;
    return [
      r.ward,
      r.indicator,
      indicator?.nameVi ?? '',
      r.year,
      r.expected
        ? `${COMPARATOR_SYMBOL[r.expected.comparator]} ${r.expected.value}${r.expected.valueHigh !== undefined ? `–${r.expected.valueHigh}` : ''}`
        : '',
      r.expected?.basis ?? '',
      r.observation?.value ?? (r.observation?.met === undefined ? null : r.observation.met),
      r.observation?.year ?? null,
      r.attainment,
      r.gap,
      STATUS_VI[r.status] ?? r.status,
      target
        ? `${target.provenance.file} dòng ${target.provenance.line}: ${target.provenance.text}`
        : '',
      result?.sourceFile
        ? `${result.sourceFile} dòng ${result.sourceLine}: ${result.sourceText}`
        : (result?.source ?? ''),
      r.method,
    ];
  });
}

const SCORECARD_HEADERS = [
  'Phường, xã',
  'Mã chỉ tiêu',
  'Tên chỉ tiêu',
  'Năm',
  'Chỉ tiêu năm',
  'Cách tính chỉ tiêu',
  'Kết quả',
  'Năm kết quả',
  'Mức đạt (0–1)',
  'Khoảng cách',
  'Tình trạng',
  'Nguồn chỉ tiêu',
  'Nguồn kết quả',
  'Phương pháp',
];

export function scorecardTable(store: Store, ward: string, year: number): ExportTable {
  return {
    name: `bang-diem-${ward}-${year}`,
    headers: SCORECARD_HEADERS,
    rows: scorecardRows(store, store.scorecard(ward as never, year)),
  };
}

export function comparisonTable(store: Store, year: number): ExportTable {
  const rows = store.snapshot.wards.flatMap((w) =>
    scorecardRows(store, store.scorecard(w.slug, year)),
  );
  return { name: `so-sanh-${year}`, headers: SCORECARD_HEADERS, rows };
}

export function targetsTable(store: Store, ward?: string): ExportTable {
  return {
    name: ward ? `chi-tieu-${ward}` : 'chi-tieu',
    headers: [
      'Mã',
      'Phường, xã',
      'Mã chỉ tiêu',
      'Năm',
      'Loại',
      'So sánh',
      'Giá trị',
      'Giá trị trên',
      'Đơn vị',
      'Nội dung',
      'Cơ quan chủ trì',
      'Tệp nguồn',
      'Mục',
      'Dòng',
      'Nội dung in',
    ],
    rows: store.snapshot.targets
      .filter((t) => !ward || t.ward === ward)
      .map((t) => [
        t.id,
        t.ward,
        t.indicator,
        t.year,
        t.kind === 'target' ? 'định lượng' : 'định tính',
        t.kind === 'target' ? COMPARATOR_SYMBOL[t.comparator] : null,
        t.kind === 'target' ? t.value : null,
        t.kind === 'target' ? (t.valueHigh ?? null) : null,
        t.kind === 'target' ? t.unit : null,
        t.wording,
        t.leadAgency ?? null,
        t.provenance.file,
        t.provenance.section,
        t.provenance.line,
        t.provenance.text,
      ]),
  };
}

export function observationsTable(store: Store, ward?: string): ExportTable {
  const n = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));
  return {
    name: ward ? `ket-qua-${ward}` : 'ket-qua',
    headers: [
      'Mã',
      'Phường, xã',
      'Mã chỉ tiêu',
      'Năm',
      'Quý',
      'Tháng',
      'Phiên bản',
      'Giá trị',
      'Đạt',
      'Tử số',
      'Mẫu số',
      'Nguồn',
      'Tệp nguồn',
      'Dòng',
      'Nội dung in',
      'Ghi chú',
    ],
    rows: store.snapshot.wards
      .filter((w) => !ward || w.slug === ward)
      .flatMap((w) => store.currentObservations(w.slug))
      .map((o) => [
        o.id,
        o.wardSlug,
        o.indicatorCode,
        o.year,
        o.quarter || null,
        o.month || null,
        o.version,
        n(o.value),
        o.met,
        n(o.numerator),
        n(o.denominator),
        o.source,
        o.sourceFile,
        o.sourceLine,
        o.sourceText,
        o.note,
      ]),
  };
}
