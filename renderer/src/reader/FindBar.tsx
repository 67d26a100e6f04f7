import { useTranslation } from 'react-i18next';

type Props = {
  query: string;
  onQuery: (q: string) => void;
  count: number;
  index: number;
  onNext: () => void;
  onPrevious: () => void;
  onClose: () => void;
};

/** Find in this article (Ctrl/Cmd+F), in both languages. */
export function FindBar({ query, onQuery, count, index, onNext, onPrevious, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <div className="find-bar" role="search">
      <input
        autoFocus
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) onPrevious();
            else onNext();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="meta" aria-live="polite">
        {query.trim() ? (count ? t('find.count', { index: index + 1, count }) : t('find.none')) : ''}
      </span>
      <button type="button" className="quiet" onClick={onPrevious} aria-label={t('find.previous')} disabled={!count}>
        ↑
      </button>
      <button type="button" className="quiet" onClick={onNext} aria-label={t('find.next')} disabled={!count}>
        ↓
      </button>
      <button type="button" className="quiet" onClick={onClose} aria-label={t('find.close')}>
        ×
      </button>
    </div>
  );
}
