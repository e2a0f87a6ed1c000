import { text } from '@/lib/i18n/text';
import { storedText } from '@/lib/jobs/core/stored-text';
import { appendAudit } from '@/lib/db/audit-repo';
import { markBatch } from '@/lib/jobs/core/batch-transitions';
import { findIdMappings } from '@/lib/db/idmap-repo';
import type { Batch, FailedRecord } from '@/lib/db/rows';
import type { AssociationCreateInput } from '@/lib/hubspot/api/associations';
import { recordErrorsOf, refusedRecord } from '@/lib/jobs/core/record-errors';
import { snapshotsOf, type UndoEnv } from './undo-env';

const ASSOCIATION_CREATE_LIMIT = 100;

/**
 * Undo, step 2 for one batch, once every batch of the job was re-created: re-link associations
 * with their original type IDs and labels (targets deleted in the same job are mapped to their new
 * IDs) and re-add manual/snapshot list memberships. Records restored in HubSpot's recycle bin got
 * their associations back from HubSpot itself, but not their static list memberships (HUBSPOT.md
 * §7: "restored contacts are not put back in the static lists they were in"), so those are re-added
 * too. Creating an existing association or membership again is harmless,
 * so a restart simply repeats this step.
 */
export async function runUndoLink(env: UndoEnv, batch: Batch): Promise<Batch> {
  const { db, api, undoJob, deleteJob, signal } = env;
  const snapshots = await snapshotsOf(env, batch.ids);
  // Only the mappings this batch needs: its own records and same-type association targets.
  const sameTypeTargets = snapshots.flatMap((s) =>
    s.associations.filter((a) => a.toObjectTypeId === deleteJob.objectTypeId).map((a) => a.toObjectId),
  );
  const newIdOf = await findIdMappings(db, deleteJob.id, [...new Set([...batch.ids, ...sameTypeTargets])]);
  const recreated = snapshots.filter((s) => newIdOf.get(s.recordId)?.how === 'recreated');
  const restoredInHubSpot = snapshots.filter((s) => newIdOf.get(s.recordId)?.how === 'restoredInHubSpot');

  const byTargetType = new Map<string, AssociationCreateInput[]>();
  const byList = new Map<string, string[]>();
  for (const s of recreated) {
    const from = newIdOf.get(s.recordId)!.newId;
    for (const a of s.associations) {
      // A target deleted in this same job lives on under its new ID.
      const sameJob = a.toObjectTypeId === deleteJob.objectTypeId ? newIdOf.get(a.toObjectId) : undefined;
      const inputs = byTargetType.get(a.toObjectTypeId) ?? [];
      inputs.push({
        from: { id: from },
        to: { id: sameJob?.newId ?? a.toObjectId },
        types: a.types.map((t) => ({ associationCategory: t.category, associationTypeId: t.typeId })),
      });
      byTargetType.set(a.toObjectTypeId, inputs);
    }
    for (const l of s.lists) byList.set(l.listId, [...(byList.get(l.listId) ?? []), from]);
  }
  for (const s of restoredInHubSpot) for (const l of s.lists) byList.set(l.listId, [...(byList.get(l.listId) ?? []), s.recordId]);

  // Per record (old ID), the first part HubSpot refused: the record is back, that link is not.
  const oldIdOf = new Map([
    ...recreated.map((s): [string, string] => [newIdOf.get(s.recordId)!.newId, s.recordId]),
    ...restoredInHubSpot.map((s): [string, string] => [s.recordId, s.recordId]),
  ]);
  const incomplete = new Map<string, FailedRecord>();
  const note = (newId: string, part: FailedRecord) => {
    const oldId = oldIdOf.get(newId);
    if (oldId && !incomplete.has(oldId)) incomplete.set(oldId, { ...part, id: oldId });
  };
  let linkFailures = 0;
  for (const [toType, inputs] of byTargetType) {
    for (let i = 0; i < inputs.length; i += ASSOCIATION_CREATE_LIMIT) {
      const chunk = inputs.slice(i, i + ASSOCIATION_CREATE_LIMIT);
      const result = await api.associations.batchCreate(deleteJob.objectTypeId, toType, chunk, signal);
      // E.g. the other record is gone too: the record itself is back, only that link is not.
      const from = [...new Set(chunk.map((c) => c.from.id))];
      const found = recordErrorsOf(result.errors ?? [], from, 'associations.batchCreate');
      linkFailures += result.errors?.length ?? 0;
      for (const error of found.byId.values()) note(error.id, refusedRecord(error, 'record.linkRefused'));
      if (found.unknown) {
        const linked = new Set((result.results ?? []).map((r) => String(r.fromObjectId)));
        for (const id of from.filter((f) => !linked.has(f) && !found.byId.has(f)))
          note(id, refusedRecord({ id, category: 'UNKNOWN', message: '' }, 'record.linkRefused'));
      }
    }
  }
  for (const [listId, ids] of byList) {
    const answer = await api.lists.addMembers(listId, ids, signal);
    // `recordIdsMissing`: HubSpot did not add these; IDs it names that we did not send are logged.
    for (const id of answer.recordIdsMissing) {
      if (oldIdOf.has(id)) note(id, { id, category: 'RECORD_MISSING', ...storedText(text('record.listNotReadded', { listId })) });
      else console.warn(`crm-sweep: list add answered record ${id}, which was not sent`);
    }
  }

  // Verify: every re-created record is there and active.
  const newIds = recreated.map((s) => newIdOf.get(s.recordId)!.newId);
  const present = new Set<string>();
  for (let i = 0; i < newIds.length; i += 100) {
    const { results } = await api.objects.batchRead(deleteJob.objectTypeId, newIds.slice(i, i + 100), ['hs_object_id'], { signal });
    for (const r of results) present.add(r.id);
  }
  const failedIds: FailedRecord[] = recreated
    .filter((s) => !present.has(newIdOf.get(s.recordId)!.newId))
    .map((s) => ({ id: s.recordId, category: 'STILL_MISSING', ...storedText(text('record.recreatedNotVisible')) }));
  if (linkFailures > 0) {
    await appendAudit(db, {
      jobId: undoJob.id,
      portalId: undoJob.portalId,
      action: 'undo.associationsSkipped',
      counts: { associations: linkFailures },
    });
  }
  return markBatch(db, undoJob.id, batch.seq, { to: 'verified', failedIds, incomplete: [...incomplete.values()] });
}
