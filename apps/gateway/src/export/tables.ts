import {
  cleanPrintedText,
  comparatorLabel,
  describeGoal,
  explain,
  getIndicator,
  roundForUnit,
  roundTo,
  type ScorecardRow,
  type Status,
} from '@lotrinh/indicators';
import type { Store } from '../store/store.ts';

export type Cell = string | number | boolean | null;
export interface ExportTable {
  name: string;
  headers: string[];
  rows: Cell[][];
}

/** The dashboard's words for each status, so a spreadsheet reads like the screen. */
const STATUS_VI: Record<Status, string> = {
  achieved: 'Đạt',
  'on-track': 'Đúng lộ trình',
  'at-risk': 'Có nguy cơ',
  'off-track': 'Chậm lộ trình',
  'not-reported': 'Chưa báo cáo',
  'no-target': 'Chưa có chỉ tiêu năm này',
};

function scorecardRows(store: Store, rows: ScorecardRow[]): Cell[][] {
  return rows.map((r) => {
    const indicator = getIndicator(r.indicator);
    const result = store.annualResult(r.ward, r.indicator, r.observation?.year);
    const targets = (r.expected?.from ?? []).flatMap((id) => {
      const t = store.snapshot.targets.find((x) => x.id === id);
      return t ? [t] : [];
    });
    const round = (x: number | null) => (x === null ? null : roundForUnit(x, indicator.unit));
    return [
      r.ward,
      r.indicator,
      indicator.nameVi,
      r.year,
      r.expected ? describeGoal(r.expected, indicator.unit, 'vi') : '',
      r.observation?.value !== undefined
        ? round(r.observation.value)
        : r.observation?.met === undefined
          ? null
          : r.observation.met,
      r.earlierObservation ? `${r.earlierObservation.year}` : null,
      r.attainment === null ? null : roundTo(r.attainment, 4),
      round(r.gap),
      STATUS_VI[r.status],
      explain(r.reason, r.year, 'vi'),
      targets
        .map(
          (t) =>
            `${t.provenance.file} — ${t.provenance.section}, ${t.provenance.row}, dòng ${t.provenance.line}: ${cleanPrintedText(t.provenance.text)}`,
        )
        .join(' | '),
      result?.sourceFile
        ? `${result.sourceFile} dòng ${result.sourceLine}: ${cleanPrintedText(result.sourceText ?? '')}`
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
  'Kết quả năm',
  'Năm có kết quả gần nhất (tham khảo)',
  'Mức đạt (0–1)',
  'Khoảng cách',
  'Tình trạng',
  'Lý do',
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
      'Mức tương đương',
      'Tệp nguồn',
      'Mục',
      'Hàng',
      'Dòng',
      'Nội dung in',
      'Nội dung gốc trong tệp',
    ],
    rows: store.snapshot.targets
      .filter((t) => !ward || t.ward === ward)
      .map((t) => [
        t.id,
        t.ward,
        t.indicator,
        t.year,
        t.kind === 'target' ? 'định lượng' : 'định tính',
        t.kind === 'target' ? comparatorLabel(t.comparator) : null,
        t.kind === 'target' ? t.value : null,
        t.kind === 'target' ? (t.valueHigh ?? null) : null,
        t.kind === 'target' ? t.unit : null,
        t.wording,
        t.leadAgency ?? null,
        t.equivalence === 'close' ? `gần tương đương: ${t.equivalenceNoteVi ?? ''}` : 'tương đương',
        t.provenance.file,
        t.provenance.section,
        t.provenance.row,
        t.provenance.line,
        cleanPrintedText(t.provenance.text),
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
      'Mục',
      'Hàng',
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
        o.sourceSection,
        o.sourceRow,
        o.sourceLine,
        o.sourceText === null ? null : cleanPrintedText(o.sourceText),
        o.note,
      ]),
  };
}
