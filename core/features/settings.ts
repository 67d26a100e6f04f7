import type { Handlers, Services } from './services';

/** The reader's settings; a change of engine or precision lets the loaded engines go. */
export function settingsHandlers({ settings, engines }: Services) {
  return {
    getSettings: async () => settings.read(),
    updateSettings: async (changes) => {
      const before = settings.read();
      const after = settings.update(changes);
      if (before.dtype !== after.dtype || before.engine !== after.engine) await engines.reset();
      return after;
    },
  } satisfies Handlers<'getSettings' | 'updateSettings'>;
}
