import { useApolloClient } from '@apollo/client/react';
import { Link, Outlet, useRouterState, useSearch } from '@tanstack/react-router';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n.ts';
import { ViewerMenu } from './viewer-menu.tsx';

/** Follows `?lang=` : the UI strings, the page's `lang`, and the data (names come back in it). */
function useLangFromUrl() {
  const { lang } = useSearch({ from: '__root__' });
  const { i18n } = useTranslation();
  const client = useApolloClient();
  const wanted: Lang = lang ?? 'vi';
  useLayoutEffect(() => {
    document.documentElement.lang = wanted;
    if (i18n.language !== wanted) {
      void i18n.changeLanguage(wanted).then(() => client.resetStore());
    }
  }, [wanted, i18n, client]);
  return wanted;
}

function LanguageLinks({ current }: { current: Lang }) {
  const { t } = useTranslation();
  return (
    <nav className="lang-switch" aria-label={t('app.language')}>
      <Link
        to="."
        search={(prev) => ({ ...prev, lang: undefined })}
        aria-current={current === 'vi' ? 'true' : undefined}
        hrefLang="vi"
        lang="vi"
      >
        Tiếng Việt
      </Link>
      <Link
        to="."
        search={(prev) => ({ ...prev, lang: 'en' as const })}
        aria-current={current === 'en' ? 'true' : undefined}
        hrefLang="en"
        lang="en"
      >
        English
      </Link>
    </nav>
  );
}

export function AppShell() {
  const { t } = useTranslation();
  const lang = useLangFromUrl();
  const loading = useRouterState({ select: (s) => s.status === 'pending' });
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div>
          <Link to="/" search={{}} className="app-title">
            {t('app.title')}
          </Link>
          <p className="app-tagline">{t('app.tagline')}</p>
        </div>
        <nav className="app-nav" aria-label={t('app.nav.label')}>
          <Link to="/" search={{}} activeOptions={{ exact: true }}>
            {t('app.nav.overview')}
          </Link>
          <a href={lang === 'en' ? '/explorer?lang=en' : '/explorer'}>{t('app.nav.explorer')}</a>
        </nav>
        <LanguageLinks current={lang} />
        <ViewerMenu />
      </header>
      <main id="main" aria-busy={loading}>
        <Outlet />
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{t('app.notFound')}</h1>
      <p>
        <Link to="/" search={{}}>
          {t('app.backHome')}
        </Link>
      </p>
    </section>
  );
}
