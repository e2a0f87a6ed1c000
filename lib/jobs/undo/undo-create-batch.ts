import { objectTypeFacts } from '@/lib/hubspot/object-types';
import { text } from '@/lib/i18n/text';
import { storedText } from '@/lib/jobs/core/stored-text';
import { markArchiving, markBatch } from '@/lib/jobs/core/batch-transitions';
import { mapOldIds, recordIdMappings } from '@/lib/db/idmap-repo';
import type { Batch, FailedRecord } from '@/lib/db/rows';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { findEmailOwners } from '@/lib/jobs/core/email-owners';
import { findLostCreates } from './find-existing';
import { type RecordError, refusedRecord } from '@/lib/jobs/core/record-errors';
import { createFromSnapshots } from './create-records';
import { snapshotsOf, type UndoEnv } from './undo-env';
import { readBack } from '@/lib/jobs/core/read-back';
import { writableValues } from './writable-properties';

const noOwners = () => Object.assign(new Map<string, string>(), { unchecked: [] as RecordError[] });

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

  const unchecked: FailedRecord[] = [];
  if (todo.length > 0) {
    const read = await readBack(
      api,
      type,
      todo.map((s) => s.recordId),
      signal,
    );
    await recordIdMappings(
      db,
      read.back.map((id) => ({ jobId: deleteJob.id, oldId: id, newId: id, objectTypeId: type, how: 'restoredInHubSpot' as const })),
    );
    unchecked.push(...read.unchecked.map((e) => ({ ...refusedRecord(e, 'record.notChecked'), uncertain: true })));
    const done = new Set([...read.back, ...read.unchecked.map((e) => e.id)]);
    todo = todo.filter((s) => !done.has(s.recordId));
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
  failedIds.push(...unchecked);
  const b = await markArchiving(db, undoJob.id, batch.seq, env.keepsSnapshots);
  for (let attempt = 0; todo.length > 0; attempt++) {
    if (lostSince !== null) await adoptLostCreates(lostSince);
    if (todo.length === 0) break;
    const owners = () =>
      objectTypeFacts(type)?.uniqueEmailOnCreate && todo.length > 0 ? findEmailOwners(api, todo, signal) : Promise.resolve(noOwners());
    let conflicts = await owners();
    if (lostSince !== null && conflicts.size > 0) {
      await adoptLostCreates(lostSince); // the owner may be the lost create, landed just now
      conflicts = await owners();
    }
    // Whose email HubSpot would not look up: not created, as it might be taken (HUBSPOT.md §3).
    for (const e of conflicts.unchecked) failedIds.push({ ...refusedRecord(e, 'record.notChecked'), uncertain: true });
    const notChecked = new Set(conflicts.unchecked.map((e) => e.id));
    todo = todo.filter((s) => !notChecked.has(s.recordId));
    for (const [oldId, ownerId] of conflicts) {
      failedIds.push({
        id: oldId,
        category: 'CONFLICT',
        ...storedText(text('record.emailConflict', { contactId: ownerId })),
      });
    }
    todo = todo.filter((s) => !conflicts.has(s.recordId));
    if (todo.length === 0) break;
    const createStartedAt = Date.now();
    try {
      const outcome = await createFromSnapshots(env, todo);
      await recordIdMappings(
        db,
        [...outcome.created].map(([oldId, newId]) => ({
          jobId: deleteJob.id,
          oldId,
          newId,
          objectTypeId: type,
          how: 'recreated' as const,
        })),
      );
      failedIds.push(...outcome.refused);
      if (outcome.unaccounted.length > 0) {
        // The answer did not say what became of these: look for what it may have made, as for a
        // lost answer; what is not found is reported, never counted re-created nor created again.
        todo = outcome.unaccounted;
        await adoptLostCreates(createStartedAt);
        failedIds.push(
          ...todo.map((s) => ({
            id: s.recordId,
            category: 'CREATE_UNCONFIRMED',
            uncertain: true,
            ...storedText(text('record.createUnconfirmed')),
          })),
        );
      }
      break;
    } catch (error) {
      // One taken email fails the whole batch with 409 (HUBSPOT.md §3): look again, once.
      if (!(error instanceof HubSpotError && error.kind === 'conflict' && attempt === 0)) throw error;
      lostSince ??= b.updatedAt;
    }
  }
  return markBatch(db, undoJob.id, b.seq, { to: 'archived', failedIds });
}
