import type { ReactNode } from 'react';

/** A one-line notice under the toolbar: what happened and what to do next. */
export function Banner({
  tone,
  children,
  action,
  onDismiss,
  testId,
}: {
  tone: 'info' | 'warning' | 'error';
  children: ReactNode;
  action?: ReactNode;
  onDismiss?: () => void;
  testId?: string;
}) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <span className="banner-text">{children}</span>
      {action}
      {onDismiss && (
        <button type="button" className="button-quiet" onClick={onDismiss} aria-label="Dismiss">
          ×
        </button>
      )}
    </div>
  );
}
