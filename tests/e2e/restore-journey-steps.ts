import { expect, type Locator, type Page } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import type { LoadedExtension } from '../support/extension';
import { HUBSPOT_RESTORE_LABEL, hubSpotConfirmRestoreButton, hubSpotRestoreButton } from '../support/hubspot-restore-page';
import { type JourneyLanguage, text } from './popup-journey-text';

/**
 * Steps shared by the exact-restore journeys (issue 19): the popup's "Restore exactly in HubSpot",
 * HubSpot's own Restore and its confirmation pressed by the user, and HubSpot's API asked which
 * original IDs are back — the way any client of HubSpot would see them, not the sandbox's store.
 */

/** Presses "Restore exactly in HubSpot" in a batch of the popup; returns the restore page the background opened in a tab. */
export async function restoreExactly(extension: LoadedExtension, batch: Locator, language: JourneyLanguage = 'en'): Promise<Page> {
  const opened = extension.context.waitForEvent('page', { predicate: (p) => p.url().includes('/recycling-bin/') });
  await batch.getByRole('button', { name: text(language, 'exactRestore.button') }).click();
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

/**
 * What the popup says once the restore page has ticked the batch's records. The button is named as
 * the page labels it, whatever crm-sweep's language.
 */
export function selectedSentence(selected: number, total: number, language: JourneyLanguage = 'en'): string {
  return text(language, 'exactRestore.page.selected', { count: selected, total, button: HUBSPOT_RESTORE_LABEL });
}

/** The newest batch in the popup's "Recent batches". */
export const newestBatch = (popup: Page, language: JourneyLanguage = 'en') =>
  popup
    .getByRole('region', { name: text(language, 'recent.heading') })
    .locator('li.recent-item')
    .first();

/** A batch's exact-restore result: one list item per class of record (restored exactly, repaired, …). */
export const restoreOutcome = (batch: Locator, language: JourneyLanguage = 'en') =>
  batch.getByRole('status', { name: text(language, 'exactRestore.outcome.heading') });

/** crm-sweep's panel on HubSpot's restore page (its shadow root; Playwright pierces it). */
export const restorePanel = (page: Page) => page.locator('[data-crmx-restore-panel]');

/** On HubSpot's restore page, as the user: Restore, then the confirmation's Restore; waits for HubSpot's result. */
export async function pressHubSpotRestore(page: Page, count: number): Promise<void> {
  await hubSpotRestoreButton(page).click();
  await expect(page.getByRole('dialog')).toContainText(`Restore ${new Intl.NumberFormat('en').format(count)} `);
  await hubSpotConfirmRestoreButton(page).click();
  await expect(page.getByRole('status', { name: 'Restore results' })).toBeVisible({ timeout: 60_000 });
}

/** Which of `ids` HubSpot's batch read (not archived) returns: the records back with their original IDs. */
export async function activeThroughApi(sandbox: Sandbox, objectTypeId: string, ids: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const response = await fetch(`${sandbox.url}/crm/v3/objects/${objectTypeId}/batch/read`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ inputs: ids.slice(i, i + 100).map((id) => ({ id })), properties: [] }),
    });
    expect(response.status, 'batch read').toBeLessThan(300);
    const body = (await response.json()) as { results: { id: string }[] };
    found.push(...body.results.map((r) => r.id));
  }
  return found;
}

/** A list's members through HubSpot's lists API, every page. */
export async function listMembersThroughApi(sandbox: Sandbox, listId: string): Promise<string[]> {
  const members: string[] = [];
  let after: string | undefined;
  do {
    const url = new URL(`${sandbox.url}/crm/v3/lists/${listId}/memberships`);
    url.searchParams.set('limit', '250');
    if (after) url.searchParams.set('after', after);
    const response = await fetch(url, { headers: { authorization: `Bearer ${sandbox.token}` } });
    expect(response.status, 'list memberships').toBe(200);
    const body = (await response.json()) as { results: { recordId: string }[]; paging?: { next?: { after: string } } };
    members.push(...body.results.map((r) => r.recordId));
    after = body.paging?.next?.after;
  } while (after);
  return members;
}
