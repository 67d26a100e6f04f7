import { Settings } from '../api';
import type { Database } from './database';

const DEFAULTS: Settings = { language: 'system', engine: 'auto', dtype: 'q8', offline: false };

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
    const parsed = Settings.safeParse({ ...DEFAULTS, ...stored });
    return parsed.success ? parsed.data : DEFAULTS;
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
