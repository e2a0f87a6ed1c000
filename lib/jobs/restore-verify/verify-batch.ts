import { recordIdMappings } from '@/lib/db/idmap-repo';
import type { Batch, FailedRecord } from '@/lib/db/rows';
import { objectTypeFacts } from '@/lib/hubspot/object-types';
import { text } from '@/lib/i18n/text';
import { markArchiving, markBatch } from '@/lib/jobs/core/batch-transitions';
import { findEmailOwners } from '@/lib/jobs/core/email-owners';
import { EMAIL_IN_USE, PURGED, STILL_IN_BIN } from '@/lib/jobs/core/job-facts';
import { refusedRecord } from '@/lib/jobs/core/record-errors';
import { storedText } from '@/lib/jobs/core/stored-text';
import { readBinState } from '@/lib/jobs/core/bin-state';
import { repairAssociations } from './repair-associations';
import { repairLists } from './repair-lists';
import { repairPlanOf } from './repair-plan';
import { emptyNotes, noteIncomplete, snapshotsOf, type VerifyEnv } from './verify-env';

/**
 * Verify and repair one batch (≤100) after HubSpot's restore: read the original IDs back; those
 * active are restored exactly (idMap 'restoredInHubSpot', same ID) and compared with their snapshot,
 * what HubSpot left out is re-added; those still archived are still in the bin — a contact whose
 * email another active contact holds is HubSpot's refusal, named with that contact; those neither
 * active nor archived are gone for good. Every write is preceded by a read, so the whole step can
 * run again after a kill (a batch found `archiving` or `archived`) without writing anything twice.
 */
export async function verifyBatch(env: VerifyEnv, batch: Batch): Promise<Batch> {
  const { db, api, verifyJob, deleteJob, signal } = env;
  const type = deleteJob.objectTypeId;
  const b = batch.state === 'archived' ? batch : await markArchiving(db, verifyJob.id, batch.seq, env.keepsSnapshots);
  const contacts = objectTypeFacts(type)?.uniqueEmailOnCreate === true;
  // Storage and HubSpot answer at their own pace: the snapshots are read while HubSpot is asked.
  const [state, allSnapshots] = await Promise.all([
    readBinState(api, type, b.ids, contacts ? ['email'] : ['hs_object_id'], signal),
    snapshotsOf(env, b.ids),
  ]);
  const active = new Set(state.active);
  const snapshots = allSnapshots.filter((s) => active.has(s.recordId));
  const notes = emptyNotes(repairPlanOf(db, b));
  // The idMap note, the email check of those still in the bin and the two repairs are independent:
  // at once. (The repairs map association targets through the idMap: an exact restore maps a record
  // to itself, so what this note adds changes no target.)
  const [owners] = await Promise.all([
    contacts && state.inBin.length > 0
      ? findEmailOwners(
          api,
          state.inBin.map((r) => ({ recordId: r.id, properties: r.properties })),
          signal,
        )
      : undefined,
    repairLists(env, snapshots, notes),
    repairAssociations(env, snapshots, notes),
    recordIdMappings(
      db,
      state.active.map((id) => ({ jobId: deleteJob.id, oldId: id, newId: id, objectTypeId: type, how: 'restoredInHubSpot' as const })),
    ),
  ]);
  const failedIds: FailedRecord[] = [];
  for (const r of state.inBin) {
    const owner = owners?.get(r.id);
    if (owner) failedIds.push({ id: r.id, category: EMAIL_IN_USE, ...storedText(text('restoreVerify.emailInUse', { contactId: owner })) });
    else failedIds.push({ id: r.id, category: STILL_IN_BIN, ...storedText(text('restoreVerify.stillInBin')) });
  }
  for (const id of state.purged) failedIds.push({ id, category: PURGED, ...storedText(text('restoreVerify.purged')) });
  for (const e of state.unreadable) failedIds.push({ ...refusedRecord(e, 'record.unverified'), uncertain: true });

  const withSnapshot = new Set(snapshots.map((s) => s.recordId));
  for (const id of state.active) {
    if (!withSnapshot.has(id)) noteIncomplete(notes, { id, category: 'NO_SNAPSHOT', ...storedText(text('restoreVerify.noSnapshot')) });
  }
  const repaired: FailedRecord[] = [...notes.added].map(([id, added]) => ({
    id,
    category: 'REPAIRED',
    ...storedText(text('restoreVerify.repaired', { lists: added.lists.length, associations: added.associations })),
  }));

  // `archived` carries nothing, so a step re-run from there adds its findings once, at `verified`.
  const archived = b.state === 'archived' ? b : await markBatch(db, verifyJob.id, b.seq, { to: 'archived' });
  return markBatch(db, verifyJob.id, archived.seq, { to: 'verified', failedIds, incomplete: [...notes.incomplete.values()], repaired });
}
