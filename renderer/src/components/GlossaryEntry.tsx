import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryItem, TermOccurrence } from '../../../core/api';
import { GLOSSARY_MODES, TERM_KINDS, type TermKind } from '../../../core/contract';
import { glosa } from '../api';

/** One glossary entry opened: its spellings, target, kind, mode and scope to edit, and where it occurs. */
export function KindSelect({ value, onChange }: { value: TermKind; onChange: (kind: TermKind) => void }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      {t('glossary.kind')}
      <select value={value} onChange={(e) => onChange(TERM_KINDS.find((k) => k === e.target.value) ?? 'term')}>
        {TERM_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`glossary.kinds.${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

type DetailsProps = {
  item: GlossaryItem;
  openArticleId: number | null;
  run: (action: () => Promise<unknown>) => Promise<void>;
  onJump: (articleId: number, n: number) => void;
  onError: (error: unknown) => void;
};

export function EntryDetails({ item, openArticleId, run, onJump, onError }: DetailsProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(item.target);
  const [kind, setKind] = useState(item.kind);
  const [note, setNote] = useState(item.note);
  const [mode, setMode] = useState(item.mode);
  const [scope, setScope] = useState<number | null>(item.scopeArticleId);
  const [occurrences, setOccurrences] = useState<TermOccurrence[] | null>(null);
  const changes = { target, kind, note, mode, scopeArticleId: scope };

  return (
    <div className="entry-details">
      <label className="field">
        {t('glossary.target')}
        <input value={target} onChange={(e) => setTarget(e.target.value)} />
      </label>
      <KindSelect value={kind} onChange={setKind} />
      <label className="field">
        {t('glossary.mode')}
        <select value={mode} onChange={(e) => setMode(GLOSSARY_MODES.find((m) => m === e.target.value) ?? 'enforce')}>
          {GLOSSARY_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`glossary.modes.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('glossary.scope')}
        <select value={scope === null ? 'all' : String(scope)} onChange={(e) => setScope(e.target.value === 'all' ? null : Number(e.target.value))}>
          <option value="all">{t('glossary.scopeAll')}</option>
          {(openArticleId !== null || scope !== null) && <option value={String(scope ?? openArticleId)}>{t('glossary.scopeThis')}</option>}
        </select>
      </label>
      <label className="field">
        {t('glossary.note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="row">
        {item.id === null ? (
          <button type="button" onClick={() => void run(() => glosa.decideSuggestion({ key: item.key, status: 'accepted', ...changes }))}>
            {t('glossary.accept')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => void run(() => glosa.updateGlossaryEntry({ id: item.id!, ...changes }))}>
              {t('glossary.save')}
            </button>
            {item.status === 'rejected' ? (
              <button type="button" className="quiet" onClick={() => void run(() => glosa.updateGlossaryEntry({ id: item.id!, status: 'accepted' }))}>
                {t('glossary.accept')}
              </button>
            ) : (
              <button type="button" className="quiet" onClick={() => void run(() => glosa.updateGlossaryEntry({ id: item.id!, status: 'rejected' }))}>
                {t('glossary.reject')}
              </button>
            )}
            <button type="button" className="quiet" onClick={() => void run(() => glosa.deleteGlossaryEntry({ id: item.id! }))}>
              {t('glossary.delete')}
            </button>
          </>
        )}
      </div>
      <p className="meta">{t('glossary.spellingsOf')}</p>
      <ul className="variants">
        {item.variants.map((v) => (
          <li key={v}>
            {v}
            {item.id !== null && item.variants.length > 1 && (
              <button type="button" className="link" onClick={() => void run(() => glosa.splitGlossaryEntry({ id: item.id!, form: v }))}>
                {t('glossary.split')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {occurrences === null ? (
        <button type="button" className="link" onClick={() => glosa.termOccurrences({ variants: item.variants, target: item.target, kind: item.kind }).then(setOccurrences, onError)}>
          {t('glossary.showOccurrences')}
        </button>
      ) : (
        <ul className="occurrences">
          {occurrences.map((o) => (
            <li key={`${o.articleId}:${o.n}`} className={o.ok === false ? 'inconsistent' : undefined}>
              <button type="button" className="link" onClick={() => onJump(o.articleId, o.n)}>
                {o.title} · {t('notes.sentence', { n: o.n + 1 })}
              </button>
              <span className="meta"> {o.form}</span>
              {o.translation && (
                <span className="rendering">
                  {o.ok ? '✓ ' : `${t('glossary.differs')} `}
                  {o.translation}
                </span>
              )}
            </li>
          ))}
          {occurrences.length === 0 && <li className="empty">{t('glossary.noOccurrences')}</li>}
        </ul>
      )}
    </div>
  );
}
