/**
 * The bench's trace reading (tests/bench/main-thread.ts) on a tiny synthetic Chromium trace: which
 * thread is the page's, what its main-thread time is, and how much of it was crm-sweep's.
 */
import { describe, expect, it } from 'vitest';
import { findPageThread, longTasksIn, mainThreadTime, PHASE_MARK, type TraceEvent } from '../../bench/main-thread';
import { madeLongByUs } from '../../bench/trace-tasks';

const PAGE = 'http://127.0.0.1:4010';
const OURS = 'chrome-extension://abcdef/content-scripts/hubspot.js';
const task = (ts: number, dur: number, tdur: number, pid = 1): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ts,
  dur,
  tdur,
  pid,
  tid: pid,
});
const event = (name: string, ts: number, dur: number, tdur: number, url?: string, pid = 1): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  pid,
  tid: pid,
  args: url === undefined ? {} : { data: { url } },
});

const trace: TraceEvent[] = [
  // Another renderer (say the about:blank the tab started on), busy, and not the page's.
  task(0, 90_000, 90_000, 2),
  event('EvaluateScript', 1_000, 5_000, 5_000, OURS, 2),
  {
    name: 'CommitLoad',
    ph: 'X',
    ts: 500,
    dur: 10,
    pid: 1,
    tid: 1,
    args: { data: { url: `${PAGE}/contacts/1/objects/0-1/views/all/list`, isMainFrame: true } },
  },
  // The page's own parse: 8 ms of thread time in a 10 ms task.
  task(0, 10_000, 8_000),
  event('ParseHTML', 0, 9_000, 7_500),
  // A frame where crm-sweep's script ran (with a nested call of ours and a nested task) and then layout.
  task(20_000, 30_000, 25_000),
  event('FireAnimationFrame', 20_100, 5_100, 4_100),
  event('FunctionCall', 20_100, 5_000, 4_000, OURS),
  event('FunctionCall', 21_000, 1_000, 900, OURS),
  task(22_000, 1_000, 1_000),
  event('Layout', 26_000, 20_000, 18_000),
  // A long frame: 60 ms, 12 of them our script, the page's script beside it.
  task(100_000, 60_000, 60_000),
  event('FunctionCall', 100_000, 12_000, 12_000, OURS),
  event('FunctionCall', 112_000, 40_000, 40_000, `${PAGE}/app.js`),
  // 70 ms on the clock, of which the thread ran 40: it waited for a core another process held.
  task(200_000, 70_000, 40_000),
  // Microtasks the scheduler ran after a task, outside it (a fetch resolved: the page's code put
  // its rows in, our mutation callback boxed them), and a checkpoint inside a task (counted once).
  event('BlinkScheduler_PerformMicrotaskCheckpoint', 300_000, 6_000, 5_000),
  event('FunctionCall', 301_000, 2_000, 2_000, OURS),
  event('BlinkScheduler_PerformMicrotaskCheckpoint', 201_000, 1_000, 1_000),
];

describe('main-thread time from a Chromium trace', () => {
  it("finds the page's main thread by where its load committed", () => {
    expect(findPageThread(trace, PAGE)).toEqual({ pid: 1, tid: 1 });
    expect(() => findPageThread(trace, 'http://127.0.0.1:9999')).toThrow(/cannot tell the page's main thread/);
  });

  it('sums top-level tasks and microtask checkpoints once (thread time, wall time beside it) and attributes ours by the script URL', () => {
    const time = mainThreadTime(trace, { pid: 1, tid: 1 }, 'abcdef');
    expect(time.tasks).toBe(5);
    expect(time.totalMs).toBe(138);
    expect(time.totalWallMs).toBe(176);
    expect(time.ourScriptMs).toBe(18); // 4 + 12 + 2: the nested call is inside the first
    expect(time.ourTasksMs).toBe(90); // the two tasks and the checkpoint in which our script ran, whole
    expect(time.ourFirstTs).toBe(20_100);
    expect(time.kinds.parse).toBe(7.5);
    expect(time.kinds.layout).toBe(18);
  });

  it('counts nothing as ours in a browser without crm-sweep, or for another extension', () => {
    for (const id of [undefined, 'otherext']) {
      const time = mainThreadTime(trace, { pid: 1, tid: 1 }, id);
      expect(time.ourScriptMs).toBe(0);
      expect(time.ourTasksMs).toBe(0);
      expect(time.totalMs).toBe(138);
    }
  });

  it("splits the total at the scenario's own step marks, each task in the step it starts in", () => {
    expect(mainThreadTime(trace, { pid: 1, tid: 1 }).phasesMs).toEqual([138]);
    const mark = (ts: number, message = PHASE_MARK): TraceEvent => ({
      name: 'TimeStamp',
      ph: 'I',
      ts,
      pid: 1,
      tid: 1,
      args: { data: { message } },
    });
    // Steps from 90 ms and from 190 ms on; another page's console.timeStamp is no step.
    const marked = [...trace, mark(90_000), mark(150_000, 'the page said so'), mark(190_000)];
    expect(mainThreadTime(marked, { pid: 1, tid: 1 }).phasesMs).toEqual([33, 60, 45]);
  });

  it("lists long tasks (thread time, wall time beside it) with our script's share, and tells when we made one long", () => {
    const long = longTasksIn(trace, { pid: 1, tid: 1 }, 'abcdef');
    expect(long).toEqual([
      { start: 100, duration: 60, wallMs: 60, oursMs: 12 },
      { start: 200, duration: 40, wallMs: 70, oursMs: 0 },
    ]);
    expect(madeLongByUs(long[0]!)).toBe(true); // 60 − 12 = 48: under 50 without us
    expect(madeLongByUs({ duration: 80, oursMs: 12 })).toBe(false);
    expect(madeLongByUs({ duration: 80, oursMs: 51 })).toBe(true);
  });
});
