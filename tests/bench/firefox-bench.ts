/**
 * `firefox_delete_3k_ratio`: does a long job keep its pace in Firefox, whose event page is
 * suspended after 30 s without extension activity (an open network request does not count)?
 * A 3,000-record restorable delete (snapshot, archive, verify) runs in Firefox ESR through the
 * real UI (list page → all members → typed count), against the sandbox with HubSpot's own window
 * (100 calls per 10 s, the Free/Starter limit) and crm-sweep's rate share at 100 %, so the job lasts
 * longer than Firefox's idle timeout. Same method as delete_10k_ratio:
 *   ratio = wall time (confirm click → job finished) ÷ (standard calls ÷ 100 per 10 s).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { waitFor } from '../firefox/firefox-page';
import { deleteAllMembers, seedList } from '../firefox/list-flow';
import { startSandbox } from '../sandbox/server';
import { launchFirefoxWithExtension } from '../support/firefox';
import { saveSettingsFrom } from '../support/save-settings';
import { row, type BenchRow } from './results';

const RECORDS = 3_000;
const MAX = 100;
const WINDOW_MS = 10_000;

export async function benchFirefoxDelete(): Promise<Record<string, BenchRow>> {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'sandbox'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    stdio: 'ignore',
  });
  const sandbox = await startSandbox({ port: 0, seed: 1, rateLimit: { max: MAX, windowMs: WINDOW_MS, daily: 10_000_000 } });
  const firefox = await launchFirefoxWithExtension();
  try {
    const options = await firefox.openExtensionPage('options.html');
    // What the options page does: settings/save (the key goes to the extension's database).
    await saveSettingsFrom(options, { apiBase: sandbox.url, token: sandbox.serviceKey, language: 'en', ratePercent: 100 });
    // When the background last started (lib/background/start.ts): a change means Firefox
    // suspended the event page during the job and something woke it again.
    const backgroundStart = () =>
      options.evaluate(async () => (await (globalThis as any).browser.storage.session.get('workerStartedAt')).workerStartedAt as number);
    const startedBefore = await backgroundStart();
    const { list } = seedList(sandbox, 'Bench list', RECORDS);
    // Staging resolves the list's members first; the job's calls start at the confirm click.
    let since = 0;
    const popup = await deleteAllMembers(sandbox, firefox, list.listId, RECORDS, () => {
      since = Date.now();
    });
    const done = () =>
      popup.evaluate(
        () =>
          new Promise<{ state: string; finishedAt?: number } | null>((resolve) => {
            const open = indexedDB.open('crm-sweep');
            open.onsuccess = () => {
              const all = open.result.transaction('jobs').objectStore('jobs').getAll();
              all.onsuccess = () => resolve(all.result.find((j: { kind: string }) => j.kind === 'delete') ?? null);
            };
          }),
      );
    const job = await waitFor(
      'the 3,000-record delete to finish',
      async () => {
        const j = await done();
        return j && (j.state === 'done' || j.state === 'failed') ? j : null;
      },
      15 * 60_000,
    );
    const wall = ((job.finishedAt ?? Date.now()) - since) / 1000;
    const calls = sandbox.calls.entries().filter((c) => c.atMs >= since);
    const standard = calls.filter((c) => !c.route.includes('/search')).length;
    const bound = standard / (MAX / (WINDOW_MS / 1000));
    return {
      firefox_delete_3k_ratio: row(wall / bound, 'ratio', 1.15, 'max', {
        records: RECORDS,
        window: `${MAX} calls / ${WINDOW_MS} ms (HubSpot's Free/Starter limit, unscaled)`,
        share: '100 %',
        browser: (await firefox.browser.version()).replace('/', ' '),
        wallSeconds: wall,
        boundSeconds: bound,
        calls: calls.length,
        rejected429: calls.filter((c) => c.status === 429).length,
        state: job.state,
        backgroundRestarted: (await backgroundStart()) !== startedBefore,
      }),
    };
  } finally {
    await firefox.close();
    await sandbox.close();
  }
}
