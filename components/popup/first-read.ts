import { UUID_PATTERN } from '@/lib/hubspot/ids';
import { readOpeningRows } from '@/lib/db/opening-read';
import type { Job, StagedSelection } from '@/lib/db/rows';
import { RECENT_PAGE_SIZE, type RecentPage } from '../recent/page-size';

/** Everything the popup's first frame shows, read before it renders. */
export interface PopupStart {
  staged: StagedSelection | undefined;
  active: Job[];
  recent: RecentPage;
}

/** `?staged=<id>` when the background opened the popup for one selection; anything else is ignored. */
export function stagedIdFrom(search: string): string | null {
  const param = new URLSearchParams(search).get('staged');
  return param && UUID_PATTERN.test(param) ? param : null;
}

const FIRST_READ = '__crmSweepFirstRead';
type WithFirstRead = typeof globalThis & { [FIRST_READ]?: Promise<PopupStart | undefined> };

/**
 * Starts the opening read. popup-first-read.js (a classic script in the page's head) calls this
 * while the popup's module is still loading, so the read and the module load overlap.
 */
export function startFirstRead(dbName: string, search: string): void {
  performance.mark('crm-sweep:read-start');
  (globalThis as WithFirstRead)[FIRST_READ] = readPopupStart(dbName, stagedIdFrom(search)).catch(() => undefined);
}

/** The read startFirstRead began (or a new one when the early script did not run). */
export function takeFirstRead(dbName: string, stagedId: string | null): Promise<PopupStart | undefined> {
  const started = (globalThis as WithFirstRead)[FIRST_READ];
  delete (globalThis as WithFirstRead)[FIRST_READ];
  return started ?? readPopupStart(dbName, stagedId).catch(() => undefined);
}

/** The opening data: the popup's first frame shows it before Dexie has loaded. */
export async function readPopupStart(dbName: string, stagedId: string | null, now = Date.now()): Promise<PopupStart | undefined> {
  return readOpeningRows(dbName, stagedId, RECENT_PAGE_SIZE, now);
}
