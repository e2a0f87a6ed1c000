import { startFirstRead } from '@/components/popup/first-read';
import { DEFAULT_DB_NAME } from '@/lib/db/names';

/**
 * A classic script in popup.html's head: it runs while the page is still being parsed and starts
 * the popup's opening database read, which then overlaps with loading the popup's module (the
 * read and the module each take a few tens of ms; in a row they were the bulk of the first paint).
 */
export default defineUnlistedScript(() => startFirstRead(DEFAULT_DB_NAME, location.search));
