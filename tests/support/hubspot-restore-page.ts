import type { Locator, Page } from 'playwright-core';

/** The label of both buttons below: the sandbox's HubSpot speaks English. crm-sweep quotes it as the page shows it. */
export const HUBSPOT_RESTORE_LABEL = 'Restore';

/**
 * The two buttons of HubSpot's restore page (the sandbox's copy, tests/sandbox/ui/) that the user,
 * not crm-sweep, presses: Restore in the page's bulk-action bar, then Restore in its confirmation.
 * Named as HubSpot names them, in HubSpot's language, whatever crm-sweep's is.
 */
export const hubSpotRestoreButton = (page: Page): Locator =>
  page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: HUBSPOT_RESTORE_LABEL, exact: true });

export const hubSpotConfirmRestoreButton = (page: Page): Locator =>
  page.getByRole('dialog').getByRole('button', { name: HUBSPOT_RESTORE_LABEL, exact: true });
