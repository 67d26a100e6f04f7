import { StrictMode } from 'react';
import type { Settings } from '../../core/api';
import { createRoot } from 'react-dom/client';
import { forgetTokenInUrl, glosa } from './api';
import { App } from './App';
import { initI18n } from './i18n';
import './styles.css';

forgetTokenInUrl();
// The first screen's data is asked for at once, in parallel, before React starts.
const firstArticles = glosa.listArticles({}).catch(() => []);
const settings = await glosa.getSettings({}).catch(
  (): Settings => ({ language: 'system', engine: 'auto', dtype: 'q8', offline: false, layout: 'side', theme: 'system', fontSize: 17, lineHeight: 1.6, showBoilerplate: false, readingLanguage: 'en' }),
);
if (settings.theme !== 'system') document.documentElement.dataset.theme = settings.theme;
await initI18n(settings.language);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App initialSettings={settings} initialArticles={await firstArticles} />
  </StrictMode>,
);
