import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * What the Firefox journeys find on the sandbox's HubSpot pages and in crm-sweep's popup: by
 * HubSpot's DOM contract, by accessible name (puppeteer's ARIA queries see into crm-sweep's shadow
 * root), and by text. Kept small: the Chromium suite (tests/e2e) checks the details.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe().catch(() => null);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The element with this ARIA role and accessible name (exact), waited for. */
export function byRole(page: Page, role: string, name: string, timeoutMs?: number): Promise<ElementHandle<Element>> {
  return waitFor(`${role} "${name}"`, () => page.$(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`), timeoutMs);
}

/** The `index`th card of a board stage, or crm-sweep's checkbox in it (`box`). */
function cardPart(page: Page, stage: string, index: number, box: boolean): Promise<ElementHandle<Element> | null> {
  return page
    .evaluateHandle(
      (s, i, b) => {
        const column = [...document.querySelectorAll('[data-test-id="cdb-column"]')].find((c) =>
          c.querySelector('[data-test-id="cdb-column-name"]')?.textContent?.trim().startsWith(s),
        );
        const card = column?.querySelectorAll('[data-test-id="cdb-column-item"]')[i] ?? null;
        return b ? (card?.querySelector('input[data-crmx-check="card"]') ?? null) : card;
      },
      stage,
      index,
      box,
    )
    .then((handle) => handle.asElement() as ElementHandle<Element> | null);
}

/** crm-sweep's checkbox on the `index`th card of a board stage. Until something is picked a card
 * has one only once the mouse or the focus has come to it: `hoverCard` first. */
export function cardBox(page: Page, stage: string, index: number): Promise<ElementHandle<Element>> {
  return waitFor(`card ${index} of "${stage}"`, () => cardPart(page, stage, index, true));
}

/** The mouse onto the `index`th card of a board stage, as a user's before the first pick. */
export async function hoverCard(page: Page, stage: string, index: number): Promise<void> {
  await (await waitFor(`card ${index} of "${stage}"`, () => cardPart(page, stage, index, false))).hover();
}

/** The record ID of the `index`th card of a stage (HubSpot's `data-selenium-id`). */
export function cardId(page: Page, stage: string, index: number): Promise<string> {
  return page.evaluate(
    (s, i) => {
      const column = [...document.querySelectorAll('[data-test-id="cdb-column"]')].find((c) =>
        c.querySelector('[data-test-id="cdb-column-name"]')?.textContent?.trim().startsWith(s),
      );
      return column?.querySelectorAll('[data-test-id="cdb-column-item"]')[i]?.getAttribute('data-selenium-id') ?? '';
    },
    stage,
    index,
  );
}

const TOOLBAR = '>>> [role="toolbar"][aria-label="crm-sweep selection"]';

/** Waits until crm-sweep's toolbar says `text`; on a timeout, says what it said instead. */
export async function toolbarSays(page: Page, text: string, what = `the toolbar to say "${text}"`): Promise<void> {
  let seen = '';
  await waitFor(what, async () => {
    seen = await toolbarText(page);
    return seen.includes(text);
  }).catch((error: Error) => {
    throw new Error(`${error.message}; the toolbar said: ${JSON.stringify(seen)}`);
  });
}

/** Text of crm-sweep's toolbar (in its open shadow root), or '' while there is none. */
export async function toolbarText(page: Page): Promise<string> {
  const bar = await page.$(TOOLBAR);
  return bar ? bar.evaluate((b) => b.textContent ?? '') : '';
}

/** A button of crm-sweep's toolbar, by its text. */
export function toolbarButton(page: Page, text: string): Promise<ElementHandle<Element>> {
  // Only once the bar is shown and has stopped moving (puppeteer's click, unlike Playwright's,
  // does not wait for that): the bar is hidden until it is first placed and may be placed again
  // after a pick, and a click computed before a move lands on the page instead.
  let lastRect = '';
  return waitFor(`toolbar button "${text}"`, async () => {
    const bar = await page.$(TOOLBAR);
    const handle = await bar?.evaluateHandle(
      (b, t) => [...b.querySelectorAll('button')].find((x) => x.textContent?.trim() === t) ?? null,
      text,
    );
    const button = (handle?.asElement() as ElementHandle<Element> | null) ?? null;
    const rect = await button?.evaluate((x) => {
      const r = x.getBoundingClientRect();
      return getComputedStyle(x).visibility === 'visible' && r.width > 0 ? `${r.left},${r.top},${r.width},${r.height}` : '';
    });
    const still = rect !== undefined && rect !== '' && rect === lastRect;
    lastRect = rect ?? '';
    return still ? button : null;
  });
}

/** The visible text of a page's body (the popup: what a person reads). */
export function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
