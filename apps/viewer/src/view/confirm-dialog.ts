import { displayUrl } from '../model/graph-source.ts';
import { el, clear } from './dom.ts';

/** A graph address waiting for the user's go-ahead (see `graphUrlPolicy`). */
export interface ConfirmRequest {
  url: string;
  /** Why it is asked: another site, a data: address. */
  reason: string;
}

export interface ConfirmHandlers {
  onOpen: () => void;
  onCancel: () => void;
}

/**
 * The in-page question before opening a graph from another site or a data:/blob: address (a modal `<dialog>`, not
 * `window.confirm`: it names the address in full, and scripts and tests can answer it). Esc or "Don't open" declines.
 */
export function renderConfirmDialog(dialog: HTMLDialogElement, request: ConfirmRequest | null, handlers: ConfirmHandlers): void {
  clear(dialog);
  if (request === null) {
    if (dialog.open) dialog.close();
    return;
  }
  const cancel = el('button', { text: "Don't open", attributes: { type: 'button', 'data-testid': 'confirm-cancel', autofocus: '' }, onClick: () => handlers.onCancel() });
  dialog.append(
    el('h2', { text: 'Open this graph?' }),
    el('p', { text: 'The link asks the viewer to open a graph from:' }),
    el('p', { className: 'confirm-url', text: displayUrl(request.url), title: request.url, attributes: { 'data-testid': 'confirm-url' } }),
    el('p', { className: 'muted', text: `Asked because ${request.reason} Its titles, abstracts and labels are shown as they are written there: open it only if you trust where the link came from.` }),
    el('div', { className: 'confirm-actions' }, [
      cancel,
      el('button', { className: 'primary', text: 'Open', attributes: { type: 'button', 'data-testid': 'confirm-open' }, onClick: () => handlers.onOpen() }),
    ]),
  );
  // Esc closes a modal dialog: that is a "no".
  dialog.oncancel = (event) => {
    event.preventDefault();
    handlers.onCancel();
  };
  if (!dialog.open) dialog.showModal();
  cancel.focus();
}
