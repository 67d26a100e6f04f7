import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleTranslations, EngineId, Settings } from '../../../core/api';
import { isEngineId } from '../../../core/contract';
import { EngineOptions } from '../components/EngineOptions';
import type { Progress } from '../useTranslations';
import { OpusOffer, TranslationProgress } from './cells';
import { LanguageControls } from './LanguageControls';
import { ViewControls } from './ViewControls';

type Props = {
  article: Article;
  state: ArticleTranslations | null;
  progress: Progress | null;
  onEngine: (engine: EngineId | null) => void;
  onCancel: () => void;
  settings: Settings;
  onSettings: (changes: Partial<Settings>) => Promise<void>;
  onLanguages?: (sourceLang: string, targetLang: 'en' | 'es') => void;
  onShortcuts: () => void;
  /** Translated sentences that miss a glossary term, and what the last "translate again" did. */
  missing: number[];
  retranslated: number | null;
  onRetranslate: () => Promise<void>;
};

/** The article's head: its title and origin, its languages and engine, the view, and what the translation is doing. */
/** Memoised: the reader draws again at every scroll, its head only when what it shows changes. */
export const ReaderHead = memo(function ReaderHead({ article, state, progress, onEngine, onCancel, settings, onSettings, onLanguages, onShortcuts, missing, retranslated, onRetranslate }: Props) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(article.importedAt));
  const hasBoilerplate = article.paragraphs.some((p) => p.role === 'boilerplate');
  return (
    <header className="reader-head">
      <h2>{article.title}</h2>
      <p className="meta">
        {t('reader.importedOn', { date })} · {article.sourceName ? t('reader.from', { name: article.sourceName }) : t('reader.pasted')}
      </p>
      <div className="reader-controls">
        <LanguageControls article={article} via={state?.via ?? null} onChange={(from, to) => onLanguages?.(from, to)} />
        <label className="inline-field">
          {t('reader.engine')}{' '}
          <select value={state?.engineChoice ?? ''} onChange={(e) => onEngine(isEngineId(e.target.value) ? e.target.value : null)}>
            <option value="">{t('reader.engineDefault', { engine: state?.engine ? t(`engines.${state.engine}`) : t('engines.none') })}</option>
            <EngineOptions />
          </select>
        </label>
        <ViewControls settings={settings} onChange={onSettings} hasBoilerplate={hasBoilerplate} />
        <button type="button" className="quiet" onClick={onShortcuts} aria-label={t('shortcuts.open')}>
          ?
        </button>
      </div>
      {state?.engine === 'apertium' && <OpusOffer from={article.sourceLang} to={article.targetLang} />}
      {/* What the translation is doing, in a line of its own that is always there: the text
          below does not move when a job starts or ends (nor a word the reader is pointing at). */}
      <div className="article-status">
        {progress && <TranslationProgress progress={progress} onCancel={onCancel} />}
        {retranslated !== null && (
          <p className="notice" role="status">
            {t('glossary.retranslated', { count: retranslated })} {missing.length ? t('glossary.stillMissing', { count: missing.length }) : t('glossary.allHeld')}
          </p>
        )}
        {missing.length > 0 && !progress?.running && (
          <div className="notice">
            {t('glossary.misses', { count: missing.length })}{' '}
            <button type="button" onClick={() => void onRetranslate()}>
              {t('glossary.retranslate', { count: missing.length })}
            </button>
          </div>
        )}
      </div>
    </header>
  );
});
