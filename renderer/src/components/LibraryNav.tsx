import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../core/api';
import { Highlighted } from './Highlighted';
import { Icon } from './Icon';

/** Articles drawn at first, and added each time the end of the list comes into view. */
const PAGE = 200;

type Props = {
  articles: ArticleSummary[];
  query: string;
  onQuery: (q: string) => void;
  openId: number | null;
  onOpen: (id: number) => void;
  onRename: (id: number, title: string) => Promise<void>;
  onDelete: (article: ArticleSummary) => Promise<void>;
  searchRef: RefObject<HTMLInputElement | null>;
};

export function LibraryNav({ articles, query, onQuery, openId, onOpen, onRename, onDelete, searchRef }: Props) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  // A library of thousands opens as fast as one of ten: the list grows as it is scrolled.
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [query]);
  const more = useRef<HTMLButtonElement>(null);
  const hidden = Math.max(0, articles.length - limit);
  useEffect(() => {
    const button = more.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setLimit((l) => l + PAGE);
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [hidden > 0]);

  return (
    <nav className="library" aria-label={t('library.label')}>
      <h2>{t('library.label')}</h2>
      <input
        ref={searchRef}
        type="search"
        className="search"
        aria-label={t('library.search')}
        placeholder={t('library.searchPlaceholder')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onQuery('')}
      />
      {articles.length === 0 && <p className="empty">{query.trim() ? t('library.noMatch', { query }) : t('library.empty')}</p>}
      <ul className="article-list">
        {articles.slice(0, limit).map((a) => (
          <li key={a.id} className={a.id === openId ? 'selected' : undefined}>
            {renaming === a.id ? (
              <form
                className="rename"
                onSubmit={async (e) => {
                  e.preventDefault();
                  if (draft.trim()) await onRename(a.id, draft.trim());
                  setRenaming(null);
                }}
              >
                <input
                  autoFocus
                  aria-label={t('library.newTitle')}
                  value={draft}
                  maxLength={300}
                  onChange={(e) => setDraft(e.target.value)}
                  onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                />
                <button type="submit">{t('library.save')}</button>
                <button type="button" className="quiet" onClick={() => setRenaming(null)}>
                  {t('library.cancel')}
                </button>
              </form>
            ) : (
              <>
                <button
                  type="button"
                  className="article-open"
                  aria-current={a.id === openId ? 'page' : undefined}
                  onClick={() => onOpen(a.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'F2') {
                      setDraft(a.title);
                      setRenaming(a.id);
                    } else if (e.key === 'Delete') {
                      void onDelete(a);
                    }
                  }}
                >
                  <span className="article-title" title={a.title}>
                    {a.title}
                  </span>
                  <span className="article-meta">
                    {date.format(new Date(a.importedAt))} · {t('library.sentences', { count: a.sentenceCount })} ·{' '}
                    <abbr title={t('library.languages', { from: t(`languages.names.${a.sourceLang}`, { defaultValue: a.sourceLang }), to: t(`languages.names.${a.targetLang}`, { defaultValue: a.targetLang }) })}>
                      {a.sourceLang}→{a.targetLang}
                    </abbr>
                  </span>
                  {a.snippet && (
                    <span className="article-snippet">
                      <Highlighted text={a.snippet} />
                    </span>
                  )}
                </button>
                <span className="article-actions">
                  <button
                    type="button"
                    className="quiet"
                    aria-label={t('library.renameArticle', { title: a.title })}
                    title={t('library.rename')}
                    onClick={() => {
                      setDraft(a.title);
                      setRenaming(a.id);
                    }}
                  >
                    <Icon name="edit" />
                  </button>
                  <button
                    type="button"
                    className="quiet"
                    aria-label={t('library.deleteArticle', { title: a.title })}
                    title={t('library.delete')}
                    onClick={() => void onDelete(a)}
                  >
                    <Icon name="trash" />
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
        {hidden > 0 && (
          <li className="more">
            <button ref={more} type="button" className="quiet" onClick={() => setLimit((l) => l + PAGE)}>
              {t('library.showMore', { count: Math.min(PAGE, hidden), total: hidden })}
            </button>
          </li>
        )}
      </ul>
    </nav>
  );
}
