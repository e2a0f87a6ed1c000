/**
 * Main-thread time of one page in a Chromium trace (categories `toplevel`, `devtools.timeline`),
 * and how much of it was crm-sweep's. Pure: takes the trace's events, so it is unit-tested on a
 * synthetic trace (tests/unit/bench/main-thread.test.ts); trace-tasks.ts records real ones.
 *
 * - The page's main thread: the renderer thread where the page's main frame committed its load
 *   (`CommitLoad` with the page's URL), else where a script of the page's origin ran.
 * - Main-thread time: the sum of that thread's top-level tasks (`ThreadControllerImpl::RunTask`,
 *   nested ones counted once) and of the microtask checkpoints Blink's scheduler runs between
 *   tasks (`BlinkScheduler_PerformMicrotaskCheckpoint` outside any task: where a fetch's promise
 *   resolves, and with it the page's code that puts the fetched rows in and the mutation callbacks
 *   that follow — crm-sweep's row boxes for a new page among them; counted since 5 December 2026,
 *   before which a page change's fetch-and-render script on both sides went uncounted): parse,
 *   script, style, layout, paint, GC, message handling, all of it;
 *   as thread time (`tdur`: the CPU time the thread got), because on a VM whose 2 cores are shared
 *   with other processes a task's wall time (`dur`) also holds the time the thread waited for a
 *   core. The wall time is kept beside it.
 * - Ours: script events (`FunctionCall`, `EvaluateScript`, …) whose URL is the content script's
 *   (`chrome-extension://<id>/…`); and the whole of every task in which such a script ran — on a
 *   page that changes nothing after it loaded, the style, layout and paint of a frame where our
 *   script ran are what our new nodes cost the browser.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; isMainFrame?: boolean; message?: string } };
}

export interface Thread {
  pid: number;
  tid: number;
}

const TASK = 'ThreadControllerImpl::RunTask';
/** Microtasks the scheduler runs after a task, outside it: top-level work like a task's. */
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
const isTopLevelWork = (e: TraceEvent) => e.name === TASK || e.name === CHECKPOINT;
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame']);
/** The script events that carry the URL of the script that ran. */
const URL_SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript']);
/** What the browser's time went to, by trace event name (inclusive: a script that forces layout
 * counts in both; the kinds are details, the total is the measure). */
const KINDS: Record<string, readonly string[]> = {
  parse: ['ParseHTML', 'ParseAuthorStyleSheet'],
  script: ['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire', 'FireAnimationFrame', 'EventDispatch'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'PaintImage', 'Commit', 'CompositeLayers', 'UpdateLayer'],
  gc: ['MajorGC', 'MinorGC', 'V8.GC_MC_INCREMENTAL'],
};

type Span = { ts: number; dur: number; tdur?: number };

export function findPageThread(events: readonly TraceEvent[], pageOrigin: string): Thread {
  const commit = events.find(
    (e) => e.name === 'CommitLoad' && e.args?.data?.isMainFrame !== false && e.args?.data?.url?.startsWith(pageOrigin),
  );
  const script = events.find((e) => SCRIPT_EVENTS.has(e.name) && e.args?.data?.url?.startsWith(pageOrigin));
  const found = commit ?? script;
  if (!found) throw new Error(`trace: no load or script of ${pageOrigin} found; cannot tell the page's main thread`);
  return { pid: found.pid, tid: found.tid };
}

/** Complete events of one thread, earliest first. */
export function onThread(events: readonly TraceEvent[], thread: Thread): (TraceEvent & Span)[] {
  return events
    .filter((e): e is TraceEvent & Span => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
}

/** Drops spans that start inside an earlier one (nested calls, nested run loops): each µs once. */
export function outermost<T extends Span>(spans: readonly T[]): T[] {
  const kept: T[] = [];
  let coveredTo = -Infinity;
  for (const span of [...spans].sort((a, b) => a.ts - b.ts)) {
    if (span.ts < coveredTo) continue;
    kept.push(span);
    coveredTo = span.ts + span.dur;
  }
  return kept;
}

/** Thread time of the spans (wall time where the trace has none), ms. */
const sumMs = (spans: readonly Span[]) => spans.reduce((us, s) => us + (s.tdur ?? s.dur), 0) / 1000;
const sumWallMs = (spans: readonly Span[]) => spans.reduce((us, s) => us + s.dur, 0) / 1000;

/**
 * A scenario's steps, marked in the trace by the bench itself (`console.timeStamp(PHASE_MARK)` in
 * the page before each step after the load): a load's time is also split at them, so a ratio can
 * say where its extra is (the load, or each page change).
 */
export const PHASE_MARK = 'crm-sweep-bench:phase';

export interface MainThreadTime {
  /** Sum of the thread's top-level tasks, thread time, ms (this and the other ms below). */
  totalMs: number;
  /** The same tasks' wall time, ms. */
  totalWallMs: number;
  tasks: number;
  /** crm-sweep's script (by the content script's URL), ms. */
  ourScriptMs: number;
  /** Whole tasks in which crm-sweep's script ran (its script and the rendering that followed), ms. */
  ourTasksMs: number;
  /** Trace clock (µs) of crm-sweep's first script, if any: decoration starts there. */
  ourFirstTs?: number;
  /** Inclusive time per kind of work (they may overlap), ms. */
  kinds: Record<string, number>;
  /** The total split at the scenario's PHASE_MARKs (a task goes to the phase it starts in), ms. */
  phasesMs: number[];
}

/** `extensionId` undefined: a browser without crm-sweep (nothing is ours). */
export function mainThreadTime(events: readonly TraceEvent[], thread: Thread, extensionId?: string): MainThreadTime {
  const own = onThread(events, thread);
  const tasks = outermost(own.filter(isTopLevelWork));
  const ourCalls = ourScript(own, extensionId);
  const ourTasks = tasks.filter((t) => ourCalls.some((c) => c.ts >= t.ts && c.ts < t.ts + t.dur));
  const kinds = Object.fromEntries(
    Object.entries(KINDS).map(([kind, names]) => [kind, round(sumMs(outermost(own.filter((e) => names.includes(e.name)))))]),
  );
  const marks = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === PHASE_MARK).map((e) => e.ts);
  const phases = Array.from({ length: marks.length + 1 }, () => [] as Span[]);
  for (const task of tasks) phases[marks.filter((ts) => ts <= task.ts).length]!.push(task);
  return {
    totalMs: round(sumMs(tasks)),
    totalWallMs: round(sumWallMs(tasks)),
    tasks: tasks.length,
    ourScriptMs: round(sumMs(ourCalls)),
    ourTasksMs: round(sumMs(ourTasks)),
    ourFirstTs: ourCalls[0]?.ts,
    kinds,
    phasesMs: phases.map((spans) => round(sumMs(spans))),
  };
}

/**
 * Top-level tasks over `overMs` in thread time or in wall time, each with both and with the share
 * that was crm-sweep's script (thread time; trace clock, ms). Thread time is what the task's own
 * work took; wall time adds the time its thread waited for a core that another process held.
 */
export function longTasksIn(events: readonly TraceEvent[], thread: Thread, extensionId?: string, overMs = 50) {
  const own = onThread(events, thread);
  const ourCalls = ourScript(own, extensionId);
  return outermost(own.filter(isTopLevelWork))
    .filter((task) => task.dur / 1000 > overMs || (task.tdur ?? task.dur) / 1000 > overMs)
    .map((task) => ({
      start: task.ts / 1000,
      duration: sumMs([task]),
      wallMs: task.dur / 1000,
      oursMs: sumMs(ourCalls.filter((c) => c.ts >= task.ts && c.ts < task.ts + task.dur)),
    }));
}

/** crm-sweep's script calls on a thread: by the content script's URL, nested calls once. */
function ourScript(own: readonly (TraceEvent & Span)[], extensionId: string | undefined): (TraceEvent & Span)[] {
  if (extensionId === undefined) return [];
  const prefix = `chrome-extension://${extensionId}/`;
  return outermost(own.filter((e) => URL_SCRIPT_EVENTS.has(e.name) && e.args?.data?.url?.startsWith(prefix)));
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
