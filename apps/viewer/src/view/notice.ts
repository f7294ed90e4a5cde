import { VIEWER_SETTINGS } from '../settings.ts';

/**
 * How a notice over the canvas reads: an `error` (a load or an export failed, a file was refused) and a `warning`
 * (the graph is shown, but something of the input needs reading: rejected records, an outdated view file) stay until
 * closed; `info` (a thesaurus applied, a file waiting) closes itself after `VIEWER_SETTINGS.infoNoticeMs`.
 */
export type NoticeTone = 'error' | 'warning' | 'info';

export interface Notice {
  text: string;
  tone: NoticeTone;
}

/**
 * The notice box over the canvas: its text, a tone of its own for each kind (errors red, warnings amber, information
 * blue), and a close button. An info notice closes itself after a while, waiting while the pointer is over it.
 */
export class NoticeView {
  private readonly text: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private shown: Notice | null = null;

  constructor(
    private readonly box: HTMLElement,
    /** The user closed the notice (button, Esc) or an info notice's time ran out. */
    private readonly onClose: (notice: Notice) => void,
    private readonly infoMs: number = VIEWER_SETTINGS.infoNoticeMs,
  ) {
    this.text = document.createElement('span');
    this.text.className = 'message-text';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'message-close';
    close.title = 'Close (Esc)';
    close.setAttribute('aria-label', 'Close the notice');
    close.dataset.testid = 'message-close';
    // The × is drawn by the style sheet: the box's text stays the notice's words alone.
    close.addEventListener('click', () => this.close());
    box.replaceChildren(this.text, close);
    box.addEventListener('pointerenter', () => this.stopTimer());
    box.addEventListener('pointerleave', () => this.startTimer());
  }

  render(notice: Notice | null): void {
    this.stopTimer();
    this.shown = notice;
    this.box.hidden = notice === null;
    this.text.textContent = notice?.text ?? '';
    if (notice === null) {
      delete this.box.dataset.tone;
      return;
    }
    this.box.dataset.tone = notice.tone;
    // Errors interrupt (read out at once); the rest is announced when the reader is free.
    this.box.setAttribute('role', notice.tone === 'error' ? 'alert' : 'status');
    this.startTimer();
  }

  private close(): void {
    const notice = this.shown;
    if (notice) this.onClose(notice);
  }

  private startTimer(): void {
    this.stopTimer();
    if (this.shown?.tone !== 'info') return;
    this.timer = setTimeout(() => this.close(), this.infoMs);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
