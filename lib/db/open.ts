import { Dexie } from 'dexie';
import { DEFAULT_DB_NAME } from '@/lib/db/names';
import { CrmSweepDb } from '@/lib/db/schema';

export { DEFAULT_DB_NAME };

// One connection per name and context: Dexie opens lazily on first use, and a second instance
// would be a second connection that blocks the other's upgrades.
const openDatabases = new Map<string, CrmSweepDb>();

/**
 * The database named `name`, the same instance on every call. It opens (and migrates) on first
 * use; `await openDb().open()` to surface an open or upgrade failure at a known point.
 */
export function openDb(name = DEFAULT_DB_NAME): CrmSweepDb {
  let db = openDatabases.get(name);
  if (!db) {
    db = new CrmSweepDb(name);
    openDatabases.set(name, db);
  }
  return db;
}

/** Closes and deletes the database `name` (tests; "clear all data" in options). */
export async function deleteDb(name = DEFAULT_DB_NAME): Promise<void> {
  const db = openDatabases.get(name);
  openDatabases.delete(name);
  db?.close();
  await Dexie.delete(name);
}
