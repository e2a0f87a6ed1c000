/**
 * What a user does on each page the overlay bench measures (interleaved.ts runs each with and
 * without crm-sweep). Every step waits for the page, never for crm-sweep, and then the same fixed
 * time on both sides, so the two loads do the same things and crm-sweep's work has time to land;
 * that it did land is checked after the trace (`facts`).
 */
import type { Page } from 'playwright-core';
import type { Sandbox } from '../sandbox/server';
import { staticBoard, staticTable } from '../fixtures/large-pages';
import type { Scenario } from './interleaved';
import { PHASE_MARK } from './main-thread';

/** Time given after each step for the page's and crm-sweep's work to finish (one table page: 1–3 frames). */
const SETTLE_MS = 400;

async function settle(page: Page): Promise<void> {
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  await page.waitForTimeout(SETTLE_MS);
}

const ROW = 'tr[data-test-id^="row-"]';

/** HubSpot's largest table page (100 rows): load, then three pages onward with "Next page". */
export interface TableFacts {
  rows: number;
  /** Rows boxed: none, since nothing is picked and the mouse comes to no row
   * (lib/overlay/box-demand.ts). */
  rowBoxes: number;
  /** crm-sweep's "select page" in the header: that it ran on the table. */
  pageBoxes: number;
}

const NEXT_PAGE = 'a[aria-label="Next page"]';

/**
 * The page is driven as pickFirstCard's board is: plain mouse input at a centre read with one
 * `querySelector`, and waits that run one `querySelectorAll` a frame in the page, not Playwright's
 * locators. Those run in the page's main thread and walk its whole DOM (roles, accessible names and
 * styles of every element for `getByRole`, every element and shadow root for a CSS locator): 64–78 ms
 * of a ~450 ms scenario on either side, traced (session 27). Counted on both sides, the driver's own
 * work pulled the ratio towards 1, and it grows with the DOM crm-sweep adds to.
 */
export function tablePaging(sandbox: Sandbox, render: 'client' | 'server'): Scenario<TableFacts> {
  const url = `${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list?pageSize=100${render === 'client' ? '&render=client' : ''}`;
  return (page) => ({
    run: async () => {
      await page.goto(url);
      await hundredRows(page, null);
      await settle(page);
      for (let i = 0; i < 3; i++) {
        await page.evaluate(`console.timeStamp(${JSON.stringify(PHASE_MARK)})`);
        const first = await page.evaluate((row) => document.querySelector(row)?.getAttribute('data-test-id') ?? null, ROW);
        await page.mouse.click(...(await centreOf(page, NEXT_PAGE)));
        await hundredRows(page, first);
        await settle(page);
      }
    },
    facts: async () => ({
      rows: await page.locator(ROW).count(),
      rowBoxes: await page.locator('input[data-crmx-check="row"]').count(),
      pageBoxes: await page.locator('input[data-crmx-check="page"]').count(),
    }),
  });
}

/** Until the table shows 100 rows and, after a page change, no longer the row that led the last page. */
async function hundredRows(page: Page, gone: string | null): Promise<void> {
  await page.waitForFunction(
    ([row, gone]) =>
      document.querySelectorAll(row).length >= 100 && (gone === null || document.querySelector(`tr[data-test-id="${gone}"]`) === null),
    [ROW, gone] as const,
  );
}

/** Scrolls each column body down in steps, a frame apart, and back up. (A string: the bench runs
 * under tsx, whose helper names must not leak into the page.) */
export const SCROLL_COLUMNS = `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  for (const body of document.querySelectorAll('[data-test-id="cdb-column-body"]')) {
    for (let y = 0; y <= body.scrollHeight; y += 400) { body.scrollTop = y; await frame(); }
    body.scrollTop = 0;
    await frame();
  }
})()`;

/**
 * Scrolls one column to its end with the mouse wheel over it, as a user does (the compositor
 * scrolls, the page's scroll listener appends the next cards), until its end stays put.
 */
async function wheelToEnd(page: Page, column: number): Promise<void> {
  await page.mouse.move(...(await centreOf(page, COLUMN_BODY, column)));
  for (let step = 0; step < 300; step++) {
    await page.mouse.wheel(0, 400);
    const atEnd = await page.evaluate(
      ([s, n]) => {
        const b = document.querySelectorAll(s)[n]!;
        return b.scrollTop + b.clientHeight >= b.scrollHeight - 1;
      },
      [COLUMN_BODY, column] as const,
    );
    if (atEnd) return;
  }
}

const CARD = '[data-test-id="cdb-column-item"]';
const COLUMN_BODY = '[data-test-id="cdb-column-body"]';

export interface BoardFacts {
  cards: number;
  /** Cards boxed: before a pick only those the mouse moved in (lib/overlay/box-demand.ts). */
  cardBoxes: number;
  /** crm-sweep's column controls: that it ran on the board. */
  columnBoxes: number;
}

/** The sandbox's lazy board (columns append cards as they are scrolled), every column wheeled to its end. */
export function lazyBoard(sandbox: Sandbox): Scenario<BoardFacts> {
  return (page) => ({
    run: async () => {
      await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-3/views/all/board?pipeline=default&autorefresh=0`);
      await present(page, CARD);
      await settle(page);
      const columns = await page.evaluate((s) => document.querySelectorAll(s).length, COLUMN_BODY);
      for (let i = 0; i < columns; i++) await wheelToEnd(page, i);
      await settle(page);
    },
    facts: async () => ({
      cards: await page.locator(CARD).count(),
      cardBoxes: await page.locator('input[data-crmx-check="card"]').count(),
      columnBoxes: await page.locator('input[data-crmx-check="column"]').count(),
    }),
  });
}

export interface Decorated {
  kind: string;
  count: number;
  /** Script time of the decoration slices, from the overlay's own `crm-sweep:decorated` mark. */
  activeMs: number;
  wallMs: number;
}

/** The last `crm-sweep:decorated` mark of `kind` that covered at least `atLeast` nodes. */
async function decorated(page: Page, kind: string, atLeast: number): Promise<Decorated> {
  const handle = await page.waitForFunction(
    ([k, n]) => {
      const marks = performance.getEntriesByName('crm-sweep:decorated') as PerformanceMark[];
      const done = marks.map((m) => m.detail as { kind: string; count: number }).filter((d) => d.kind === k && d.count >= n);
      return done.length > 0 ? done[done.length - 1] : null;
    },
    [kind, atLeast] as const,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as Decorated;
}

/**
 * The mouse onto the first board card or table row and, with crm-sweep, a click on the box it
 * brings: a board's cards and a table's rows are all boxed from the first pick on (before it, only
 * those the mouse comes to). Plain mouse input at centres read with one `querySelector` in the
 * page, not Playwright's locators: its selector engine walks the whole DOM (it pierces shadow
 * roots), a task of 35–50 ms of its own on the 2,000-card board with or without crm-sweep, and the
 * static board's long-task rule counts every task after our first script.
 */
export async function pickFirst(page: Page, withOverlay: boolean, kind: 'board' | 'table' = 'board'): Promise<void> {
  const [item, started, box] =
    kind === 'board'
      ? [CARD, 'column', `${CARD} > input[data-crmx-check="card"]`]
      : [`${ROW} td[data-column-index="0"] a`, 'page', `${ROW} input[data-crmx-check="row"]`];
  // The overlay's column controls or "select page": it has started, and will see the mouse come.
  if (withOverlay) await present(page, `input[data-crmx-check="${started}"]`);
  await page.mouse.move(...(await centreOf(page, item)));
  if (!withOverlay) return;
  await present(page, box);
  await page.mouse.click(...(await centreOf(page, box)));
}

/** Until something on the page matches `selector` (one `querySelector` a frame). */
async function present(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelector(s) !== null, selector);
}

/** The centre of the `index`th element matching `selector`, scrolled into view first if it is not
 * (a user scrolls down to a table's pager, or to a board's column). */
async function centreOf(page: Page, selector: string, index = 0): Promise<[number, number]> {
  const centre = await page.evaluate(
    ([s, n]) => {
      // One match, not all of them, for the first (2,000 cards on the static board).
      const element = n === 0 ? document.querySelector(s) : document.querySelectorAll(s)[n];
      element?.scrollIntoView({ block: 'nearest' });
      const rect = element?.getBoundingClientRect();
      return rect ? ([rect.x + rect.width / 2, rect.y + rect.height / 2] as [number, number]) : null;
    },
    [selector, index] as const,
  );
  if (centre === null) throw new Error(`nothing on the page matches ${selector}`);
  return centre;
}

/**
 * A large static page (tests/fixtures/large-pages.ts: HubSpot's markup, no script of its own):
 * loaded, and with crm-sweep decorated to the last node; then the same settle on both sides. On
 * both, decoration starts with the first pick, so the load is followed by one (the mouse onto the
 * first card or row on both sides, and with crm-sweep a click on its box).
 */
export function staticPage(sandbox: Sandbox, kind: 'board' | 'table'): Scenario<Decorated | null> {
  const portal = sandbox.portalId;
  const [url, html, nodes] =
    kind === 'board'
      ? [`${sandbox.url}/contacts/${portal}/objects/0-3/views/all/board?pipeline=default`, staticBoard(portal, 2000), 2000]
      : [`${sandbox.url}/contacts/${portal}/objects/0-1/views/all/list`, staticTable(portal, 5000), 5000];
  return (page, withOverlay) => {
    let done: Decorated | null = null;
    return {
      run: async () => {
        await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: html }));
        await page.goto(url);
        await pickFirst(page, withOverlay, kind);
        if (withOverlay) done = await decorated(page, kind, nodes);
        await settle(page);
      },
      facts: async () => done,
    };
  };
}
