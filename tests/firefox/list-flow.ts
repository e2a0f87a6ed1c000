import type { Page } from 'puppeteer-core';
import type { Sandbox } from '../sandbox/server';
import type { FirefoxWithExtension } from '../support/firefox';
import { byRole, toolbarButton, toolbarSays, toolbarText, waitFor } from './firefox-page';

// The admin's path on a list page, shared by the Firefox journeys and the Firefox bench row.

/** A manual list of `size` new contacts, and a record of how often HubSpot archived each record. */
export function seedList(sandbox: Sandbox, name: string, size: number) {
  const store = sandbox.store;
  const now = Date.now();
  const members = Array.from(
    { length: size },
    (_, i) => store.create('0-1', { email: `ff-${i}@list.example`, lastname: `No. ${i}` }, { now }).id,
  );
  const list = store.lists.createManual(name, '0-1', members, now);
  const archived = new Map<string, number>();
  store.subscribe((change) => {
    if (change.kind === 'archive') for (const id of change.ids) archived.set(id, (archived.get(id) ?? 0) + 1);
  });
  return { list, members, archived };
}

/** On the list page: the page's box, then "Select all x contacts", then Delete records… → confirmed in the popup. */
export async function deleteAllMembers(
  sandbox: Sandbox,
  firefox: FirefoxWithExtension,
  listId: string,
  size: number,
  onConfirm?: () => void,
): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objectLists/${listId}`);
  await (await byRole(page, 'checkbox', 'Select all 25 contacts on this page')).click();
  const all = size.toLocaleString('en-US');
  await (await toolbarButton(page, `Select all ${all} contacts`)).click();
  await waitFor(`"${all} selected"`, async () => (await toolbarText(page)).includes(`${all} selected`));
  await (await toolbarButton(page, 'Delete records…')).click();
  await toolbarSays(page, `${all} records are ready`);
  const popup = await firefox.openExtensionPage('popup.html');
  await (await byRole(popup, 'textbox', `Type ${all} to confirm`)).type(String(size));
  const confirm = await byRole(popup, 'button', `Delete ${all} contacts`);
  onConfirm?.();
  await confirm.click();
  return popup;
}
