import { expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import type { LoadedExtension } from '../support/extension';

// Globals of extension pages and content scripts, where these helpers' functions run.
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<any> }; storage: { session: { get(k: string): Promise<Record<string, any>> } } };

/** An extension page (our own origin): trusted sender for `extension` routes. */
export async function extensionPage(ext: LoadedExtension, path = 'popup.html'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

export async function sendFrom(page: Page, route: string, payload: unknown): Promise<any> {
  return page.evaluate(([r, p]) => chrome.runtime.sendMessage({ route: r, payload: p }), [route, payload] as const);
}

/**
 * Runs a message send inside crm-sweep's content-script world of a HubSpot page (the isolated
 * world Chromium names after the extension), exactly as the overlay sends it.
 */
export async function sendFromContentScript(page: Page, route: string, payload: unknown): Promise<any> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.name === 'crm-sweep' && c.auxData?.isDefault === false);
  if (!world) throw new Error('crm-sweep content script world not found');
  const expression = `chrome.runtime.sendMessage(${JSON.stringify({ route, payload })})`;
  const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  return result.value;
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
export async function stagedSelections(extension: LoadedExtension): Promise<{ ids: string[]; listId?: string; objectTypeId: string; displayedTotal?: number; source: { description: string } }[]> {
  return extension.worker.evaluate(
    () =>
      new Promise<any[]>((resolve, reject) => {
        const request = indexedDB.open('crm-sweep');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('staged').objectStore('staged').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            request.result.close();
          };
        };
      }),
  );
}

/** Opens a HubSpot table or list page and waits until the overlay has decorated it. */
export async function openDecoratedTable(extension: LoadedExtension, url: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(url);
  await expect(page.getByRole('checkbox', { name: /^Select all \d+ \w+ on this page$/ })).toBeVisible();
  return page;
}
