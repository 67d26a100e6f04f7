import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type SideTab = 'glossary' | 'notes';
const TABS: SideTab[] = ['glossary', 'notes'];

/**
 * The side column's two panels, one at a time: the glossary and this article's notes,
 * each a tab with the number of notes beside its name. Arrow keys move between the tabs,
 * as in any tab list.
 */
export function SideTabs({ tab, onTab, noteCount, children }: { tab: SideTab; onTab: (tab: SideTab) => void; noteCount: number | null; children: Record<SideTab, ReactNode> }) {
  const { t } = useTranslation();
  const refs = useRef<Partial<Record<SideTab, HTMLButtonElement | null>>>({});
  const label = (id: SideTab) => (id === 'notes' && noteCount !== null ? t('side.notesCount', { count: noteCount }) : t(`side.${id}`));
  return (
    <>
      <div className="side-tabs" role="tablist" aria-label={t('side.label')}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              refs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`side-tab-${id}`}
            aria-controls={`side-panel-${id}`}
            aria-selected={tab === id}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => onTab(id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
              e.preventDefault();
              const next = TABS[(TABS.indexOf(id) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
              onTab(next);
              refs.current[next]?.focus();
            }}
          >
            {label(id)}
          </button>
        ))}
      </div>
      {TABS.map((id) => (
        <div key={id} role="tabpanel" id={`side-panel-${id}`} aria-labelledby={`side-tab-${id}`} hidden={tab !== id} className="side-panel">
          {children[id]}
        </div>
      ))}
    </>
  );
}
