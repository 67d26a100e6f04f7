import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../core/contract';
import { MESSAGES } from '../../../core/messages';
import { formatBytes } from '../../../core/text/bytes';
import en from './en.json';
import es from './es.json';

export const SUPPORTED = ['en', 'es'] as const;
export type Supported = (typeof SUPPORTED)[number];

/** The system's language when it is one Glosa speaks, English otherwise. */
export function systemLanguage(languages: readonly string[] = navigator.languages): Supported {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'en';
}

export function resolveLanguage(choice: UiLanguage): Supported {
  return choice === 'system' ? systemLanguage() : choice;
}

export async function initI18n(choice: UiLanguage = 'system'): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    // The back end's messages are written in English in core/messages.ts, once.
    resources: { en: { translation: { ...en, messages: MESSAGES } }, es: { translation: es } },
    lng: resolveLanguage(choice),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // "{{needed, bytes}}": a size, in the units of the hub and the numbers of the language.
  i18next.services.formatter?.add('bytes', (value: unknown, lng: string | undefined) => (typeof value === 'number' ? formatBytes(value, lng ?? 'en') : String(value)));
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function applyLanguage(choice: UiLanguage): Promise<void> {
  await i18next.changeLanguage(resolveLanguage(choice));
  document.documentElement.lang = i18next.language;
}
