// The GraphQL explorer for analysts, bundled with the app (no CDN: the city's network has no
// internet). A page of its own, so its editor (Monaco, large) never loads with the dashboard.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import analyst from '../../../../docs/queries/analyst-trajectory-and-sources.graphql?raw';
import city from '../../../../docs/queries/city-department-compare-wards.graphql?raw';
import editor from '../../../../docs/queries/ward-editor-record-result.graphql?raw';
import leader from '../../../../docs/queries/ward-leader-scorecard.graphql?raw';
import { i18n } from '../i18n.ts';

const english = i18n.language === 'en';
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers: { 'Accept-Language': english ? 'en' : 'vi' },
});

// One tab per user group's example document (docs/queries, validated against the schema in CI).
const defaultTabs = [
  { query: city },
  { query: leader },
  { query: analyst },
  { query: editor, headers: '{\n  "Authorization": "Bearer <your token>"\n}' },
];

const root = document.getElementById('explorer');
if (!root) throw new Error('explorer.html has no #explorer element');
document.documentElement.lang = english ? 'en' : 'vi';
createRoot(root).render(
  <StrictMode>
    <div className="explorer-layout">
      <nav className="explorer-bar" aria-label={i18n.t('app.title')}>
        <a href={english ? '/?lang=en' : '/'}>← {i18n.t('explorer.back')}</a>
        <span>{i18n.t('explorer.title')}</span>
      </nav>
      <div className="explorer-main">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={defaultTabs}
          defaultEditorToolsVisibility="variables"
        />
      </div>
    </div>
  </StrictMode>,
);
