import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { openDb } from '@/lib/db/open';
import type { CrmSweepDb } from '@/lib/db/schema';

/**
 * The database the views read. Pages provide the real one; tests provide one of their own so
 * they never share rows. Writes go through background routes, never through this handle.
 */
export const DbContext = createContext<CrmSweepDb | null>(null);

export function useDb(): CrmSweepDb {
  return useContext(DbContext) ?? openDb();
}
