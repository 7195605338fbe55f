import { useEffect, useRef } from "react";

/** Asks before fetching a graph from another origin named in the link (?graph=). */
export function ConfirmForeignDialog({ url, onAnswer }: { url: string; onAnswer: (accept: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" data-testid="confirm-foreign" aria-labelledby="foreign-title" onCancel={() => onAnswer(false)}>
      <h2 id="foreign-title">Load a graph from another site?</h2>
      <p>This link asks to load a graph from:</p>
      <p className="url-text">
        <code>{url}</code>
      </p>
      <p className="muted">
        Only continue if you trust this source. The file is read as data and checked before it is shown, and it loads only if that
        site allows other sites to read it (CORS). Cancel shows the bundled graph instead.
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={() => onAnswer(false)} autoFocus>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" onClick={() => onAnswer(true)}>
          Load it
        </button>
      </div>
    </dialog>
  );
}
