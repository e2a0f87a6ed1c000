/**
 * overlay_long_tasks: main-thread tasks over 50 ms that crm-sweep makes, from the traces of the
 * overlay bench's loads with crm-sweep (and, for comparison, without it). A task's length is its
 * thread time — what its work took — with its wall time beside it: on this shared VM (load
 * averages of 2 to 12 on 2 cores while other sessions run browsers) a task's wall time also holds
 * the time its thread waited for a core, and the pages' own tasks go over 50 ms that way without
 * crm-sweep as well (baselineWithoutExtension).
 */
import { loadavg } from 'node:os';
import type { Pairs } from './interleaved';
import type { Decorated } from './overlay-scenarios';
import { row, type BenchRow } from './results';
import { madeLongByUs, type TracedTask } from './trace-tasks';

export interface LongTaskRuns {
  table: Pairs<unknown>;
  tableServer: Pairs<unknown>;
  board: Pairs<unknown>;
  stressBoard: Pairs<Decorated | null>;
  stressTable: Pairs<Decorated | null>;
  /** The static board scrolled after a pick, with and without crm-sweep. */
  scroll: TracedTask[];
  scrollWithout: TracedTask[];
}

const OVER_MS = 50;
/** The same task measured by its wall time (the rule as a PerformanceObserver would apply it). */
const asWall = (t: TracedTask): TracedTask => ({ ...t, duration: t.wallMs });
const ms = (tasks: readonly TracedTask[]) => tasks.map((t) => Math.round(t.duration));

/** Static pages run no script of their own: every long task from crm-sweep's first script on is ours. */
function fromDecoration(pairs: Pairs<Decorated | null>): TracedTask[] {
  return pairs.with.flatMap((l) =>
    l.longTasks.filter((t) => l.time.ourFirstTs !== undefined && t.start + t.wallMs >= l.time.ourFirstTs / 1000),
  );
}

/** The tasks each scenario counts, by a given measure of a task's length. */
function counted(runs: LongTaskRuns, measure: (t: TracedTask) => TracedTask) {
  const long = (tasks: TracedTask[]) => tasks.map(measure).filter((t) => t.duration > OVER_MS);
  const live = (pairs: Pairs<unknown>) => pairs.with.flatMap((l) => l.longTasks.map(measure).filter((t) => madeLongByUs(t, OVER_MS)));
  return {
    boardDecorate2000: long(fromDecoration(runs.stressBoard)),
    boardScroll: long(runs.scroll),
    lazyBoardScroll: live(runs.board),
    table100DecorateAndPaging: live(runs.table),
    table100ServerRendered: live(runs.tableServer),
  };
}

export function longTasksRow(runs: LongTaskRuns, loads: { live: number; stress: number }): BenchRow {
  const byThread = counted(runs, (t) => t);
  const byWall = counted(runs, asWall);
  const total = (c: Record<string, TracedTask[]>) => Object.values(c).reduce((n, t) => n + t.length, 0);
  const listed = (pairs: Pairs<unknown>, side: 'with' | 'without') =>
    pairs[side].map((l) =>
      l.longTasks.map((t) => ({ ms: Math.round(t.duration), wallMs: Math.round(t.wallMs), oursMs: Math.round(t.oursMs * 10) / 10 })),
    );
  return row(total(byThread), 'tasks > 50 ms', 0, 'max', {
    ...Object.fromEntries(Object.entries(byThread).map(([k, t]) => [k, ms(t)])),
    rule: "a task's length is its main-thread thread time. Static pages (no script of their own): every task > 50 ms from crm-sweep's first script on counts. Live sandbox pages, whose own rendering has long tasks with or without crm-sweep: a task counts when crm-sweep's script in it (Chromium trace, by the content script's URL) is over 50 ms or is what takes it over 50 ms",
    loads: `traced loads with crm-sweep: ${loads.live} per live page, ${loads.stress} per static page; the static board's scroll: one, after picking a card`,
    byWallTime: { count: total(byWall), ...Object.fromEntries(Object.entries(byWall).map(([k, t]) => [k, ms(t)])) },
    livePagesLongTasksPerLoad: {
      lazyBoard: { with: listed(runs.board, 'with'), without: listed(runs.board, 'without') },
      table100: { with: listed(runs.table, 'with'), without: listed(runs.table, 'without') },
      table100ServerRendered: { with: listed(runs.tableServer, 'with'), without: listed(runs.tableServer, 'without') },
    },
    baselineWithoutExtension_boardScroll: runs.scrollWithout.map((t) => ({ ms: Math.round(t.duration), wallMs: Math.round(t.wallMs) })),
    notCounted_table5000Decorate: {
      tasksMs: ms(fromDecoration(runs.stressTable).filter((t) => t.duration > OVER_MS)),
      why: "Chromium re-lays out the whole 5,000-row table after any change to it (~100 ms per frame, also for 100 inserted nodes); HubSpot's tables show at most 100 rows, measured above",
    },
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    browser: 'Chromium headless (Debian), extension loaded',
  });
}
