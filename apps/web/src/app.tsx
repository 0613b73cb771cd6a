import { ApolloProvider, useApolloClient } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createApolloClient } from './apollo.ts';
import { ComparePage } from './compare-page.tsx';
import { i18n, LANGS, type Lang, rememberLang } from './i18n.ts';
import { WardPage } from './ward-page.tsx';
import { WardsPage } from './wards-page.tsx';

/** Hash routes keep the gateway's static serving simple: #/ and #/wards/<slug>. */
export function routeOf(
  hash: string,
): { page: 'wards' } | { page: 'compare' } | { page: 'ward'; slug: string } {
  if (hash === '#/compare') return { page: 'compare' };
  const match = /^#\/wards\/([a-z0-9-]+)$/.exec(hash);
  return match?.[1] ? { page: 'ward', slug: match[1] } : { page: 'wards' };
}

function useHash() {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

function LanguageSwitch() {
  const { t, i18n: instance } = useTranslation();
  const client = useApolloClient();
  return (
    <label className="lang-switch">
      {t('app.language')}{' '}
      <select
        value={instance.language}
        onChange={(e) => {
          const lang = e.target.value as Lang;
          rememberLang(lang);
          document.documentElement.lang = lang;
          // Names and titles come back in the request language: refetch what is on screen.
          void instance
            .changeLanguage(lang)
            .then(() => client.refetchQueries({ include: 'active' }));
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {l === 'vi' ? 'Tiếng Việt' : 'English'}
          </option>
        ))}
      </select>
    </label>
  );
}

function Shell() {
  const { t } = useTranslation();
  const route = routeOf(useHash());
  return (
    <>
      <header className="app-header">
        <div>
          <strong className="app-title">{t('app.title')}</strong>
          <p className="app-tagline">{t('app.tagline')}</p>
        </div>
        <nav className="app-nav" aria-label="Lộ Trình">
          <a href="#/">{t('app.nav.wards')}</a>
          <a href="#/compare">{t('app.nav.compare')}</a>
          <a href="/explorer">{t('app.nav.explorer')}</a>
        </nav>
        <LanguageSwitch />
      </header>
      <main>
        {route.page === 'ward' ? (
          <WardPage key={route.slug} slug={route.slug} />
        ) : route.page === 'compare' ? (
          <ComparePage />
        ) : (
          <WardsPage />
        )}
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </>
  );
}

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <Shell />
      </ApolloProvider>
    </I18nextProvider>
  );
}
