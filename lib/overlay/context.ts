import { signal, type Signal } from '@preact/signals-core';
import type { HubSpotPage } from '@/lib/hubspot/page/url';
import { SelectionModel } from '@/lib/selection/model';
import type { SelectionQuery } from '@/lib/selection/query';
import type { Text } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import type { OverlayHost } from './host';
import type { MutationFeed } from './mutations';

/** The pages with bulk selection. */
export type SelectablePage = Extract<HubSpotPage, { kind: 'table' | 'board' | 'list' }>;

export function isSelectablePage(page: HubSpotPage): page is SelectablePage {
  return page.kind === 'table' || page.kind === 'board' || page.kind === 'list';
}

export interface BarNotice {
  tone: 'info' | 'error';
  text: string;
}

/** What the action bar shows beside the count; features write it, the bar renders it. */
export interface BarState {
  /** A next step beside the count, e.g. "Select all 1,234 records". */
  offer: Signal<{ label: string; run(): void } | null>;
  notice: Signal<BarNotice | null>;
  /** While the background resolves a query selection. */
  progress: Signal<{ resolved: number; expected: number } | null>;
  /** True on manual and snapshot lists: "Remove from list…" (the records stay). */
  removeFromList: Signal<boolean>;
  /** Visible label of the delete button ("Delete…", or "Delete records…" on a list page). */
  deleteLabel: Signal<string>;
  /** What a record is called here ("records", "contacts", "deals"), for the count. */
  noun: Signal<string>;
  busy: Signal<boolean>;
}

/** The query for the selected scopes and the total HubSpot displays for them (set by a page feature). */
/** `totalFrom: 'api'` when the page showed no total and the API's count stands in for it. */
export type QueryBuilder = () => { query: SelectionQuery; displayedTotal: number; totalFrom?: 'api' } | { refused: Text };

/** Everything the features of one page share; it lives until the page's signal aborts. */
export interface OverlayContext {
  page: SelectablePage;
  model: SelectionModel;
  mutations: MutationFeed;
  bar: BarState;
  /** The overlay's shadow root (the action bar renders there). */
  root: ShadowRoot;
  /** Puts the overlay's host into the page: the action bar does, the first time it is needed. */
  showHost: () => void;
  /** Builds the query for "all N" selections; null on pages that have none yet. */
  buildQuery: QueryBuilder | null;
  /**
   * The features start where HubSpot's table or board has just appeared, before the browser lays
   * it out (page-dom.ts watchPageDom: the task that put it in, or the next animation frame):
   * what they add now is laid out and painted with it. False when the page was already on screen:
   * they start on the next frame.
   */
  inFrame: boolean;
}

export type OverlayFeature = (ctx: OverlayContext, signal: AbortSignal) => void;

export function createBarState(page: SelectablePage): BarState {
  return {
    offer: signal(null),
    notice: signal(null),
    progress: signal(null),
    removeFromList: signal(false),
    deleteLabel: signal(t(page.kind === 'list' ? 'overlay.deleteRecords' : 'overlay.delete')),
    noun: signal(t('overlay.records')),
    busy: signal(false),
  };
}

export function createContext(page: SelectablePage, host: OverlayHost, mutations: MutationFeed, inFrame = false): OverlayContext {
  const { root, attach: showHost } = host;
  return { page, model: new SelectionModel(), mutations, bar: createBarState(page), root, showHost, buildQuery: null, inFrame };
}
