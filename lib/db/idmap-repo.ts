import type { IdMapping } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

export type NewIdMapping = Omit<IdMapping, 'at'> & { at?: number };

/**
 * Old → new record IDs per original delete job, written as undo re-creates records (or finds
 * them restored from HubSpot's recycle bin, where the ID stays the same). Undo reads it to re-link
 * associations between records deleted in the same job and to skip records already back.
 */
export async function recordIdMappings(db: CrmSweepDb, mappings: readonly NewIdMapping[], now = Date.now()): Promise<void> {
  await db.idMap.bulkPut(mappings.map((m) => ({ ...m, at: m.at ?? now })));
}

export function getIdMapping(db: CrmSweepDb, jobId: string, oldId: string): Promise<IdMapping | undefined> {
  return db.idMap.get([jobId, oldId]);
}

/** The mappings of those of `oldIds` that have one, by old ID. */
export async function findIdMappings(db: CrmSweepDb, jobId: string, oldIds: readonly string[]): Promise<Map<string, IdMapping>> {
  const found = await db.idMap.bulkGet(oldIds.map((oldId): [string, string] => [jobId, oldId]));
  return new Map(found.filter((m): m is IdMapping => m !== undefined).map((m) => [m.oldId, m]));
}

/** New IDs for those of `oldIds` that have one; unmapped IDs are absent from the result. */
export async function mapOldIds(db: CrmSweepDb, jobId: string, oldIds: readonly string[]): Promise<Map<string, string>> {
  const found = await db.idMap.bulkGet(oldIds.map((oldId): [string, string] => [jobId, oldId]));
  const newIdByOld = new Map<string, string>();
  for (const mapping of found) if (mapping) newIdByOld.set(mapping.oldId, mapping.newId);
  return newIdByOld;
}

export function listIdMappings(db: CrmSweepDb, jobId: string): Promise<IdMapping[]> {
  return db.idMap.where('jobId').equals(jobId).toArray();
}

/** How many of a job's records undo re-created (new IDs) and found restored in HubSpot (same IDs). */
export async function countIdMappingsByHow(db: CrmSweepDb, jobId: string): Promise<{ recreated: number; restored: number }> {
  const byHow = db.idMap.where('[jobId+how]');
  const [recreated, restored] = await Promise.all([
    byHow.equals([jobId, 'recreated']).count(),
    byHow.equals([jobId, 'restoredInHubSpot']).count(),
  ]);
  return { recreated, restored };
}
