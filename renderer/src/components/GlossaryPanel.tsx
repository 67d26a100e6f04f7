import { useTranslation } from 'react-i18next';

export function GlossaryPanel() {
  const { t } = useTranslation();
  return (
    <aside className="glossary" aria-label={t('glossary.label')}>
      <h2>{t('glossary.label')}</h2>
      <p className="empty">{t('glossary.empty')}</p>
    </aside>
  );
}
