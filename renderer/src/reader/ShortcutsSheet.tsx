import { useTranslation } from 'react-i18next';
import { Modal } from '../components/Modal';

const KEYS: [string, string][] = [
  ['j / ↓', 'next'],
  ['k / ↑', 'previous'],
  ['Enter', 'edit'],
  ['Esc', 'cancel'],
  ['Ctrl/⌘ Z', 'undo'],
  ['Shift Ctrl/⌘ Z', 'redo'],
  ['Ctrl/⌘ F', 'find'],
  ['/', 'library'],
  ['n', 'note'],
  ['w', 'lookUp'],
  ['?', 'help'],
];

export function ShortcutsSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={open} onClose={onClose} title={t('shortcuts.title')}>
      <dl className="shortcuts">
        {KEYS.map(([keys, what]) => (
          <div key={what}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(`shortcuts.${what}`)}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
