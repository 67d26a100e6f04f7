import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { forgetTokenInUrl, glosa } from './api';
import { App } from './App';
import { initI18n } from './i18n';
import './styles.css';

forgetTokenInUrl();
const settings = await glosa.getSettings({}).catch(() => ({ language: 'system' as const }));
await initI18n(settings.language);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App initialSettings={settings} />
  </StrictMode>,
);
