import type { Page } from '@playwright/test';
import type { LoadedExtension } from '../support/extension';
import type { Sandbox } from '../sandbox/server';
import { openDecoratedTable, openedConfirmation } from './extension-pages';
import { expect } from './fixtures';
import { toolbar } from './page-locators';

/**
 * What an admin does to delete a contact list's members: on the list's page, "Select all … on
 * this page", then the toolbar's "Select all N contacts", "Delete records…", and the popup's typed
 * confirmation. Returns the popup, where the batch now runs.
 */
export async function deleteListContactsThroughPopup(
  extension: LoadedExtension,
  sandbox: Sandbox,
  listId: string,
  n: number,
): Promise<Page> {
  const page = await openDecoratedTable(extension, `${sandbox.url}/contacts/${sandbox.portalId}/objectLists/${listId}`);
  await page.getByRole('checkbox', { name: /^Select all \d+ contacts on this page$/ }).click();
  await toolbar(page)
    .getByRole('button', { name: `Select all ${n} contacts` })
    .click();
  await expect(toolbar(page)).toContainText(`${n} selected`);
  await toolbar(page).getByRole('button', { name: 'Delete records…' }).click();
  const { page: popup } = await openedConfirmation(extension);
  const confirm = popup.getByRole('region', { name: 'Confirm deletion' });
  await confirm.getByRole('textbox', { name: `Type ${n} to confirm` }).fill(String(n));
  await confirm.getByRole('button', { name: `Delete ${n} contacts` }).click();
  return popup;
}
