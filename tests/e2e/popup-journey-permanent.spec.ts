import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { extensionTable, openDecoratedTable, openedConfirmation } from './extension-pages';
import { items, journeyScreenshot, text } from './popup-journey-text';
import { hoveredRowBox, toolbar } from './page-locators';

/**
 * A permanent (privacy-law, "GDPR") delete from the contacts table: the confirmation words it more
 * strictly, HubSpot forgets the contacts with their associations and list memberships, crm-sweep
 * keeps no snapshot, and Recent batches offers no undo for the batch and says why.
 */
const say = (key: Parameters<typeof text>[1], params?: Record<string, string | number>) => text('en', key, params);
const rowBoxes = (page: Page) => page.locator('input[data-crmx-check="row"]');
const rowId = (page: Page, index: number) =>
  rowBoxes(page)
    .nth(index)
    .evaluate((box) => box.closest('tr')!.getAttribute('data-test-id')!.slice(4));

test('contacts table: a permanent delete is worded strictly, keeps nothing, and offers no undo', async ({
  sandbox,
  extension,
}, testInfo) => {
  const store = sandbox.store;
  const table = await openDecoratedTable(extension, `${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list`);
  await (await hoveredRowBox(table, 0)).click();
  await rowBoxes(table)
    .nth(4)
    .click({ modifiers: ['Shift'] });
  await expect(toolbar(table)).toContainText('5 selected');
  const picked = await Promise.all([0, 1, 2, 3, 4].map((i) => rowId(table, i)));
  const membershipsBefore = picked.flatMap((id) => store.lists.listsOf('0-1', id).map((l) => ({ listId: l.list.listId, id })));
  // The point of the test: these contacts have links and list memberships that go for good.
  expect(picked.every((id) => store.associationsOf('0-1', id).length > 0)).toBe(true);
  expect(membershipsBefore.length).toBeGreaterThan(0);

  await toolbar(table).getByRole('button', { name: 'Delete…' }).click();
  const { page: popup } = await openedConfirmation(extension);
  const confirm = popup.getByRole('region', { name: say('confirm.heading') });
  await expect(confirm.locator('dl.facts')).toContainText(items('en', '0-1', 5));
  // Restorable is the default; the permanent mode is a deliberate choice with its own warning.
  await expect(confirm.getByRole('radio', { name: say('mode.delete') })).toBeChecked();
  await expect(confirm.locator('#permanent-warning')).toHaveCount(0);
  await confirm.getByRole('radio', { name: say('mode.gdprDelete') }).check();
  await expect(confirm.getByRole('radio', { name: say('mode.gdprDelete') })).toHaveAccessibleDescription(say('mode.gdprDelete.help'));
  const warning = confirm.locator('#permanent-warning');
  await expect(warning).toHaveText(say('mode.permanentWarning'));
  const deleteButton = confirm.getByRole('button', { name: say('action.deletePermanently', { items: items('en', '0-1', 5) }) });
  await expect(deleteButton).toHaveAccessibleDescription(say('mode.permanentWarning'));
  await expect(confirm.getByRole('button', { name: say('action.delete', { items: items('en', '0-1', 5) }), exact: true })).toHaveCount(0);
  await confirm.getByRole('textbox', { name: say('typed.label', { count: 5 }) }).fill('4');
  await expect(deleteButton).toBeDisabled();
  await confirm.getByRole('textbox', { name: say('typed.label', { count: 5 }) }).fill('5');
  await expect(deleteButton).toBeEnabled();
  await journeyScreenshot(popup, testInfo, 'en-permanent-confirmation');

  await deleteButton.click();
  const recent = popup.getByRole('region', { name: say('recent.heading') });
  const batch = recent.locator('li.recent-item').first();
  await expect(batch.getByRole('button', { name: new RegExp(`${say('job.kind.gdprDelete')}: ${items('en', '0-1', 5)}`) })).toBeVisible();
  await expect(batch.locator('section.job .state')).toHaveText(say('job.state.done'), { timeout: 20_000 });
  await expect(batch.locator('section.job').getByRole('progressbar')).toHaveAttribute('value', '5');
  // No undo, and the reason, where the undo button would be; no recycle-bin restore either.
  await expect(batch).toContainText(say('undo.permanent'));
  await expect(popup.getByRole('button', { name: /^(Undo|Re-create)/ })).toHaveCount(0);
  await expect(popup.getByRole('button', { name: say('exactRestore.button') })).toHaveCount(0);
  await expect(batch).not.toContainText(say('snapshot.export'));
  await journeyScreenshot(popup, testInfo, 'en-permanent-no-undo');

  // HubSpot: five GDPR deletes, no archive; the contacts are nowhere, not even in the recycle bin,
  // and their list memberships are gone. crm-sweep: no snapshot rows for the job.
  expect(
    sandbox.calls
      .filter({ route: 'gdpr-delete', status: 204 })
      .flatMap((c) => c.ids ?? [])
      .sort(),
  ).toEqual([...picked].sort());
  expect(sandbox.calls.count({ route: 'batch/archive' })).toBe(0);
  expect(store.gdprDeleted.map((d) => d.id).sort()).toEqual([...picked].sort());
  for (const id of picked) {
    expect(store.get('0-1', id, { archived: 'any' })).toBeUndefined();
    expect(store.lists.listsOf('0-1', id)).toEqual([]);
  }
  for (const { listId, id } of membershipsBefore) expect(store.listMembers(listId)).not.toContain(id);
  const [job] = (await extensionTable(extension, 'jobs')) as { id: string; kind: string; state: string }[];
  expect(job).toMatchObject({ kind: 'gdprDelete', state: 'done' });
  expect((await extensionTable(extension, 'snapshots')).filter((s: { jobId: string }) => s.jobId === job!.id)).toEqual([]);

  // The table no longer lists them.
  await table.reload();
  for (const id of picked) await expect(table.locator(`tr[data-test-id="row-${id}"]`)).toHaveCount(0);
});
