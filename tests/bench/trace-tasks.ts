/**
 * Long tasks of a live page, each with the share of it that was crm-sweep's own script, from a
 * Chromium trace. The PerformanceObserver "longtask" entries cannot tell whose work a task was
 * (Long Animation Frames do not list extension scripts either), and the sandbox's own pages —
 * like HubSpot's — have long tasks of their own on this 2-core VM: laying out a freshly paged
 * 100-row table takes 30–50 ms here, with or without crm-sweep.
 */
import type { Page } from 'playwright-core';

export interface TracedTask {
  /** Trace clock, ms. */
  start: number;
  duration: number;
  /** Script time of crm-sweep's content script inside the task (rAF slices, observers, events). */
  oursMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame']);

/** Runs `scenario` under a trace and returns the page's main-thread tasks longer than `overMs`. */
export async function traceLongTasks(
  page: Page,
  extensionId: string | undefined,
  scenario: () => Promise<void>,
  overMs = 50,
): Promise<TracedTask[]> {
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
  const ours = extensionId === undefined ? null : `chrome-extension://${extensionId}/`;
  const pageUrl = new URL(page.url()).origin;
  // The page's main thread: where its own scripts (inline, at the sandbox's origin) run.
  const pageScript = events.find((e) => SCRIPT_EVENTS.has(e.name) && e.args?.data?.url?.startsWith(pageUrl));
  if (!pageScript) throw new Error('trace: no script of the page found; cannot tell its main thread');
  const onMain = events.filter((e) => e.pid === pageScript.pid && e.tid === pageScript.tid && e.ph === 'X' && e.dur !== undefined);
  const ourCalls = onMain
    .filter((e) => ours !== null && (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && e.args?.data?.url?.startsWith(ours))
    .sort((a, b) => a.ts - b.ts);
  return onMain
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur! / 1000 > overMs)
    .map((task) => {
      let oursUs = 0;
      let coveredTo = -Infinity; // nested calls of ours are inside one already counted
      for (const call of ourCalls) {
        if (call.ts < task.ts || call.ts >= task.ts + task.dur! || call.ts < coveredTo) continue;
        oursUs += call.dur!;
        coveredTo = call.ts + call.dur!;
      }
      return { start: task.ts / 1000, duration: task.dur! / 1000, oursMs: oursUs / 1000 };
    });
}

/**
 * Whether crm-sweep made a task long: its own script in it is over the threshold, or without
 * that script the task would have stayed under it. (Layout our nodes cause is not script time:
 * the static-page scenarios, where the page runs no script, count every task instead.)
 */
export function madeLongByUs(task: TracedTask, overMs = 50): boolean {
  return task.oursMs > overMs || (task.duration > overMs && task.duration - task.oursMs <= overMs);
}
