import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, EnginesState, Note, SentenceTranslation, Settings } from '../../../core/api';
import { ENGINE_IDS, isEngineId } from '../../../core/contract';
import { glosa } from '../api';
import { DownloadStatus } from '../components/DownloadStatus';
import { EngineSetup } from '../components/EngineSetup';
import { LanguageControls } from './LanguageControls';
import { usePairModel } from './usePairModel';
import { useDownload } from '../useDownload';
import type { Progress, useTranslations } from '../useTranslations';
import { FindBar } from './FindBar';
import { NoteEditor, type NoteDraft } from './NoteEditor';
import { type Row, articleRows, foldForSearch, splitMatches } from './rows';
import { SelectionToolbar, type SelectionInfo } from './SelectionToolbar';
import { ShortcutsSheet } from './ShortcutsSheet';
import { useEditHistory } from './useEditHistory';
import { useVirtualRows } from './useVirtualRows';
import { ViewControls } from './ViewControls';

type Props = {
  article: Article | null;
  loading: boolean;
  engines: EnginesState | null;
  translations: ReturnType<typeof useTranslations>;
  notes: Note[];
  onNotesChanged: () => void;
  settings: Settings;
  onSettings: (changes: Partial<Settings>) => Promise<void>;
  onOpenSettings: () => void;
  onError: (error: unknown) => void;
  onAddToGlossary?: (text: string, n: number) => void;
  focusRequest: { n: number; at: number } | null;
  /** Told the current sentence whenever it changes, so that the place can be kept. */
  onPlace?: (n: number | null) => void;
  /** The reader corrects the article's language or chooses the one it is read in. */
  onLanguages?: (sourceLang: string, targetLang: 'en' | 'es') => void;
};

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)));
}

export function Reader(props: Props) {
  const { article, loading, engines, translations, notes, settings, onSettings, onError, focusRequest } = props;
  const { t, i18n } = useTranslation();
  const [active, setActive] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState(0);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [noteDraft, setNoteDraft] = useState<NoteDraft | null>(null);
  const [selection, setSelection] = useState<SelectionInfo | null>(null);
  const scrollRef = useRef<HTMLElement>(null);
  const panesRef = useRef<HTMLDivElement>(null);
  const { state, progress, unavailable, actions } = translations;
  const layout = settings.layout;

  const rows = useMemo(() => (article ? articleRows(article, settings.showBoilerplate) : []), [article, settings.showBoilerplate]);
  const indexOfN = useMemo(() => new Map(rows.map((r, i) => [r.n, i])), [rows]);
  const byN = useMemo(() => new Map((state?.sentences ?? []).map((s) => [s.n, s])), [state]);
  const notesByN = useMemo(() => {
    const map = new Map<number, Note[]>();
    for (const note of notes) map.set(note.n, [...(map.get(note.n) ?? []), note]);
    return map;
  }, [notes]);
  const charsPerLine = layout === 'side' ? 55 : 100;
  const estimate = useCallback(
    (i: number) => {
      const row = rows[i];
      const lines = Math.max(1, Math.ceil((row?.text.length ?? 60) / charsPerLine));
      return lines * settings.fontSize * settings.lineHeight * (layout === 'interleaved' ? 2 : 1) + (row?.lastInParagraph ? settings.fontSize : 0);
    },
    [rows, charsPerLine, settings.fontSize, settings.lineHeight, layout],
  );
  const virtual = useVirtualRows(rows.length, estimate, scrollRef, panesRef, `${article?.id}:${layout}:${settings.fontSize}:${settings.lineHeight}:${settings.showBoilerplate}`);

  const applyEdit = useCallback(
    async (n: number, text: string | null) => {
      if (!article) return;
      const result = text === null ? await glosa.revertTranslation({ id: article.id, n }) : await glosa.editTranslation({ id: article.id, n, text });
      actions.replace(result);
    },
    [article, actions],
  );
  const history = useEditHistory(applyEdit);

  useEffect(() => {
    setActive(null);
    setEditing(null);
    setSelection(null);
    history.reset();
    scrollRef.current?.scrollTo({ top: 0 });
  }, [article?.id, history.reset]);

  const moveTo = useCallback(
    (n: number) => {
      setActive(n);
      const index = indexOfN.get(n);
      if (index !== undefined) virtual.scrollToRow(index);
    },
    [indexOfN, virtual],
  );

  // Each request moves the cursor once: moveTo changes with every layout, and the reader
  // must not be pulled back to an old request when they move on.
  const handledRequest = useRef<number | null>(null);
  useEffect(() => {
    if (!focusRequest || handledRequest.current === focusRequest.at) return;
    handledRequest.current = focusRequest.at;
    moveTo(focusRequest.n);
  }, [focusRequest, moveTo]);

  const { onPlace } = props;
  useEffect(() => {
    if (active !== null) onPlace?.(active);
  }, [active, onPlace]);

  // Find in the article: both languages, case- and accent-insensitive.
  const matches = useMemo(() => {
    const q = foldForSearch(query.trim());
    if (!q) return [];
    return rows.filter((r) => foldForSearch(r.text).includes(q) || foldForSearch(byN.get(r.n)?.text ?? '').includes(q)).map((r) => r.n);
  }, [query, rows, byN]);
  useEffect(() => {
    if (matches.length) moveTo(matches[Math.min(matchIndex, matches.length - 1)]!);
  }, [matches, matchIndex, moveTo]);

  const saveEdit = useCallback(
    async (n: number, text: string) => {
      const current = byN.get(n);
      const before = current?.state === 'edited' ? current.text : null;
      const trimmed = text.trim();
      setEditing(null);
      if (!trimmed || trimmed === (current?.text ?? '')) return;
      try {
        await applyEdit(n, trimmed);
        history.record({ n, before, after: trimmed });
      } catch (error) {
        onError(error);
      }
    },
    [byN, applyEdit, history, onError],
  );

  const revert = useCallback(
    async (n: number) => {
      const current = byN.get(n);
      setEditing(null);
      if (current?.state !== 'edited') return;
      try {
        await applyEdit(n, null);
        history.record({ n, before: current.text, after: null });
      } catch (error) {
        onError(error);
      }
    },
    [byN, applyEdit, history, onError],
  );

  const fixTerm = useCallback(
    async (n: number, entryId: number) => {
      if (!article) return;
      const before = byN.get(n);
      try {
        const result = await glosa.fixTerm({ id: article.id, n, entryId });
        actions.replace(result);
        history.record({ n, before: before?.state === 'edited' ? before.text : null, after: result.text });
      } catch (error) {
        onError(error);
      }
    },
    [article, byN, actions, history, onError],
  );
  const missing = useMemo(() => (state?.sentences ?? []).filter((s) => s.state === 'done' && s.terms.some((term) => !term.ok)).map((s) => s.n), [state]);

  // The reader's keyboard: sentence by sentence, edit, undo and redo, find, notes, help.
  useEffect(() => {
    if (!article) return;
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setFindOpen(true);
        return;
      }
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void (event.shiftKey ? history.redo() : history.undo()).then((n) => n !== null && moveTo(n), onError);
        return;
      }
      if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        void history.redo().then((n) => n !== null && moveTo(n), onError);
        return;
      }
      if (mod || event.altKey) return;
      const index = active === null ? -1 : (indexOfN.get(active) ?? -1);
      if (event.key === 'j' || event.key === 'ArrowDown') {
        event.preventDefault();
        const next = rows[Math.min(rows.length - 1, index + 1)];
        if (next) moveTo(next.n);
      } else if (event.key === 'k' || event.key === 'ArrowUp') {
        event.preventDefault();
        const prev = rows[Math.max(0, index - 1)];
        if (prev) moveTo(prev.n);
      } else if (event.key === 'Enter' && active !== null && state?.engine) {
        event.preventDefault();
        setEditing(active);
      } else if (event.key === 'n' && active !== null) {
        event.preventDefault();
        setNoteDraft({ n: active, side: 'source', quote: null });
      } else if (event.key === '?') {
        event.preventDefault();
        setShortcutsOpen(true);
      } else if (event.key === 'Escape') {
        setSelection(null);
        setActive(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [article, active, rows, indexOfN, moveTo, history, state?.engine, onError]);

  // Keep the keyboard cursor's sentence focused, so that screen readers follow it.
  useEffect(() => {
    if (active === null || editing !== null) return;
    const el = panesRef.current?.querySelector<HTMLElement>(`[data-pane="source"] [data-seg="${active}"], [data-pane="both"] [data-seg="${active}"]`);
    if (el && document.activeElement !== el && !isTyping(document.activeElement)) el.focus({ preventScroll: true });
  }, [active, editing, virtual.range]);

  // The sentences on screen are translated first.
  const [from0, to0] = virtual.range;
  const prioritise = useRef(actions.prioritise);
  prioritise.current = actions.prioritise;
  const hasEngine = Boolean(state?.engine);
  useEffect(() => {
    if (!hasEngine) return;
    const timer = window.setTimeout(() => prioritise.current(rows.slice(from0, to0 + 1).map((r) => r.n)), 150);
    return () => window.clearTimeout(timer);
  }, [from0, to0, hasEngine, rows]);

  const onSelectionEnd = useCallback(() => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return setSelection(null);
    const text = sel.toString().trim();
    const anchor = (sel.anchorNode instanceof Element ? sel.anchorNode : sel.anchorNode?.parentElement)?.closest<HTMLElement>('[data-seg]');
    if (!text || !anchor) return setSelection(null);
    const side = anchor.closest('[data-pane="target"]') || anchor.dataset.side === 'target' ? 'target' : 'source';
    const rect = sel.getRangeAt(0).getBoundingClientRect();
    setSelection({ text, n: Number(anchor.dataset.seg), side, x: rect.left + rect.width / 2, y: rect.top });
  }, []);

  if (!article) {
    return (
      <main className="reader reader-empty">
        <p className="empty">{loading ? t('reader.loading') : t('reader.nothingOpen')}</p>
      </main>
    );
  }

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(article.importedAt));
  const hasBoilerplate = article.paragraphs.some((p) => p.role === 'boilerplate');
  const noEngine = state !== null && state.engine === null;
  const [from, to] = virtual.range;
  const visibleRows = rows.slice(from, to + 1).map((row, k) => ({ row, index: from + k }));
  const cellProps = { active, setActive, query, notesByN };

  const sourceCells = (pane: 'source' | 'both') =>
    visibleRows.map(({ row, index }) => (
      <SourceCell key={row.n} row={row} top={virtual.offsetOf(index)} measure={virtual.measure(index, pane)} terms={byN.get(row.n)?.terms} {...cellProps} />
    ));
  const targetCell = (row: Row, top: number | null, measure: ((el: HTMLElement | null) => void) | null) => (
    <TargetCell
      key={row.n}
      row={row}
      top={top}
      measure={measure}
      translation={byN.get(row.n)}
      editing={editing === row.n}
      onEdit={() => setEditing(row.n)}
      onSave={(text) => void saveEdit(row.n, text)}
      onCancel={() => setEditing(null)}
      onRevert={() => void revert(row.n)}
      onRetry={() => void actions.retry(row.n)}
      onFixTerm={(entryId) => void fixTerm(row.n, entryId)}
      {...cellProps}
    />
  );
  const targetCells = visibleRows.map(({ row, index }) => targetCell(row, virtual.offsetOf(index), virtual.measure(index, 'target')));

  return (
    <main
      className="reader"
      ref={scrollRef}
      style={{ '--reading-size': `${settings.fontSize}px`, '--reading-leading': settings.lineHeight } as React.CSSProperties}
      onMouseUp={onSelectionEnd}
      onKeyUp={(e) => e.shiftKey && onSelectionEnd()}
    >
      <header className="reader-head">
        <h2>{article.title}</h2>
        <p className="meta">
          {t('reader.importedOn', { date })} · {article.sourceName ? t('reader.from', { name: article.sourceName }) : t('reader.pasted')}
        </p>
        <div className="reader-controls">
          <LanguageControls article={article} via={state?.via ?? null} onChange={(from, to) => props.onLanguages?.(from, to)} />
          <label className="inline-field">
            {t('reader.engine')}{' '}
            <select value={state?.engineChoice ?? ''} onChange={(e) => void actions.setEngine(isEngineId(e.target.value) ? e.target.value : null)}>
              <option value="">{t('reader.engineDefault', { engine: state?.engine ? t(`engines.${state.engine}`) : t('engines.none') })}</option>
              {ENGINE_IDS.map((id) => (
                <option key={id} value={id}>
                  {t(`engines.${id}`)}
                </option>
              ))}
            </select>
          </label>
          <ViewControls settings={settings} onChange={onSettings} hasBoilerplate={hasBoilerplate} />
          <button type="button" className="quiet" onClick={() => setShortcutsOpen(true)} aria-label={t('shortcuts.open')}>
            ?
          </button>
        </div>
        {state?.engine === 'apertium' && <OpusOffer from={article.sourceLang} to={article.targetLang} />}
        {progress && <TranslationProgress progress={progress} onCancel={() => void actions.cancel()} />}
        {missing.length > 0 && !progress?.running && (
          <div className="notice">
            {t('glossary.misses', { count: missing.length })}{' '}
            <button
              type="button"
              onClick={async () => {
                try {
                  await glosa.retranslateSentences({ id: article.id, ns: missing });
                  await actions.refresh();
                } catch (error) {
                  onError(error);
                }
              }}
            >
              {t('glossary.retranslate', { count: missing.length })}
            </button>
          </div>
        )}
      </header>
      {/* Outside the header, so that it stays in view while the article scrolls under it. */}
      {findOpen && (
        <FindBar
          query={query}
          onQuery={(q) => {
            setQuery(q);
            setMatchIndex(0);
          }}
          count={matches.length}
          index={Math.min(matchIndex, Math.max(0, matches.length - 1))}
          onNext={() => setMatchIndex((i) => (matches.length ? (i + 1) % matches.length : 0))}
          onPrevious={() => setMatchIndex((i) => (matches.length ? (i - 1 + matches.length) % matches.length : 0))}
          onClose={() => {
            setFindOpen(false);
            setQuery('');
          }}
        />
      )}
      <div className={`panes layout-${layout}`} ref={panesRef} style={{ height: virtual.total }}>
        {layout === 'interleaved' ? (
          <section className="pane" data-pane="both" aria-label={t('reader.interleaved')}>
            {visibleRows.map(({ row, index }) => (
              <div key={row.n} className="pair" style={{ top: virtual.offsetOf(index) }} ref={virtual.measure(index, 'both')}>
                <SourceCell row={row} top={null} measure={null} terms={byN.get(row.n)?.terms} {...cellProps} />
                {targetCell(row, null, null)}
              </div>
            ))}
          </section>
        ) : (
          <>
            {layout !== 'translation' && (
              <section className="pane" data-pane="source" aria-label={t('reader.source')} lang={article.sourceLang}>
                {sourceCells('source')}
              </section>
            )}
            {layout !== 'source' && (
              <section className="pane pane-translation" data-pane="target" aria-label={t('reader.translation')} lang={article.targetLang}>
                {noEngine ? (
                  <EngineSetup
                    engines={engines}
                    choice={state.engineChoice}
                    onOpenSettings={props.onOpenSettings}
                    problem={unavailable}
                    pair={{ from: article.sourceLang, to: article.targetLang }}
                    pairOnly={state.engineChoice === null && !!engines?.automatic}
                  />
                ) : (
                  <>
                    {unavailable && <p className="notice notice-error">{unavailable}</p>}
                    {targetCells}
                  </>
                )}
              </section>
            )}
          </>
        )}
      </div>
      {selection && (
        <SelectionToolbar
          selection={selection}
          articleId={article.id}
          sourceText={rows.find((r) => r.n === selection.n)?.text ?? ''}
          translation={byN.get(selection.n)?.text ?? null}
          onNote={() => {
            setNoteDraft({ n: selection.n, side: selection.side, quote: selection.text });
            setSelection(null);
          }}
          onGlossary={
            props.onAddToGlossary
              ? () => {
                  props.onAddToGlossary!(selection.text, selection.n);
                  setSelection(null);
                }
              : undefined
          }
          onClose={() => setSelection(null)}
          onError={onError}
        />
      )}
      <NoteEditor
        draft={noteDraft}
        onClose={() => setNoteDraft(null)}
        onSave={async (draft, body) => {
          try {
            await glosa.addNote({ id: article.id, n: draft.n, side: draft.side, quote: draft.quote, body });
            setNoteDraft(null);
            props.onNotesChanged();
          } catch (error) {
            onError(error);
          }
        }}
      />
      <ShortcutsSheet open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </main>
  );
}

type CellCommon = {
  row: Row;
  /** The glossary's view of this sentence: terms found in the Spanish, checked in the English. */
  terms?: SentenceTranslation['terms'];
  top: number | null;
  measure: ((el: HTMLElement | null) => void) | null;
  active: number | null;
  setActive: (n: number) => void;
  query: string;
  notesByN: Map<number, Note[]>;
};

type TermRange = { start: number; end: number; title: string; miss: boolean };

/** Text with glossary terms marked (their entry on hover) and find matches highlighted. */
function Highlight({ text, query, terms = [] }: { text: string; query: string; terms?: TermRange[] }) {
  const pieces: React.ReactNode[] = [];
  let at = 0;
  const plain = (chunk: string, key: string) =>
    splitMatches(chunk, query).map((part, i) => (part.match ? <mark key={`${key}${i}`}>{part.text}</mark> : <span key={`${key}${i}`}>{part.text}</span>));
  for (const [i, term] of [...terms].sort((a, b) => a.start - b.start).entries()) {
    if (term.start < at) continue;
    pieces.push(...plain(text.slice(at, term.start), `p${i}`));
    pieces.push(
      <span key={`t${i}`} className={term.miss ? 'term term-miss' : 'term'} title={term.title}>
        {plain(text.slice(term.start, term.end), `t${i}`)}
      </span>,
    );
    at = term.end;
  }
  pieces.push(...plain(text.slice(at), 'end'));
  return <>{pieces}</>;
}

function cellClass(row: Row, extra = ''): string {
  return `seg-row role-${row.role}${row.firstInParagraph ? ' para-start' : ''}${row.lastInParagraph ? ' para-end' : ''} ${extra}`;
}

function NoteMarker({ notes, side }: { notes: Note[] | undefined; side: 'source' | 'target' }) {
  const { t } = useTranslation();
  const mine = notes?.filter((n) => n.side === side) ?? [];
  if (!mine.length) return null;
  return (
    <a className="note-marker" href={`#note-${mine[0]!.id}`} title={mine.map((n) => n.body).join('\n')} aria-label={t('notes.marker', { count: mine.length })}>
      {mine.length}
    </a>
  );
}

function SourceCell({ row, top, measure, active, setActive, query, notesByN, terms }: CellCommon) {
  const { t } = useTranslation();
  const Tag = row.role === 'heading' ? 'h3' : 'div';
  const ranges = (terms ?? []).map((term) => ({ start: term.start, end: term.end, miss: !term.ok, title: t('glossary.termTitle', { source: term.source, target: term.target, mode: t(`glossary.modes.${term.mode}`) }) }));
  return (
    <Tag
      ref={measure ?? undefined}
      className={cellClass(row, 'seg source-seg')}
      style={top === null ? undefined : { top }}
      data-seg={row.n}
      tabIndex={-1}
      aria-current={active === row.n ? 'true' : undefined}
      onMouseMove={() => active !== row.n && setActive(row.n)}
      onFocus={() => setActive(row.n)}
    >
      <Highlight text={row.text} query={query} terms={ranges} />
      <NoteMarker notes={notesByN.get(row.n)} side="source" />
    </Tag>
  );
}

type TargetProps = CellCommon & {
  onFixTerm: (entryId: number) => void;
  translation: SentenceTranslation | undefined;
  editing: boolean;
  onEdit: () => void;
  onSave: (text: string) => void;
  onCancel: () => void;
  onRevert: () => void;
  onRetry: () => void;
};

function TargetCell({ row, top, measure, active, setActive, query, notesByN, translation, editing, onEdit, onSave, onCancel, onRevert, onRetry, onFixTerm }: TargetProps) {
  const { t } = useTranslation();
  const checks = translation?.terms ?? [];
  const ranges = checks.flatMap((term) => {
    const at = term.ok ? term.targetRange : null;
    return at ? [{ ...at, miss: false, title: t('glossary.termTitle', { source: term.source, target: term.target, mode: t(`glossary.modes.${term.mode}`) }) }] : [];
  });
  const misses = checks.filter((term) => !term.ok);
  const state = translation?.state ?? 'pending';
  const Tag = row.role === 'heading' && !editing ? 'h3' : 'div';
  return (
    <Tag
      ref={measure ?? undefined}
      className={cellClass(row, `seg target-seg seg-${state}`)}
      style={top === null ? undefined : { top }}
      data-seg={row.n}
      data-side="target"
      data-state={state}
      tabIndex={-1}
      title={translation?.unknownWords.length ? t('reader.unknownWords', { words: translation.unknownWords.join(', ') }) : undefined}
      aria-current={active === row.n ? 'true' : undefined}
      onMouseMove={() => active !== row.n && setActive(row.n)}
      onFocus={() => setActive(row.n)}
      onDoubleClick={() => (state === 'done' || state === 'edited') && onEdit()}
    >
      {editing ? (
        <SentenceEditor initial={translation?.text ?? ''} machine={translation?.machineText ?? null} edited={state === 'edited'} onSave={onSave} onCancel={onCancel} onRevert={onRevert} />
      ) : state === 'done' || state === 'edited' ? (
        <>
          <Highlight text={translation!.text ?? ''} query={query} terms={ranges} />
          {state === 'edited' && <span className="visually-hidden"> ({t('reader.edited')})</span>}
          {misses.map((term) => (
            <span key={term.entryId} className="term-flag">
              {' '}
              <button type="button" className="link" onClick={() => onFixTerm(term.entryId)} title={t('glossary.missTitle', { source: term.source, target: term.target })}>
                {t('glossary.fix', { target: term.target })}
              </button>
            </span>
          ))}
        </>
      ) : state === 'failed' ? (
        <span className="seg-failure">
          {t('reader.failed', { reason: translation?.error ?? '' })}{' '}
          <button type="button" className="link" onClick={onRetry}>
            {t('reader.retry')}
          </button>
        </span>
      ) : row.role === 'boilerplate' ? (
        <span className="placeholder">
          {t('reader.notTranslated')}{' '}
          <button type="button" className="link" onClick={onRetry}>
            {t('reader.translateThis')}
          </button>
        </span>
      ) : (
        <span className="placeholder" aria-label={t(`reader.state.${state}`)}>
          …
        </span>
      )}
      {!editing && <NoteMarker notes={notesByN.get(row.n)} side="target" />}
    </Tag>
  );
}

function SentenceEditor({ initial, machine, edited, onSave, onCancel, onRevert }: { initial: string; machine: string | null; edited: boolean; onSave: (text: string) => void; onCancel: () => void; onRevert: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  return (
    <div className="sentence-editor">
      <textarea
        autoFocus
        aria-label={t('reader.editLabel')}
        value={text}
        rows={Math.max(2, Math.ceil(text.length / 60))}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            onSave(text);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <div className="row">
        <button type="button" onClick={() => onSave(text)}>
          {t('reader.save')}
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          {t('reader.cancel')}
        </button>
        {edited && machine && (
          <button type="button" className="quiet" onClick={onRevert} title={machine}>
            {t('reader.revert')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The offer of the Opus-MT model for the article's pair, where the manifest has one and it is not installed. */
function OpusOffer({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const download = useDownload();
  const modelId = usePairModel(from, to).model?.id ?? null;
  if (!modelId) return null;
  return (
    <div className="notice offer">
      {t('reader.opusOffer')}{' '}
      {!download.progress && !download.connecting && (
        <button type="button" onClick={() => download.start(() => glosa.downloadModel({ id: modelId }))}>
          {t('models.download')}
        </button>
      )}
      <DownloadStatus download={download} onCancel={() => void glosa.cancelDownload({ id: modelId })} />
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
