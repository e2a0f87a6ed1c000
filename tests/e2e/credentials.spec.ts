import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PROTOCOL } from '../../lib/messaging/protocol';
import { launchWithExtension } from '../support/extension';
import { expect, test } from './fixtures';
import { evaluateInContentScript, extensionPage, openedConfirmation, sendFrom, stagedSelections } from './extension-pages';
import { boardUrl, boxOf, cardsOf, hoveredBoxOf, toolbar } from './page-locators';

/**
 * Issue 17: service keys first, the key out of every content script's and page's reach, and one
 * confirmation making one job — on the built extension in Chromium, against the sandbox.
 */
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results');

test('the README’s service-key steps, as written: options → Test and save → board → delete → undo', async ({ sandbox }) => {
  // A fresh profile: nothing configured, as after "Load unpacked".
  const extension = await launchWithExtension();
  try {
    // README step 4: open the options, paste the key, (the sandbox's API address), Test and save.
    const options = await extensionPage(extension, 'options.html');
    await options.getByLabel('HubSpot service key (or an existing private-app token)').fill(sandbox.serviceKey);
    await options.getByLabel('API address').fill(sandbox.url);
    await options.getByRole('button', { name: 'Test and save' }).click();
    await expect(options.getByText('Saved.')).toBeVisible();
    await expect(options.getByText(`This service key belongs to HubSpot portal ${sandbox.portalId}.`)).toBeVisible();
    // Its scopes were read one type at a time; every deletable type answered.
    await expect(options.getByRole('row', { name: /crm\.objects\.deals\.read deals ✓ Read one record/ })).toBeVisible();
    await expect(options.getByText(`The saved service key ends in …${sandbox.serviceKey.slice(-4)}.`, { exact: false })).toBeVisible();
    // HubSpot was never asked to describe the key with the private-app endpoint.
    expect(sandbox.calls.count({ route: 'access-token-info' })).toBe(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.screenshot({ path: path.join(SCREENSHOTS, 'options-service-key-saved.png'), fullPage: true });

    // Board → pick two deals → Delete…
    const board = await extension.context.newPage();
    await board.goto(boardUrl(sandbox));
    await expect(board.getByRole('checkbox', { name: 'Select all in pipeline' })).toBeVisible();
    await cardsOf(board, 'Qualified To Buy').nth(0).hover();
    await (await hoveredBoxOf(board, 'Qualified To Buy', 0)).click();
    await boxOf(board, 'Qualified To Buy', 1).click();
    const picked = (await Promise.all(
      [0, 1].map((i) => cardsOf(board, 'Qualified To Buy').nth(i).getAttribute('data-selenium-id')),
    )) as string[];
    await toolbar(board).getByRole('button', { name: 'Delete…' }).click();
    await expect(toolbar(board)).toContainText('2 records are ready');

    // The confirmation says who acts, and who picked (the page header's signed-in user).
    const { page: popup } = await openedConfirmation(extension);
    const confirm = popup.getByRole('region', { name: 'Confirm deletion' });
    const facts = confirm.locator('dl.facts');
    await expect(facts.locator('dt', { hasText: 'Acts as' }).locator('+ dd')).toHaveText(
      `Service key …${sandbox.serviceKey.slice(-4)} on portal ${sandbox.portalId} — acts with the key's scopes; HubSpot's per-user Bulk delete permission does not apply.`,
    );
    await expect(facts.locator('dt', { hasText: 'Picked by' }).locator('+ dd')).toHaveText('Sandra Sandbox (sandra@sandbox.example)');
    await confirm.getByRole('textbox', { name: /Type 2/ }).fill('2');
    await confirm.getByRole('button', { name: /^Delete 2 deals/ }).click();
    const recent = popup.getByRole('region', { name: 'Recent batches' });
    await expect(recent.locator('section.job').first().locator('.state')).toHaveText('Done', { timeout: 20_000 });
    for (const id of picked) expect(sandbox.store.get('0-3', id, { archived: true })?.archivedAt).toEqual(expect.any(Number));

    // Undo brings them back; the activity log names the user who picked them.
    await recent.getByRole('button', { name: /^Re-create .* from the snapshot/ }).click();
    const undoJob = recent.locator('section.job', { has: popup.getByRole('heading', { name: /^Undo/ }) });
    await expect(undoJob.locator('.state')).toHaveText('Done', { timeout: 30_000 });
    expect(sandbox.store.listRecords('0-3', { archived: false }).length).toBeGreaterThan(0);
    const audit = await popup.evaluate(
      () =>
        new Promise<any[]>((resolve) => {
          const open = indexedDB.open('crm-sweep');
          open.onsuccess = () => {
            const all = open.result.transaction('audit').objectStore('audit').getAll();
            all.onsuccess = () => resolve(all.result);
          };
        }),
    );
    expect(audit.filter((a) => a.action.startsWith('delete.')).map((a) => a.actor)).toEqual([
      'Sandra Sandbox (sandra@sandbox.example)',
      'Sandra Sandbox (sandra@sandbox.example)',
    ]);
  } finally {
    await extension.close();
  }
});

test('no content script or page can read the key: no storage area, no page IndexedDB, no route returns it', async ({
  sandbox,
  extension,
}) => {
  // The fixture saved the private-app token through settings/save; save the service key the same way.
  const options = await extensionPage(extension, 'options.html');
  await options.getByLabel('HubSpot service key (or an existing private-app token)').fill(sandbox.serviceKey);
  await options.getByRole('button', { name: 'Test and save' }).click();
  await expect(options.getByText('Saved.')).toBeVisible();
  const secrets = [sandbox.serviceKey, sandbox.token];

  const board = await extension.context.newPage();
  await board.goto(boardUrl(sandbox));
  await expect(board.getByRole('checkbox', { name: 'Select all in pipeline' })).toBeVisible();

  // Every storage area the content-script world can reach (session is closed to it: it throws).
  const storage = await evaluateInContentScript(
    board,
    `(async () => {
      const out = {};
      for (const area of ['local', 'sync', 'session', 'managed']) {
        try { out[area] = await chrome.storage[area].get(null); } catch (e) { out[area] = 'refused: ' + e.message; }
      }
      return out;
    })()`,
  );
  expect(storage.local).toBeDefined();
  // The page's IndexedDB (the content script's IndexedDB is the page's origin) and web storage.
  const pageData = await evaluateInContentScript(
    board,
    `(async () => {
      const out = { localStorage: { ...localStorage }, sessionStorage: { ...sessionStorage }, databases: [] };
      for (const info of await indexedDB.databases()) {
        const db = await new Promise((resolve, reject) => { const r = indexedDB.open(info.name); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
        const stores = {};
        for (const name of db.objectStoreNames) {
          stores[name] = await new Promise((resolve) => { const g = db.transaction(name).objectStore(name).getAll(); g.onsuccess = () => resolve(g.result); g.onerror = () => resolve('unreadable'); });
        }
        out.databases.push({ name: info.name, stores });
        db.close();
      }
      return out;
    })()`,
  );
  expect(pageData.databases.map((d: { name: string }) => d.name)).not.toContain('crm-sweep');
  // Every route, sent from the content script: content routes answer without the key, extension routes refuse.
  const routes = Object.keys(PROTOCOL);
  const replies = await evaluateInContentScript(
    board,
    `(async () => {
      const out = {};
      for (const route of ${JSON.stringify(routes)}) {
        for (const payload of [{}, { url: location.href }, { tabId: 1 }]) {
          try { out[route + ' ' + JSON.stringify(payload)] = await chrome.runtime.sendMessage({ route, payload }); } catch (e) { out[route] = String(e); }
        }
      }
      return out;
    })()`,
  );
  expect(replies['settings/get {}']).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(replies[`page/context ${JSON.stringify({ url: board.url() })}`]).toMatchObject({ ok: true, data: { configured: true } });
  const everything = JSON.stringify({ storage, pageData, replies });
  for (const secret of secrets) expect(everything).not.toContain(secret);
  // The key is in the extension's own database, where only the background and our pages look.
  const credentials = await options.evaluate(
    () =>
      new Promise<any[]>((resolve) => {
        const open = indexedDB.open('crm-sweep');
        open.onsuccess = () => {
          const all = open.result.transaction('credentials').objectStore('credentials').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );
  expect(credentials).toMatchObject([{ id: 'hubspot', token: sandbox.serviceKey, kind: 'serviceKey' }]);
});

test('two popup windows confirming one selection make exactly one job and one set of archive calls', async ({ sandbox, extension }) => {
  const board = await extension.context.newPage();
  await board.goto(boardUrl(sandbox));
  await expect(board.getByRole('checkbox', { name: 'Select all in pipeline' })).toBeVisible();
  await cardsOf(board, 'Qualified To Buy').nth(0).hover();
  await (await hoveredBoxOf(board, 'Qualified To Buy', 0)).click();
  for (const i of [1, 2]) await boxOf(board, 'Qualified To Buy', i).click();
  await toolbar(board).getByRole('button', { name: 'Delete…' }).click();
  await expect(toolbar(board)).toContainText('3 records are ready');
  const [staged] = await stagedSelections(extension);
  await openedConfirmation(extension);

  const popups = await Promise.all([0, 1].map(() => extensionPage(extension, `popup.html?staged=${staged!.id}`)));
  const buttons = [];
  for (const popup of popups) {
    const confirm = popup.getByRole('region', { name: 'Confirm deletion' });
    await confirm.getByRole('textbox', { name: /Type 3/ }).fill('3');
    const button = confirm.getByRole('button', { name: /^Delete 3 deals/ });
    await expect(button).toBeEnabled();
    buttons.push(button);
  }
  // Both windows' Delete at once, the first one double-clicked: clicks dispatched in each page
  // without waiting for the other (Playwright's own click waits for a stable button).
  await Promise.all(
    popups.map((popup, i) =>
      popup.evaluate(
        (clicks) => {
          const button = [...document.querySelectorAll('button')].find((b) => /^Delete 3 deals/.test(b.textContent ?? ''))!;
          for (let n = 0; n < clicks; n++) button.click();
        },
        i === 0 ? 2 : 1,
      ),
    ),
  );
  await expect.poll(() => jobRows(extension).then((rows) => rows.length)).toBe(1);
  // A replayed start is told which job the confirmation already made.
  const [job] = await jobRows(extension);
  const replay = await sendFrom(popups[1]!, 'job/start', { stagedId: staged!.id, typedCount: '3', locale: 'en', mode: 'delete' });
  expect(replay).toMatchObject({ ok: false, error: { message: expect.stringContaining(`already started job ${job.id.slice(0, 8)}`) } });
  const jobs = await jobRows(extension);
  expect(jobs).toHaveLength(1);
  await expect.poll(() => sandbox.calls.count({ route: 'batch/archive', status: 204 }), { timeout: 20_000 }).toBe(1);
  expect(sandbox.calls.filter({ route: 'batch/archive' }).flatMap((c) => c.ids ?? [])).toHaveLength(3);
  expect(new Set(sandbox.calls.filter({ route: 'batch/archive' }).flatMap((c) => c.ids ?? []))).toEqual(new Set(staged!.ids));
});

/** Every job row, read from the extension's IndexedDB by the service worker. */
async function jobRows(extension: { worker: { evaluate<T>(fn: () => Promise<T>): Promise<T> } }): Promise<any[]> {
  return extension.worker.evaluate(
    () =>
      new Promise<any[]>((resolve) => {
        const open = indexedDB.open('crm-sweep');
        open.onsuccess = () => {
          const all = open.result.transaction('jobs').objectStore('jobs').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );
}
