import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from './api/apollo.ts';
import { i18n } from './i18n.ts';
import { pathForLegacyHash } from './legacy-hash.ts';
import { createAppRouter } from './router.tsx';
import './styles.css';

// Old #/… links: replace the address with the path it meant before the router reads it.
const legacy = pathForLegacyHash(window.location.hash);
if (legacy) window.history.replaceState(null, '', `${legacy}${window.location.search}`);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
document.documentElement.lang = i18n.language;
const client = createApolloClient();
const router = createAppRouter(client);

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
