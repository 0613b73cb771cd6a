// The GraphQL explorer for analysts, bundled with the app (no CDN: the city's network has no
// internet). A page of its own, so its editor (Monaco, large) never loads with the dashboard.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import analyst from '../../../../docs/queries/analyst-trajectory-and-sources.graphql?raw';
import city from '../../../../docs/queries/city-department-compare-wards.graphql?raw';
import editor from '../../../../docs/queries/ward-editor-record-result.graphql?raw';
import leader from '../../../../docs/queries/ward-leader-scorecard.graphql?raw';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

// One tab per user group's example document (docs/queries, validated against the schema in CI).
const defaultTabs = [
  { query: city },
  { query: leader },
  { query: analyst },
  { query: editor, headers: '{\n  "Authorization": "Bearer <your token>"\n}' },
];

const root = document.getElementById('explorer');
if (!root) throw new Error('explorer.html has no #explorer element');
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={defaultTabs}
      defaultEditorToolsVisibility="variables"
    />
  </StrictMode>,
);
