import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { Lang } from '@lotrinh/ui';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ResultOf } from 'gql.tada';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshAfterWrite } from '../../api/refresh-after-write.ts';
import { wardLabel } from '../../api/wards.ts';
import { RequireRole } from '../../auth/require-role.tsx';
import { YEARS } from '../../search.ts';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import { YearSelect } from '../../shell/year-select.tsx';
import { currentYear } from '../overview/current-year.ts';
import { emptyDraft, isTouched, type RowDraft, readRow } from './entry-model.ts';
import { CORRECT_RESULT, ENTRY_QUERY, ENTRY_RESULTS_QUERY, RECORD_RESULT } from './queries.ts';
import { type Check, ResultRow, type RowIndicator, useRowCheck } from './result-row.tsx';

const route = getRouteApi('/wards/$slug/enter');

/** `/wards/:slug/enter?year=`: ward editors (their wards) and city administrators. */
export function EntryPage() {
  const { slug } = route.useParams();
  return (
    <RequireRole roles={['CITY_ADMIN', 'WARD_EDITOR']} ward={slug}>
      <EntryForm slug={slug} />
    </RequireRole>
  );
}

type SaveOutcome =
  | { code: string; ok: true; corrected: boolean }
  | { code: string; ok: false; message: string };

function EntryForm({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const year = search.year ?? currentYear();
  const client = useApolloClient();
  const form = useQuery(ENTRY_QUERY, { variables: { ward: slug, year } });
  const [resultsVersion, setResultsVersion] = useState(0);
  const recorded = useWardResults(slug, year, resultsVersion);
  const [record] = useMutation(RECORD_RESULT);
  const [correct] = useMutation(CORRECT_RESULT);
  const [drafts, setDrafts] = useState<Record<string, RowDraft>>({});
  const [extra, setExtra] = useState<string[]>([]);
  const [checks, setChecks] = useState<Record<string, Check>>({});
  const [saving, setSaving] = useState(false);
  const [outcomes, setOutcomes] = useState<SaveOutcome[] | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // While a refetch after saving is under way, keep showing what was there (and the summary).
  const formData = form.data ?? form.previousData;
  const ward = formData?.ward ?? null;
  useDocumentTitle(ward ? t('entry.title', { ward: wardLabel(ward, t), year }) : null);

  const rows: RowIndicator[] = useMemo(() => {
    if (!formData?.ward) return [];
    const byCode = new Map<string, RowIndicator>();
    for (const target of formData.ward.targets) {
      const row = byCode.get(target.indicator.code) ?? { ...target.indicator, targets: [] };
      row.targets.push({ id: target.id, display: target.display, wording: target.wording });
      byCode.set(target.indicator.code, row);
    }
    for (const code of extra) {
      const indicator = formData.indicators.find((i) => i.code === code);
      if (indicator && !byCode.has(code))
        byCode.set(code, { code, name: indicator.name, unit: indicator.unit, targets: [] });
    }
    return [...byCode.values()];
  }, [formData, extra]);

  if (form.error) return <QueryError error={form.error} onRetry={() => void form.refetch()} />;
  if (form.loading && !formData) return <Loading />;
  if (!ward)
    return (
      <section className="page">
        <h1>{t('ward.notFound', { slug })}</h1>
      </section>
    );

  const draftOf = (code: string) => drafts[code] ?? emptyDraft();
  const touched = rows.filter((r) => isTouched(draftOf(r.code)));
  const blocked = touched.filter((r) => {
    const read = readRow(draftOf(r.code), r.unit, year);
    const check = checks[r.code];
    return (
      Object.keys(read.local).length > 0 || !check || check.pending || check.problems.length > 0
    );
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (touched.length === 0 || blocked.length > 0) {
      setOutcomes(null);
      summaryRef.current?.focus();
      return;
    }
    setSaving(true);
    const done: SaveOutcome[] = [];
    for (const row of touched) {
      const { input } = readRow(draftOf(row.code), row.unit, year);
      const current = checks[row.code]?.current ?? null;
      try {
        if (current) {
          const { data } = await correct({
            variables: {
              id: current.id,
              input: {
                value: input.value,
                met: input.met,
                numerator: input.numerator,
                denominator: input.denominator,
                note: input.note,
                evidenceType: input.evidenceType,
                evidenceNumber: input.evidenceNumber,
                evidenceUrl: input.evidenceUrl,
              },
            },
          });
          const r = data?.correctObservation;
          done.push(
            r?.__typename === 'MutationCorrectObservationSuccess'
              ? { code: row.code, ok: true, corrected: true }
              : { code: row.code, ok: false, message: r && 'message' in r ? r.message : '' },
          );
        } else {
          const { data } = await record({
            variables: { input: { ward: slug, indicator: row.code, ...input } },
          });
          const r = data?.recordObservation;
          done.push(
            r?.__typename === 'MutationRecordObservationSuccess'
              ? { code: row.code, ok: true, corrected: false }
              : { code: row.code, ok: false, message: r && 'message' in r ? r.message : '' },
          );
        }
      } catch (error) {
        done.push({
          code: row.code,
          ok: false,
          message: error instanceof Error ? error.message : '',
        });
      }
    }
    // Saved rows start again empty; rows that failed keep what was typed.
    setDrafts((prev) => {
      const next = { ...prev };
      for (const o of done) if (o.ok) delete next[o.code];
      return next;
    });
    setChecks({});
    await refreshAfterWrite(client).catch(() => {});
    setResultsVersion((v) => v + 1);
    setOutcomes(done);
    setSaving(false);
    queueMicrotask(() => summaryRef.current?.focus());
  };

  const others = formData?.indicators.filter((i) => !rows.some((r) => r.code === i.code)) ?? [];
  const saved = outcomes?.filter((o) => o.ok) ?? [];
  const failed = outcomes?.filter((o) => !o.ok) ?? [];
  const nameOf = (code: string) => rows.find((r) => r.code === code)?.name ?? code;

  return (
    <section className="page entry-page" aria-labelledby="entry-heading">
      <nav aria-label={t('ward.breadcrumb')} className="breadcrumb">
        <Link to="/" search={{ year }}>
          {t('overview.title')}
        </Link>{' '}
        ›{' '}
        <Link to="/wards/$slug" params={{ slug }} search={{ year }}>
          {ward.name}
        </Link>{' '}
        › {t('entry.crumb')}
      </nav>
      <h1 id="entry-heading">{t('entry.title', { ward: wardLabel(ward, t), year })}</h1>
      <p className="lead">{t('entry.lead')}</p>
      <p className="hint">{t('entry.numbersHint')}</p>
      <div className="controls">
        <YearSelect
          year={year}
          years={[...YEARS]}
          onChange={(y) => {
            setDrafts({});
            setChecks({});
            setOutcomes(null);
            void navigate({ search: (prev) => ({ ...prev, year: y }), replace: true });
          }}
        />
        <Link to="/wards/$slug/import" params={{ slug }} search={{ year }} className="button-link">
          {t('entry.importLink')}
        </Link>
      </div>
      <div
        ref={summaryRef}
        tabIndex={-1}
        className="entry-summary"
        role={outcomes ? 'status' : undefined}
        aria-live="polite"
      >
        {outcomes && saved.length > 0 && (
          <p className="notice-ok">
            {t('entry.saved', { count: saved.length })}{' '}
            <Link to="/wards/$slug" params={{ slug }} search={{ year }}>
              {t('entry.seeWard', { ward: ward.name, year })}
            </Link>
          </p>
        )}
        {failed.length > 0 && (
          <ul className="notice-error">
            {failed.map((f) => (
              <li key={f.code}>
                {nameOf(f.code)}: {'message' in f ? f.message : ''}
              </li>
            ))}
          </ul>
        )}
      </div>
      {rows.length === 0 && <p>{t('entry.noTargets', { year })}</p>}
      <form className="entry-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {rows.map((row) => (
          <RowWithCheck
            key={`${row.code}-${year}`}
            slug={slug}
            year={year}
            lang={lang}
            row={row}
            draft={draftOf(row.code)}
            recorded={recorded.filter((o) => o.indicator.code === row.code)}
            onChange={(d) => {
              setOutcomes(null);
              setDrafts((prev) => ({ ...prev, [row.code]: d }));
            }}
            onCheck={(c) => setChecks((prev) => ({ ...prev, [row.code]: c }))}
          />
        ))}
        {others.length > 0 && (
          <p className="entry-add">
            <label htmlFor="entry-add-select">{t('entry.addOther')}</label>{' '}
            <select
              id="entry-add-select"
              value=""
              onChange={(e) => {
                const code = e.target.value;
                if (code) setExtra((prev) => [...prev, code]);
              }}
            >
              <option value="">{t('entry.addChoose')}</option>
              {others.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.name} ({i.code})
                </option>
              ))}
            </select>
          </p>
        )}
        <p className="entry-actions">
          <button type="submit" disabled={saving}>
            {saving ? t('entry.saving') : t('entry.save', { count: touched.length })}
          </button>{' '}
          {touched.length === 0 ? (
            <span className="hint">{t('entry.nothingYet')}</span>
          ) : blocked.length > 0 ? (
            <span className="hint" role="status">
              {t('entry.fixFirst', { count: blocked.length })}
            </span>
          ) : null}
        </p>
      </form>
    </section>
  );
}

type Recorded = ResultOf<typeof ENTRY_RESULTS_QUERY>['observations']['edges'][number]['node'];

/**
 * Every current result of the ward in the year, page by page (a page holds at most 100), read
 * again whenever `version` changes (after saving).
 */
function useWardResults(slug: string, year: number, version: number): Recorded[] {
  const client = useApolloClient();
  const [rows, setRows] = useState<Recorded[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh read.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: Recorded[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const { data }: { data?: ResultOf<typeof ENTRY_RESULTS_QUERY> } = await client.query({
          query: ENTRY_RESULTS_QUERY,
          variables: { ward: slug, year, after },
          fetchPolicy: 'network-only',
        });
        if (!data) break;
        all.push(...data.observations.edges.map((e) => e.node));
        if (!data.observations.pageInfo.hasNextPage) break;
        after = data.observations.pageInfo.endCursor ?? null;
      }
      if (!cancelled) setRows(all);
    })().catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [client, slug, year, version]);
  return rows;
}

/** A row and its live check against the gateway's rules. */
function RowWithCheck(
  props: Omit<Parameters<typeof ResultRow>[0], 'check'> & { onCheck: (c: Check) => void },
) {
  const { onCheck, ...rest } = props;
  const check = useRowCheck(rest.slug, rest.year, rest.row, rest.draft, onCheck);
  return <ResultRow {...rest} check={check} />;
}
