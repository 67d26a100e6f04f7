import { Suspense, lazy, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleSummary, AppStatus, EnginesState, Note, Settings } from '../../core/api';
import { glosa } from './api';
import { LibraryNav } from './components/LibraryNav';
import { type SideTab, SideTabs } from './components/SideTabs';
import { type Toast, Toasts } from './components/Toasts';
import { filesFromDrop } from './files';
import { applyLanguage } from './i18n';
import { useImporting } from './useImporting';
import { useEvents } from './useEvents';
import { restorePlace, writePlace } from './place';
import { useTranslations } from './useTranslations';
import { describeError } from './messages';

const SIDE_TAB_KEY = 'glosa.sideTab';
/** More sentences than the tallest screen shows at the smallest type: an article's first load. */
const FIRST_SCREEN_SENTENCES = 200;

// The Library paints first; the reader, the side panels and the dialogs load just after.
const Reader = lazy(() => import('./reader/Reader').then((m) => ({ default: m.Reader })));
const GlossaryPanel = lazy(() => import('./components/GlossaryPanel').then((m) => ({ default: m.GlossaryPanel })));
const NotesPanel = lazy(() => import('./reader/NotesPanel').then((m) => ({ default: m.NotesPanel })));
const ImportDialog = lazy(() => import('./components/ImportDialog').then((m) => ({ default: m.ImportDialog })));
const ExportDialog = lazy(() => import('./components/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const SettingsDialog = lazy(() => import('./components/SettingsDialog').then((m) => ({ default: m.SettingsDialog })));

/**
 * The screen and the one owner of its state: the library, the open article, settings,
 * dialogs and toasts. (A little over 350 lines: the state is kept in one place on purpose;
 * each part of the screen is a component, and importing, translations and events are hooks.)
 */
export function App({ initialSettings, initialArticles }: { initialSettings: Settings; initialArticles: ArticleSummary[] }) {
  const { t } = useTranslation();
  const [articles, setArticles] = useState<ArticleSummary[]>(initialArticles);
  const [query, setQuery] = useState('');
  // A reload comes back to the article and the sentence the reader was at.
  const restored = useRef(restorePlace());
  const [openId, setOpenId] = useState<number | null>(restored.current?.id ?? null);
  const [article, setArticle] = useState<Article | null>(null);
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [engines, setEngines] = useState<EnginesState | null>(null);
  const [settings, setSettings] = useState(initialSettings);
  const [importOpen, setImportOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [dragging, setDragging] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const notify = useCallback((toast: Omit<Toast, 'id'>) => {
    const id = Date.now() + Math.random();
    setToasts((list) => [...list.slice(-3), { ...toast, id }]);
  }, []);

  const fail = useCallback((error: unknown) => {
    notify({ text: describeError(t, error), tone: 'error' });
  }, [notify, t]);

  const refresh = useCallback(async (q = query) => {
    try {
      setArticles(await glosa.listArticles(q.trim() ? { query: q } : {}));
    } catch (error) {
      fail(error);
    }
  }, [query, fail]);

  const refreshEngines = useCallback(() => {
    glosa.getEngines({}).then(setEngines, fail);
  }, [fail]);

  useEffect(() => {
    glosa.getStatus({}).then(setStatus, fail);
    refreshEngines();
  }, [fail, refreshEngines]);

  useEvents((events) => {
    if (events.some((e) => e.type === 'download-finished')) refreshEngines();
    for (const e of events) {
      if (e.type !== 'backend') continue;
      notify(e.state === 'restarted' ? { text: t('errors.backendRestarted') } : { text: t('errors.backendStopped'), tone: 'error' });
      if (e.state === 'restarted') {
        refreshEngines();
        void refresh();
      }
    }
  });

  // Translations and notes are asked for once the article is shown: its first screen comes first.
  const shownId = article !== null && article.id === openId ? openId : null;
  // The pointer moves the current sentence many times a second: the tab keeps it at once,
  // the address once it rests (see place.ts).
  const placeTimer = useRef<number | undefined>(undefined);
  const keepPlace = useCallback(
    (n: number | null) => {
      window.clearTimeout(placeTimer.current);
      if (shownId === null) return;
      writePlace({ id: shownId, n }, { address: false });
      placeTimer.current = window.setTimeout(() => writePlace({ id: shownId, n }), 300);
    },
    [shownId],
  );
  const translations = useTranslations(shownId, fail);
  const [notes, setNotes] = useState<Note[]>([]);
  const [focusRequest, setFocusRequest] = useState<{ n: number; at: number } | null>(null);
  // Bumped when articles come or go, so that the glossary's suggestions follow at once.
  const [libraryRevision, libraryChanged] = useReducer((n: number) => n + 1, 0);
  // The side column shows the glossary or the notes; the choice is remembered.
  const [sideTab, setSideTab] = useState<SideTab>(() => (window.localStorage.getItem(SIDE_TAB_KEY) === 'notes' ? 'notes' : 'glossary'));
  const chooseSideTab = useCallback((tab: SideTab) => {
    setSideTab(tab);
    window.localStorage.setItem(SIDE_TAB_KEY, tab);
  }, []);
  const [glossaryRequest, setGlossaryRequest] = useState<{ text: string; at: number } | null>(null);
  const refreshNotes = useCallback(() => {
    if (shownId === null) return setNotes([]);
    glosa.listNotes({ id: shownId }).then(setNotes, fail);
  }, [shownId, fail]);
  useEffect(refreshNotes, [refreshNotes]);

  // The theme follows the system unless the reader chose one.
  useEffect(() => {
    const root = document.documentElement;
    if (settings.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
  }, [settings.theme]);

  const firstQuery = useRef(true);
  useEffect(() => {
    // The first list came with the page; later ones follow the search box.
    if (firstQuery.current) {
      firstQuery.current = false;
      return;
    }
    const timer = window.setTimeout(() => void refresh(query), query ? 120 : 0);
    return () => window.clearTimeout(timer);
  }, [query, refresh]);

  useEffect(() => {
    if (openId === null) {
      setArticle(null);
      if (restored.current === null) writePlace(null);
      return;
    }
    let current = true;
    const id = openId;
    const sentencesIn = (a: Article) => a.paragraphs.reduce((sum, p) => sum + p.sentences.length, 0);
    // The first screen needs the first sentences only: they come first, the rest right after.
    glosa.getArticle({ id, head: FIRST_SCREEN_SENTENCES }).then(async (head) => {
      if (!current) return;
      setArticle(head);
      const whole = sentencesIn(head) < head.sentenceCount ? await glosa.getArticle({ id }) : head;
      if (!current) return;
      if (whole !== head) setArticle(whole);
      return whole;
    }).then(
      (a) => {
        if (!current || !a) return;
        const place = restored.current;
        restored.current = null;
        if (place?.id === a.id && place.n !== null) setFocusRequest({ n: place.n, at: Date.now() });
        else writePlace({ id: a.id, n: null });
      },
      (error) => {
        if (!current) return;
        setOpenId(null);
        writePlace(null);
        // An article that is gone since the address was written is no error worth showing.
        if (restored.current === null) fail(error);
        restored.current = null;
      },
    );
    return () => {
      current = false;
    };
  }, [openId, fail]);

  const importing = useImporting({
    onImported: useCallback(async () => {
      await refresh();
      libraryChanged();
    }, [refresh, libraryChanged]),
    onOpen: setOpenId,
    onShow: useCallback(() => setImportOpen(true), []),
  });
  const { importFileList, importText } = importing;

  const changeLanguages = useCallback(async (id: number, sourceLang: string, targetLang: 'en' | 'es') => {
    try {
      await glosa.setArticleLanguages({ id, sourceLang, targetLang });
      // A new source language segments the article again.
      setArticle(await glosa.getArticle({ id }));
      await refresh();
      libraryChanged();
      await translations.actions.reload();
    } catch (error) {
      fail(error);
    }
  }, [refresh, libraryChanged, translations.actions, fail]);

  const rename = useCallback(async (id: number, title: string) => {
    try {
      await glosa.renameArticle({ id, title });
      await refresh();
      if (openId === id) setArticle((a) => (a ? { ...a, title } : a));
    } catch (error) {
      fail(error);
    }
  }, [refresh, openId, fail]);

  const remove = useCallback(async (target: ArticleSummary) => {
    try {
      await glosa.deleteArticle({ id: target.id });
      if (openId === target.id) setOpenId(null);
      await refresh();
      libraryChanged();
      notify({
        text: t('library.deleted', { title: target.title }),
        action: {
          label: t('library.undo'),
          run: async () => {
            await glosa.restoreArticle({ id: target.id });
            await refresh();
            libraryChanged();
            notify({ text: t('library.restored', { title: target.title }) });
          },
        },
      });
    } catch (error) {
      fail(error);
    }
  }, [openId, refresh, notify, t, fail, libraryChanged]);

  const changeSettings = useCallback(async (changes: Partial<Settings>) => {
    try {
      const next = await glosa.updateSettings(changes);
      setSettings(next);
      await applyLanguage(next.language);
      if (changes.engine !== undefined || changes.dtype !== undefined) {
        refreshEngines();
        await translations.actions.reload();
      }
    } catch (error) {
      fail(error);
    }
  }, [fail, refreshEngines, translations.actions]);

  // "/" jumps to the library search, as in most reading apps.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onDragOver = (event: React.DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(true);
  };
  const onDrop = async (event: React.DragEvent) => {
    event.preventDefault();
    setDragging(false);
    try {
      await importFileList(await filesFromDrop(event.dataTransfer));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div
      className="app"
      onDragOver={onDragOver}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={onDrop}
    >
      <header className="topbar">
        <h1 className="brand">
          <img src="./icon.svg" alt="" width={22} height={22} /> {t('app.name')}
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
        <div className="topbar-actions">
          <button type="button" onClick={() => setImportOpen(true)}>{t('import.open')}</button>
          <button type="button" onClick={() => setExportOpen(true)}>{t('export.open')}</button>
          <button type="button" onClick={() => setSettingsOpen(true)}>{t('settings.open')}</button>
        </div>
      </header>
      <div className="workspace">
        <LibraryNav
          articles={articles}
          query={query}
          onQuery={setQuery}
          openId={openId}
          onOpen={setOpenId}
          onRename={rename}
          onDelete={remove}
          searchRef={searchRef}
        />
        <Suspense fallback={<main className="reader reader-empty" />}>
        <Reader
          article={openId !== null && article?.id === openId ? article : null}
          loading={openId !== null && article?.id !== openId}
          engines={engines}
          translations={translations}
          notes={notes}
          onNotesChanged={() => {
            refreshNotes();
            // The note just written shows in its list.
            chooseSideTab('notes');
          }}
          settings={settings}
          onSettings={changeSettings}
          onOpenSettings={() => setSettingsOpen(true)}
          onError={fail}
          focusRequest={focusRequest}
          onPlace={keepPlace}
          onLanguages={(from, to) => openId !== null && void changeLanguages(openId, from, to)}
          onOpenArticle={(articleId, n) => {
            setOpenId(articleId);
            setFocusRequest({ n, at: Date.now() });
          }}
          onAddToGlossary={(text) => {
            setGlossaryRequest({ text, at: Date.now() });
            chooseSideTab('glossary');
          }}
        />
        </Suspense>
        <div className="side-panels">
          <Suspense fallback={null}>
            <SideTabs
              tab={sideTab}
              onTab={chooseSideTab}
              noteCount={shownId !== null ? notes.length : null}
            >
              {{
                glossary: (
                  <GlossaryPanel
                    openArticleId={shownId}
                    onChanged={() => void translations.actions.refresh()}
                    onJump={(articleId, n) => {
                      setOpenId(articleId);
                      setFocusRequest({ n, at: Date.now() });
                    }}
                    onError={fail}
                    addRequest={glossaryRequest}
                    libraryRevision={libraryRevision}
                    {...(article && shownId !== null && (article.targetLang === 'en' || article.targetLang === 'es') ? { openArticleTarget: article.targetLang } : {})}
                  />
                ),
                notes:
                  openId !== null ? (
                    <NotesPanel notes={notes} onChanged={refreshNotes} onJump={(n) => setFocusRequest({ n, at: Date.now() })} onError={fail} />
                  ) : (
                    <p className="empty side-empty">{t('side.noArticle')}</p>
                  ),
              }}
            </SideTabs>
          </Suspense>
        </div>
      </div>
      {dragging && <div className="drop-overlay" aria-hidden="true">{t('import.drop')}</div>}
      <Suspense fallback={null}>
      <ImportDialog
        open={importOpen}
        onClose={() => {
          setImportOpen(false);
          importing.clearReport();
        }}
        onFiles={importFileList}
        onText={importText}
        progress={importing.progress}
        report={importing.report}
      />
      <SettingsDialog
        open={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        settings={settings}
        onChange={changeSettings}
        dataDir={status?.dataDir ?? ''}
        engines={engines}
        onModelsChanged={() => {
          refreshEngines();
          void translations.actions.reload();
        }}
      />
      <ExportDialog open={exportOpen} onClose={() => setExportOpen(false)} articles={articles} openId={shownId} />
      </Suspense>
      <Toasts toasts={toasts} onDismiss={(id) => setToasts((list) => list.filter((x) => x.id !== id))} />
    </div>
  );
}
