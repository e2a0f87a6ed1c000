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
 * box only when the pointer or the focus comes to it (lib/overlay/card-box-demand.ts), so the
 * first pick is aimed as a user's is — at a card under the mouse.
 */
export async function hoveredBoxOf(page: Page, stage: string, index: number, language: JourneyLanguage = 'en') {
  await cardsOf(page, stage).nth(index).hover();
  return boxOf(page, stage, index, language);
}
