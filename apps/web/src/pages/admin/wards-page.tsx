import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wardLabel } from '../../api/wards.ts';
import { RequireRole } from '../../auth/require-role.tsx';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import { Field, FormStatus } from './form-field.tsx';
import { mutationMessage } from './mutation-error.ts';
import { ADMIN_WARDS_QUERY, CREATE_WARD } from './queries.ts';
import {
  slugFromName,
  validateWard,
  WARD_KINDS,
  type WardDraft,
  type WardField,
  type WardProblem,
} from './ward-form.ts';
import { failureText, outcome } from './write-outcome.ts';

const EMPTY: WardDraft = { slug: '', nameVi: '', kind: '', lineage: '' };

/** For city administrators: every ward (built-in or added), and a form to add one. */
export function AdminWardsPage() {
  return (
    <RequireRole roles={['CITY_ADMIN']}>
      <AdminWardsPageContent />
    </RequireRole>
  );
}

function AdminWardsPageContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.wards.title'));
  const wards = useQuery(ADMIN_WARDS_QUERY);
  const list = wards.data?.wards ?? [];

  return (
    <section className="page" aria-labelledby="admin-wards-heading">
      <h1 id="admin-wards-heading">{t('admin.wards.title')}</h1>
      <p className="hint">{t('admin.wards.intro')}</p>
      <section className="card" aria-labelledby="ward-list-heading">
        <h2 id="ward-list-heading">{t('admin.wards.listHeading')}</h2>
        {wards.error ? (
          <QueryError error={wards.error} onRetry={() => void wards.refetch()} />
        ) : wards.loading && !wards.data ? (
          <Loading />
        ) : list.length === 0 ? (
          <p className="table-empty">{t('admin.wards.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table admin-wards">
              <thead>
                <tr>
                  <th scope="col">{t('admin.wards.name')}</th>
                  <th scope="col">{t('admin.wards.slug')}</th>
                  <th scope="col">{t('admin.wards.origin')}</th>
                  <th scope="col">{t('admin.wards.lineage')}</th>
                  <th scope="col" className="num">
                    {t('admin.wards.documents')}
                  </th>
                  <th scope="col" className="num">
                    {t('admin.wards.targets')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((w) => (
                  <tr key={w.slug}>
                    <th scope="row">
                      <Link to="/admin/wards/$slug" params={{ slug: w.slug }}>
                        {wardLabel(w, t)}
                      </Link>
                    </th>
                    <td>
                      <code>{w.slug}</code>
                    </td>
                    <td>
                      <span className={w.builtIn ? 'badge badge-builtin' : 'badge badge-added'}>
                        {t(w.builtIn ? 'admin.wards.builtIn' : 'admin.wards.added')}
                      </span>
                    </td>
                    <td>{w.lineage || '–'}</td>
                    <td className="num">{w.documents.length}</td>
                    <td className="num">{w.targetCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <AddWardForm taken={list.map((w) => w.slug)} />
    </section>
  );
}

function AddWardForm({ taken }: { taken: readonly string[] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<WardDraft>(EMPTY);
  const [slugTouched, setSlugTouched] = useState(false);
  const [shown, setShown] = useState<Partial<Record<WardField, WardProblem>>>({});
  const [created, setCreated] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [createWard, { loading, error }] = useMutation(CREATE_WARD, {
    refetchQueries: ['AdminWards', 'Documents'],
    awaitRefetchQueries: true,
  });
  const problems = validateWard(draft, taken);
  // Inline: a field's problem shows once the field has been left or the form submitted.
  const [visited, setVisited] = useState<Partial<Record<WardField, boolean>>>({});
  const problemOf = (f: WardField) => {
    const p = visited[f] ? problems[f] : shown[f];
    return p ? t(`admin.wards.problem.${p}`) : null;
  };
  const leave = (f: WardField) => () => setVisited((v) => ({ ...v, [f]: true }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setShown(problems);
    setVisited({ slug: true, nameVi: true, kind: true, lineage: true });
    if (Object.keys(problems).length > 0 || !draft.kind) return;
    const result = await createWard({
      variables: {
        input: {
          slug: draft.slug.trim(),
          nameVi: draft.nameVi.trim().normalize('NFC'),
          kind: draft.kind,
          ...(draft.lineage.trim() ? { lineage: draft.lineage.trim() } : {}),
        },
      },
    }).catch(() => null);
    const answer = outcome(result?.data?.createWard);
    setFailure(answer && !answer.ok ? failureText(answer.failure) : null);
    if (answer?.ok) {
      setCreated(draft.slug.trim());
      setDraft(EMPTY);
      setSlugTouched(false);
      setVisited({});
      setShown({});
    }
  };

  return (
    <section className="card" aria-labelledby="add-ward-heading">
      <h2 id="add-ward-heading">{t('admin.wards.addHeading')}</h2>
      <form onSubmit={submit} noValidate className="admin-form">
        <Field
          label={t('admin.wards.nameVi')}
          hint={t('admin.wards.nameHint')}
          error={problemOf('nameVi')}
        >
          <input
            value={draft.nameVi}
            lang="vi"
            onBlur={leave('nameVi')}
            onChange={(e) => {
              const nameVi = e.target.value;
              setDraft((d) => ({
                ...d,
                nameVi,
                slug: slugTouched ? d.slug : slugFromName(nameVi),
              }));
            }}
          />
        </Field>
        <Field
          label={t('admin.wards.slug')}
          hint={t('admin.wards.slugHint')}
          error={problemOf('slug')}
        >
          <input
            value={draft.slug}
            onBlur={leave('slug')}
            onChange={(e) => {
              setSlugTouched(true);
              setDraft((d) => ({ ...d, slug: e.target.value }));
            }}
          />
        </Field>
        <fieldset className={problemOf('kind') ? 'field field-invalid' : 'field'}>
          <legend>{t('admin.wards.kind')}</legend>
          {WARD_KINDS.map((k) => (
            <label key={k} className="radio">
              <input
                type="radio"
                name="ward-kind"
                value={k}
                checked={draft.kind === k}
                onChange={() => setDraft((d) => ({ ...d, kind: k }))}
                onBlur={leave('kind')}
              />{' '}
              {t(`admin.wards.kind${k}`)}
            </label>
          ))}
          {problemOf('kind') && <small className="field-error">{problemOf('kind')}</small>}
        </fieldset>
        <Field
          label={t('admin.wards.lineage')}
          hint={t('admin.wards.lineageHint')}
          error={problemOf('lineage')}
        >
          <textarea
            rows={2}
            value={draft.lineage}
            onBlur={leave('lineage')}
            onChange={(e) => setDraft((d) => ({ ...d, lineage: e.target.value }))}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" disabled={loading}>
            {loading ? t('admin.saving') : t('admin.wards.add')}
          </button>
        </div>
        <FormStatus
          error={failure ?? (error ? mutationMessage(error, t) : null)}
          success={created ? t('admin.wards.created', { slug: created }) : null}
        />
        {created && (
          <p>
            <Link to="/admin/wards/$slug" params={{ slug: created }}>
              {t('admin.wards.manage', { slug: created })}
            </Link>
          </p>
        )}
      </form>
    </section>
  );
}
