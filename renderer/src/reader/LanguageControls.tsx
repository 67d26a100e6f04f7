import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../core/api';
import { SOURCE_LANGUAGES, TARGET_LANGUAGES, isTargetLanguage } from '../../../core/contract';

type Props = {
  article: Pick<ArticleSummary, 'sourceLang' | 'sourceLangSure' | 'targetLang'>;
  /** The language the engine goes through, where it has no direct pair. */
  via: string | null;
  onChange: (sourceLang: string, targetLang: 'en' | 'es') => void;
};

/**
 * What the article is written in (as detected, or as the reader corrected it) and what it
 * is read in. A guess the detector was not sure of says so until the reader confirms it.
 */
export function LanguageControls({ article, via, onChange }: Props) {
  const { t } = useTranslation();
  const sources: string[] = SOURCE_LANGUAGES.includes(article.sourceLang as never) ? [...SOURCE_LANGUAGES] : [article.sourceLang, ...SOURCE_LANGUAGES];
  const target = isTargetLanguage(article.targetLang) ? article.targetLang : 'en';
  return (
    <span className="language-controls">
      <label className="inline-field">
        {t('languages.writtenIn')}{' '}
        <select value={article.sourceLang} onChange={(e) => onChange(e.target.value, target)} aria-describedby={article.sourceLangSure ? undefined : 'language-unsure'}>
          {sources.map((code) => (
            <option key={code} value={code}>
              {t(`languages.names.${code}`, { defaultValue: code })}
            </option>
          ))}
        </select>
      </label>
      {!article.sourceLangSure && (
        <span id="language-unsure" className="hint-badge">
          {t('languages.unsure')}
        </span>
      )}
      <label className="inline-field">
        {t('languages.readIn')}{' '}
        <select value={target} onChange={(e) => onChange(article.sourceLang, isTargetLanguage(e.target.value) ? e.target.value : 'en')}>
          {TARGET_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`languages.names.${code}`)}
            </option>
          ))}
        </select>
      </label>
      {via && <span className="hint-badge">{t('languages.via', { language: t(`languages.names.${via}`, { defaultValue: via }) })}</span>}
    </span>
  );
}
