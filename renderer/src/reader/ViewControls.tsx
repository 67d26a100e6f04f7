import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../core/api';
import { READER_LAYOUTS, THEMES } from '../../../core/contract';

type Props = { settings: Settings; onChange: (changes: Partial<Settings>) => Promise<void>; hasBoilerplate: boolean };

/** Layout, theme, type size and spacing, and boilerplate: remembered between sessions. */
export function ViewControls({ settings, onChange, hasBoilerplate }: Props) {
  const { t, i18n } = useTranslation();
  const set = (changes: Partial<Settings>) => void onChange(changes);
  // 1.6 in English, 1,6 in Spanish.
  const spacing = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <>
      <label className="inline-field">
        {t('view.layout')}{' '}
        <select value={settings.layout} onChange={(e) => set({ layout: READER_LAYOUTS.find((l) => l === e.target.value) ?? 'side' })}>
          {READER_LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`view.layouts.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        {t('view.theme')}{' '}
        <select value={settings.theme} onChange={(e) => set({ theme: THEMES.find((x) => x === e.target.value) ?? 'system' })}>
          {THEMES.map((x) => (
            <option key={x} value={x}>
              {t(`view.themes.${x}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="inline-field" role="group" aria-label={t('view.textSize')}>
        <button type="button" className="quiet" title={t('view.smaller')} disabled={settings.fontSize <= 12} onClick={() => set({ fontSize: settings.fontSize - 1 })}>
          A−<span className="visually-hidden"> {t('view.smaller')}</span>
        </button>
        <button type="button" className="quiet" title={t('view.larger')} disabled={settings.fontSize >= 28} onClick={() => set({ fontSize: settings.fontSize + 1 })}>
          A+<span className="visually-hidden"> {t('view.larger')}</span>
        </button>
      </span>
      <label className="inline-field">
        {t('view.spacing')}{' '}
        <select value={String(settings.lineHeight)} onChange={(e) => set({ lineHeight: Number(e.target.value) })}>
          {[1.4, 1.6, 1.8, 2.0].map((v) => (
            <option key={v} value={String(v)}>
              {spacing.format(v)}
            </option>
          ))}
        </select>
      </label>
      {hasBoilerplate && (
        <label className="toggle">
          <input type="checkbox" checked={settings.showBoilerplate} onChange={(e) => set({ showBoilerplate: e.target.checked })} /> {t('reader.showBoilerplate')}
        </label>
      )}
    </>
  );
}
