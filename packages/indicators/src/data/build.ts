import type {
  Comparator,
  Provenance,
  QualitativeTarget,
  QuantitativeTarget,
  SeedFile,
  Unit,
  Unreviewed,
  WardSlug,
} from '../types.ts';

/**
 * Small builders that keep the transcriptions in `data/*.ts` close to the printed tables.
 * They only assemble records: every number and text in them is typed in by hand from the
 * seeds and checked against the seed files by `test/provenance.test.ts`.
 */

export interface CellSpec {
  comparator: Comparator;
  value: number;
  valueHigh?: number;
  text: string;
  line: number;
  lineEnd?: number;
}

/** A cell whose printed comparator is a floor, a strict floor or a bare figure. */
const cell =
  (comparator: 'gte' | 'gt' | 'reach') =>
  (value: number, text: string, line: number, lineEnd?: number): CellSpec => ({
    comparator,
    value,
    text,
    line,
    ...(lineEnd ? { lineEnd } : {}),
  });

export const gte = cell('gte');
export const gt = cell('gt');
export const reach = cell('reach');
export const range = (low: number, high: number, text: string, line: number): CellSpec => ({
  comparator: 'range',
  value: low,
  valueHigh: high,
  text,
  line,
});

export interface RowContext {
  ward: WardSlug;
  /** Short, stable key of the section used in ids ("PL2", "III.2"). */
  key: string;
  file: SeedFile;
  section: string;
  row: string;
  indicator: string;
  wording: string;
  labelLine: number;
  unit: Unit;
  leadAgency?: string;
  note?: string;
}

function provenanceOf(
  ctx: RowContext,
  cell: { text: string; line: number; lineEnd?: number },
  column?: string,
): Provenance {
  return {
    file: ctx.file,
    section: ctx.section,
    row: ctx.row,
    ...(column ? { column } : {}),
    line: cell.line,
    ...(cell.lineEnd ? { lineEnd: cell.lineEnd } : {}),
    text: cell.text,
    ...(ctx.labelLine !== cell.line ? { labelLine: ctx.labelLine } : {}),
  };
}

export function quantitative(
  ctx: RowContext,
  year: number,
  cell: CellSpec,
  extra: { column?: string; recurring?: 'annual'; idSuffix?: string } = {},
): Unreviewed<QuantitativeTarget> {
  return {
    kind: 'target',
    id: `${ctx.ward}/${ctx.key}/${ctx.row}/${year}${extra.idSuffix ?? ''}`,
    ward: ctx.ward,
    indicator: ctx.indicator,
    year,
    wording: ctx.wording,
    ...(ctx.leadAgency ? { leadAgency: ctx.leadAgency } : {}),
    ...(extra.recurring ? { recurring: extra.recurring } : {}),
    comparator: cell.comparator,
    value: cell.value,
    ...(cell.valueHigh !== undefined ? { valueHigh: cell.valueHigh } : {}),
    unit: ctx.unit,
    provenance: provenanceOf(ctx, cell, extra.column),
    ...(ctx.note ? { note: ctx.note } : {}),
  };
}

export function qualitative(
  ctx: Omit<RowContext, 'unit'>,
  year: number,
  cell: { text: string; line: number; lineEnd?: number },
): Unreviewed<QualitativeTarget> {
  return {
    kind: 'qualitative',
    id: `${ctx.ward}/${ctx.key}/${ctx.row}/${year}`,
    ward: ctx.ward,
    indicator: ctx.indicator,
    year,
    wording: ctx.wording,
    ...(ctx.leadAgency ? { leadAgency: ctx.leadAgency } : {}),
    provenance: provenanceOf({ ...ctx, unit: 'boolean' }, cell),
    ...(ctx.note ? { note: ctx.note } : {}),
  };
}

/** A milestone table row: one cell per column year, `null` where the table prints "-". */
export function milestoneRow(
  ctx: RowContext,
  years: readonly number[],
  cells: readonly (CellSpec | null)[],
): Unreviewed<QuantitativeTarget>[] {
  if (cells.length !== years.length) {
    throw new Error(
      `${ctx.section} row ${ctx.row}: ${cells.length} cells for ${years.length} years`,
    );
  }
  return cells.flatMap((cell, i) => {
    const year = years[i];
    if (cell === null || year === undefined) return [];
    return [quantitative(ctx, year, cell, { column: `Năm ${year}` })];
  });
}
