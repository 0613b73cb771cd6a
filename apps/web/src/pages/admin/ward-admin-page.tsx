import { useMutation, useQuery } from '@apollo/client/react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wardLabel } from '../../api/wards.ts';
import { RequireRole } from '../../auth/require-role.tsx';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import { DocumentForm } from './document-form.tsx';
import { DocumentText, type LineCitation } from './document-text.tsx';
import { FormStatus } from './form-field.tsx';
import { ImportTargets } from './import-targets.tsx';
import { mutationMessage } from './mutation-error.ts';
import { ADD_TARGETS, ADMIN_WARD_QUERY, CATALOG_QUERY } from './queries.ts';
import { emptyTarget } from './target-form.ts';
import { TargetForm } from './target-form.tsx';
import { TargetsTable } from './targets-table.tsx';
import { useDocumentLines } from './use-document-lines.ts';
import { failureText, outcome } from './write-outcome.ts';

const route = getRouteApi('/admin/wards/$slug');

/** One ward for city administrators: its documents, its targets, and the ways to add them. */
export function AdminWardPage() {
  return (
    <RequireRole roles={['CITY_ADMIN']}>
      <AdminWardPageContent />
    </RequireRole>
  );
}

function AdminWardPageContent() {
  const { t } = useTranslation();
  const { slug } = route.useParams();
  const q = useQuery(ADMIN_WARD_QUERY, { variables: { ward: slug } });
  const ward = q.data?.ward ?? null;
  useDocumentTitle(ward ? t('admin.ward.title', { ward: wardLabel(ward, t) }) : null);

  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (q.loading && !q.data) return <Loading />;
  if (!ward)
    return (
      <section className="page">
        <h1>{t('ward.notFound', { slug })}</h1>
        <p>
          <Link to="/admin/wards">{t('admin.wards.back')}</Link>
        </p>
      </section>
    );

  return (
    <section className="page" aria-labelledby="admin-ward-heading">
      <nav aria-label={t('ward.breadcrumb')} className="breadcrumb">
        <Link to="/admin/wards">{t('admin.wards.title')}</Link> › {ward.name}
      </nav>
      <h1 id="admin-ward-heading">{t('admin.ward.title', { ward: wardLabel(ward, t) })}</h1>
      <p className="hint">
        {ward.lineage ? t('admin.ward.lineage', { lineage: ward.lineage }) : null}{' '}
        <Link to="/wards/$slug" params={{ slug: ward.slug }}>
          {t('admin.ward.publicPage')}
        </Link>
      </p>

      <section className="card" aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('admin.documents.heading')}</h2>
        {ward.documents.length === 0 ? (
          <p className="table-empty">{t('admin.documents.empty')}</p>
        ) : (
          <ul className="admin-documents">
            {ward.documents.map((d) => (
              <li key={d.id}>
                <span className={`doc-kind doc-kind-${d.kind.toLowerCase()}`}>
                  {t(`ward.docKind.${d.kind.toLowerCase() === 'report' ? 'report' : 'plan'}`)}
                </span>{' '}
                <strong>{d.title}</strong> — {d.numberAsPrinted}, {d.dateAsPrinted} (
                {d.periodStart === d.periodEnd ? d.periodStart : `${d.periodStart}–${d.periodEnd}`};{' '}
                {t('admin.documents.lineCount', { count: d.lineCount })}){' '}
                <Link to="/admin/documents/$id/review" params={{ id: d.id }}>
                  {t('admin.documents.review')}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <h3>{t('admin.documents.addHeading')}</h3>
        <DocumentForm ward={ward.slug} onAdded={() => {}} />
      </section>

      <section className="card" aria-labelledby="targets-heading">
        <h2 id="targets-heading">{t('admin.targets.heading')}</h2>
        <TargetsTable targets={ward.targets} />
      </section>

      <section className="card" aria-labelledby="add-target-heading">
        <h2 id="add-target-heading">{t('admin.target.addHeading')}</h2>
        {ward.documents.length === 0 ? (
          <p className="table-empty">{t('admin.target.needDocument')}</p>
        ) : (
          <AddTarget ward={ward.slug} documents={ward.documents} />
        )}
      </section>

      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading">{t('admin.import.heading')}</h2>
        <ImportTargets ward={ward.slug} documents={ward.documents} />
      </section>
    </section>
  );
}

function AddTarget({
  ward,
  documents,
}: {
  ward: string;
  documents: readonly { id: string; title: string }[];
}) {
  const { t } = useTranslation();
  const [documentId, setDocumentId] = useState(documents[0]?.id ?? '');
  const [selection, setSelection] = useState<LineCitation | null>(null);
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const doc = useDocumentLines(documentId || null);
  const catalog = useQuery(CATALOG_QUERY);
  const [addTargets, { loading, error }] = useMutation(ADD_TARGETS, {
    refetchQueries: ['AdminWard', 'AdminWards'],
    awaitRefetchQueries: true,
  });

  return (
    <div>
      <div className="field">
        <label htmlFor="target-document">{t('admin.target.document')}</label>
        <select
          id="target-document"
          value={documentId}
          onChange={(e) => {
            setDocumentId(e.target.value);
            setSelection(null);
          }}
        >
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      {doc.error || catalog.error ? (
        <QueryError error={doc.error ?? catalog.error} onRetry={() => void doc.refetch()} />
      ) : doc.loading || catalog.loading ? (
        <Loading />
      ) : (
        <div className="text-and-form">
          <div>
            <p className="hint" id="select-hint">
              {t('admin.target.selectHint')}
            </p>
            <DocumentText
              lines={doc.lines}
              label={t('admin.target.documentText')}
              highlight={
                selection ? { from: selection.line, to: selection.lineEnd ?? selection.line } : null
              }
              onSelect={setSelection}
            />
          </div>
          <TargetForm
            key={`${documentId}-${generation}`}
            initial={emptyTarget()}
            ward={ward}
            document={documentId}
            lines={doc.lines}
            catalog={catalog.data?.indicators ?? []}
            pillars={catalog.data?.pillars ?? []}
            selection={selection}
            busy={loading}
            submitLabel={loading ? t('admin.saving') : t('admin.target.save')}
            onSubmit={async (input) => {
              setSaved(null);
              const result = await addTargets({ variables: { inputs: [input] } }).catch(() => null);
              const answer = outcome(result?.data?.addTargets);
              setFailure(answer && !answer.ok ? failureText(answer.failure) : null);
              if (answer?.ok) {
                setSaved(t('admin.target.saved', { year: input.year }));
                setSelection(null);
                setGeneration((g) => g + 1);
              }
            }}
          />
        </div>
      )}
      <FormStatus error={failure ?? (error ? mutationMessage(error, t) : null)} success={saved} />
    </div>
  );
}
