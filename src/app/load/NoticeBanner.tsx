/** What the link asked for that could not be shown; the graph itself loaded. */
export function NoticeBanner({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="notice-banner" role="status" data-testid="load-notice">
      <span>{message}</span>
      <button type="button" className="icon-btn" onClick={onDismiss} aria-label="Dismiss notice">
        ×
      </button>
    </div>
  );
}
