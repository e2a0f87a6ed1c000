/**
 * The static 2,000-card board with a card picked (every checkbox shows), every column scrolled top
 * to bottom and back under a trace: the page's main-thread tasks over 50 ms. The page runs no
 * script of its own, so with crm-sweep every long task here is ours; without it, the machine's own.
 */
import type { BrowserContext } from 'playwright-core';
import { staticBoard } from '../fixtures/large-pages';
import type { Sandbox } from '../sandbox/server';
import { pickFirst, SCROLL_COLUMNS } from './overlay-scenarios';
import { findPageThread, longTasksIn } from './main-thread';
import { recordTrace, type TracedTask } from './trace-tasks';

/** The scroll starts with this console.timeStamp: the trace's `TimeStamp` event marks it. */
const SCROLL_MARK = 'crm-sweep-bench:scroll';

export async function staticBoardScroll(context: BrowserContext, sandbox: Sandbox, extensionId?: string): Promise<TracedTask[]> {
  const page = await context.newPage();
  try {
    const url = `${sandbox.url}/contacts/${sandbox.portalId}/objects/0-3/views/all/board?pipeline=default`;
    await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: staticBoard(sandbox.portalId, 2000) }));
    // The whole load is traced (the page's main thread is found where its load committed); only
    // the tasks from the scroll's mark on are returned.
    const events = await recordTrace(page, async () => {
      await page.goto(url);
      if (extensionId !== undefined) {
        // The first pick boxes every card (before it, a card gets its box when the mouse comes).
        await pickFirst(page, true);
        await page.locator('input[data-crmx-check="card"]').nth(1999).waitFor({ state: 'attached', timeout: 60_000 });
      }
      await page.waitForTimeout(500);
      await page.evaluate(`console.timeStamp(${JSON.stringify(SCROLL_MARK)}); ${SCROLL_COLUMNS}`);
    });
    const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === SCROLL_MARK);
    if (!mark) throw new Error('trace: the scroll mark is missing');
    const thread = findPageThread(events, new URL(url).origin);
    return longTasksIn(events, thread, extensionId).filter((t) => t.start >= mark.ts / 1000);
  } finally {
    await page.close();
  }
}
