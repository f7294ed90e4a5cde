/**
 * The viewer's one way from state to screen. Actions only change state; `update()` then goes through a registry of
 * parts (canvas, panels, status, URL…) in order, and redraws each part whose inputs changed since it was last drawn.
 * Inputs are read just before a part draws, so a part sees what earlier parts did (the canvas swapped its graph, and
 * the highlight that reads it comes after).
 */

/** One thing on screen kept in step with the state. */
export interface ViewPart<Frame> {
  readonly name: string;
  /** The values the part shows, read from the frame; compared one by one (`Object.is`) with those last drawn. */
  readonly inputs: (frame: Frame) => readonly unknown[];
  readonly draw: (frame: Frame) => void;
}

/** Runs a callback before the next paint; `requestAnimationFrame` in the page. */
export interface FrameScheduler {
  request(run: () => void): number;
  cancel(handle: number): void;
}

export const animationFrames: FrameScheduler = {
  request: (run) => requestAnimationFrame(() => run()),
  cancel: (handle) => cancelAnimationFrame(handle),
};

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

export class UpdateLoop<Frame> {
  private readonly drawnWith = new Map<string, readonly unknown[]>();
  private pending: number | null = null;
  private lastDrawn: string[] = [];

  /**
   * @param parts drawn in this order
   * @param derive the frame of an update (state plus what is computed from it), or null when nothing is shown
   */
  constructor(
    private readonly parts: ReadonlyArray<ViewPart<Frame>>,
    private readonly derive: () => Frame | null,
    private readonly scheduler: FrameScheduler = animationFrames,
  ) {
    const names = new Set(parts.map((part) => part.name));
    if (names.size !== parts.length) throw new Error('Each view part needs its own name.');
  }

  /** Derives the frame and redraws the parts whose inputs changed, now; returns the names of the parts drawn. */
  update(): string[] {
    this.cancelScheduled();
    const frame = this.derive();
    if (frame === null) return [];
    const drawn: string[] = [];
    for (const part of this.parts) {
      const inputs = part.inputs(frame);
      const last = this.drawnWith.get(part.name);
      if (last !== undefined && sameInputs(last, inputs)) continue;
      part.draw(frame);
      // Recorded once drawn: a part whose draw threw is drawn again next time.
      this.drawnWith.set(part.name, inputs);
      drawn.push(part.name);
    }
    this.lastDrawn = drawn;
    return drawn;
  }

  /** The parts the last update drew, scheduled or not (for tests and profiling). */
  getLastDrawn(): readonly string[] {
    return this.lastDrawn;
  }

  /** One update before the next paint, however many changes come first (pointer moves); `update()` supersedes it. */
  schedule(): void {
    if (this.pending !== null) return;
    this.pending = this.scheduler.request(() => {
      this.pending = null;
      this.update();
    });
  }

  /** Forgets what was drawn, so the next update draws every part (a new graph was loaded). */
  reset(): void {
    this.cancelScheduled();
    this.drawnWith.clear();
  }

  private cancelScheduled(): void {
    if (this.pending === null) return;
    this.scheduler.cancel(this.pending);
    this.pending = null;
  }
}
