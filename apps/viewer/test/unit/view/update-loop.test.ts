import { describe, expect, it } from 'vitest';
import { UpdateLoop, type FrameScheduler, type ViewPart } from '../../../src/view/update-loop.ts';

/** A scheduler the test runs by hand, counting the frames asked for. */
function manualFrames(): FrameScheduler & { run: () => void; requested: number; waiting: () => number } {
  const queue = new Map<number, () => void>();
  let next = 1;
  const frames = {
    requested: 0,
    request(run: () => void) {
      frames.requested += 1;
      queue.set(next, run);
      return next++;
    },
    cancel(handle: number) {
      queue.delete(handle);
    },
    run() {
      const runs = [...queue.values()];
      queue.clear();
      for (const run of runs) run();
    },
    waiting: () => queue.size,
  };
  return frames;
}

interface State {
  selected: string | null;
  filters: { hideAuthors: boolean };
  hovered: string | null;
}

function setup() {
  let state: State = { selected: null, filters: { hideAuthors: false }, hovered: null };
  const drawn: string[] = [];
  const part = (name: string, inputs: (s: State) => unknown[]): ViewPart<State> => ({ name, inputs, draw: () => void drawn.push(name) });
  const frames = manualFrames();
  const loop = new UpdateLoop<State>(
    [
      part('canvas', (s) => [s.filters]),
      part('highlight', (s) => [s.selected, s.hovered]),
      part('side-panel', (s) => [s.selected]),
      part('url', (s) => [`node=${s.selected ?? ''}&authors=${!s.filters.hideAuthors}`]),
    ],
    () => state,
    frames,
  );
  return { loop, frames, drawn, set: (patch: Partial<State>) => void (state = { ...state, ...patch }) };
}

describe('UpdateLoop', () => {
  it('draws every part on the first update, in order, then only the parts whose inputs changed', () => {
    const { loop, set } = setup();
    expect(loop.update()).toEqual(['canvas', 'highlight', 'side-panel', 'url']);
    expect(loop.update()).toEqual([]);
    set({ selected: 'model:mistral-7b' });
    expect(loop.update()).toEqual(['highlight', 'side-panel', 'url']);
    // A new filters object is a change even with the same content: actions never mutate state in place.
    set({ filters: { hideAuthors: false } });
    expect(loop.update()).toEqual(['canvas']);
    set({ filters: { hideAuthors: true } });
    expect(loop.update()).toEqual(['canvas', 'url']);
  });

  it('coalesces scheduled updates into one per frame; an update now supersedes the scheduled one', () => {
    const { loop, frames, drawn, set } = setup();
    loop.update();
    drawn.length = 0;
    for (const node of ['a', 'b', 'c']) {
      set({ hovered: node });
      loop.schedule();
    }
    expect(frames.requested).toBe(1);
    expect(drawn).toEqual([]);
    frames.run();
    expect(drawn).toEqual(['highlight']);
    expect(loop.getLastDrawn()).toEqual(['highlight']);
    set({ hovered: null });
    loop.schedule();
    expect(frames.waiting()).toBe(1);
    loop.update();
    expect(frames.waiting()).toBe(0);
    expect(drawn).toEqual(['highlight', 'highlight']);
  });

  it('reset draws everything again (a new graph)', () => {
    const { loop } = setup();
    loop.update();
    loop.reset();
    expect(loop.update()).toEqual(['canvas', 'highlight', 'side-panel', 'url']);
  });

  it('reads each part\'s inputs after the parts before it drew', () => {
    let shown = 'old';
    const order: string[] = [];
    const loop = new UpdateLoop<{ next: string }>(
      [
        { name: 'swap', inputs: (f) => [f.next], draw: (f) => void (shown = f.next) },
        { name: 'reader', inputs: () => [shown], draw: () => void order.push(shown) },
      ],
      () => ({ next: 'new' }),
      manualFrames(),
    );
    loop.update();
    expect(order).toEqual(['new']);
  });

  it('draws a part again after its draw threw', () => {
    let fail = true;
    const loop = new UpdateLoop<object>(
      [
        {
          name: 'flaky',
          inputs: () => [1],
          draw: () => {
            if (fail) throw new Error('no canvas');
          },
        },
      ],
      () => ({}),
      manualFrames(),
    );
    expect(() => loop.update()).toThrow('no canvas');
    fail = false;
    expect(loop.update()).toEqual(['flaky']);
  });

  it('draws nothing without a frame, and refuses two parts of one name', () => {
    expect(new UpdateLoop<object>([{ name: 'a', inputs: () => [], draw: () => undefined }], () => null, manualFrames()).update()).toEqual([]);
    const part = { name: 'a', inputs: () => [], draw: () => undefined };
    expect(() => new UpdateLoop<object>([part, part], () => ({}), manualFrames())).toThrow(/own name/);
  });
});
