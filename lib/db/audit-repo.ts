import { Dexie } from 'dexie';
import { AuditRecordIdsRefusedError } from '@/lib/db/errors';
import type { AuditEntry } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at?: number };

/**
 * Appends one audit entry and returns its id. Works inside a caller's transaction that includes
 * `audit`, so an action and its audit entry can commit together.
 *
 * Only gdprDelete entries may list record IDs: after a permanent delete the IDs, count and time
 * are the proof of what was erased; every other entry keeps counts only (no personal data).
 */
export async function appendAudit(db: CrmSweepDb, entry: NewAuditEntry): Promise<number> {
  if (entry.recordIds !== undefined && !entry.action.startsWith('gdprDelete.')) {
    throw new AuditRecordIdsRefusedError(entry.action);
  }
  const row = { ...entry, at: entry.at ?? Date.now() };
  // A job's entries name the HubSpot user who picked its records (Job.actor), when the page showed one.
  if (row.actor === undefined) {
    const tx = Dexie.currentTransaction;
    if (!tx || tx.storeNames.includes('jobs')) {
      const actor = (await db.jobs.get(entry.jobId))?.actor;
      if (actor !== undefined) row.actor = actor;
    }
  }
  if (row.recordIds) row.recordIds = [...row.recordIds];
  return db.audit.add(row);
}

/** A job's entries, oldest first. */
export function listAuditForJob(db: CrmSweepDb, jobId: string): Promise<AuditEntry[]> {
  return db.audit.where('jobId').equals(jobId).sortBy('at');
}

/**
 * Newest first; one portal's entries when `portalId` is given (uses the v2 [portalId+at] index).
 * `limit: 'all'` reads the whole log (the CSV export).
 */
export function listRecentAudit(
  db: CrmSweepDb,
  { limit = 50, portalId }: { limit?: number | 'all'; portalId?: string } = {},
): Promise<AuditEntry[]> {
  const newestFirst =
    portalId === undefined
      ? db.audit.orderBy('at')
      : db.audit.where('[portalId+at]').between([portalId, Dexie.minKey], [portalId, Dexie.maxKey]);
  const reversed = newestFirst.reverse();
  return (limit === 'all' ? reversed : reversed.limit(limit)).toArray();
}

/** The portals the log has entries for, in ascending order (read from the [portalId+at] index keys). */
export async function listAuditPortals(db: CrmSweepDb): Promise<string[]> {
  const keys = (await db.audit.orderBy('[portalId+at]').keys()) as unknown as [string, number][];
  return [...new Set(keys.map(([portalId]) => portalId))];
}

/** Drops entries older than `cutoff`: the log keeps what the snapshots keep (the retention setting). */
export function purgeAuditBefore(db: CrmSweepDb, cutoff: number): Promise<number> {
  return db.audit.where('at').below(cutoff).delete();
}
