import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { bodyText, byRole, waitFor } from './firefox-page';
import { useFirefoxJourney } from './journey-fixture';
import { deleteAllMembers, seedList } from './list-flow';

/**
 * Issue 19 in Firefox: "Restore exactly in HubSpot" opens HubSpot's restore page in a new tab,
 * where crm-sweep's restore script (a content script of its own, matched on /recycling-bin/*)
 * ticks exactly the batch; the user presses HubSpot's Restore; the popup reports the same IDs back.
 */
const journey = useFirefoxJourney();
const N = 30;

/** crm-sweep's panel on the restore page (in its shadow root). */
const panelText = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-crmx-overlay]');
    return host?.shadowRoot?.querySelector('[data-crmx-restore-panel]')?.textContent ?? '';
  });

describe('Firefox: exact undo through HubSpot’s restore page', () => {
  it('selects exactly the batch on the restore page; HubSpot’s Restore brings the same IDs back and crm-sweep puts them back in their list', async () => {
    const { sandbox, firefox } = journey;
    const { list, members } = seedList(sandbox, 'Firefox restore', N);
    const others = sandbox.store
      .listRecords('0-1')
      .slice(0, 5)
      .map((r) => r.id);
    sandbox.store.archive('0-1', others);
    const popup = await deleteAllMembers(sandbox, firefox, list.listId, N);
    await waitFor('the delete to finish', async () => /Recent batches[\s\S]*Done/.test(await bodyText(popup)), 60_000);

    const before = new Set((await firefox.browser.pages()).map((p) => p));
    await (await byRole(popup, 'button', 'Restore exactly in HubSpot (same IDs and history; needs HubSpot’s restore permission)')).click();
    const page = await waitFor('the restore page in a new tab', async () =>
      (await firefox.browser.pages()).find((p) => !before.has(p) && p.url().includes('/recycling-bin/')),
    );
    await waitFor('the batch selected', async () =>
      (await panelText(page)).includes(`${N} of this batch's ${N} records are selected — press “Restore”`),
    );
    const ticked = await page.$$eval('tr[data-test-id^="row-"] input[data-row-check]:checked', (boxes) =>
      boxes.map((b) => (b as HTMLInputElement).value),
    );
    expect(ticked.sort()).toEqual([...members].sort());

    await (await page.$('[data-test-id="restore-button"]'))!.click();
    const confirm = await waitFor('HubSpot’s confirmation', () =>
      page.$('[data-test-id="restore-dialog"] ::-p-aria([name="Restore"][role="button"])'),
    );
    await confirm.click();
    // HubSpot's restore leaves static list memberships out; crm-sweep re-adds them ("repaired").
    await waitFor(
      'the popup’s result',
      async () => (await bodyText(popup)).includes(`${N} contacts restored and repaired: same IDs`),
      60_000,
    );
    for (const id of members) expect(sandbox.store.get('0-1', id), id).toBeDefined();
    expect(
      sandbox.store.lists
        .members(list)
        .map((m) => m.recordId)
        .sort(),
    ).toEqual([...members].sort());
    for (const id of others) expect(sandbox.store.get('0-1', id)).toBeUndefined();
  });
});
