import type { Page } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import { type JourneyLanguage, text } from './popup-journey-text';

/** What the e2e specs find on the sandbox's HubSpot pages, by role and by HubSpot's DOM contract. */

/** crm-sweep's floating action bar. */
export const toolbar = (page: Page, language: JourneyLanguage = 'en') =>
  page.getByRole('toolbar', { name: text(language, 'overlay.toolbar') });

/** The deals board of the default pipeline, without the sandbox's periodic refresh. */
export const boardUrl = (s: Sandbox, view = 'all') =>
  `${s.url}/contacts/${s.portalId}/objects/0-3/views/${view}/board?pipeline=default&autorefresh=0`;

export const column = (page: Page, stage: string) =>
  page.locator('[data-test-id="cdb-column"]').filter({ has: page.getByText(stage, { exact: true }) });
export const cardsOf = (page: Page, stage: string) => column(page, stage).locator('[data-test-id="cdb-column-item"]');
/** crm-sweep's checkbox on the `index`th card of a stage. */
export const boxOf = (page: Page, stage: string, index: number, language: JourneyLanguage = 'en') =>
  cardsOf(page, stage)
    .nth(index)
    .getByRole('checkbox', { name: new RegExp(`^${text(language, 'overlay.select')} `) });

/**
 * The card's checkbox, with the mouse on the card first: until something is picked a card gets its
 * box only when the pointer or the focus comes to it (lib/overlay/box-demand.ts), so the
 * first pick is aimed as a user's is — at a card under the mouse.
 */
export async function hoveredBoxOf(page: Page, stage: string, index: number, language: JourneyLanguage = 'en') {
  await cardsOf(page, stage).nth(index).hover();
  return boxOf(page, stage, index, language);
}

/** A table's or list's rows (HubSpot's DOM contract). */
export const tableRows = (page: Page) => page.locator('tr[data-test-id^="row-"]');

/**
 * crm-sweep's checkbox on the `index`th table row, with the mouse moved onto the row first: until
 * something is picked a row gets its box only when the pointer or the focus comes to it
 * (lib/overlay/box-demand.ts), so a first pick is aimed as a user's is. Once anything is picked,
 * every row has its box and `rowBox` finds it directly.
 */
export async function hoveredRowBox(page: Page, index: number) {
  // The overlay has started (its "select page" is in the header), so it sees the mouse come.
  await page.locator('input[data-crmx-check="page"]').first().waitFor();
  await page.mouse.move(1, 1); // so that the hover below is a move, wherever the mouse was
  await tableRows(page)
    .nth(index)
    .hover({ position: { x: 4, y: 4 } });
  return rowBox(page, index);
}

/** crm-sweep's checkbox on the `index`th table row. */
export const rowBox = (page: Page, index: number) => tableRows(page).nth(index).locator('input[data-crmx-check="row"]');
