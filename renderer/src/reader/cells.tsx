/**
 * The reader's cells: a source sentence, its translation (with its editor, its glossary
 * checks and its state), and the notices above the article (the Opus-MT offer, progress).
 */
import { memo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Note, SentenceTranslation } from '../../../core/api';
import { glosa } from '../api';
import { DownloadStatus } from '../components/DownloadStatus';
import { useDownload } from '../useDownload';
import type { Progress } from '../useTranslations';
import { type Row, splitMatches } from './rows';
import { usePairModel } from './usePairModel';
import { wordMessage } from '../messages';

export type CellCommon = {
  row: Row;
  /** The glossary's view of this sentence: terms found in the Spanish, checked in the English. */
  terms?: SentenceTranslation['terms'];
  top: number | null;
  measure: ((el: HTMLElement | null) => void) | null;
  isActive: boolean;
  setActive: (n: number) => void;
  query: string;
  /** The notes on this sentence. */
  notes: Note[] | undefined;
  /** The reader's `t`: one lookup of the language for all cells, not one per cell. */
  t: TFunction;
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

function NoteMarker({ notes, side, t }: { notes: Note[] | undefined; side: 'source' | 'target'; t: TFunction }) {
  const mine = notes?.filter((n) => n.side === side) ?? [];
  if (!mine.length) return null;
  return (
    <a className="note-marker" href={`#note-${mine[0]!.id}`} title={mine.map((n) => n.body).join('\n')} aria-label={t('notes.marker', { count: mine.length })}>
      {mine.length}
    </a>
  );
}

/** A source sentence. Memoised, as the target cell: the reader draws many and redraws often. */
export const SourceCell = memo(function SourceCell({ row, top, measure, isActive, setActive, query, notes, terms, t }: CellCommon) {
  const Tag = row.role === 'heading' ? 'h3' : 'div';
  const ranges = (terms ?? []).map((term) => ({ start: term.start, end: term.end, miss: !term.ok, title: t('glossary.termTitle', { source: term.source, target: term.target, mode: t(`glossary.modes.${term.mode}`) }) }));
  return (
    <Tag
      ref={measure ?? undefined}
      className={cellClass(row, 'seg source-seg')}
      style={top === null ? undefined : { top }}
      data-seg={row.n}
      tabIndex={-1}
      aria-current={isActive ? 'true' : undefined}
      onMouseMove={() => !isActive && setActive(row.n)}
      onFocus={() => setActive(row.n)}
    >
      <Highlight text={row.text} query={query} terms={ranges} />
      <NoteMarker notes={notes} side="source" t={t} />
    </Tag>
  );
});

/** What a target cell can ask of the reader, for its sentence `n`: one object for all cells. */
export type TargetActions = {
  edit: (n: number) => void;
  save: (n: number, text: string) => void;
  cancel: () => void;
  revert: (n: number) => void;
  retry: (n: number) => void;
  fixTerm: (n: number, entryId: number) => void;
};

type TargetProps = CellCommon & {
  translation: SentenceTranslation | undefined;
  editing: boolean;
  on: TargetActions;
};

export const TargetCell = memo(function TargetCell({ row, top, measure, isActive, setActive, query, notes, translation, editing, on, t }: TargetProps) {
  const n = row.n;
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
      aria-current={isActive ? 'true' : undefined}
      onMouseMove={() => !isActive && setActive(n)}
      onFocus={() => setActive(n)}
      onDoubleClick={() => (state === 'done' || state === 'edited') && on.edit(n)}
    >
      {editing ? (
        <SentenceEditor initial={translation?.text ?? ''} machine={translation?.machineText ?? null} edited={state === 'edited'} onSave={(text) => on.save(n, text)} onCancel={on.cancel} onRevert={() => on.revert(n)} />
      ) : state === 'done' || state === 'edited' ? (
        <>
          <Highlight text={translation!.text ?? ''} query={query} terms={ranges} />
          {state === 'edited' && <span className="visually-hidden"> ({t('reader.edited')})</span>}
          {misses.map((term) => (
            <span key={term.entryId} className="term-flag">
              {' '}
              <button type="button" className="link" onClick={() => on.fixTerm(n, term.entryId)} title={t('glossary.missTitle', { source: term.source, target: term.target })}>
                {t('glossary.fix', { target: term.target })}
              </button>
            </span>
          ))}
        </>
      ) : state === 'failed' ? (
        <span className="seg-failure">
          {t('reader.failed', { reason: translation?.error ? wordMessage(t, translation.error) : '' })}{' '}
          <button type="button" className="link" onClick={() => on.retry(n)}>
            {t('reader.retry')}
          </button>
        </span>
      ) : row.role === 'boilerplate' ? (
        <span className="placeholder">
          {t('reader.notTranslated')}{' '}
          <button type="button" className="link" onClick={() => on.retry(n)}>
            {t('reader.translateThis')}
          </button>
        </span>
      ) : (
        <span className="placeholder" aria-label={t(`reader.state.${state}`)}>
          …
        </span>
      )}
      {!editing && <NoteMarker notes={notes} side="target" t={t} />}
    </Tag>
  );
});

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
export function OpusOffer({ from, to }: { from: string; to: string }) {
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


export function TranslationProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t } = useTranslation();
  // A job stopped short says where it stopped; one that finished has nothing more to say.
  if (!progress.running) return progress.done < progress.total ? <p className="article-progress">{t('reader.stopped', { done: progress.done, total: progress.total })}</p> : null;
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
