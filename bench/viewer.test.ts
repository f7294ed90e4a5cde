import { describe, expect, it } from 'vitest';
import { tasksOfProfile, tasksText, traceBreakdown } from './viewer.ts';

/*
 * The attribution of long tasks (`npx tsx bench/viewer.ts --tasks`): which functions a task's profile samples were
 * in, and what the browser's trace says its thread did, on hand-made profiles and traces.
 */

const frame = (functionName: string, url = 'http://x/assets/index.js', lineNumber = 0) => ({ functionName, url, lineNumber });

describe('tasksOfProfile', () => {
  // root → app → heavy; root → app → light; root → anchor. Samples every 1 ms from t = 1000 ms (profile clock).
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
      { id: 2, callFrame: frame('update', 'http://x/assets/index.js', 9), children: [3, 4] },
      { id: 3, callFrame: frame('heavy') },
      { id: 4, callFrame: frame('light') },
      { id: 5, callFrame: frame('papergraphBenchAnchor') },
    ],
    startTime: 1_000_000,
    // Samples 0–9 at 1001…1010 ms: heavy ×6, light ×2, anchor ×2.
    samples: [3, 3, 3, 3, 3, 3, 4, 4, 5, 5],
    timeDeltas: Array.from({ length: 10 }, () => 1000),
  };

  it("ties the profile's clock to the page's by the anchor, and splits each task's time by function", () => {
    // The anchor's first sample (profile 1009 ms) was at page time 509 ms: page = profile - 500.
    const [task] = tasksOfProfile(profile, 509, [{ start: 500.5, duration: 8 }], () => 'select', [{ name: 'trends', start: 505, end: 506 }]);
    expect(task!.during).toBe('select');
    expect(task!.measures).toEqual(['trends 1']);
    expect(Object.fromEntries(task!.self)).toEqual({ 'heavy index.js:1': 6, 'light index.js:1': 2 });
    // Inclusive: the caller counts its callees' samples; the root is no function.
    expect(Object.fromEntries(task!.inclusive)).toEqual({ 'update index.js:10': 8, 'heavy index.js:1': 6, 'light index.js:1': 2 });
  });

  it('leaves out samples outside the task, and says nothing without an anchor', () => {
    const [task] = tasksOfProfile(profile, 509, [{ start: 506.5, duration: 2 }], () => 'settle', []);
    expect(Object.fromEntries(task!.self)).toEqual({ 'light index.js:1': 2 });
    expect(tasksOfProfile({ ...profile, samples: profile.samples.map((id) => (id === 5 ? 3 : id)) }, 509, [{ start: 500, duration: 5 }], () => '', [])).toEqual([]);
  });
});

describe('traceBreakdown', () => {
  const pid = 7;
  const tid = 1;
  // First-frame mark at trace 2,000,000 µs = page 1,500 ms. A task at page 1,600 ms: RunTask 100 ms holding a 60 ms
  // wait for the GPU and 30 ms of script; another thread's event and an event after the task are left out.
  const events = [
    { name: 'papergraph:first-frame', cat: 'blink.user_timing', ph: 'I', ts: 2_000_000, pid, tid },
    { name: 'RunTask', ph: 'X', ts: 2_100_000, dur: 100_000, pid, tid },
    { name: 'FunctionCall', ph: 'X', ts: 2_101_000, dur: 30_000, pid, tid },
    { name: 'WaitForGetOffset', ph: 'X', ts: 2_135_000, dur: 60_000, pid, tid },
    { name: 'OtherThread', ph: 'X', ts: 2_100_000, dur: 90_000, pid, tid: 2 },
    { name: 'Later', ph: 'X', ts: 2_300_000, dur: 50_000, pid, tid },
  ];

  it("gives each kind of event its own time on the page's main thread within each task", () => {
    expect(traceBreakdown(events, 1500, [{ start: 1600, duration: 100 }])).toEqual([
      [
        ['WaitForGetOffset', 60],
        ['FunctionCall', 30],
        ['RunTask', 10],
      ],
    ]);
  });

  it('says nothing without the first-frame mark', () => {
    expect(traceBreakdown(events.slice(1), 1500, [{ start: 1600, duration: 100 }])).toEqual([]);
  });
});

describe('tasksText', () => {
  it('lists each task with its measures, functions and browser work; nothing for an unprofiled run', () => {
    const result = { tasks: [{ start: 10, duration: 120, during: 'select', measures: ['trends 60'], inclusive: [['update a.js:1', 100]], self: [['draw a.js:2', 50]], trace: [['Layout', 20]] }] };
    const text = tasksText({ graph: 'g.json', result: result as never });
    expect(text).toContain('at 10 ms, 120 ms (select) — trends 60');
    expect(text).toContain('inclusive: update a.js:1 100');
    expect(text).toContain('browser: Layout 20');
    expect(tasksText({ graph: 'g.json', result: {} as never })).toBe('');
  });
});
