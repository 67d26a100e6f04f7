import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, EngineId, EnginesState, Note, Settings } from '../../../core/api';
import { glosa } from '../api';
import { EngineSetup } from '../components/EngineSetup';
import type { useTranslations } from '../useTranslations';
import { FindBar } from './FindBar';
import { NoteEditor, type NoteDraft } from './NoteEditor';
import { type Row, articleRows, settled } from './rows';
import { SelectionToolbar, type SelectionInfo } from './SelectionToolbar';
import { ShortcutsSheet } from './ShortcutsSheet';
import { useEditHistory } from './useEditHistory';
import { useVirtualRows } from './useVirtualRows';
import { SourceCell, type TargetActions, TargetCell } from './cells';
import { ReaderHead } from './ReaderHead';
import { useFind } from './useFind';
import { isTyping, useReaderKeys } from './useReaderKeys';
import { wordMessage } from '../messages';
import { type Lookup, WordLookup } from './WordLookup';
import { type WordAt, offsetIn, rangeOver, wordAtOffset, wordsOf } from './words';

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
  /** Opens another article at one of its sentences (a word's other occurrences). */
  onOpenArticle?: (articleId: number, n: number) => void;
  focusRequest: { n: number; at: number } | null;
  /** Told the current sentence whenever it changes, so that the place can be kept. */
  onPlace?: (n: number | null) => void;
  /** The reader corrects the article's language or chooses the one it is read in. */
  onLanguages?: (sourceLang: string, targetLang: 'en' | 'es') => void;
};

export function Reader(props: Props) {
  const { article, loading, engines, translations, notes, settings, onSettings, onError, focusRequest } = props;
  const { t } = useTranslation();
  const [active, setActive] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [noteDraft, setNoteDraft] = useState<NoteDraft | null>(null);
  const [selection, setSelection] = useState<SelectionInfo | null>(null);
  const [lookup, setLookup] = useState<Lookup | null>(null);
  /** How many sentences the last "translate again" did, to say what came of it. */
  const [retranslated, setRetranslated] = useState<number | null>(null);
  const scrollRef = useRef<HTMLElement>(null);
  const panesRef = useRef<HTMLDivElement>(null);
  const { state, actions } = translations;
  const unavailable = translations.unavailable && wordMessage(t, translations.unavailable);
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
      await actions.edit(n, text);
    },
    [article, actions],
  );
  const history = useEditHistory(applyEdit);

  useEffect(() => {
    setActive(null);
    setEditing(null);
    setSelection(null);
    setLookup(null);
    setRetranslated(null);
    history.reset();
    scrollRef.current?.scrollTo({ top: 0 });
  }, [article?.id, history.reset]);

  /** The look-up goes when the reader moves on or does something else with the sentence. */
  const dismissLookup = useCallback(() => {
    setLookup(null);
    if ('highlights' in CSS) CSS.highlights.delete('glosa-word');
  }, []);

  const moveTo = useCallback(
    (n: number) => {
      dismissLookup();
      setActive(n);
      const index = indexOfN.get(n);
      if (index !== undefined) virtual.scrollToRow(index);
    },
    [indexOfN, virtual, dismissLookup],
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

  const find = useFind(rows, byN, moveTo);
  const query = find.query;

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
        const result = await actions.fixTerm(n, entryId);
        if (result) history.record({ n, before: before?.state === 'edited' ? before.text : null, after: result.text });
      } catch (error) {
        onError(error);
      }
    },
    [article, byN, actions, history, onError],
  );
  // One object for every target cell, the same across renders: a memoised cell is drawn
  // again only when its own sentence, place or state changes.
  const missing = useMemo(() => (state?.sentences ?? []).filter((s) => s.state === 'done' && s.terms.some((term) => !term.ok)).map((s) => s.n), [state]);
  const latest = useRef({ saveEdit, revert, fixTerm, actions, onLanguages: props.onLanguages, onError, missing });
  latest.current = { saveEdit, revert, fixTerm, actions, onLanguages: props.onLanguages, onError, missing };
  const cellActions = useMemo<TargetActions>(
    () => ({
      edit: (n) => setEditing(n),
      save: (n, text) => void latest.current.saveEdit(n, text),
      cancel: () => setEditing(null),
      revert: (n) => void latest.current.revert(n),
      retry: (n) => void latest.current.actions.retry(n),
      fixTerm: (n, entryId) => void latest.current.fixTerm(n, entryId),
    }),
    [],
  );


  const headActions = useMemo(
    () => ({
      engine: (engine: EngineId | null) => void latest.current.actions.setEngine(engine),
      cancel: () => void latest.current.actions.cancel(),
      languages: (from: string, to: 'en' | 'es') => latest.current.onLanguages?.(from, to),
      retranslate: async () => {
        try {
          setRetranslated(await latest.current.actions.retranslate(latest.current.missing));
        } catch (error) {
          latest.current.onError(error);
        }
      },
    }),
    [],
  );

  const escape = useCallback(() => {
    setSelection(null);
    setActive(null);
    dismissLookup();
  }, [dismissLookup]);

  /** The source cell of a sentence, where its words are. */
  const sourceCellOf = useCallback((n: number) => panesRef.current?.querySelector<HTMLElement>(`[data-pane="source"] [data-seg="${n}"], [data-pane="both"] .source-seg[data-seg="${n}"]`) ?? null, []);

  /** Looks a word up, marking it in the text (a CSS highlight: no change to the text's own elements). */
  const lookUp = useCallback(
    (n: number, word: WordAt, focused: boolean) => {
      const cell = sourceCellOf(n);
      const range = cell && rangeOver(cell, word.start, word.end);
      const rect = range?.getBoundingClientRect() ?? cell?.getBoundingClientRect();
      if (range && 'highlights' in CSS) CSS.highlights.set('glosa-word', new Highlight(range));
      setActive(n);
      setSelection(null);
      setLookup({ n, ...word, x: rect ? rect.left + rect.width / 2 : 0, top: rect?.top ?? 0, bottom: rect?.bottom ?? 0, focused });
    },
    [sourceCellOf],
  );
  const closeLookup = useCallback(() => {
    if ('highlights' in CSS) CSS.highlights.delete('glosa-word');
    setLookup((current) => {
      if (current?.focused) sourceCellOf(current.n)?.focus({ preventScroll: true });
      return null;
    });
  }, [sourceCellOf]);
  /** An action of the look-up, which closes it first. */
  const closingLookup =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      closeLookup();
      action(...args);
    };
  const lookUpFirst = useCallback(
    (n: number) => {
      const first = wordsOf(rows[indexOfN.get(n) ?? -1]?.text ?? '')[0];
      if (first) lookUp(n, first, true);
    },
    [rows, indexOfN, lookUp],
  );
  /** The word before or after, into the sentence before or after at either end. */
  const moveLookup = useCallback(
    (step: -1 | 1) => {
      if (!lookup) return;
      const index = indexOfN.get(lookup.n) ?? -1;
      const words = wordsOf(rows[index]?.text ?? '');
      const at = words.findIndex((w) => w.start === lookup.start);
      const next = words[at + step];
      if (next) return lookUp(lookup.n, next, lookup.focused);
      const row = rows[index + step];
      const around = row && wordsOf(row.text);
      const word = around && (step === 1 ? around[0] : around[around.length - 1]);
      if (row && word) {
        virtual.scrollToRow(index + step);
        lookUp(row.n, word, lookup.focused);
      }
    },
    [lookup, indexOfN, rows, lookUp, virtual],
  );
  /** A plain click on a word of the source (no text selected) looks it up. */
  const onSourceClick = useCallback(
    (event: React.MouseEvent) => {
      const target = event.target as Element;
      const cell = target.closest<HTMLElement>('.source-seg');
      if (!cell || target.closest('a, button, textarea, input') || !window.getSelection()?.isCollapsed) return;
      const caret = document.caretRangeFromPoint?.(event.clientX, event.clientY);
      if (!caret || !cell.contains(caret.startContainer)) return;
      const n = Number(cell.dataset.seg);
      const word = wordAtOffset(rows[indexOfN.get(n) ?? -1]?.text ?? '', offsetIn(cell, caret.startContainer, caret.startOffset));
      if (word) lookUp(n, word, false);
    },
    [rows, indexOfN, lookUp],
  );
  const noteOn = useCallback(
    (n: number) => {
      dismissLookup();
      setNoteDraft({ n, side: 'source', quote: null });
    },
    [dismissLookup],
  );
  const editOn = useCallback(
    (n: number) => {
      dismissLookup();
      setEditing(n);
    },
    [dismissLookup],
  );
  const help = useCallback(() => setShortcutsOpen(true), []);
  useReaderKeys({
    enabled: article !== null,
    active,
    rows,
    indexOfN,
    canEdit: Boolean(state?.engine),
    moveTo,
    undo: history.undo,
    redo: history.redo,
    onFind: find.show,
    onEdit: editOn,
    onNote: noteOn,
    onLookUp: lookUpFirst,
    onWord: moveLookup,
    onHelp: help,
    onEscape: escape,
    onError,
  });

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
  const byNRef = useRef(byN);
  byNRef.current = byN;
  const hasEngine = Boolean(state?.engine);
  useEffect(() => {
    if (!hasEngine) return;
    const timer = window.setTimeout(() => {
      // Only what is still to come: a screen already translated asks nothing of the backend.
      const waiting = rows.slice(from0, to0 + 1).filter((r) => r.role !== 'boilerplate' && !settled(byNRef.current.get(r.n)?.state)).map((r) => r.n);
      if (waiting.length) prioritise.current(waiting);
    }, 150);
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

  const noEngine = state !== null && state.engine === null;
  const [from, to] = virtual.range;
  const visibleRows = rows.slice(from, to + 1).map((row, k) => ({ row, index: from + k }));
  const common = (row: Row) => ({ row, isActive: active === row.n, setActive, query, notes: notesByN.get(row.n), t });

  const sourceCells = (pane: 'source' | 'both') =>
    visibleRows.map(({ row, index }) => (
      <SourceCell key={row.n} top={virtual.offsetOf(index)} measure={virtual.measure(index, pane)} terms={byN.get(row.n)?.terms} {...common(row)} />
    ));
  const targetCell = (row: Row, top: number | null, measure: ((el: HTMLElement | null) => void) | null) => (
    <TargetCell
      key={row.n}
      top={top}
      measure={measure}
      translation={byN.get(row.n)}
      editing={editing === row.n}
      on={cellActions}
      {...common(row)}
    />
  );
  const targetCells = visibleRows.map(({ row, index }) => targetCell(row, virtual.offsetOf(index), virtual.measure(index, 'target')));

  return (
    <main
      className="reader"
      ref={scrollRef}
      style={{ '--reading-size': `${settings.fontSize}px`, '--reading-leading': settings.lineHeight } as React.CSSProperties}
      onMouseUp={onSelectionEnd}
      onClick={onSourceClick}
      onKeyUp={(e) => e.shiftKey && onSelectionEnd()}
    >
      <ReaderHead
        article={article}
        state={state}
        progress={translations.progress}
        onEngine={headActions.engine}
        onCancel={headActions.cancel}
        settings={settings}
        onSettings={onSettings}
        onLanguages={headActions.languages}
        onShortcuts={help}
        missing={missing}
        retranslated={retranslated}
        onRetranslate={headActions.retranslate}
      />
      {/* Outside the header, so that it stays in view while the article scrolls under it. */}
      {find.open && <FindBar query={find.query} onQuery={find.setQuery} count={find.matches.length} index={find.index} onNext={find.next} onPrevious={find.previous} onClose={find.close} />}
      <div className={`panes layout-${layout}`} ref={panesRef} style={{ height: virtual.total }}>
        {layout === 'interleaved' ? (
          <section className="pane" data-pane="both" aria-label={t('reader.interleaved')}>
            {visibleRows.map(({ row, index }) => (
              <div key={row.n} className="pair" style={{ top: virtual.offsetOf(index) }} ref={virtual.measure(index, 'both')}>
                <SourceCell top={null} measure={null} terms={byN.get(row.n)?.terms} {...common(row)} />
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
      {lookup && (
        <WordLookup
          lookup={lookup}
          articleId={article.id}
          sourceLang={article.sourceLang}
          onMove={moveLookup}
          onClose={closeLookup}
          onAdd={props.onAddToGlossary && closingLookup(props.onAddToGlossary)}
          onOpen={props.onOpenArticle && closingLookup(props.onOpenArticle)}
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
