import { expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { extensionTable, type LoadedExtension } from '../support/extension';

export { extensionTable };

// Globals of extension pages and content scripts, where these helpers' functions run.
declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<any> };
  storage: { session: { get(k: string): Promise<Record<string, any>> } };
  action: { getBadgeText(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};

/** An extension page (our own origin): trusted sender for `extension` routes. */
export async function extensionPage(ext: LoadedExtension, path = 'popup.html'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

/** What the browser's own chrome shows of crm-sweep: the toolbar badge and the notifications still listed. */
export async function badgeAndNotifications(page: Page): Promise<{ badge: string; notifications: string[] }> {
  return page.evaluate(async () => ({
    badge: await chrome.action.getBadgeText({}),
    notifications: Object.keys(await chrome.notifications.getAll()),
  }));
}

/**
 * Runs `fn` in a fresh page of the extension, not in the service worker: Chromium may stop and
 * restart an idle worker on a loaded host, and an evaluate in the handle of a stopped worker never
 * settles (seen as a 2-minute test timeout in a full CI run).
 */
export async function onExtensionPage<T>(extension: LoadedExtension, fn: (page: Page) => Promise<T>): Promise<T> {
  const page = await extensionPage(extension, 'options.html');
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

export async function sendFrom(page: Page, route: string, payload: unknown): Promise<any> {
  return page.evaluate(([r, p]) => chrome.runtime.sendMessage({ route: r, payload: p }), [route, payload] as const);
}

/**
 * Runs a message send inside crm-sweep's content-script world of a HubSpot page (the isolated
 * world Chromium names after the extension), exactly as the overlay sends it.
 */
export function sendFromContentScript(page: Page, route: string, payload: unknown): Promise<any> {
  return evaluateInContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify({ route, payload })})`);
}

/** Kills the extension's service worker for real (as Chrome does to an idle MV3 worker). */
export async function killServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const session: CDPSession = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (worker) await session.send('Target.closeTarget', { targetId: worker.targetId });
  await session.detach();
}

export async function workerStartedAt(page: Page): Promise<number | undefined> {
  return page.evaluate(async () => (await chrome.storage.session.get('workerStartedAt')).workerStartedAt);
}

/** Reads a job row straight from the extension's IndexedDB (as the popup's live view does). */
export async function readJob(page: Page, jobId: string): Promise<any> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('crm-sweep');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('jobs').objectStore('jobs').get(id);
          get.onsuccess = () => {
            resolve(get.result);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    jobId,
  );
}

/** Every staged selection, read from the extension's IndexedDB by the service worker. */
export async function stagedSelections(extension: LoadedExtension): Promise<
  {
    id: string;
    ids: string[];
    listId?: string;
    objectTypeId: string;
    displayedTotal?: number;
    intent?: string;
    source: { description: string };
  }[]
> {
  return extensionTable(extension, 'staged');
}

/** Opens a HubSpot table or list page and waits until the overlay has decorated it. */
export async function openDecoratedTable(extension: LoadedExtension, url: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(url);
  // The overlay has started: a row gets its box when the mouse or the focus comes to it
  // (page-locators.ts hoveredRowBox), every row once anything is picked.
  await expect(page.getByRole('checkbox', { name: /^Select all \d+ \w+ on this page$/ })).toBeVisible();
  return page;
}

/** A setting the user changes in the options page (language, rate share, …), written to storage directly. */
export async function setExtensionSettings(extension: LoadedExtension, settings: Record<string, unknown>): Promise<void> {
  await extension.worker.evaluate(async (s) => {
    const local = (globalThis as any).chrome.storage.local;
    const stored = (await local.get('settings')).settings ?? {};
    await local.set({ settings: { ...stored, ...s } });
  }, settings);
}

/** The toolbar popup's size (components/theme.css: `.popup { width: 420px }`; Chrome caps a popup's height at 600 px). */
export const POPUP_VIEWPORT = { width: 420, height: 600 };

/**
 * The confirmation the background opened for a staged selection (lib/background/open-confirmation.ts).
 * `action.openPopup` shows popup.html (no `?staged=`: it confirms the newest staged selection) in
 * the toolbar popup, a browser UI surface Playwright cannot drive; the fallback is a popup window
 * with popup.html?staged=<id>, which Playwright sees as a page. This waits until either is open,
 * then returns a page a test can drive: the fallback window itself, or — for the toolbar popup,
 * which is closed (as clicking into the page would) — the same URL in a tab of the popup's size.
 */
export async function openedConfirmation(extension: LoadedExtension): Promise<{ page: Page; how: 'toolbar popup' | 'popup window' }> {
  const popupUrl = `chrome-extension://${extension.extensionId}/popup.html`;
  const shown = async () => {
    const windowPage = extension.context.pages().find((p) => p.url().startsWith(`${popupUrl}?staged=`));
    if (windowPage) return { windowPage };
    const contexts: { contextType: string; documentUrl?: string }[] = await extension.worker.evaluate(() =>
      (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['POPUP'] }),
    );
    return contexts.some((c) => c.documentUrl === popupUrl) ? { toolbar: true } : null;
  };
  await expect.poll(async () => (await shown()) !== null, { message: 'the background opened no confirmation' }).toBe(true);
  const found = (await shown())!;
  if ('windowPage' in found && found.windowPage) {
    await found.windowPage.setViewportSize(POPUP_VIEWPORT);
    return { page: found.windowPage, how: 'popup window' };
  }
  const session = await extension.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  for (const target of targetInfos.filter((t) => t.url === popupUrl))
    await session.send('Target.closeTarget', { targetId: target.targetId });
  await session.detach();
  const page = await extension.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(popupUrl);
  return { page, how: 'toolbar popup' };
}

/**
 * Moves a job back in time in the extension's IndexedDB, as if it had run `ms` earlier ("yesterday's
 * batch"): every `…At` time of its job row and of its batches. Extension pages open at the time read
 * it afresh (reload them: a raw IndexedDB write does not reach Dexie's live queries).
 */
export async function shiftJobBack(extension: LoadedExtension, jobId: string, ms: number): Promise<void> {
  await onExtensionPage(extension, (page) =>
    page.evaluate(
      ([id, by]) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('crm-sweep');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction(['jobs', 'batches'], 'readwrite');
            const shift = (row: Record<string, unknown>) => {
              for (const [key, value] of Object.entries(row)) if (key.endsWith('At') && typeof value === 'number') row[key] = value - by;
              return row;
            };
            const jobs = tx.objectStore('jobs');
            jobs.get(id).onsuccess = (e) => {
              const job = (e.target as IDBRequest).result;
              if (job) jobs.put(shift(job));
            };
            const batches = tx.objectStore('batches');
            batches.getAll().onsuccess = (e) => {
              for (const batch of (e.target as IDBRequest).result as Record<string, unknown>[])
                if (batch.jobId === id) batches.put(shift(batch));
            };
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [jobId, ms] as const,
    ),
  );
}

/**
 * Evaluates an expression in crm-sweep's content-script world of a HubSpot page (the isolated world
 * Chromium names after the extension): what any content script there could do. Returns its value.
 */
export async function evaluateInContentScript(page: Page, expression: string): Promise<any> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.name === 'crm-sweep' && c.auxData?.isDefault === false);
  if (!world) throw new Error('crm-sweep content script world not found');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(`content script evaluation failed: ${JSON.stringify(exceptionDetails)}`);
  return result.value;
}
