/**
 * `npm start`'s walkthrough: the whole path on the sandbox board, done by the script the way a
 * person would do it — pick cards, Delete…, confirm the typed count in the popup, watch the job,
 * undo it — with a line per step and screenshots. Headless runs do it by default (nobody can click
 * there); `npm start -- --walkthrough` shows it in a window too. It deletes three deals and undoes
 * the delete through HubSpot's restore page (the sandbox's), as the popup's first undo option does
 * on real HubSpot: the same IDs come back.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import '@/lib/i18n/all-catalogues';
import type { Language } from '@/lib/i18n/language';
import { translate } from '@/lib/i18n/translate';
import type { LoadedExtension } from '../support/extension';
import { HUBSPOT_RESTORE_LABEL, hubSpotConfirmRestoreButton, hubSpotRestoreButton } from '../support/hubspot-restore-page';
import type { Sandbox } from '../sandbox/server';

const STEP_TIMEOUT = 30_000;

export interface WalkthroughResult {
  deleted: string[];
  /** The same IDs, back through HubSpot's restore page. */
  restored: string[];
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

/** What the overlay calls its controls in `language`: the walkthrough finds them as a user
 * (or a screen reader) does, by role and name, in the language `npm start -- --lang` chose. */
export function overlayNames(language: Language) {
  const escaped = translate(language, 'overlay.selectRecord', { name: '' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    recordBox: new RegExp(`^${escaped}`),
    selectPipeline: translate(language, 'overlay.selectPipeline'),
    toolbar: translate(language, 'overlay.toolbar'),
    threeSelected: translate(language, 'overlay.selected', { count: 3 }),
    delete: translate(language, 'overlay.delete'),
  };
}

export async function runWalkthrough(
  sandbox: Sandbox,
  extension: LoadedExtension,
  board: Page,
  language: Language,
  shotsDir: string,
  log: (line: string) => void,
): Promise<WalkthroughResult> {
  const names = overlayNames(language);
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
  await cards.nth(0).getByRole('checkbox', { name: names.recordBox }).click();
  await cards
    .nth(2)
    .getByRole('checkbox', { name: names.recordBox })
    .click({ modifiers: ['Shift'] });
  const picked = (await Promise.all([0, 1, 2].map((i) => cards.nth(i).getAttribute('data-selenium-id')))) as string[];
  const dealNames = new Map(picked.map((id) => [id, sandbox.store.get('0-3', id)?.properties.dealname ?? id]));
  const toolbar = board.getByRole('toolbar', { name: names.toolbar });
  await toolbar.getByText(names.threeSelected).waitFor({ timeout: STEP_TIMEOUT });
  log(`  ✓ picked 3 deals on the board: ${[...dealNames.values()].join(', ')}`);

  // 2. Delete… → the background stages them and opens the confirmation.
  await toolbar.getByRole('button', { name: names.delete }).click();
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
  await board.getByRole('checkbox', { name: names.selectPipeline }).waitFor({ timeout: STEP_TIMEOUT });
  for (const id of picked)
    if ((await board.locator(`[data-selenium-id="${id}"]`).count()) > 0)
      throw new Error(`Deal ${id} is still on the board after the delete.`);
  log('  ✓ deleted: the 3 deals are in the sandbox recycle bin and gone from the board');

  // 4. Undo, the exact way first as the popup offers it: "Restore exactly in HubSpot" opens
  // HubSpot's restore page with exactly these deals ticked by crm-sweep; the user presses HubSpot's
  // own Restore (its page speaks HubSpot's language, not crm-sweep's); crm-sweep then checks that the
  // same IDs are back.
  const batch = popup.locator('.recent-item').first();
  const opened = extension.context.waitForEvent('page', { predicate: (p) => p.url().includes('/recycling-bin/') });
  await batch.getByRole('button', { name: translate(language, 'exactRestore.button') }).click();
  const restorePage = await opened;
  // The button is named as the page labels it, not in crm-sweep's language.
  const selected = translate(language, 'exactRestore.page.selected', { count: 3, total: 3, button: HUBSPOT_RESTORE_LABEL });
  await batch.getByText(selected).waitFor({ timeout: STEP_TIMEOUT });
  await shot(restorePage, 'restore-page');
  log("  ✓ undo: HubSpot's restore page opened with the 3 deals ticked by crm-sweep");
  await hubSpotRestoreButton(restorePage).click();
  await hubSpotConfirmRestoreButton(restorePage).click();
  await batch
    .getByRole('status', { name: translate(language, 'exactRestore.outcome.heading') })
    .getByRole('listitem')
    .first()
    .waitFor({ timeout: STEP_TIMEOUT });
  await shot(popup, 'undo');
  const back = picked.filter((id) => sandbox.store.get('0-3', id));
  if (back.length !== 3) throw new Error(`HubSpot's restore brought back ${back.length} of 3 deals.`);
  await board.reload();
  await board.getByRole('checkbox', { name: names.selectPipeline }).waitFor({ timeout: STEP_TIMEOUT });
  for (const id of picked)
    await board.locator(`[data-test-id="cdb-column-item"][data-selenium-id="${id}"]`).waitFor({ timeout: STEP_TIMEOUT });
  log(`  ✓ undone exactly: deals ${picked.join(', ')} are back with the same IDs and history, on the board again`);
  log('    (the popup offers "Re-create from the snapshot" second, for batches HubSpot can no longer restore)');
  return { deleted: picked, restored: back, screenshots };
}
