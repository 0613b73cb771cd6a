import { Link, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../shell/query-state.tsx';
import { hereAsRedirect } from './redirect.ts';
import { canEditWard, useViewer, type ViewerRole } from './use-viewer.ts';

/**
 * Shows its children only to the roles given (and, with `ward`, only to those who may change
 * that ward). Signed out: a sign-in link that comes back here. Signed in without the right: a
 * plain "no permission" naming who is signed in — never a blank page. The gateway checks every
 * request itself; this only spares people forms they cannot submit.
 */
export function RequireRole({
  roles,
  ward,
  children,
}: {
  roles: readonly ViewerRole[];
  ward?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!viewer)
    return (
      <section className="page auth-required" aria-labelledby="auth-required-heading">
        <h1 id="auth-required-heading">{t('auth.required.title')}</h1>
        <p>{t('auth.required.body')}</p>
        <p>
          <Link to="/sign-in" search={{ redirect: hereAsRedirect(location) }}>
            {t('auth.signIn')}
          </Link>
        </p>
      </section>
    );
  const allowed = roles.includes(viewer.role) && (ward === undefined || canEditWard(viewer, ward));
  if (!allowed)
    return (
      <section className="page auth-required" aria-labelledby="auth-forbidden-heading">
        <h1 id="auth-forbidden-heading">{t('auth.forbidden.title')}</h1>
        <p>
          {t('auth.forbidden.body', {
            name: viewer.name,
            role: t(`auth.role.${viewer.role}`),
          })}
        </p>
        <p>
          <Link to="/" search={{}}>
            {t('app.backHome')}
          </Link>
        </p>
      </section>
    );
  return <>{children}</>;
}
