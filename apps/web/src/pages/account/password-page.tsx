import { useMutation } from '@apollo/client/react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANGE_PASSWORD } from '../../auth/queries.ts';
import { RequireRole } from '../../auth/require-role.tsx';
import { useViewer } from '../../auth/use-viewer.ts';
import { useDocumentTitle } from '../../shell/query-state.tsx';
import { signInFailureOf } from '../sign-in/sign-in-error.ts';
import {
  MIN_PASSWORD_LENGTH,
  type PasswordField,
  type PasswordProblem,
  passwordProblems,
} from './password-form.ts';

const route = getRouteApi('/account/password');

/** A problem on a field: ours (a key to word) or the gateway's (already in the reader's language). */
type Shown = { problem: PasswordProblem } | { message: string };

/**
 * `/account/password`: the signed-in person replaces their password. Someone who signed in with
 * a temporary password an administrator gave them lands here first (the gateway refuses their
 * writes until then) and goes on to where they were going once it is done.
 */
export function PasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.password.title'));
  return (
    <section className="page account-password" aria-labelledby="password-heading">
      <h1 id="password-heading">{t('account.password.title')}</h1>
      <RequireRole roles={['CITY_ADMIN', 'WARD_EDITOR', 'VIEWER']}>
        <PasswordForm />
      </RequireRole>
    </section>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const { viewer } = useViewer();
  const [change, { loading }] = useMutation(CHANGE_PASSWORD);
  const [shown, setShown] = useState<Partial<Record<PasswordField, Shown>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const ids = { current: useId(), next: useId(), confirm: useId() };
  const ruleId = useId();
  const focusStatus = () => queueMicrotask(() => statusRef.current?.focus());

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const form = {
      current: String(data.get('current') ?? ''),
      next: String(data.get('next') ?? ''),
      confirm: String(data.get('confirm') ?? ''),
    };
    setFailure(null);
    const problems = passwordProblems(form);
    setShown(Object.fromEntries(Object.entries(problems).map(([f, problem]) => [f, { problem }])));
    if (Object.keys(problems).length > 0) return;
    try {
      const { data: answer } = await change({
        variables: { currentPassword: form.current, newPassword: form.next },
      });
      const result = answer?.changePassword;
      if (result?.__typename === 'MutationChangePasswordSuccess') {
        // The answer is the same User as `me` (by id): Apollo's cache updates the header and
        // every page's flag from it, without a refetch that would unmount this form.
        setDone(true);
        focusStatus();
        return;
      }
      if (result?.__typename === 'ValidationError') {
        const byField: Partial<Record<PasswordField, Shown>> = {};
        for (const p of result.problems) {
          const field = p.path.at(-1) === 'currentPassword' ? 'current' : 'next';
          byField[field] ??= { message: p.message };
        }
        setShown(byField);
        if (Object.keys(byField).length === 0) setFailure(result.message);
        return;
      }
      setFailure(result && 'message' in result ? result.message : t('auth.error.server'));
      focusStatus();
    } catch (error) {
      const kind = signInFailureOf(error);
      setFailure(
        kind.kind === 'throttled'
          ? t('auth.error.throttled', {
              minutes: Math.ceil(kind.seconds / 60),
              count: Math.ceil(kind.seconds / 60),
            })
          : t(`auth.error.${kind.kind === 'wrong' ? 'server' : kind.kind}`),
      );
      focusStatus();
    }
  };

  const fieldMessage = (field: PasswordField) => {
    const s = shown[field];
    if (!s) return null;
    return 'message' in s
      ? s.message
      : t(`account.password.problem.${s.problem}`, { min: MIN_PASSWORD_LENGTH });
  };

  if (done)
    return (
      <div ref={statusRef} tabIndex={-1} role="status" className="notice-ok">
        <p>{t('account.password.done')}</p>
        <p>
          {redirect ? (
            <a href={redirect}>{t('account.password.continue')}</a>
          ) : (
            <Link to="/" search={{}}>
              {t('app.backHome')}
            </Link>
          )}
        </p>
      </div>
    );

  const field = (name: PasswordField, autoComplete: string) => {
    const message = fieldMessage(name);
    const errorId = `${ids[name]}-error`;
    return (
      <p className="form-field">
        <label htmlFor={ids[name]}>{t(`account.password.${name}`)}</label>
        <input
          id={ids[name]}
          name={name}
          type="password"
          autoComplete={autoComplete}
          maxLength={200}
          aria-invalid={message ? true : undefined}
          aria-describedby={
            [message ? errorId : null, name === 'next' ? ruleId : null].filter(Boolean).join(' ') ||
            undefined
          }
        />
        {message && (
          <span id={errorId} className="field-error">
            {message}
          </span>
        )}
      </p>
    );
  };

  return (
    <>
      {viewer?.mustChangePassword ? (
        <p className="notice-warn">{t('account.password.temporary')}</p>
      ) : (
        <p>{t('account.password.intro')}</p>
      )}
      <form className="password-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        {field('current', 'current-password')}
        {field('next', 'new-password')}
        <p id={ruleId} className="hint">
          {t('account.password.rule', { min: MIN_PASSWORD_LENGTH })}
        </p>
        {field('confirm', 'new-password')}
        <div ref={statusRef} tabIndex={-1} role="alert" className="form-error" hidden={!failure}>
          {failure}
        </div>
        <button type="submit" disabled={loading} aria-busy={loading}>
          {loading ? t('account.password.saving') : t('account.password.save')}
        </button>
      </form>
    </>
  );
}
