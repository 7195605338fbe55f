export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="error-banner" role="alert" data-testid="load-error">
      <strong>Could not open the graph.</strong> <span>{message}</span>
      <span className="muted"> The previous graph stays on screen.</span>
      <button type="button" className="icon-btn" onClick={onDismiss} aria-label="Dismiss error">
        ×
      </button>
    </div>
  );
}
