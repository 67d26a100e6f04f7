import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../core/api';
import { isUiLanguage } from '../../../core/contract';
import { Modal } from './Modal';

type Props = {
  open: boolean;
  onClose: () => void;
  settings: Settings;
  onChange: (changes: Partial<Settings>) => Promise<void>;
  dataDir: string;
};

export function SettingsDialog({ open, onClose, settings, onChange, dataDir }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={open} onClose={onClose} title={t('settings.title')}>
      <div className="dialog-head">
        <h2>{t('settings.title')}</h2>
        <button type="button" className="quiet" onClick={onClose} aria-label={t('settings.close')}>
          ×
        </button>
      </div>
      <label className="field">
        {t('settings.language')}
        <select
          value={settings.language}
          onChange={(e) => {
            if (isUiLanguage(e.target.value)) void onChange({ language: e.target.value });
          }}
        >
          <option value="system">{t('settings.system')}</option>
          <option value="en">{t('settings.english')}</option>
          <option value="es">{t('settings.spanish')}</option>
        </select>
      </label>
      <p className="field">
        {t('settings.dataDir')} <code>{dataDir}</code>
      </p>
    </Modal>
  );
}
