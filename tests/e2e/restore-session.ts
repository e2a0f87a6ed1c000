import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { extensionTable, type LoadedExtension } from '../support/extension';
import { onExtensionPage } from './extension-pages';

/** The extension API as an extension page sees it (only what this file uses). */
declare const chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> } };

/**
 * Test set-up for the restore page (issue 19) without the popup's `restore/open`: a tab whose ID is
 * known, and a restore session saved for it straight into the extension's IndexedDB (what
 * `restore/open` stores), so the content script on the restore page in that tab gets the plan.
 */
export interface TestRestoreSession {
  id: string;
  jobId: string;
  portalId: string;
  objectTypeId: string;
  tabId: number;
  inBin: string[];
  total: number;
  round?: number;
  rounds?: number;
  alreadyBack?: string[];
  purged?: string[];
}

/** A new tab on `url` (a page of the sandbox's origin) and the browser's ID for it. */
export async function openTabWithId(extension: LoadedExtension, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await extension.context.newPage();
  const marker = `crm-sweep-tab-${Math.random().toString(36).slice(2)}`;
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}${marker}`);
  const tabId = await onExtensionPage(extension, (ext) =>
    ext.evaluate(async (m) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => (t.url ?? '').includes(m))?.id ?? -1;
    }, marker),
  );
  if (tabId < 0) throw new Error('could not find the new tab from the service worker');
  return { page, tabId };
}

/** Saves a session row as `restore/open` would (lib/db/rows.ts RestoreSession). */
export async function saveTestRestoreSession(extension: LoadedExtension, session: TestRestoreSession): Promise<void> {
  const row = {
    round: 1,
    rounds: 1,
    alreadyBack: [],
    purged: [],
    unreadable: [],
    createdAt: Date.now(),
    ...session,
  };
  // The background opens its database lazily: until it has, a plain open would create an empty one
  // (and the store would be missing). So the upgrade is refused and the save waits and tries again.
  await onExtensionPage(extension, (ext) =>
    ext.evaluate(
      (value) =>
        new Promise<void>((resolve, reject) => {
          const deadline = Date.now() + 20_000;
          const attempt = () => {
            const retry = (why: unknown) => (Date.now() < deadline ? setTimeout(attempt, 100) : reject(why));
            const request = indexedDB.open('crm-sweep');
            request.onupgradeneeded = () => request.transaction?.abort();
            request.onerror = () => retry(request.error);
            request.onsuccess = () => {
              const db = request.result;
              try {
                const tx = db.transaction('restoreSessions', 'readwrite');
                tx.objectStore('restoreSessions').put(value);
                tx.oncomplete = () => {
                  db.close();
                  resolve();
                };
                tx.onerror = () => reject(tx.error);
              } catch (error) {
                db.close();
                retry(error);
              }
            };
          };
          attempt();
        }),
      row,
    ),
  );
}

/**
 * A new tab on the sandbox with a restore session saved for it (contacts, a fresh session and job
 * ID unless `session` says otherwise): what the popup's "Restore exactly" leaves behind.
 */
export async function tabWithRestoreSession(
  extension: LoadedExtension,
  sandbox: { url: string; portalId: number },
  session: Partial<TestRestoreSession> & Pick<TestRestoreSession, 'inBin' | 'total'>,
): Promise<{ page: Page; sessionId: string }> {
  const { page, tabId } = await openTabWithId(extension, `${sandbox.url}/`);
  const sessionId = session.id ?? randomUUID();
  await saveTestRestoreSession(extension, {
    jobId: randomUUID(),
    portalId: String(sandbox.portalId),
    objectTypeId: '0-1',
    tabId,
    ...session,
    id: sessionId,
  });
  return { page, sessionId };
}

/** The extension's restore sessions, read from an extension page (see onExtensionPage). */
export function restoreSessionRows(extension: LoadedExtension): Promise<any[]> {
  return onExtensionPage(extension, (ext) => extensionTable(ext, 'restoreSessions'));
}
