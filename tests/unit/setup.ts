// Dexie needs IndexedDB; Node has none, so every unit test gets fake-indexeddb.
import 'fake-indexeddb/auto';
// Every word, as crm-sweep's pages and background load them (lib/i18n/catalogues.ts).
import '@/lib/i18n/all-catalogues';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

afterEach(() => {
  fakeBrowser.reset();
});
