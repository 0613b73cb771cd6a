import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { wardLabel } from '../api/wards.ts';
import { END_SESSION, VIEWER_QUERY, WARD_NAMES_QUERY } from '../auth/queries.ts';
import { hereAsRedirect } from '../auth/redirect.ts';
import { useViewer } from '../auth/use-viewer.ts';

/**
 * The header's "who am I": name, role and — for a ward editor — their wards, the admin pages for
 * a city administrator, and sign-out. Signed out: a sign-in link that comes back to this page.
 */
export function ViewerMenu() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const location = useLocation();
  const router = useRouter();
  const client = useApolloClient();
  const [endSession, { loading: leaving }] = useMutation(END_SESSION);
  const wards = useQuery(WARD_NAMES_QUERY, { skip: !viewer || viewer.wards.length === 0 });
  if (loading) return null;
  if (!viewer) {
    if (location.pathname === '/sign-in') return null;
    return (
      <div className="viewer-menu">
        <Link to="/sign-in" search={{ redirect: hereAsRedirect(location) }}>
          {t('auth.signIn')}
        </Link>
      </div>
    );
  }
  const names = viewer.wards.map((slug) => {
    const ward = wards.data?.wards.find((w) => w.slug === slug);
    return ward ? wardLabel(ward, t) : slug;
  });
  return (
    <section className="viewer-menu" aria-label={t('auth.whoAmI')}>
      <p className="viewer-who">
        <span className="viewer-name">{viewer.name}</span>{' '}
        <span className="viewer-role">{t(`auth.role.${viewer.role}`)}</span>
        {names.length > 0 && (
          <span className="viewer-wards">
            {' · '}
            {t('auth.myWards')}: {names.join(', ')}
          </span>
        )}
      </p>
      {viewer.mustChangePassword && location.pathname !== '/account/password' && (
        <p className="viewer-notice">
          <Link to="/account/password" search={{ redirect: hereAsRedirect(location) }}>
            {t('account.password.reminder')}
          </Link>
        </p>
      )}
      {viewer.role === 'CITY_ADMIN' && (
        <nav className="viewer-admin" aria-label={t('auth.adminNav')}>
          <Link to="/admin/wards">{t('admin.wards.title')}</Link>
          <Link to="/admin/users" search={{}}>
            {t('users.title')}
          </Link>
          <Link to="/admin/audit" search={{}}>
            {t('audit.title')}
          </Link>
        </nav>
      )}
      <Link to="/account/password" search={{}} className="viewer-password">
        {t('account.password.link')}
      </Link>
      <button
        type="button"
        className="viewer-sign-out"
        disabled={leaving}
        onClick={async () => {
          try {
            await endSession();
          } finally {
            // Signed out at once on screen, then everything fetched as this user is fetched
            // again as nobody: nothing of theirs stays visible after they leave.
            client.writeQuery({ query: VIEWER_QUERY, data: { me: null } });
            router.history.push('/sign-in');
            void client.resetStore().catch(() => {});
          }
        }}
      >
        {t('auth.signOut')}
      </button>
    </section>
  );
}
