import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromeArgs, CHROME_INSTALL_HINT, findChrome } from './chrome';
import { saveSettingsFrom, type ExtensionSettings } from './save-settings';

export type { ExtensionSettings };

// The service worker's global; Playwright evaluates this function there.

/** `wxt build --mode sandbox` output; CRM_SWEEP_OUT_DIR moves it (as in wxt.config.ts). */
export const SANDBOX_BUILD_DIR = path.resolve(
  import.meta.dirname,
  '../..',
  process.env.CRM_SWEEP_OUT_DIR || '.output',
  'chrome-mv3-sandbox',
);

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}

/** Starts Chromium with the sandbox build of the extension in a fresh (or given) profile. */
export async function launchWithExtension(opts: { headless?: boolean; profileDir?: string } = {}): Promise<LoadedExtension> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(CHROME_INSTALL_HINT);
  const profileDir = opts.profileDir ?? mkdtempSync(path.join(tmpdir(), 'crm-sweep-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: opts.headless ?? true,
    args: chromeArgs(SANDBOX_BUILD_DIR),
    viewport: { width: 1280, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    close: async () => {
      await context.close();
      if (!opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * What a user does in the options page, done as the options page does it: `settings/save` from an
 * extension page (saveSettingsFrom). The credential ends up in the extension's database.
 */
export async function configureExtension(
  extension: Pick<LoadedExtension, 'context' | 'extensionId'>,
  settings: ExtensionSettings,
): Promise<void> {
  const page = await extension.context.newPage();
  try {
    await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await saveSettingsFrom(page, settings);
  } finally {
    await page.close();
  }
}

/**
 * Every row of one of the extension's IndexedDB tables (`jobs`, `batches`, `snapshots`, …), read by
 * the service worker, or by an extension page when the worker may be killed under the read.
 */
export async function extensionTable(from: LoadedExtension | Page, table: string): Promise<any[]> {
  // Runs in the browser: Playwright serialises it, so it may use nothing from this module.
  const readAll = (name: string) =>
    new Promise<any[]>((resolve, reject) => {
      const request = indexedDB.open('crm-sweep');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const all = request.result.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => {
          resolve(all.result);
          request.result.close();
        };
        all.onerror = () => reject(all.error);
      };
    });
  return 'worker' in from ? from.worker.evaluate(readAll, table) : from.evaluate(readAll, table);
}
