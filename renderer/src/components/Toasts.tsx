import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export type Toast = {
  id: number;
  text: string;
  tone?: 'error';
  action?: { label: string; run: () => Promise<void> | void };
};

const TOAST_MS = 10_000;

/** Short-lived messages, read out by screen readers; an undo stays for ten seconds. */
export function Toasts({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} dismissLabel={t('errors.dismiss')} />
      ))}
    </div>
  );
}

function ToastItem({ toast, onDismiss, dismissLabel }: { toast: Toast; onDismiss: (id: number) => void; dismissLabel: string }) {
  useEffect(() => {
    const timer = window.setTimeout(() => onDismiss(toast.id), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast.id, onDismiss]);
  return (
    <div className={`toast ${toast.tone === 'error' ? 'toast-error' : ''}`}>
      <span>{toast.text}</span>
      {toast.action && (
        <button
          type="button"
          onClick={async () => {
            onDismiss(toast.id);
            await toast.action!.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="quiet" aria-label={dismissLabel} onClick={() => onDismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}
