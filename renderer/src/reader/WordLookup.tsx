import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../core/api';
import { glosa } from '../api';
import { describeError } from '../messages';

type Found = ApiOutput<'lookUpWord'>;
type Words = ApiOutput<'translateWord'>;
/**
 * A word looked up: its sentence, where it stands there, where it is on screen (its middle, its
 * top and bottom), and whether the look-up takes the focus (opened from the keyboard) or leaves
 * it with the reader (a click: the reader's keys go on working, and ← → still move word by word).
 */
export type Lookup = { n: number; start: number; end: number; word: string; x: number; top: number; bottom: number; focused: boolean };

type Props = {
  lookup: Lookup;
  articleId: number;
  sourceLang: string;
  onMove: (step: -1 | 1) => void;
  onClose: () => void;
  onAdd?: (word: string, n: number) => void;
  onOpen?: (articleId: number, n: number) => void;
};

/**
 * One word of the source, looked up in place (as LingQ and LUTE do): its glossary entry, what
 * the engine wrote for it in this sentence and alone, the other articles that have it, and one
 * action to add it to the glossary. ← and → go to the word before or after; Esc closes.
 */
/** Below the word, or above it where the screen has more room there; never off screen. */
function placeNear(lookup: Lookup): React.CSSProperties {
  // Starting a little left of the word, so that it reads on from the text.
  const left = Math.max(8, Math.min(lookup.x - 60, window.innerWidth - 340));
  const below = window.innerHeight - lookup.bottom - 16;
  const above = lookup.top - 16;
  return below >= 260 || below >= above
    ? { left, top: lookup.bottom + 8, maxHeight: below }
    : { left, bottom: window.innerHeight - lookup.top + 8, maxHeight: above };
}

export function WordLookup({ lookup, articleId, sourceLang, onMove, onClose, onAdd, onOpen }: Props) {
  const { t } = useTranslation();
  const [found, setFound] = useState<Found | null>(null);
  const [words, setWords] = useState<Words | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    setFound(null);
    setWords(null);
    setProblem(null);
    const word = { id: articleId, n: lookup.n, word: lookup.word };
    const failed = (error: unknown) => current && setProblem(describeError(t, error));
    // The glossary's answer at once; the engine's when it comes (it may be busy with the article).
    glosa.lookUpWord(word).then((result) => current && setFound(result), failed);
    glosa.translateWord(word).then((result) => current && setWords(result), failed);
    return () => {
      current = false;
    };
  }, [articleId, lookup.n, lookup.word, t]);

  useEffect(() => {
    if (lookup.focused) box.current?.focus({ preventScroll: true });
  }, [lookup.n, lookup.start, lookup.focused]);

  const entry = found?.entry ?? null;
  const known = entry?.status === 'accepted' && entry.variants.some((v) => v.toLowerCase() === lookup.word.toLowerCase());
  return (
    <div
      ref={box}
      className="word-lookup"
      role="dialog"
      aria-label={t('lookup.label', { word: lookup.word })}
      tabIndex={-1}
      style={placeNear(lookup)}
      onMouseUp={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        // The reader's own keys (Enter edits, j/k move) stay out of the look-up.
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
        else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && e.target === box.current) {
          e.preventDefault();
          onMove(e.key === 'ArrowLeft' ? -1 : 1);
        }
      }}
    >
      <div className="row lookup-head">
        <strong lang={sourceLang}>{lookup.word}</strong>
        <button type="button" className="quiet" aria-label={t('lookup.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <div aria-live="polite">
        {problem && <p className="notice notice-error">{problem}</p>}
        {!found && !problem && <p className="meta">{t('lookup.loading')}</p>}
        {found && (
          <dl className="lookup-facts">
            <dt>{t('lookup.glossary')}</dt>
            <dd>
              {entry
                ? t('lookup.entry', { source: entry.canonical, target: entry.target, kind: t(`glossary.kinds.${entry.kind}`), status: t(`lookup.status.${entry.status}`) })
                : t('lookup.noEntry')}
            </dd>
            <dt>{t('lookup.inSentence')}</dt>
            <dd>{words === null ? t('lookup.translating') : words.engine === null ? t('lookup.noEngine') : (words.inSentence ?? t('lookup.unclear'))}</dd>
            {words?.alone && (
              <>
                <dt>{t('lookup.alone')}</dt>
                <dd>{words.alone}</dd>
              </>
            )}
            <dt>{t('lookup.elsewhere', { count: found.articles })}</dt>
            <dd>
              {found.elsewhere.length > 0 && (
                <ul>
                  {found.elsewhere.map((o) => (
                    <li key={o.articleId}>
                      <button type="button" className="link" onClick={() => onOpen?.(o.articleId, o.n)} title={o.sentence}>
                        {o.title}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
        )}
      </div>
      {onAdd && !known && (
        <button type="button" onClick={() => onAdd(lookup.word, lookup.n)}>
          {t('lookup.add')}
        </button>
      )}
      <p className="meta lookup-keys">{t('lookup.keys')}</p>
    </div>
  );
}
