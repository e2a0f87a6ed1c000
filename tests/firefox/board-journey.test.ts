import { describe, expect, it } from 'vitest';
import { PAGE_IMPORT_PROBE, STRICT_PAGE_POLICY } from '../support/page-policy';
import { bodyText, byRole, cardBox, cardId, hoverCard, toolbarButton, toolbarSays, toolbarText, waitFor } from './firefox-page';
import { useFirefoxJourney } from './journey-fixture';

// The board is served under a policy refusing scripts from elsewhere (tests/support/page-policy.ts).
const journey = useFirefoxJourney({ sandbox: { pagePolicy: STRICT_PAGE_POLICY } });

describe('Firefox: the run hears crm-sweep', () => {
  it('an error logged by one of crm-sweep’s pages reaches the test through Firefox’s output', async () => {
    const page = await journey.firefox.openExtensionPage('options.html');
    await page.evaluate(() => console.error('crm-sweep probe: an error on purpose'));
    await waitFor(
      'the probe in Firefox’s output',
      async () => journey.firefox.takeOurErrors().some((l) => l.includes('an error on purpose')),
      10_000,
    );
  });
});

describe('Firefox: the power user on a board', () => {
  it('picks deals (click, shift-click range, one more), confirms the typed count, deletes, undoes', async () => {
    const { sandbox, firefox } = journey;
    const board = await firefox.browser.newPage();
    await board.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-3/views/all/board?pipeline=default&autorefresh=0`);
    // The page's policy is in force for the page itself (an import from a data: URL is refused).
    expect(await board.evaluate(PAGE_IMPORT_PROBE)).toBe('refused');
    await byRole(board, 'checkbox', 'Select all in pipeline');

    // Hover reveals the first card's box; shift-click takes the range; a card of another stage.
    await hoverCard(board, 'Qualified To Buy', 0);
    await (await cardBox(board, 'Qualified To Buy', 0)).click();
    await board.keyboard.down('Shift');
    await (await cardBox(board, 'Qualified To Buy', 3)).click();
    await board.keyboard.up('Shift');
    await (await cardBox(board, 'Contract Sent', 0)).click();
    await waitFor('"5 selected" in the toolbar', async () => (await toolbarText(board)).includes('5 selected'));
    const picked = [
      ...(await Promise.all([0, 1, 2, 3].map((i) => cardId(board, 'Qualified To Buy', i)))),
      await cardId(board, 'Contract Sent', 0),
    ];

    // Delete… stages the picks in the event page; the confirmation confirms the newest selection.
    await (await toolbarButton(board, 'Delete…')).click();
    await toolbarSays(board, '5 records are ready');
    const popup = await firefox.openExtensionPage('popup.html');
    const field = await byRole(popup, 'textbox', 'Type 5 to confirm');
    await field.type('5');
    await (await byRole(popup, 'button', 'Delete 5 deals')).click();

    // The job runs in Firefox's event page and finishes; HubSpot archived exactly the picks.
    await waitFor('the delete to finish', async () => (await bodyText(popup)).match(/Recent batches[\s\S]*Done/), 60_000);
    for (const id of picked) expect(sandbox.store.get('0-3', id, { archived: true })?.archivedAt).toEqual(expect.any(Number));
    expect(new Set(sandbox.calls.filter({ route: 'batch/archive', status: 204 }).flatMap((c) => c.ids ?? []))).toEqual(new Set(picked));

    // Undo re-creates them from the snapshot.
    await (await byRole(popup, 'button', 'Re-create 5 deals from the snapshot (new IDs)')).click();
    await waitFor('the undo to finish', async () => (await bodyText(popup)).match(/Undo: 5 deals[\s\S]*?Done/), 60_000);
    const names = picked.map((id) => sandbox.store.get('0-3', id, { archived: true })!.properties.dealname);
    const active = sandbox.store.listRecords('0-3').map((r) => r.properties.dealname);
    for (const name of names) expect(active).toContain(name);
  });
});
