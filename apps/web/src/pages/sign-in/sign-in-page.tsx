import { useApolloClient, useMutation } from '@apollo/client/react';
import { getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { END_SESSION, START_SESSION, VIEWER_QUERY } from '../../auth/queries.ts';
import { useViewer } from '../../auth/use-viewer.ts';
import { Loading, useDocumentTitle } from '../../shell/query-state.tsx';
import { missingField, type SignInFailure, signInFailureOf } from './sign-in-error.ts';

const route = getRouteApi('/sign-in');

function FailureMessage({ failure }: { failure: SignInFailure }) {
  const { t } = useTranslation();
  if (failure.kind === 'throttled')
    return (
      <>
        {t('auth.error.throttled', {
          minutes: Math.ceil(failure.seconds / 60),
          count: Math.ceil(failure.seconds / 60),
        })}
      </>
    );
  return <>{t(`auth.error.${failure.kind}`)}</>;
}

/**
 * `/sign-in?redirect=`: email and password → the session cookie, then back to where the person
 * was going. Every failure is said in words on the page (wrong password, locked for a while,
 * no connection), and focus moves to it so screen readers hear it.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const router = useRouter();
  const client = useApolloClient();
  const { viewer, loading } = useViewer();
  const [startSession, { loading: sending }] = useMutation(START_SESSION);
  const [endSession] = useMutation(END_SESSION);
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();
  useDocumentTitle(t('auth.signIn'));

  const fail = (f: SignInFailure) => {
    setFailure(f);
    queueMicrotask(() => alertRef.current?.focus());
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    const missing = missingField(email, password);
    if (missing) return fail(missing);
    setFailure(null);
    try {
      const { data } = await startSession({ variables: { email: email.trim(), password } });
      const result = data?.startSession;
      if (result?.__typename !== 'MutationStartSessionSuccess') return fail({ kind: 'wrong' });
      // Everything cached was fetched as someone else (or nobody): fetch it again as this user.
      await client.resetStore().catch(() => {});
      // A temporary password an administrator gave: replace it first, then go on.
      if (result.data.mustChangePassword)
        router.history.push(
          `/account/password${redirect ? `?redirect=${encodeURIComponent(redirect)}` : ''}`,
        );
      else router.history.push(redirect ?? '/');
    } catch (error) {
      fail(signInFailureOf(error));
    }
  };

  if (loading) return <Loading />;
  if (viewer)
    return (
      <section className="page sign-in" aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">{t('auth.signIn')}</h1>
        <p>{t('auth.already', { name: viewer.name, email: viewer.email })}</p>
        <p className="sign-in-actions">
          <Link to="/" search={{}}>
            {t('app.backHome')}
          </Link>
          <button
            type="button"
            onClick={async () => {
              try {
                await endSession();
              } finally {
                client.writeQuery({ query: VIEWER_QUERY, data: { me: null } });
                void client.resetStore().catch(() => {});
              }
            }}
          >
            {t('auth.signOut')}
          </button>
        </p>
      </section>
    );

  const invalidEmail = failure?.kind === 'missingEmail' || failure?.kind === 'wrong';
  const invalidPassword = failure?.kind === 'missingPassword' || failure?.kind === 'wrong';
  return (
    <section className="page sign-in" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{t('auth.signIn')}</h1>
      <p>{t('auth.intro')}</p>
      <form className="sign-in-form" noValidate onSubmit={onSubmit} aria-describedby={errorId}>
        <label htmlFor={emailId}>{t('auth.email')}</label>
        <input
          id={emailId}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          maxLength={254}
          aria-invalid={invalidEmail || undefined}
          aria-describedby={failure ? errorId : undefined}
        />
        <label htmlFor={passwordId}>{t('auth.password')}</label>
        <input
          id={passwordId}
          name="password"
          type="password"
          autoComplete="current-password"
          maxLength={200}
          aria-invalid={invalidPassword || undefined}
          aria-describedby={failure ? errorId : undefined}
        />
        <p
          id={errorId}
          ref={alertRef}
          className="form-error"
          role="alert"
          tabIndex={-1}
          hidden={!failure}
        >
          {failure && <FailureMessage failure={failure} />}
        </p>
        <button type="submit" disabled={sending} aria-busy={sending}>
          {sending ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
      <p className="sign-in-help">{t('auth.help')}</p>
    </section>
  );
}
