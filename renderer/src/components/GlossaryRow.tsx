import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryItem } from '../../../core/api';
import { EntryDetails } from './GlossaryEntry';

type Props = {
  item: GlossaryItem;
  tab: 'suggested' | 'accepted' | 'rejected';
  isOpen: boolean;
  picked: boolean;
  onToggle: (rowKey: string) => void;
  onPick: (id: number, on: boolean) => void;
  onDecide: (key: string, status: 'accepted' | 'rejected') => void;
  /** The open article, for the open row's details; null on every other row. */
  openArticleId: number | null;
  run: (action: () => Promise<unknown>) => Promise<void>;
  onJump: (articleId: number, n: number) => void;
  onError: (error: unknown) => void;
};

/**
 * One entry of the glossary's list. Memoised: a list of hundreds is drawn again only where
 * an item changed, not when an article opens or another row is picked.
 */
export const GlossaryRow = memo(function GlossaryRow({ item, tab, isOpen, picked, onToggle, onPick, onDecide, openArticleId, run, onJump, onError }: Props) {
  const { t } = useTranslation();
  const rowKey = item.key + item.id;
  return (
    <li>
      <div className="entry-head">
        {tab === 'accepted' && item.id !== null && (
          <input type="checkbox" aria-label={t('glossary.pick', { term: item.canonical })} checked={picked} onChange={(e) => onPick(item.id!, e.target.checked)} />
        )}
        <button type="button" className="entry-open" aria-expanded={isOpen} onClick={() => onToggle(rowKey)}>
          <span className="entry-term">{item.canonical}</span> → <span className="entry-target">{item.target}</span>{' '}
          {tab !== 'suggested' && (
            <abbr className="lang-tag" title={t('glossary.targetIn', { language: t(`languages.names.${item.targetLang}`, { defaultValue: item.targetLang }) })}>
              {item.targetLang}
            </abbr>
          )}
          <span className="meta">
            {t(`glossary.kinds.${item.kind}`)} · {t('glossary.counts', { times: item.count, count: item.articleIds.length })}
            {item.variants.length > 1 && ` · ${t('glossary.spellings', { count: item.variants.length - 1 })}`}
          </span>
          {item.adjective && (
            <span className="meta entry-adjective">
              {t('glossary.adjective', { forms: item.adjective.variants.join(', '), target: item.adjective.target })}
            </span>
          )}
        </button>
        {item.status === 'suggested' && (
          <span className="row">
            <button type="button" className="decide" onClick={() => onDecide(item.key, 'accepted')} aria-label={t('glossary.acceptTerm', { term: item.canonical })} title={t('glossary.accept')}>
              <span aria-hidden="true">✓</span>
            </button>
            <button type="button" className="quiet decide" onClick={() => onDecide(item.key, 'rejected')} aria-label={t('glossary.rejectTerm', { term: item.canonical })} title={t('glossary.reject')}>
              <span aria-hidden="true">✕</span>
            </button>
          </span>
        )}
      </div>
      {isOpen && <EntryDetails item={item} openArticleId={openArticleId} run={run} onJump={onJump} onError={onError} />}
    </li>
  );
});
