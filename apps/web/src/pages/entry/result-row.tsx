import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatNumber, type Lang, unitOf } from '@lotrinh/ui';
import type { ResultOf } from 'gql.tada';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { targetLine } from '../../api/targets.ts';
import {
  EVIDENCE_TYPES,
  historyLines,
  type NumberField,
  numberFieldsOf,
  PERIODS,
  type PeriodKey,
  periodOf,
  problemsByField,
  type RowDraft,
  readRow,
  resolvedText,
} from './entry-model.ts';
import { type ENTRY_RESULTS_QUERY, RESULT_HISTORY_QUERY, VALIDATE_RESULT } from './queries.ts';

export interface RowIndicator {
  code: string;
  name: string;
  unit: string;
  targets: { id: string; display: string; wording: string }[];
}

type Recorded = ResultOf<typeof ENTRY_RESULTS_QUERY>['observations']['edges'][number]['node'];

/** The gateway's answer on a row: its problems by field, and the result it would correct. */
export interface Check {
  pending: boolean;
  problems: { path: readonly string[]; message: string }[];
  current: { id: string; version: number } | null;
  /** The request failed (no permission, no connection): said on the row. */
  failure: string | null;
}

const CHECK_DELAY_MS = 300;

/**
 * Asks the gateway's validateObservation (the rules recordObservation applies) a moment after
 * the person stops typing; the answer is reported up so the form knows what may be saved.
 */
export function useRowCheck(
  slug: string,
  year: number,
  row: RowIndicator,
  draft: RowDraft,
  report: (c: Check) => void,
): Check | null {
  const client = useApolloClient();
  const [check, setCheck] = useState<Check | null>(null);
  const reportRef = useRef(report);
  reportRef.current = report;
  const read = readRow(draft, row.unit, year);
  const touched =
    draft.value.trim() !== '' ||
    draft.numerator.trim() !== '' ||
    draft.denominator.trim() !== '' ||
    draft.met !== '';
  const key = JSON.stringify(read.input);
  const blockedLocally = Object.keys(read.local).length > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for read.input.
  useEffect(() => {
    if (!touched || blockedLocally) {
      setCheck(null);
      return;
    }
    let cancelled = false;
    const pending: Check = { pending: true, problems: [], current: null, failure: null };
    setCheck(pending);
    reportRef.current(pending);
    const timer = setTimeout(() => {
      client
        .query({
          query: VALIDATE_RESULT,
          variables: { input: { ward: slug, indicator: row.code, ...read.input } },
          fetchPolicy: 'no-cache',
        })
        .then(({ data }) => {
          if (cancelled) return;
          const r = data?.validateObservation;
          const next: Check =
            r?.__typename === 'QueryValidateObservationSuccess'
              ? {
                  pending: false,
                  problems: [...r.data.problems],
                  current: r.data.current,
                  failure: null,
                }
              : {
                  pending: false,
                  problems: [],
                  current: null,
                  failure: r && 'message' in r ? r.message : '',
                };
          setCheck(next);
          reportRef.current(next);
        })
        .catch((error: unknown) => {
          if (cancelled) return;
          const next: Check = {
            pending: false,
            problems: [],
            current: null,
            failure: error instanceof Error ? error.message : String(error),
          };
          setCheck(next);
          reportRef.current(next);
        });
    }, CHECK_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, touched, blockedLocally, slug, row.code, client]);
  return check;
}

/** "24/11/2026 02:35": the day as Vietnamese offices write it, then the time. */
function dateTime(iso: unknown, lang: Lang): string {
  const at = new Date(String(iso));
  const locale = lang === 'en' ? 'en-GB' : 'vi-VN';
  const day = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(at);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
  return `${day} ${time}`;
}

/**
 * One indicator of the form: the target as printed, what is recorded for the chosen period (and
 * its history), and the fields its unit has, each with its problem beside it.
 */
export function ResultRow({
  slug,
  year,
  lang,
  row,
  draft,
  recorded,
  check,
  onChange,
}: {
  slug: string;
  year: number;
  lang: Lang;
  row: RowIndicator;
  draft: RowDraft;
  recorded: Recorded[];
  check: Check | null;
  onChange: (d: RowDraft) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [showHistory, setShowHistory] = useState(false);
  const read = readRow(draft, row.unit, year);
  const server = problemsByField(check?.problems ?? []);
  const current = recorded.find((o) => periodOf(o.quarter, o.month) === draft.period) ?? null;
  const set = (patch: Partial<RowDraft>) => onChange({ ...draft, ...patch });
  const unit = unitOf(row.unit);
  const fieldId = (f: string) => `${id}-${f}`;
  const errorId = (f: string) => `${id}-${f}-error`;

  const problemOf = (field: string): string | null => {
    const local = read.local[field as NumberField];
    if (local?.kind === 'invalid') return t('entry.problem.notANumber');
    if (local?.kind === 'ambiguous') return null; // shown as a question with two answers
    return server[field] ?? null;
  };

  const numberInput = (field: NumberField) => {
    const problem = problemOf(field);
    const local = read.local[field];
    return (
      <div className="entry-field" key={field}>
        <label htmlFor={fieldId(field)}>
          {t(`entry.field.${field}`)}
          {field === 'value' ? ` (${t(`entry.unit.${unit}`, { defaultValue: unit })})` : ''}
        </label>
        <input
          id={fieldId(field)}
          name={`${row.code}-${field}`}
          inputMode="decimal"
          autoComplete="off"
          value={draft[field]}
          aria-invalid={problem || local ? true : undefined}
          aria-describedby={problem || local ? errorId(field) : undefined}
          onChange={(e) => set({ [field]: e.target.value })}
        />
        {problem && (
          <p id={errorId(field)} className="field-error">
            {problem}
          </p>
        )}
        {local?.kind === 'ambiguous' && (
          <fieldset id={errorId(field)} className="field-question">
            <legend>{t('entry.ambiguous.question', { text: draft[field].trim() })}</legend>
            <button type="button" onClick={() => set({ [field]: resolvedText(local.thousands) })}>
              {t('entry.ambiguous.thousands', { value: formatNumber(local.thousands, lang, 6) })}
            </button>{' '}
            <button type="button" onClick={() => set({ [field]: resolvedText(local.decimal) })}>
              {t('entry.ambiguous.decimal', { value: formatNumber(local.decimal, lang, 6) })}
            </button>
          </fieldset>
        )}
      </div>
    );
  };

  return (
    <fieldset className="entry-row" data-indicator={row.code}>
      <legend>
        {row.name} <small className="code">{row.code}</small>
      </legend>
      <div className="entry-context">
        <p className="entry-target">
          <span className="label">{t('entry.target', { year })}</span>{' '}
          {row.targets.length === 0 ? t('entry.noTarget') : <TargetLine targets={row.targets} />}
        </p>
        {row.targets[0] && row.targets[0].wording !== row.targets[0].display && (
          <p className="entry-wording">{row.targets[0].wording}</p>
        )}
        <p className="entry-current">
          <span className="label">{t('entry.recorded')}</span>{' '}
          {current ? (
            <>
              <strong>
                {current.display ??
                  (current.met === null ? '—' : t(current.met ? 'entry.met.yes' : 'entry.met.no'))}
              </strong>{' '}
              <small>
                {t('entry.recordedBy', {
                  who: current.recordedBy ?? t('entry.fromSource'),
                  when: dateTime(current.createdAt, lang),
                  version: current.version,
                })}
              </small>{' '}
              <button
                type="button"
                className="link-button"
                aria-expanded={showHistory}
                aria-controls={`${id}-history`}
                onClick={() => setShowHistory((s) => !s)}
              >
                {t('entry.history')}
              </button>
            </>
          ) : (
            t('entry.nothingRecorded')
          )}
        </p>
        {current && showHistory && (
          <History
            id={`${id}-history`}
            slug={slug}
            indicator={row.code}
            year={year}
            period={draft.period}
            lang={lang}
          />
        )}
      </div>
      <div className="entry-fields">
        <div className="entry-field">
          <label htmlFor={fieldId('period')}>{t('entry.field.period')}</label>
          <select
            id={fieldId('period')}
            value={draft.period}
            onChange={(e) => set({ period: e.target.value as PeriodKey })}
          >
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`entry.period.${p[0]}`, { n: p.slice(1), year })}
              </option>
            ))}
          </select>
          {server.month && <p className="field-error">{server.month}</p>}
        </div>
        {unit === 'boolean' ? (
          <div className="entry-field">
            <label htmlFor={fieldId('met')}>{t('entry.field.met')}</label>
            <select
              id={fieldId('met')}
              value={draft.met}
              aria-invalid={server.met ? true : undefined}
              aria-describedby={server.met ? errorId('met') : undefined}
              onChange={(e) => set({ met: e.target.value as RowDraft['met'] })}
            >
              <option value="">—</option>
              <option value="true">{t('entry.met.yes')}</option>
              <option value="false">{t('entry.met.no')}</option>
            </select>
            {server.met && (
              <p id={errorId('met')} className="field-error">
                {server.met}
              </p>
            )}
          </div>
        ) : (
          numberFieldsOf(row.unit).map(numberInput)
        )}
        <div className="entry-field">
          <label htmlFor={fieldId('evidenceType')}>{t('entry.field.evidenceType')}</label>
          <select
            id={fieldId('evidenceType')}
            value={draft.evidenceType}
            onChange={(e) => set({ evidenceType: e.target.value as RowDraft['evidenceType'] })}
          >
            <option value="">—</option>
            {EVIDENCE_TYPES.map((e) => (
              <option key={e} value={e}>
                {t(`entry.evidence.${e}`)}
              </option>
            ))}
          </select>
        </div>
        {(['evidenceNumber', 'evidenceUrl', 'note'] as const).map((field) => (
          <div className="entry-field" key={field}>
            <label htmlFor={fieldId(field)}>{t(`entry.field.${field}`)}</label>
            <input
              id={fieldId(field)}
              type={field === 'evidenceUrl' ? 'url' : 'text'}
              value={draft[field]}
              aria-invalid={server[field] ? true : undefined}
              aria-describedby={server[field] ? errorId(field) : undefined}
              onChange={(e) => set({ [field]: e.target.value })}
            />
            {server[field] && (
              <p id={errorId(field)} className="field-error">
                {server[field]}
              </p>
            )}
          </div>
        ))}
      </div>
      <p className="entry-row-status" aria-live="polite">
        {check?.pending
          ? t('entry.checking')
          : check?.failure
            ? check.failure
            : check && check.problems.length === 0
              ? check.current
                ? t('entry.willCorrect', { version: check.current.version })
                : t('entry.willRecord')
              : null}
      </p>
    </fieldset>
  );
}

/** Every version of the period's result: who, when, old → new. */
function History({
  id,
  slug,
  indicator,
  year,
  period,
  lang,
}: {
  id: string;
  slug: string;
  indicator: string;
  year: number;
  period: PeriodKey;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(RESULT_HISTORY_QUERY, {
    variables: { ward: slug, indicator, year },
    fetchPolicy: 'network-only',
  });
  if (loading) return <p id={id}>{t('state.loading')}</p>;
  if (error) return <p id={id}>{error.message}</p>;
  const versions = (data?.observations.edges ?? [])
    .map((e) => e.node)
    .filter((o) => periodOf(o.quarter, o.month) === period);
  return (
    <ol id={id} className="entry-history" aria-label={t('entry.history')}>
      {historyLines(versions).map((line) => (
        <li key={line.id}>
          {t('entry.historyLine', {
            version: line.version,
            who: line.by ?? t('entry.fromSource'),
            when: dateTime(line.at, lang),
          })}{' '}
          {line.from === null ? (
            <strong>{line.to}</strong>
          ) : (
            <>
              {line.from} → <strong>{line.to}</strong>
            </>
          )}
          {line.note ? <> — {line.note}</> : null}
        </li>
      ))}
    </ol>
  );
}

/** The year's targets, each distinct level once, saying when the plan prints it in several places. */
function TargetLine({ targets }: { targets: readonly { display: string }[] }) {
  const { t } = useTranslation();
  const line = targetLine(targets);
  return (
    <>
      {line.text}
      {line.repeated && (
        <span className="hint"> {t('entry.samePlaces', { count: line.places })}</span>
      )}
    </>
  );
}
