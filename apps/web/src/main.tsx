import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { i18n } from './i18n.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
document.documentElement.lang = i18n.language;
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
