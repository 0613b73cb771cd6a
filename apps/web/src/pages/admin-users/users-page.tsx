import { useMutation, useQuery } from '@apollo/client/react';
import { ScrollRegion } from '@lotrinh/ui';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf, VariablesOf } from '../../api/graphql.ts';
import { wardLabel } from '../../api/wards.ts';
import { RequireRole } from '../../auth/require-role.tsx';
import { useViewer, type ViewerRole } from '../../auth/use-viewer.ts';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import { CREATE_USER, RESET_PASSWORD, UPDATE_USER, USERS_QUERY } from './queries.ts';
import { outcomeOf } from './write-result.ts';

type Data = ResultOf<typeof USERS_QUERY>;
type User = Data['users'][number];
type Ward = Data['wards'][number];

const ROLES: readonly ViewerRole[] = ['WARD_EDITOR', 'VIEWER', 'CITY_ADMIN'];

/** `/admin/users`: city administrators create, scope, disable and reset the accounts. */
export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  return (
    <RequireRole roles={['CITY_ADMIN']}>
      <Users />
    </RequireRole>
  );
}

function Users() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(USERS_QUERY);
  const [notice, setNotice] = useState<string | null>(null);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  return (
    <section className="page admin-users" aria-labelledby="users-heading">
      <h1 id="users-heading">{t('users.title')}</h1>
      <p>{t('users.intro')}</p>
      <p role="status" className="notice" hidden={!notice}>
        {notice}
      </p>
      <CreateUser wards={data.wards} onDone={setNotice} />
      <h2 id="users-list-heading">{t('users.list')}</h2>
      {data.users.length === 0 ? (
        <p>{t('users.empty')}</p>
      ) : (
        <ScrollRegion labelledBy="users-list-heading" className="table-scroll">
          <table className="table users-table" aria-labelledby="users-list-heading">
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.wards')}</th>
                <th scope="col">{t('users.state')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.users.map((u) => (
                <UserRow key={u.id} user={u} wards={data.wards} onNotice={setNotice} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

function WardChecklist({
  wards,
  chosen,
  onChange,
  legend,
  error,
}: {
  wards: readonly Ward[];
  chosen: readonly string[];
  onChange: (next: string[]) => void;
  legend: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <fieldset className="ward-checklist" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {wards.map((w) => (
        <label key={w.slug}>
          <input
            type="checkbox"
            value={w.slug}
            checked={chosen.includes(w.slug)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, w.slug] : chosen.filter((s) => s !== w.slug))
            }
          />{' '}
          {wardLabel(w, t)}
        </label>
      ))}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function RoleSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: ViewerRole;
  onChange: (role: ViewerRole) => void;
}) {
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as ViewerRole)}>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {t(`auth.role.${r}`)}
        </option>
      ))}
    </select>
  );
}

function TemporaryPassword({ email, password }: { email: string; password: string }) {
  const { t } = useTranslation();
  return (
    <div className="temporary-password" role="status">
      <p>{t('users.temporaryPassword', { email })}</p>
      <p>
        <code className="password-value">{password}</code>
      </p>
      <p className="hint">{t('users.temporaryPasswordHint')}</p>
    </div>
  );
}

function CreateUser({ wards, onDone }: { wards: readonly Ward[]; onDone: (n: string) => void }) {
  const { t } = useTranslation();
  const ids = { name: useId(), email: useId(), role: useId(), password: useId(), error: useId() };
  const [role, setRole] = useState<ViewerRole>('WARD_EDITOR');
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ message: string; fields: Record<string, string> } | null>(
    null,
  );
  const [issued, setIssued] = useState<{ email: string; password: string } | null>(null);
  const [create, { loading }] = useMutation(CREATE_USER, { refetchQueries: [USERS_QUERY] });
  const [reset] = useMutation(RESET_PASSWORD);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const password = String(form.get('password') ?? '');
    setIssued(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: String(form.get('name') ?? ''),
            email: String(form.get('email') ?? ''),
            role,
            wards: role === 'WARD_EDITOR' ? chosen : [],
            ...(password ? { password } : {}),
          },
        },
      });
      const outcome = outcomeOf(data?.createUser, t('users.error.generic'));
      if (!outcome.ok) return setErrors(outcome);
      setErrors(null);
      formElement.reset();
      setChosen([]);
      onDone(t('users.created', { email: outcome.data.email }));
      // Without a password of the administrator's choosing, the account gets a temporary one.
      if (!password) {
        const r = await reset({ variables: { id: outcome.data.id } });
        const resetOutcome = outcomeOf(r.data?.resetPassword, t('users.error.generic'));
        if (resetOutcome.ok)
          setIssued({
            email: resetOutcome.data.user.email,
            password: resetOutcome.data.temporaryPassword,
          });
      }
    } catch (error) {
      setErrors({ message: (error as Error).message, fields: {} });
    }
  };

  const field = (name: string) => errors?.fields[name];
  return (
    <section className="create-user" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">{t('users.create')}</h2>
      <form noValidate onSubmit={onSubmit} className="admin-form">
        <label htmlFor={ids.name}>{t('users.name')}</label>
        <input
          id={ids.name}
          name="name"
          autoComplete="off"
          required
          maxLength={200}
          aria-invalid={field('name') ? true : undefined}
        />
        {field('name') && <p className="field-error">{field('name')}</p>}
        <label htmlFor={ids.email}>{t('auth.email')}</label>
        <input
          id={ids.email}
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          aria-invalid={field('email') ? true : undefined}
        />
        {field('email') && <p className="field-error">{field('email')}</p>}
        <label htmlFor={ids.role}>{t('users.role')}</label>
        <RoleSelect id={ids.role} value={role} onChange={setRole} />
        {role === 'WARD_EDITOR' && (
          <WardChecklist
            wards={wards}
            chosen={chosen}
            onChange={setChosen}
            legend={t('users.wardsToEdit')}
            error={field('wards')}
          />
        )}
        <label htmlFor={ids.password}>{t('users.password')}</label>
        <input
          id={ids.password}
          name="password"
          type="password"
          autoComplete="new-password"
          maxLength={200}
          aria-describedby={`${ids.password}-hint`}
          aria-invalid={field('password') ? true : undefined}
        />
        <p id={`${ids.password}-hint`} className="hint">
          {t('users.passwordHint')}
        </p>
        {field('password') && <p className="field-error">{field('password')}</p>}
        <p id={ids.error} className="form-error" role="alert" hidden={!errors}>
          {errors?.message}
        </p>
        <button type="submit" disabled={loading}>
          {t('users.createButton')}
        </button>
      </form>
      {issued && <TemporaryPassword email={issued.email} password={issued.password} />}
    </section>
  );
}

function UserRow({
  user,
  wards,
  onNotice,
}: {
  user: User;
  wards: readonly Ward[];
  onNotice: (n: string) => void;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState<ViewerRole>(user.role);
  const [chosen, setChosen] = useState<string[]>([...user.wards]);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(
    null,
  );
  const [issued, setIssued] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_USER, { refetchQueries: [USERS_QUERY] });
  const [reset, { loading: resetting }] = useMutation(RESET_PASSWORD);
  const roleId = useId();
  const errorId = useId();

  const run = async (input: VariablesOf<typeof UPDATE_USER>['input']) => {
    try {
      const { data } = await update({ variables: { id: user.id, input } });
      const outcome = outcomeOf(data?.updateUser, t('users.error.generic'));
      if (!outcome.ok) {
        setError(outcome);
        return false;
      }
      setError(null);
      return true;
    } catch (e) {
      setError({ message: (e as Error).message, fields: {} });
      return false;
    }
  };

  const wardNames = user.wards
    .map((slug) => {
      const w = wards.find((x) => x.slug === slug);
      return w ? wardLabel(w, t) : slug;
    })
    .join(', ');
  const self = viewer?.id === user.id;
  return (
    <>
      <tr className={user.disabled ? 'user-disabled' : undefined}>
        <th scope="row">
          <span className="user-name">{user.name}</span>
          <br />
          <span className="user-email">{user.email}</span>
          {self && <span className="user-self"> ({t('users.you')})</span>}
        </th>
        <td>{t(`auth.role.${user.role}`)}</td>
        <td>{wardNames || '—'}</td>
        <td>{user.disabled ? t('users.disabled') : t('users.active')}</td>
        <td className="user-actions">
          <button
            type="button"
            aria-expanded={editing}
            onClick={() => {
              setEditing(!editing);
              setRole(user.role);
              setChosen([...user.wards]);
              setError(null);
            }}
          >
            {t('users.edit')}
            <span className="visually-hidden"> {user.email}</span>
          </button>
          <button
            type="button"
            disabled={loading}
            onClick={async () => {
              if (await run({ disabled: !user.disabled }))
                onNotice(
                  t(user.disabled ? 'users.enabledNotice' : 'users.disabledNotice', {
                    email: user.email,
                  }),
                );
            }}
          >
            {user.disabled ? t('users.enable') : t('users.disable')}
            <span className="visually-hidden"> {user.email}</span>
          </button>
          <button
            type="button"
            disabled={resetting || user.disabled}
            onClick={async () => {
              try {
                const { data } = await reset({ variables: { id: user.id } });
                const outcome = outcomeOf(data?.resetPassword, t('users.error.generic'));
                if (!outcome.ok) return setError(outcome);
                setError(null);
                setIssued(outcome.data.temporaryPassword);
              } catch (e) {
                setError({ message: (e as Error).message, fields: {} });
              }
            }}
          >
            {t('users.reset')}
            <span className="visually-hidden"> {user.email}</span>
          </button>
        </td>
      </tr>
      {(editing || error || issued) && (
        <tr className="user-detail">
          <td colSpan={5}>
            {error && (
              <p id={errorId} className="form-error" role="alert">
                {error.message}
                {Object.entries(error.fields)
                  .filter(([, m]) => m !== error.message)
                  .map(([k, m]) => (
                    <span key={k}> {m}</span>
                  ))}
              </p>
            )}
            {issued && <TemporaryPassword email={user.email} password={issued} />}
            {editing && (
              <form
                className="admin-form user-editor"
                aria-label={t('users.editing', { email: user.email })}
                onSubmit={async (e) => {
                  e.preventDefault();
                  const ok = await run({
                    role,
                    wards: role === 'WARD_EDITOR' ? chosen : [],
                  });
                  if (ok) {
                    setEditing(false);
                    onNotice(t('users.saved', { email: user.email }));
                  }
                }}
              >
                <label htmlFor={roleId}>{t('users.role')}</label>
                <RoleSelect id={roleId} value={role} onChange={setRole} />
                {role === 'WARD_EDITOR' && (
                  <WardChecklist
                    wards={wards}
                    chosen={chosen}
                    onChange={setChosen}
                    legend={t('users.wardsToEdit')}
                    error={error?.fields.wards}
                  />
                )}
                <button type="submit" disabled={loading}>
                  {t('users.save')}
                </button>{' '}
                <button type="button" onClick={() => setEditing(false)}>
                  {t('users.cancel')}
                </button>
              </form>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
