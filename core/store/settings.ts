import { Settings } from '../api';
import type { Database } from './database';

const DEFAULTS: Settings = {
  language: 'system',
  engine: 'auto',
  dtype: 'q8',
  offline: false,
  layout: 'side',
  theme: 'system',
  fontSize: 17,
  lineHeight: 1.6,
  showBoilerplate: false,
  readingLanguage: 'en',
};

/** Until the reader chooses, articles are read in the interface language (Spanish or English). */
function defaultReadingLanguage(uiLanguage: unknown): Settings['readingLanguage'] {
  const locale = uiLanguage === 'es' || uiLanguage === 'en' ? uiLanguage : Intl.DateTimeFormat().resolvedOptions().locale;
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export class SettingsRepository {
  constructor(private readonly db: Database) {}

  read(): Settings {
    const rows = this.db.all<{ key: string; value: string }>('SELECT key, value FROM settings');
    const stored: Record<string, unknown> = {};
    for (const { key, value } of rows) {
      try {
        stored[key] = JSON.parse(value);
      } catch {
        // A value that no longer parses falls back to its default below.
      }
    }
    // Each stored value stands on its own: one that no longer fits falls back to its default.
    const merged: Record<string, unknown> = { ...DEFAULTS, readingLanguage: defaultReadingLanguage(stored.language) };
    for (const [key, value] of Object.entries(stored)) {
      const field = Settings.shape[key as keyof Settings];
      if (field && field.safeParse(value).success) merged[key] = value;
    }
    return Settings.parse(merged);
  }

  update(changes: Partial<Settings>): Settings {
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) continue;
        this.db.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
          key,
          JSON.stringify(value),
        ]);
      }
    });
    return this.read();
  }
}
