import { text } from '@/lib/i18n/text';
import { storedText } from '@/lib/jobs/core/stored-text';
import { type KeepsSnapshots, markArchiving, markBatch } from '@/lib/db/batches-repo';
import { mapOldIds, recordIdMappings } from '@/lib/db/idmap-repo';
import type { Batch, FailedRecord, Job, RecordSnapshot } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import type { PropertyDefinition } from '@/lib/hubspot/api/types';
import { findEmailOwners, findLostCreates } from './find-existing';
import { writableValues } from './writable-properties';

export interface UndoEnv {
  db: CrmSweepDb;
  api: HubSpotApi;
  undoJob: Job;
  deleteJob: Job;
  keepsSnapshots: KeepsSnapshots;
  defs: PropertyDefinition[];
  signal?: AbortSignal;
}

export function snapshotsOf(env: UndoEnv, ids: string[]): Promise<RecordSnapshot[]> {
  return env.db.snapshots
    .bulkGet(ids.map((id) => [env.deleteJob.id, id] as [string, string]))
    .then((rows) => rows.filter((r): r is RecordSnapshot => r !== undefined));
}

/**
 * Undo, step 1 for one batch: every record is either already back in HubSpot (restored from the
 * recycle bin: same ID, nothing to create), re-created from its snapshot's writable properties,
 * or reported — a contact whose email another active contact now holds is a conflict, never a
 * duplicate. Old → new IDs go to the idMap as they become known, so a restart never creates twice.
 */
export async function runUndoCreate(env: UndoEnv, batch: Batch): Promise<Batch> {
  const { db, api, undoJob, deleteJob, signal } = env;
  const type = deleteJob.objectTypeId;
  const snapshots = await snapshotsOf(env, batch.ids);
  const alreadyMapped = await mapOldIds(db, deleteJob.id, batch.ids);
  let todo = snapshots.filter((s) => !alreadyMapped.has(s.recordId));

  if (todo.length > 0) {
    const { results } = await api.objects.batchRead(
      type,
      todo.map((s) => s.recordId),
      ['hs_object_id'],
      { signal },
    );
    const back = new Set(results.map((r) => r.id));
    await recordIdMappings(
      db,
      [...back].map((id) => ({ jobId: deleteJob.id, oldId: id, newId: id, objectTypeId: type, how: 'restoredInHubSpot' as const })),
    );
    todo = todo.filter((s) => !back.has(s.recordId));
  }
  // The worker died with a create in flight: adopt what it made instead of creating again. HubSpot
  // may carry that create out after this restart first looked (seen in the fault matrix: the
  // request was still being processed), so look again before every create attempt — a 409 on the
  // re-create is then the lost create landing, not someone else's contact.
  // A create whose answer was lost without a kill (a connection reset after HubSpot carried it
  // out, retried by the HTTP layer into a 409) is the same case: look from the create's start.
  let lostSince: number | null = batch.state === 'archiving' ? batch.updatedAt : null;
  const adoptLostCreates = async (since: number) => {
    const found = await findLostCreates(api, type, todo, since, signal, (s) => writableValues(env.defs, s.properties));
    await recordIdMappings(
      db,
      [...found].map(([oldId, newId]) => ({ jobId: deleteJob.id, oldId, newId, objectTypeId: type, how: 'recreated' as const })),
    );
    todo = todo.filter((s) => !found.has(s.recordId));
  };

  const failedIds: FailedRecord[] = batch.ids
    .filter((id) => !snapshots.some((s) => s.recordId === id))
    .map((id) => ({ id, category: 'NO_SNAPSHOT', ...storedText(text('record.noSnapshot')) }));
  const b = await markArchiving(db, undoJob.id, batch.seq, env.keepsSnapshots);
  for (let attempt = 0; todo.length > 0; attempt++) {
    if (lostSince !== null) await adoptLostCreates(lostSince);
    if (todo.length === 0) break;
    let conflicts = type === '0-1' ? await findEmailOwners(api, todo, signal) : new Map<string, string>();
    if (lostSince !== null && conflicts.size > 0) {
      await adoptLostCreates(lostSince); // the owner may be the lost create, landed just now
      conflicts = type === '0-1' && todo.length > 0 ? await findEmailOwners(api, todo, signal) : new Map<string, string>();
    }
    for (const [oldId, ownerId] of conflicts) {
      failedIds.push({
        id: oldId,
        category: 'CONFLICT',
        ...storedText(text('record.emailConflict', { contactId: ownerId })),
      });
    }
    todo = todo.filter((s) => !conflicts.has(s.recordId));
    if (todo.length === 0) break;
    try {
      const created = await api.objects.batchCreate(
        type,
        todo.map((s) => ({ properties: writableValues(env.defs, s.properties), objectWriteTraceId: s.recordId })),
        signal,
      );
      await recordIdMappings(
        db,
        created
          .filter((r) => r.objectWriteTraceId)
          .map((r) => ({ jobId: deleteJob.id, oldId: r.objectWriteTraceId!, newId: r.id, objectTypeId: type, how: 'recreated' as const })),
      );
      break;
    } catch (error) {
      // One taken email fails the whole batch with 409 (HUBSPOT.md §3): look again, once.
      if (!(error instanceof HubSpotError && error.kind === 'conflict' && attempt === 0)) throw error;
      lostSince ??= b.updatedAt;
    }
  }
  return markBatch(db, undoJob.id, b.seq, { to: 'archived', failedIds });
}
