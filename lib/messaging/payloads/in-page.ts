import type { Text } from '@/lib/i18n/text';
import type { Language } from '@/lib/i18n/language';
import type { InPageTranslations } from '@/lib/i18n/catalogue';
import type { HubSpotPage } from '@/lib/hubspot/page/url';

/**
 * What the content script in a HubSpot tab asks the background and is told (issue 5): the page's
 * context, a staged selection, a list page's list, and the overlay's report per tab (which the
 * popup reads to say why nothing shows). Made in lib/background, read by lib/overlay and the popup.
 */
export interface PageContext {
  page: HubSpotPage | null;
  /** True when an API token is configured, so the overlay can say what is missing. */
  configured: boolean;
  /**
   * The language the user chose in the options ('auto' resolved with the browser's language), so
   * the overlay speaks it without reading settings storage, where the token also lives.
   */
  language: Language;
  /** The overlay's words in that language (lib/i18n/in-page-words.ts): the content script carries none. */
  words: InPageTranslations;
}

export interface StagedReply {
  stagedId: string;
  count: number;
}

/** The list a list page shows, as HubSpot's lists API describes it. */
export interface ListPageInfo {
  listId: string;
  name: string;
  processingType: 'MANUAL' | 'SNAPSHOT' | 'DYNAMIC';
  objectTypeId: string;
}

/** Why the overlay does not work on a page (one that works reports nothing): unavailable: the
 * page's DOM did not match (HubSpot changed it); unsupported: a HubSpot page without bulk
 * selection (a record, the recycle bin); notLoaded: the content script could not import the
 * overlay's module (lib/overlay/load-overlay.ts). */
export type OverlayState = 'unavailable' | 'unsupported' | 'notLoaded';

/** What the overlay last reported for a tab's page, so the popup can say why nothing shows. */
export interface OverlayStatus {
  url: string;
  pageKind: string | null;
  state: OverlayState;
  /** Why the overlay is unavailable, worded by the popup in its own language. */
  reason?: Text;
  at: number;
}
