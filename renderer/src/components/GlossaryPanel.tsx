import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryItem } from '../../../core/api';
import { TERM_KINDS, type TermKind } from '../../../core/contract';
import { ApiCallError, glosa } from '../api';
import { ambiguousSpellings } from '../glossary/ambiguity';
import { asWritten } from '../../../core/text/case';
import { defaultTarget, knownEntry, looksLikeName } from '../glossary/defaultTarget';
import { KindSelect } from './GlossaryEntry';
import { GlossaryRow } from './GlossaryRow';
import { wordMessage } from '../messages';

type Tab = 'suggested' | 'accepted' | 'rejected';

type Props = {
  openArticleId: number | null;
  onChanged: () => void;
  onJump: (articleId: number, n: number) => void;
  onError: (error: unknown) => void;
  /** Words the reader selected and asked to add. */
  addRequest: { text: string; at: number } | null;
  /** Changes when articles are imported or deleted: the suggestions are read again. */
  libraryRevision?: number;
  /** The language the open article is read in: an entry added from it is written in that language. */
  openArticleTarget?: 'en' | 'es';
};

/** The region named "Glossary": suggestions to decide on, and the reader's entries. */
const isTermKind = (value: string): value is TermKind => (TERM_KINDS as readonly string[]).includes(value);

export function GlossaryPanel({ openArticleId, onChanged, onJump, onError, addRequest, libraryRevision = 0, openArticleTarget }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('suggested');
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<GlossaryItem[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [kindFilter, setKindFilter] = useState<TermKind | ''>('');
  const [sort, setSort] = useState<'useful' | 'alpha' | 'frequent'>('useful');
  const [bulk, setBulk] = useState<{ done: number; total: number } | null>(null);
  const [confirming, setConfirming] = useState<'accepted' | 'rejected' | null>(null);
  const [inArticle, setInArticle] = useState(false);
  const [mergeWarning, setMergeWarning] = useState<{ spelling: string; alsoIn: string[] }[] | null>(null);
  const [draft, setDraft] = useState<{ source: string; target: string; kind: TermKind } | null>(null);

  // Lists can come back out of order (a tab switch races an accept): show the last asked for.
  const latest = useRef(0);
  const refresh = useCallback(() => {
    const ticket = ++latest.current;
    glosa.listGlossary({ status: tab, ...(query.trim() ? { query } : {}) }).then((list) => ticket === latest.current && setItems(list), onError);
  }, [tab, query, onError]);
  useEffect(() => {
    const timer = window.setTimeout(refresh, query ? 150 : 0);
    return () => window.clearTimeout(timer);
  }, [refresh, query, libraryRevision]);

  useEffect(() => {
    if (!addRequest) return;
    const text = addRequest.text;
    setDraft({ source: text, target: '', kind: looksLikeName(text) ? 'person' : 'term' });
    // A name keeps its spelling (or the one the glossary already uses); a term starts from the engine's English.
    void (async () => {
      const known = await glosa.listGlossary({ query: text }).catch(() => []);
      const kind = knownEntry(text, known)?.kind;
      const target = defaultTarget(text, known) ?? (await glosa.translateText({ text, ...(openArticleId ? { id: openArticleId } : {}) }).then((r) => asWritten(text, r.text) ?? '', () => ''));
      setDraft((d) => (d && d.source === text && !d.target ? { ...d, target, kind: kind ?? d.kind } : d));
    })();
  }, [addRequest, openArticleId]);

  // The list as shown: one kind or all, in the order the reader chose.
  const shown = useMemo(() => {
    const kept = items.filter((i) => (!kindFilter || i.kind === kindFilter) && (!inArticle || openArticleId === null || i.articleIds.includes(openArticleId)));
    if (sort === 'alpha') return [...kept].sort((a, b) => a.canonical.localeCompare(b.canonical, undefined, { sensitivity: 'base' }));
    if (sort === 'frequent') return [...kept].sort((a, b) => b.count - a.count);
    return kept;
  }, [items, kindFilter, sort, inArticle, openArticleId]);

  /** Accepts or rejects every suggestion shown, one after another, saying how far it has got. */
  const decideAll = async (status: 'accepted' | 'rejected') => {
    const keys = shown.filter((i) => i.status === 'suggested').map((i) => i.key);
    setConfirming(null);
    setBulk({ done: 0, total: keys.length });
    try {
      for (const [n, key] of keys.entries()) {
        await glosa.decideSuggestion({ key, status }).catch((error: unknown) => {
          // A suggestion gone meanwhile (merged by another) is no reason to stop.
          if (!(error instanceof ApiCallError && error.reason?.key === 'suggestionGone')) throw error;
        });
        setBulk({ done: n + 1, total: keys.length });
      }
    } catch (error) {
      onError(error);
    } finally {
      setBulk(null);
      refresh();
      onChanged();
    }
  };

  // Stable across renders, so that the memoised rows are drawn again only when their item changes.
  const latestCallbacks = useRef({ refresh, onChanged, onError, onJump });
  latestCallbacks.current = { refresh, onChanged, onError, onJump };
  const run = useCallback(async (action: () => Promise<unknown>) => {
    const { refresh, onChanged, onError } = latestCallbacks.current;
    try {
      await action();
      refresh();
      onChanged();
    } catch (error) {
      onError(error);
    }
  }, []);
  const jump = useCallback((articleId: number, n: number) => latestCallbacks.current.onJump(articleId, n), []);
  const fail = useCallback((error: unknown) => latestCallbacks.current.onError(error), []);
  const toggleOpen = useCallback((rowKey: string) => setOpen((o) => (o === rowKey ? null : rowKey)), []);
  const pick = useCallback((id: number, on: boolean) => setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id))), []);
  const decide = useCallback((key: string, status: 'accepted' | 'rejected') => void run(() => glosa.decideSuggestion({ key, status })), [run]);

  return (
    <aside className="glossary" aria-label={t('glossary.label')}>
      <h2>{t('glossary.label')}</h2>
      {draft && (
        <form
          className="glossary-new"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await glosa.addGlossaryEntry({ variants: draft.source.split('|'), target: draft.target, kind: draft.kind, ...(openArticleTarget ? { targetLang: openArticleTarget } : {}) });
              setDraft(null);
              setTab('accepted');
            });
          }}
        >
          <label className="field">
            {t('glossary.source')}
            <input value={draft.source} onChange={(e) => setDraft({ ...draft, source: e.target.value })} />
          </label>
          <label className="field">
            {t('glossary.target')}
            <input value={draft.target} onChange={(e) => setDraft({ ...draft, target: e.target.value })} />
          </label>
          <KindSelect value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} />
          <div className="row">
            <button type="submit" disabled={!draft.source.trim() || !draft.target.trim()}>
              {t('glossary.add')}
            </button>
            <button type="button" className="quiet" onClick={() => setDraft(null)}>
              {t('reader.cancel')}
            </button>
          </div>
        </form>
      )}
      <GlossaryFiles onImported={() => { setTab('accepted'); refresh(); onChanged(); }} onError={onError} />
      <div className="tabs" role="tablist" aria-label={t('glossary.lists')}>
        {(['suggested', 'accepted', 'rejected'] as const).map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'tab active' : 'tab'} onClick={() => setTab(name)}>
            {t(`glossary.tabs.${name}`)}
          </button>
        ))}
      </div>
      <input type="search" className="search" aria-label={t('glossary.search')} placeholder={t('glossary.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      {tab === 'accepted' && picked.length >= 2 && !mergeWarning && (
        <button
          type="button"
          onClick={async () => {
            // A spelling that also begins another name would be enforced on that person too: say so first.
            const everything = await glosa.listGlossary({}).catch(() => items);
            const ambiguous = ambiguousSpellings(items.filter((item) => item.id !== null && picked.includes(item.id)), everything);
            if (ambiguous.length) setMergeWarning(ambiguous);
            else void run(async () => (await glosa.mergeGlossaryEntries({ ids: picked }), setPicked([])));
          }}
        >
          {t('glossary.merge', { count: picked.length })}
        </button>
      )}
      {mergeWarning && (
        <div className="notice" role="alert">
          {mergeWarning.map((w) => (
            <p key={w.spelling}>{t('glossary.ambiguous', { spelling: w.spelling, names: w.alsoIn.slice(0, 3).join(', ') })}</p>
          ))}
          <button
            type="button"
            onClick={() => {
              setMergeWarning(null);
              void run(async () => (await glosa.mergeGlossaryEntries({ ids: picked }), setPicked([])));
            }}
          >
            {t('glossary.mergeAnyway')}
          </button>{' '}
          <button type="button" className="quiet" onClick={() => setMergeWarning(null)}>
            {t('reader.cancel')}
          </button>
        </div>
      )}
      <div className="glossary-tools">
        <select aria-label={t('glossary.kindFilter')} value={kindFilter} onChange={(e) => setKindFilter(isTermKind(e.target.value) ? e.target.value : '')}>
          <option value="">{t('glossary.allKinds')}</option>
          {TERM_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`glossary.kinds.${k}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('glossary.sort')} value={sort} onChange={(e) => setSort(e.target.value === 'alpha' || e.target.value === 'frequent' ? e.target.value : 'useful')}>
          <option value="useful">{t('glossary.sortUseful')}</option>
          <option value="alpha">{t('glossary.sortAlpha')}</option>
          <option value="frequent">{t('glossary.sortFrequent')}</option>
        </select>
      </div>
      {openArticleId !== null && (
        <label className="check">
          <input type="checkbox" checked={inArticle} onChange={(e) => setInArticle(e.target.checked)} /> {t('glossary.inArticle')}
        </label>
      )}
      {tab === 'suggested' && shown.length > 1 && (
        <div className="row glossary-bulk">
          {bulk ? (
            <span role="status">{t('glossary.bulkProgress', { done: bulk.done, total: bulk.total })}</span>
          ) : (
            confirming ? (
              <>
                <span>{t(confirming === 'accepted' ? 'glossary.confirmAccept' : 'glossary.confirmReject', { count: shown.length })}</span>
                <button type="button" onClick={() => void decideAll(confirming)}>
                  {t('glossary.confirmYes')}
                </button>
                <button type="button" className="quiet" onClick={() => setConfirming(null)}>
                  {t('reader.cancel')}
                </button>
              </>
            ) : (
              (['accepted', 'rejected'] as const).map((status) => (
                <button key={status} type="button" className={status === 'rejected' ? 'quiet' : undefined} onClick={() => setConfirming(status)}>
                  {t(status === 'accepted' ? 'glossary.acceptShown' : 'glossary.rejectShown', { count: shown.length })}
                </button>
              ))
            )
          )}
        </div>
      )}
      {shown.length === 0 && <p className="empty">{tab === 'suggested' ? t('glossary.empty') : t('glossary.none')}</p>}
      <ul className="glossary-list">
        {shown.map((item) => {
          const rowKey = item.key + item.id;
          return (
            <GlossaryRow
              key={item.id ?? item.key}
              item={item}
              tab={tab}
              isOpen={open === rowKey}
              picked={item.id !== null && picked.includes(item.id)}
              onToggle={toggleOpen}
              onPick={pick}
              onDecide={decide}
              // Only the open row needs the article: the others stay as they were drawn.
              openArticleId={open === rowKey ? openArticleId : null}
              run={run}
              onJump={jump}
              onError={fail}
            />
          );
        })}
      </ul>
    </aside>
  );
}

/** Import a CSV, TSV or TBX glossary (all or nothing), or export the accepted entries. */
function GlossaryFiles({ onImported, onError }: { onImported: () => void; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<{ text: string; error: boolean } | null>(null);
  const exportAs = async (format: 'csv' | 'tsv' | 'tbx') => {
    try {
      const file = await glosa.exportGlossary({ format });
      const url = URL.createObjectURL(new Blob([file.text], { type: format === 'tbx' ? 'application/xml' : 'text/plain' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      onError(error);
    }
  };
  return (
    <div className="glossary-files">
      <button type="button" className="quiet" onClick={() => input.current?.click()}>
        {t('glossary.import')}
      </button>
      {(['csv', 'tsv', 'tbx'] as const).map((format) => (
        <button key={format} type="button" className="quiet" onClick={() => void exportAs(format)}>
          {t('glossary.exportAs', { format: format.toUpperCase() })}
        </button>
      ))}
      <input
        ref={input}
        type="file"
        hidden
        data-testid="glossary-file"
        accept=".csv,.tsv,.tbx"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          try {
            const result = await glosa.importGlossary({ name: file.name, text: await file.text() });
            if (result.errors.length) setReport({ text: t('glossary.importFailed', { errors: result.errors.map((e) => wordMessage(t, e)).join(' ') }), error: true });
            else {
              setReport({ text: t('glossary.imported', { count: result.imported }), error: false });
              onImported();
            }
          } catch (error) {
            onError(error);
          }
        }}
      />
      {report && (
        <p className={`notice ${report.error ? 'notice-error' : ''}`} role="status">
          {report.text}
        </p>
      )}
    </div>
  );
}
