/**
 * What popup-bench.ts runs inside extension pages: writing the seeded undo log into the
 * extension's own IndexedDB, and reading one page load's timings. Functions handed to
 * page.evaluate hold no named inner functions: the bench runs under tsx, whose name helpers
 * would not exist in the page.
 */
import type { Page } from 'playwright-core';
import type { SeedData } from './popup-seed';

/** Puts rows into a store of the database Dexie created (`crm-sweep`, latest version), one transaction. */
async function putRows(page: Page, store: string, json: string): Promise<void> {
  await page.evaluate(
    ([name, text]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('crm-sweep');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const row of JSON.parse(text) as unknown[]) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, json] as const,
  );
}

/**
 * Writes the log as the engine would have, job by job: jobs and batches, then each delete's
 * snapshot rows in transactions of ≤ 2,000 rows (commitSnapshot writes 100 at a time; bigger
 * chunks only make seeding faster). `page` must already have opened the database with Dexie.
 */
export async function seedDatabase(page: Page, data: SeedData): Promise<void> {
  await putRows(page, 'jobs', JSON.stringify(data.jobs));
  await putRows(page, 'batches', JSON.stringify(data.batches));
  let chunk: unknown[] = [];
  for (const { rows } of data.snapshots) {
    for (const row of rows) {
      chunk.push(row);
      if (chunk.length === 2000) {
        await putRows(page, 'snapshots', JSON.stringify(chunk));
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) await putRows(page, 'snapshots', JSON.stringify(chunk));
}

export interface PaintTimes {
  /** Navigation start → first contentful paint (paint timing). */
  fcp: number | null;
  /** Navigation start → paint of the first recent batch (element timing, `recent-first`). */
  listPainted: number | null;
  /** Navigation start → the page's own marks (main.tsx, RecentJobs). */
  marks: Record<string, number>;
  /** Navigation timing: when the HTML arrived and when the module scripts had run. */
  responseEnd: number;
  domContentLoaded: number;
}

/**
 * Timings of the page just loaded. Waits (≤ 10 s) for the element-timing entry of the first
 * recent batch; `listPainted` stays null on a page without one (the baseline page).
 */
export async function readPaintTimes(page: Page, waitForList: boolean): Promise<PaintTimes> {
  return page.evaluate(
    (wait) =>
      new Promise<PaintTimes>((resolve) => {
        const result = {
          fcp: null as number | null,
          listPainted: null as number | null,
          marks: {} as Record<string, number>,
          responseEnd: 0,
          domContentLoaded: 0,
        };
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        result.responseEnd = nav?.responseEnd ?? 0;
        result.domContentLoaded = nav?.domContentLoadedEventEnd ?? 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') result.fcp = entry.startTime;
        }).observe({ type: 'paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
            if (entry.identifier !== 'recent-first' || result.listPainted !== null) continue;
            result.listPainted = entry.renderTime;
          }
        }).observe({ type: 'element', buffered: true });
        const started = performance.now();
        const check = setInterval(() => {
          if ((result.fcp !== null && (!wait || result.listPainted !== null)) || performance.now() - started > 10_000) {
            clearInterval(check);
            for (const mark of performance.getEntriesByType('mark'))
              if (mark.name.startsWith('crm-sweep:')) result.marks[mark.name] = mark.startTime;
            resolve(result);
          }
        }, 20);
      }),
    waitForList,
  );
}
