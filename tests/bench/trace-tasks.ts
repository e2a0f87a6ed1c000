/**
 * Chromium traces of a page under a scenario (CDP Tracing), read by main-thread.ts: the page's
 * main-thread time and crm-sweep's share of it, and its long tasks with our share. The
 * PerformanceObserver "longtask" entries cannot tell whose work a task was (Long Animation Frames
 * do not list extension scripts either), and the sandbox's own pages — like HubSpot's — have long
 * tasks of their own on this 2-core VM: laying out a freshly paged 100-row table takes 30–50 ms
 * here, with or without crm-sweep.
 */
import type { Page } from 'playwright-core';
import { findPageThread, longTasksIn, mainThreadTime, type MainThreadTime, type TraceEvent } from './main-thread';

export interface TracedTask {
  /** Trace clock, ms. */
  start: number;
  /** Thread time: the task's own work, without the time its thread waited for a core, ms. */
  duration: number;
  /** Wall time, as a PerformanceObserver "longtask" entry has it, ms. */
  wallMs: number;
  /** Thread time of crm-sweep's content script inside the task (rAF slices, observers, events). */
  oursMs: number;
}

/** Runs `scenario` under a trace and returns the trace's events. */
export async function recordTrace(page: Page, scenario: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  // Light categories only: 'disabled-by-default-devtools.timeline' records invalidations and
  // slows layout and paint enough to make long tasks of its own.
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] } });
  try {
    await scenario();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

export interface TracedRun {
  time: MainThreadTime;
  /** The page's main-thread tasks over 50 ms. */
  longTasks: TracedTask[];
}

/** Runs `scenario` under a trace: the page's main-thread time, crm-sweep's share, long tasks. */
export async function traceMainThread(page: Page, extensionId: string | undefined, scenario: () => Promise<void>): Promise<TracedRun> {
  const events = await recordTrace(page, scenario);
  const thread = findPageThread(events, new URL(page.url()).origin);
  return { time: mainThreadTime(events, thread, extensionId), longTasks: longTasksIn(events, thread, extensionId) };
}

/**
 * Whether crm-sweep made a task long: its own script in it is over the threshold, or without
 * that script the task would have stayed under it. (Layout our nodes cause is not script time:
 * the static-page scenarios, where the page runs no script, count every task instead.)
 */
export function madeLongByUs(task: Pick<TracedTask, 'duration' | 'oursMs'>, overMs = 50): boolean {
  return task.oursMs > overMs || (task.duration > overMs && task.duration - task.oursMs <= overMs);
}
