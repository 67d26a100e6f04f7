import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { glosa } from '../api';

export type SelectionInfo = { text: string; n: number; side: 'source' | 'target'; x: number; y: number };

type Props = {
  selection: SelectionInfo;
  articleId: number;
  sourceText: string;
  translation: string | null;
  onNote: () => void;
  onGlossary?: () => void;
  onClose: () => void;
  onError: (error: unknown) => void;
};

/** What can be done with selected words: a note, the glossary, a translation, a copy. */
export function SelectionToolbar({ selection, articleId, sourceText, translation, onNote, onGlossary, onClose, onError }: Props) {
  const { t } = useTranslation();
  const [result, setResult] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const source = selection.side === 'source';
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('selection.label')}
      style={{ left: Math.max(8, selection.x - 150), top: Math.max(8, selection.y - 48) }}
      onMouseUp={(e) => e.stopPropagation()}
    >
      <button type="button" onClick={onNote}>
        {t('selection.note')}
      </button>
      {source && onGlossary && (
        <button type="button" onClick={onGlossary}>
          {t('selection.glossary')}
        </button>
      )}
      {source && (
        <button
          type="button"
          onClick={async () => {
            try {
              setResult((await glosa.translateText({ text: selection.text, id: articleId })).text);
            } catch (error) {
              onError(error);
            }
          }}
        >
          {t('selection.translate')}
        </button>
      )}
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(`${sourceText}\n${translation ?? ''}`.trim());
            setCopied(true);
            // Long enough to read "Copied", then out of the way of the text.
            setTimeout(onClose, 1200);
          } catch (error) {
            onError(error);
          }
        }}
      >
        {copied ? t('selection.copied') : t('selection.copy')}
      </button>
      <button type="button" className="quiet" onClick={onClose} aria-label={t('settings.close')}>
        ×
      </button>
      {result !== null && (
        <p className="selection-result" aria-live="polite">
          <q lang="es">{selection.text}</q> → <q lang="en">{result}</q>
        </p>
      )}
    </div>
  );
}
