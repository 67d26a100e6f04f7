import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { forgetTokenInUrl, glosa } from './api';
import { App } from './App';
import { initI18n } from './i18n';
import './styles.css';

forgetTokenInUrl();
// The first screen's data is asked for at once, in parallel, before React starts.
const firstArticles = glosa.listArticles({}).catch(() => []);
const settings = await glosa.getSettings({}).catch(() => ({ language: 'system' as const, engine: 'auto' as const, dtype: 'q8' as const, offline: false }));
await initI18n(settings.language);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App initialSettings={settings} initialArticles={await firstArticles} />
  </StrictMode>,
);
