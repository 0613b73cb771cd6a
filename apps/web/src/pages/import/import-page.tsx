import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { formatNumber, type Lang } from '@lotrinh/ui';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ResultOf } from 'gql.tada';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshAfterWrite } from '../../api/refresh-after-write.ts';
import { wardLabel } from '../../api/wards.ts';
import { RequireRole } from '../../auth/require-role.tsx';
import { YEARS } from '../../search.ts';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import { YearSelect } from '../../shell/year-select.tsx';
import { currentYear } from '../overview/current-year.ts';
import {
  formatOfFile,
  type ImportFormat,
  isRunning,
  MAX_FILE_BYTES,
  percentDone,
  readAsBase64,
} from './import-model.ts';
import { IMPORT_JOB_QUERY, IMPORT_RESULTS, IMPORT_WARD_QUERY } from './queries.ts';

const route = getRouteApi('/wards/$slug/import');
const POLL_MS = 500;

type Outcome = Extract<
  NonNullable<ResultOf<typeof IMPORT_RESULTS>['importObservations']>,
  { __typename: 'MutationImportObservationsSuccess' }
>['data'];
type RowErrors = Outcome['errors'];

/** `/wards/:slug/import?year=&job=`: ward editors (their wards) and city administrators. */
export function ImportPage() {
  const { slug } = route.useParams();
  return (
    <RequireRole roles={['CITY_ADMIN', 'WARD_EDITOR']} ward={slug}>
      <ImportFlow slug={slug} />
    </RequireRole>
  );
}

interface Picked {
  name: string;
  format: ImportFormat;
  content: string;
}

function ImportFlow({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const year = search.year ?? currentYear();
  const ward = useQuery(IMPORT_WARD_QUERY, { variables: { ward: slug } });
  const [run, { loading: sending }] = useMutation(IMPORT_RESULTS);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fileId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const name = ward.data?.ward ? wardLabel(ward.data.ward, t) : null;
  useDocumentTitle(name ? t('import.title', { ward: name, year }) : null);

  const announce = () => queueMicrotask(() => statusRef.current?.focus());

  const onFile = async (file: File | undefined) => {
    setPreview(null);
    setProblem(null);
    setPicked(null);
    if (!file) return;
    const format = formatOfFile(file.name);
    if (!format) return setProblem(t('import.problem.format', { name: file.name }));
    if (file.size > MAX_FILE_BYTES)
      return setProblem(t('import.problem.tooLarge', { mb: MAX_FILE_BYTES / 1024 / 1024 }));
    setPicked({ name: file.name, format, content: await readAsBase64(file) });
  };

  const send = async (dryRun: boolean) => {
    if (!picked) return;
    setProblem(null);
    try {
      const { data } = await run({
        variables: {
          fileName: picked.name,
          format: picked.format,
          content: picked.content,
          dryRun,
          background: !dryRun,
        },
      });
      const r = data?.importObservations;
      if (r?.__typename !== 'MutationImportObservationsSuccess') {
        setProblem(r && 'message' in r ? r.message : t('import.problem.unknown'));
        return announce();
      }
      if (dryRun) {
        setPreview(r.data);
        return announce();
      }
      setPreview(null);
      setPicked(null);
      void navigate({ search: (prev) => ({ ...prev, job: r.data.id }) });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      announce();
    }
  };

  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };

  if (ward.error) return <QueryError error={ward.error} onRetry={() => void ward.refetch()} />;
  if (ward.loading && !ward.data) return <Loading />;
  if (!ward.data?.ward || !name)
    return (
      <section className="page">
        <h1>{t('ward.notFound', { slug })}</h1>
      </section>
    );

  const template = (format: 'csv' | 'xlsx') =>
    `/export/templates/results.${format}?ward=${encodeURIComponent(slug)}&year=${year}`;

  return (
    <section className="page import-page" aria-labelledby="import-heading">
      <nav aria-label={t('ward.breadcrumb')} className="breadcrumb">
        <Link to="/" search={{ year }}>
          {t('overview.title')}
        </Link>{' '}
        ›{' '}
        <Link to="/wards/$slug" params={{ slug }} search={{ year }}>
          {ward.data.ward.name}
        </Link>{' '}
        › {t('import.crumb')}
      </nav>
      <h1 id="import-heading">{t('import.title', { ward: name, year })}</h1>
      {search.job ? (
        <JobProgress
          slug={slug}
          id={search.job}
          lang={lang}
          year={year}
          onAgain={() => void navigate({ search: (prev) => ({ ...prev, job: undefined }) })}
        />
      ) : (
        <>
          <section className="card" aria-labelledby="import-template-heading">
            <h2 id="import-template-heading">{t('import.step1')}</h2>
            <div className="controls">
              <YearSelect
                year={year}
                years={[...YEARS]}
                onChange={(y) =>
                  void navigate({ search: (prev) => ({ ...prev, year: y }), replace: true })
                }
              />
            </div>
            <p>{t('import.templateLead', { year })}</p>
            <p>
              <a href={template('csv')} download>
                {t('import.templateCsv')}
              </a>{' '}
              ·{' '}
              <a href={template('xlsx')} download>
                {t('import.templateXlsx')}
              </a>
            </p>
            <p className="hint">{t('import.templateHint')}</p>
          </section>
          <section className="card" aria-labelledby="import-file-heading">
            <h2 id="import-file-heading">{t('import.step2')}</h2>
            <form onSubmit={onPreview} className="import-form">
              <label htmlFor={fileId}>{t('import.file')}</label>{' '}
              <input
                id={fileId}
                name="file"
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => void onFile(e.target.files?.[0])}
              />{' '}
              <button type="submit" disabled={!picked || sending}>
                {sending ? t('import.checking') : t('import.preview')}
              </button>
            </form>
            <div ref={statusRef} tabIndex={-1} aria-live="polite" className="import-status">
              {problem && (
                <p className="notice-error" role="alert">
                  {problem}
                </p>
              )}
              {preview && (
                <Preview
                  preview={preview}
                  lang={lang}
                  sending={sending}
                  onConfirm={() => void send(false)}
                />
              )}
            </div>
          </section>
        </>
      )}
    </section>
  );
}

function Counts({ job, lang }: { job: Omit<Outcome, 'errors' | 'id' | 'dryRun'>; lang: Lang }) {
  const { t } = useTranslation();
  const n = (x: number) => formatNumber(x, lang, 0);
  return (
    <dl className="import-counts">
      <div>
        <dt>{t('import.count.total')}</dt>
        <dd>{n(job.totalRows)}</dd>
      </div>
      <div>
        <dt>{t('import.count.new')}</dt>
        <dd data-count="new">{n(job.newRows)}</dd>
      </div>
      <div>
        <dt>{t('import.count.corrections')}</dt>
        <dd data-count="corrections">{n(job.corrections)}</dd>
      </div>
      <div>
        <dt>{t('import.count.unchanged')}</dt>
        <dd data-count="unchanged">{n(job.unchanged)}</dd>
      </div>
      <div>
        <dt>{t('import.count.conflicts')}</dt>
        <dd data-count="conflicts">{n(job.conflicts)}</dd>
      </div>
    </dl>
  );
}

function ErrorTable({ errors, lang }: { errors: RowErrors; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="import-errors">
        <caption>{t('import.errorsCaption', { count: errors.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.row')}</th>
            <th scope="col">{t('import.col.column')}</th>
            <th scope="col">{t('import.col.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row may have several errors, listed in order.
            <tr key={i}>
              <td>{e.row === 0 ? t('import.wholeFile') : formatNumber(e.row, lang, 0)}</td>
              <td>
                {e.columnName ??
                  (e.column ? t(`import.field.${e.column}`, { defaultValue: e.column }) : '—')}
              </td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The dry run's answer: what would change, or why nothing can be imported yet. */
function Preview({
  preview,
  lang,
  sending,
  onConfirm,
}: {
  preview: Outcome;
  lang: Lang;
  sending: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const writes = preview.newRows + preview.corrections;
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">{t('import.previewHeading')}</h3>
      <Counts job={preview} lang={lang} />
      {preview.errors.length > 0 ? (
        <>
          <p className="notice-error">{t('import.nothingWritten')}</p>
          <ErrorTable errors={preview.errors} lang={lang} />
        </>
      ) : writes === 0 ? (
        <p>{t('import.nothingToDo')}</p>
      ) : (
        <p>
          <button type="button" onClick={onConfirm} disabled={sending}>
            {t('import.confirm', { count: writes })}
          </button>{' '}
          <span className="hint">{t('import.allOrNothing')}</span>
        </p>
      )}
    </section>
  );
}

/** A running import's progress bar (polled), then its result and links to what it changed. */
function JobProgress({
  slug,
  id,
  lang,
  year,
  onAgain,
}: {
  slug: string;
  id: string;
  lang: Lang;
  year: number;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, error, startPolling, stopPolling } = useQuery(IMPORT_JOB_QUERY, {
    variables: { id },
    fetchPolicy: 'network-only',
    pollInterval: POLL_MS,
  });
  const job = data?.importJob ?? null;
  const running = job ? isRunning(job.status) : true;
  const refreshed = useRef(false);
  useEffect(() => {
    if (running) startPolling(POLL_MS);
    else stopPolling();
  }, [running, startPolling, stopPolling]);
  useEffect(() => {
    if (job?.status === 'succeeded' && !refreshed.current) {
      refreshed.current = true;
      // The imported figures show at once on the ward page and the overview.
      void refreshAfterWrite(client).catch(() => {});
    }
  }, [job?.status, client]);

  if (error) return <QueryError error={error} />;
  if (!data) return <Loading />;
  if (!job)
    return (
      <p>
        {t('import.jobNotFound')}{' '}
        <button type="button" className="link-button" onClick={onAgain}>
          {t('import.again')}
        </button>
      </p>
    );
  const percent = percentDone(job.processedRows, job.totalRows);
  return (
    <section className="card import-job" aria-labelledby="import-job-heading">
      <h2 id="import-job-heading">{t('import.jobHeading', { file: job.fileName })}</h2>
      <p className="import-progress-label" id={`${id}-progress-label`}>
        {t(`import.status.${job.status}`, {
          processed: formatNumber(job.processedRows, lang, 0),
          total: formatNumber(job.totalRows, lang, 0),
        })}
      </p>
      <progress
        className="import-progress"
        max={Math.max(job.totalRows, 1)}
        value={job.totalRows === 0 && job.status === 'succeeded' ? 1 : job.processedRows}
        aria-labelledby={`${id}-progress-label`}
        aria-valuetext={`${percent}%`}
      />
      {!running && (
        <div role="status" className="import-result">
          {job.status === 'succeeded' ? (
            <>
              <p className="notice-ok">
                {t('import.succeeded', {
                  new: formatNumber(job.newRows, lang, 0),
                  corrections: formatNumber(job.corrections, lang, 0),
                  unchanged: formatNumber(job.unchanged, lang, 0),
                })}
              </p>
              <Counts job={job} lang={lang} />
              {job.changes.length > 0 && (
                <>
                  <h3>{t('import.changesHeading')}</h3>
                  <ul className="import-changes">
                    {job.changes.map((c) => (
                      <li key={`${c.ward}-${c.indicator}-${c.year}`}>
                        <Link
                          to="/wards/$slug"
                          params={{ slug: c.ward }}
                          search={{ year: c.year, indicator: c.indicator }}
                        >
                          {t('import.change', {
                            indicator: c.indicator,
                            ward: c.ward,
                            year: c.year,
                            count: c.rows,
                          })}
                        </Link>
                        {c.corrections > 0 && (
                          <> ({t('import.changeCorrections', { count: c.corrections })})</>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          ) : (
            <>
              <p className="notice-error">{t('import.failed')}</p>
              <ErrorTable errors={job.errors} lang={lang} />
            </>
          )}
          <p>
            <button type="button" className="link-button" onClick={onAgain}>
              {t('import.again')}
            </button>{' '}
            ·{' '}
            <Link to="/wards/$slug" params={{ slug }} search={{ year }}>
              {t('import.backToWard')}
            </Link>
          </p>
        </div>
      )}
    </section>
  );
}
