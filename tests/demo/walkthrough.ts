/**
 * `npm start`'s walkthrough: the whole path on the sandbox board, done by the script the way a
 * person would do it — pick cards, Delete…, confirm the typed count in the popup, watch the job,
 * undo it — with a line per step and screenshots. Headless runs do it by default (nobody can click
 * there); `npm start -- --walkthrough` shows it in a window too. It deletes three deals and undo
 * re-creates them (with new IDs, as undo does on real HubSpot).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { extensionTable, type LoadedExtension } from '../support/extension';
import type { Sandbox } from '../sandbox/server';

const STEP_TIMEOUT = 30_000;

export interface WalkthroughResult {
  deleted: string[];
  recreated: string[];
  screenshots: string[];
}

/** The confirmation the background opened: the toolbar popup (then the same page in a tab) or its fallback window. */
async function confirmationPage(extension: LoadedExtension): Promise<Page> {
  const popupUrl = `chrome-extension://${extension.extensionId}/popup.html`;
  for (const started = Date.now(); Date.now() - started < STEP_TIMEOUT; await new Promise((r) => setTimeout(r, 200))) {
    const windowPage = extension.context.pages().find((p) => p.url().startsWith(`${popupUrl}?staged=`));
    if (windowPage) return windowPage;
    const contexts: { documentUrl?: string }[] = await extension.worker.evaluate(() =>
      (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['POPUP'] }),
    );
    if (contexts.some((c) => c.documentUrl === popupUrl)) {
      // The toolbar popup is browser UI a script cannot click in; the same page in a tab is.
      const page = await extension.context.newPage();
      await page.setViewportSize({ width: 420, height: 720 });
      await page.goto(popupUrl);
      return page;
    }
  }
  throw new Error('The confirmation popup did not open.');
}

export async function runWalkthrough(
  sandbox: Sandbox,
  extension: LoadedExtension,
  board: Page,
  shotsDir: string,
  log: (line: string) => void,
): Promise<WalkthroughResult> {
  const screenshots: string[] = [];
  const shot = async (page: Page, name: string) => {
    const file = path.join(shotsDir, `start-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    screenshots.push(file);
  };

  // 1. Pick three cards of the first column that has them: hover, click, shift-click.
  const columns = board.locator('[data-test-id="cdb-column"]');
  let cards = columns.first().locator('[data-test-id="cdb-column-item"]');
  for (let i = 0; i < (await columns.count()); i++) {
    cards = columns.nth(i).locator('[data-test-id="cdb-column-item"]');
    if ((await cards.count()) >= 3) break;
  }
  await cards.nth(0).hover();
  await cards
    .nth(0)
    .getByRole('checkbox', { name: /^Select / })
    .click();
  await cards
    .nth(2)
    .getByRole('checkbox', { name: /^Select / })
    .click({ modifiers: ['Shift'] });
  const picked = (await Promise.all([0, 1, 2].map((i) => cards.nth(i).getAttribute('data-selenium-id')))) as string[];
  const names = new Map(picked.map((id) => [id, sandbox.store.get('0-3', id)?.properties.dealname ?? id]));
  const toolbar = board.getByRole('toolbar', { name: 'crm-sweep selection' });
  await toolbar.getByText('3 selected').waitFor({ timeout: STEP_TIMEOUT });
  log(`  ✓ picked 3 deals on the board: ${[...names.values()].join(', ')}`);

  // 2. Delete… → the background stages them and opens the confirmation.
  await toolbar.getByRole('button', { name: 'Delete…' }).click();
  const popup = await confirmationPage(extension);
  const typed = popup.locator('#typed-count');
  await typed.waitFor({ timeout: STEP_TIMEOUT });
  await popup.locator('ul.sample li').first().waitFor({ timeout: STEP_TIMEOUT });
  await typed.fill('3');
  await shot(popup, 'confirmation');
  log('  ✓ the confirmation opened; typed 3');

  // 3. Delete → the job runs in the background; the popup shows its progress, then the batch.
  // Three deals take the sandbox a fraction of a second: its archive answers slowly for a moment,
  // so the screenshot shows the job running.
  sandbox.faults.set({ latencyMs: 1500, onlyRoutes: ['batch/archive'] });
  await popup.locator('form.confirm-form button[type="submit"]').click();
  const deleteJob = popup.locator('.recent-item').first().locator('section.job').first();
  await popup.locator('section.active-jobs section.job').waitFor({ timeout: STEP_TIMEOUT });
  await shot(popup, 'progress');
  sandbox.faults.set({ latencyMs: 0, onlyRoutes: null });
  await deleteJob.locator('.state-done').waitFor({ timeout: STEP_TIMEOUT });
  const archived = picked.filter((id) => sandbox.store.get('0-3', id, { archived: true }));
  if (archived.length !== 3) throw new Error(`Only ${archived.length} of 3 deals were deleted in the sandbox.`);
  await board.reload();
  await board.getByRole('checkbox', { name: 'Select all in pipeline' }).waitFor({ timeout: STEP_TIMEOUT });
  for (const id of picked)
    if ((await board.locator(`[data-selenium-id="${id}"]`).count()) > 0)
      throw new Error(`Deal ${id} is still on the board after the delete.`);
  log('  ✓ deleted: the 3 deals are in the sandbox recycle bin and gone from the board');

  // 4. Undo from Recent batches → the deals are re-created with their associations and lists.
  const undoButton = popup.locator('.recent-item').first().locator('.undo button.primary');
  await undoButton.waitFor({ timeout: STEP_TIMEOUT });
  await undoButton.click();
  await popup.locator('.recent-item').first().locator('.undo section.job .state-done').waitFor({ timeout: STEP_TIMEOUT });
  await shot(popup, 'undo');
  const recreated = ((await extensionTable(extension, 'idMap')) as { oldId: string; newId: string }[])
    .filter((m) => picked.includes(m.oldId) && sandbox.store.get('0-3', m.newId))
    .map((m) => m.newId);
  if (recreated.length !== 3) throw new Error(`Undo re-created ${recreated.length} of 3 deals.`);
  if (!recreated.every((id) => sandbox.store.associationsOf('0-3', id).length > 0))
    throw new Error('Undo re-created the deals without their associations.');
  await board.reload();
  await board.getByRole('checkbox', { name: 'Select all in pipeline' }).waitFor({ timeout: STEP_TIMEOUT });
  for (const id of recreated)
    await board.locator(`[data-test-id="cdb-column-item"][data-selenium-id="${id}"]`).waitFor({ timeout: STEP_TIMEOUT });
  log(`  ✓ undone: re-created as deals ${recreated.join(', ')} (new IDs), linked again to their contacts and companies, back on the board`);
  return { deleted: picked, recreated, screenshots };
}
