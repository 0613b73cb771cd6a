import { formatDateTime, type SourceView } from '@lotrinh/ui';
import type { TFunction } from 'i18next';

/** A source document as the API describes it (Ward.documents). */
export interface DocumentInfo {
  file: string;
  kind: string;
  periodStart: number;
  periodEnd: number;
  ward: string;
}

export interface ProvenanceInfo {
  file: string;
  section?: string | null;
  row?: string | null;
  line: number;
  text: string;
}

/**
 * Names a source by its document ("Kế hoạch của phường Hải An, 2025–2045"), never by the hash
 * file name, then says where in it and what it prints.
 */
export function sourceOf(
  p: ProvenanceInfo,
  documents: ReadonlyMap<string, DocumentInfo>,
  t: TFunction,
): SourceView {
  const doc = documents.get(p.file);
  const document = doc ? documentName(doc, t) : p.file;
  const where = [
    p.section ?? null,
    p.row ? t('source.row', { row: p.row }) : null,
    t('source.line', { line: p.line }),
  ]
    .filter(Boolean)
    .join(', ');
  return { document, where, text: p.text };
}

/** "Kế hoạch của phường Hải An (2025–2045)", "Báo cáo của phường Chu Văn An (2025)". */
export function documentName(
  doc: Pick<DocumentInfo, 'kind' | 'periodStart' | 'periodEnd' | 'ward'>,
  t: TFunction,
): string {
  return t(`source.document.${doc.kind === 'report' ? 'report' : 'plan'}`, {
    ward: doc.ward,
    period:
      doc.periodStart === doc.periodEnd
        ? String(doc.periodStart)
        : `${doc.periodStart}–${doc.periodEnd}`,
  });
}

/** A result entered or imported by a person: its evidence and who recorded it, when. */
export interface RecordedResultInfo {
  display?: string | null;
  evidenceType?: string | null;
  evidenceNumber?: string | null;
  evidenceUrl?: string | null;
  recordedBy?: string | null;
  createdAt?: unknown;
}

/**
 * The source of a result that no document prints (entered or imported): the evidence named
 * when it was recorded ("Báo cáo 12/BC-UBND"), who recorded it and when, and the link. A result
 * recorded without evidence says so rather than showing no source at all.
 */
export function recordedSourceOf(r: RecordedResultInfo, t: TFunction): SourceView {
  const kind = r.evidenceType ? t(`entry.evidence.${r.evidenceType}`) : null;
  const document = [kind, r.evidenceNumber].filter(Boolean).join(' ') || t('source.noEvidence');
  const at = typeof r.createdAt === 'string' ? new Date(r.createdAt) : null;
  const where = t('source.recorded', {
    by: r.recordedBy ?? t('source.unknownPerson'),
    at: at && !Number.isNaN(at.getTime()) ? formatDateTime(at) : '–',
  });
  return { document, where, text: r.evidenceUrl ?? r.display ?? '' };
}
