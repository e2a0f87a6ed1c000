// Dexie needs IndexedDB; Node has none, so every unit test gets fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

afterEach(() => {
  fakeBrowser.reset();
});
