import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormStatus } from './form-field.tsx';
import { mutationMessage } from './mutation-error.ts';
import { IMPORT_TARGETS } from './queries.ts';
import { fileToBase64 } from './text-file.ts';
import { failureText, outcome } from './write-outcome.ts';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

interface Preview {
  dryRun: boolean;
  total: number;
  created: number;
  errors: readonly { row: number; column?: string | null; message: string }[];
}

/**
 * Targets from the CSV/XLSX template: first a dry run that writes nothing and lists each row's
 * problem with its row and column, then, only when the preview is clean, the import itself.
 */
export function ImportTargets({
  ward,
  documents,
}: {
  ward: string;
  documents: readonly { id: string; title: string }[];
}) {
  const { t } = useTranslation();
  const [document, setDocument] = useState(documents[0]?.id ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [run, { loading, error }] = useMutation(IMPORT_TARGETS, {
    refetchQueries: ['AdminWard', 'AdminWards'],
  });

  const send = async (dryRun: boolean) => {
    if (!file) return setFileError(t('admin.import.problem.required'));
    const format = /\.xlsx$/i.test(file.name) ? 'XLSX' : /\.csv$/i.test(file.name) ? 'CSV' : null;
    if (!format) return setFileError(t('admin.import.problem.format'));
    if (file.size > MAX_IMPORT_BYTES) return setFileError(t('admin.import.problem.tooLarge'));
    setFileError(null);
    const result = await run({
      variables: {
        ward,
        document,
        fileName: file.name,
        format,
        contentBase64: await fileToBase64(file),
        dryRun,
      },
    }).catch(() => null);
    const outcomeOf = outcome(result?.data?.importTargets);
    setFailure(outcomeOf && !outcomeOf.ok ? failureText(outcomeOf.failure) : null);
    if (!outcomeOf?.ok) return;
    const answer = outcomeOf.data;
    if (dryRun) {
      setPreview(answer);
      setDone(null);
    } else {
      setDone(answer);
      setPreview(null);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(true);
  };

  if (documents.length === 0) return <p className="table-empty">{t('admin.import.noDocument')}</p>;
  return (
    <form onSubmit={submit} noValidate className="admin-form">
      <p className="hint">
        {t('admin.import.intro')}{' '}
        <a href={`/export/templates/targets.csv?ward=${encodeURIComponent(ward)}`}>
          {t('admin.import.templateCsv')}
        </a>
        {' · '}
        <a href={`/export/templates/targets.xlsx?ward=${encodeURIComponent(ward)}`}>
          {t('admin.import.templateXlsx')}
        </a>
      </p>
      <div className="field-row">
        <Field label={t('admin.import.document')}>
          <select value={document} onChange={(e) => setDocument(e.target.value)}>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('admin.import.file')} hint={t('admin.import.fileHint')} error={fileError}>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setDone(null);
            }}
          />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={loading}>
          {t('admin.import.preview')}
        </button>
      </div>
      {preview && (
        <div className="import-preview" aria-live="polite">
          <h3>{t('admin.import.previewHeading')}</h3>
          <p>
            {t('admin.import.previewSummary', {
              total: preview.total,
              ok: preview.total - new Set(preview.errors.map((e) => e.row)).size,
              errors: preview.errors.length,
            })}
          </p>
          {preview.errors.length > 0 ? (
            <>
              <div className="table-scroll">
                <table className="table import-errors">
                  <caption>{t('admin.import.errorsCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        {t('admin.import.row')}
                      </th>
                      <th scope="col">{t('admin.import.column')}</th>
                      <th scope="col">{t('admin.import.message')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.errors.map((e, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several errors in one column; the list never reorders.
                      <tr key={i}>
                        <td className="num">{e.row}</td>
                        <td>{e.column ?? '–'}</td>
                        <td>{e.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="hint">{t('admin.import.fixAndRetry')}</p>
            </>
          ) : (
            <button type="button" onClick={() => void send(false)} disabled={loading}>
              {t('admin.import.confirm', { count: preview.total })}
            </button>
          )}
        </div>
      )}
      <FormStatus
        error={failure ?? (error ? mutationMessage(error, t) : null)}
        success={done ? t('admin.import.done', { count: done.created }) : null}
      />
    </form>
  );
}
