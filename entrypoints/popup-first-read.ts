import { startFirstRead } from '@/components/popup/first-read';
import { DEFAULT_DB_NAME } from '@/lib/db/names';

/**
 * An async classic script in popup.html's head: it starts the popup's opening database read as
 * soon as it is loaded, which then overlaps with the first paint and with loading the app (the
 * read and the app each take a few tens of ms; in a row they were the bulk of the list's paint).
 * Async, so the page's parsing and first paint do not wait for it (an interleaved A/B of 15
 * loads each: first paint 152 → 124 ms); the app reads the database itself if it ever comes
 * first (first-read.ts takeFirstRead).
 */
export default defineUnlistedScript(() => startFirstRead(DEFAULT_DB_NAME, location.search));
