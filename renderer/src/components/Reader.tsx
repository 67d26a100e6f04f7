import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, EnginesState, Paragraph, SentenceTranslation } from '../../../core/api';
import { isEngineId } from '../../../core/contract';
import type { Progress, useTranslations } from '../useTranslations';
import { glosa } from '../api';
import { useDownload } from '../useDownload';
import { DownloadStatus } from './DownloadStatus';
import { EngineSetup } from './EngineSetup';

type Props = {
  article: Article | null;
  loading: boolean;
  engines: EnginesState | null;
  translations: ReturnType<typeof useTranslations>;
  onOpenSettings: () => void;
};

export function Reader({ article, loading, engines, translations, onOpenSettings }: Props) {
  const { t, i18n } = useTranslation();
  const [active, setActive] = useState<number | null>(null);
  const [showBoilerplate, setShowBoilerplate] = useState(false);
  const panesRef = useRef<HTMLDivElement>(null);
  const { state, progress, unavailable, actions } = translations;

  useAlignedParagraphs(panesRef, [article, state, showBoilerplate]);
  useVisibleSentences(panesRef, article?.id ?? null, Boolean(state?.engine), actions.prioritise);

  if (!article) {
    return (
      <main className="reader reader-empty">
        <p className="empty">{loading ? t('reader.loading') : t('reader.nothingOpen')}</p>
      </main>
    );
  }
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(article.importedAt));
  const paragraphs = article.paragraphs.filter((p) => showBoilerplate || p.role !== 'boilerplate');
  const hasBoilerplate = article.paragraphs.some((p) => p.role === 'boilerplate');
  const byN = new Map((state?.sentences ?? []).map((s) => [s.n, s]));
  const noEngine = state !== null && state.engine === null;

  return (
    <main className="reader">
      <header className="reader-head">
        <h2>{article.title}</h2>
        <p className="meta">
          {t('reader.importedOn', { date })} · {article.sourceName ? t('reader.from', { name: article.sourceName }) : t('reader.pasted')}
        </p>
        <div className="reader-controls">
          <label className="inline-field">
            {t('reader.engine')}{' '}
            <select
              value={state?.engineChoice ?? ''}
              onChange={(e) => void actions.setEngine(isEngineId(e.target.value) ? e.target.value : null)}
            >
              <option value="">{t('reader.engineDefault', { engine: state?.engine ? t(`engines.${state.engine}`) : t('engines.none') })}</option>
              <option value="opus-mt">{t('engines.opus-mt')}</option>
              <option value="apertium">{t('engines.apertium')}</option>
            </select>
          </label>
          {hasBoilerplate && (
            <label className="toggle">
              <input type="checkbox" checked={showBoilerplate} onChange={(e) => setShowBoilerplate(e.target.checked)} /> {t('reader.showBoilerplate')}
            </label>
          )}
        </div>
        {state?.engine === 'apertium' && engines?.engines.find((e) => e.id === 'opus-mt')?.available === false && <OpusOffer />}
        {progress && <TranslationProgress progress={progress} onCancel={() => void actions.cancel()} />}
      </header>
      <div className="panes" ref={panesRef}>
        <section className="pane" aria-label={t('reader.source')} lang={article.sourceLang}>
          {paragraphs.map((p, i) => (
            <SourceParagraph key={p.start} index={i} paragraph={p} active={active} onActive={setActive} />
          ))}
        </section>
        <section className="pane pane-translation" aria-label={t('reader.translation')} lang={article.targetLang}>
          {noEngine ? (
            <EngineSetup engines={engines} choice={state.engineChoice} onOpenSettings={onOpenSettings} problem={unavailable} />
          ) : (
            <>
              {unavailable && <p className="notice notice-error">{unavailable}</p>}
              {paragraphs.map((p, i) => (
                <TranslationParagraph key={p.start} index={i} paragraph={p} byN={byN} active={active} onActive={setActive} onRetry={actions.retry} />
              ))}
            </>
          )}
        </section>
      </div>
    </main>
  );
}

/** Apertium is translating; the neural model would do better and is one download away. */
function OpusOffer() {
  const { t } = useTranslation();
  const download = useDownload();
  return (
    <div className="notice offer">
      {t('reader.opusOffer')}{' '}
      {!download.progress && (
        <button type="button" onClick={() => void glosa.downloadModel({ id: 'opus-mt-es-en' })}>
          {t('models.download')}
        </button>
      )}
      <DownloadStatus download={download} onCancel={() => void glosa.cancelDownload({ id: 'opus-mt-es-en' })} />
    </div>
  );
}

function TranslationProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t } = useTranslation();
  if (!progress.running) return null;
  const label = t('reader.translating', { done: progress.done, total: progress.total });
  return (
    <div className="progress article-progress">
      <progress max={progress.total} value={progress.done} aria-label={label} />
      <span>{label}</span>
      <button type="button" className="quiet" onClick={onCancel}>
        {t('reader.stop')}
      </button>
    </div>
  );
}

type SourceProps = { index: number; paragraph: Paragraph; active: number | null; onActive: (n: number) => void };

const SourceParagraph = memo(function SourceParagraph({ index, paragraph, active, onActive }: SourceProps) {
  const Tag = paragraph.role === 'heading' ? 'h3' : 'p';
  const activeHere = active !== null && paragraph.sentences.some((s) => s.n === active) ? active : null;
  return (
    <Tag className={`para para-${paragraph.role}`} data-para={index}>
      {paragraph.sentences.map((s) => (
        <span
          key={s.n}
          className="seg"
          data-seg={s.n}
          tabIndex={-1}
          aria-current={activeHere === s.n ? 'true' : undefined}
          onMouseEnter={() => onActive(s.n)}
          onFocus={() => onActive(s.n)}
        >
          {s.text}{' '}
        </span>
      ))}
    </Tag>
  );
});

type TranslationProps = SourceProps & { byN: Map<number, SentenceTranslation>; onRetry: (n: number) => void };

const TranslationParagraph = memo(function TranslationParagraph({ index, paragraph, byN, active, onActive, onRetry }: TranslationProps) {
  const { t } = useTranslation();
  const Tag = paragraph.role === 'heading' ? 'h3' : 'p';
  return (
    <Tag className={`para para-${paragraph.role}`} data-para={index}>
      {paragraph.sentences.map((s) => {
        const tr = byN.get(s.n);
        const state = tr?.state ?? 'pending';
        return (
          <span
            key={s.n}
            className={`seg seg-${state}`}
            data-seg={s.n}
            data-state={state}
            title={tr?.unknownWords.length ? t('reader.unknownWords', { words: tr.unknownWords.join(', ') }) : undefined}
            tabIndex={-1}
            aria-current={active === s.n ? 'true' : undefined}
            onMouseEnter={() => onActive(s.n)}
            onFocus={() => onActive(s.n)}
          >
            {state === 'done' || state === 'edited' ? (
              <>
                {tr!.text}
                {state === 'edited' && <span className="visually-hidden"> ({t('reader.edited')})</span>}
              </>
            ) : state === 'failed' ? (
              <span className="seg-failure">
                {t('reader.failed', { reason: tr?.error ?? '' })}{' '}
                <button type="button" className="link" onClick={() => onRetry(s.n)}>
                  {t('reader.retry')}
                </button>
              </span>
            ) : paragraph.role === 'boilerplate' ? (
              <span className="placeholder">{t('reader.notTranslated')}</span>
            ) : (
              <span className="placeholder" aria-label={t(`reader.state.${state}`)}>
                …
              </span>
            )}{' '}
          </span>
        );
      })}
    </Tag>
  );
});

/**
 * Each paragraph and its translation start on the same line: both are given the height of
 * the taller one, measured again whenever content or width changes.
 */
function useAlignedParagraphs(panes: React.RefObject<HTMLDivElement | null>, deps: unknown[]): void {
  const align = useCallback(() => {
    const root = panes.current;
    if (!root) return;
    const [left, right] = Array.from(root.querySelectorAll<HTMLElement>(':scope > section'));
    if (!left || !right) return;
    const a = Array.from(left.querySelectorAll<HTMLElement>(':scope > [data-para]'));
    const b = Array.from(right.querySelectorAll<HTMLElement>(':scope > [data-para]'));
    for (const el of [...a, ...b]) el.style.minHeight = '';
    const heights = a.map((el, i) => Math.max(el.offsetHeight, b[i]?.offsetHeight ?? 0));
    a.forEach((el, i) => (el.style.minHeight = `${heights[i]}px`));
    b.forEach((el, i) => (el.style.minHeight = `${heights[i]}px`));
  }, [panes]);
  useLayoutEffect(align, deps);
  useEffect(() => {
    const root = panes.current;
    if (!root) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(align);
    });
    observer.observe(root);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [align, panes]);
}

/** Tells the translator which sentences are on screen, so that they come first. */
function useVisibleSentences(panes: React.RefObject<HTMLDivElement | null>, articleId: number | null, hasEngine: boolean, prioritise: (visible: number[]) => void): void {
  const prioritiseRef = useRef(prioritise);
  prioritiseRef.current = prioritise;
  useEffect(() => {
    const root = panes.current;
    if (!root || articleId === null || !hasEngine) return;
    const source = root.querySelector('section');
    if (!source) return;
    const visible = new Set<number>();
    let timer = 0;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const n = Number((entry.target as HTMLElement).dataset.seg);
        if (entry.isIntersecting) visible.add(n);
        else visible.delete(n);
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(() => prioritiseRef.current([...visible].sort((x, y) => x - y)), 150);
    });
    source.querySelectorAll('[data-seg]').forEach((el) => observer.observe(el));
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [panes, articleId, hasEngine]);
}
