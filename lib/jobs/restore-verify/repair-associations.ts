import { findIdMappings } from '@/lib/db/idmap-repo';
import type { RecordSnapshot } from '@/lib/db/rows';
import type { AssociationCreateInput } from '@/lib/hubspot/api/associations';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { BATCH_LIMIT } from '@/lib/hubspot/api/objects';
import { text } from '@/lib/i18n/text';
import { recordErrorsOf } from '@/lib/jobs/core/record-errors';
import { storedText } from '@/lib/jobs/core/stored-text';
import { associationRepairKey } from './repair-plan';
import { noteAdded, noteIncomplete, type RepairNotes, unreadNoted, type VerifyEnv } from './verify-env';

/** One association of the snapshot that HubSpot does not show now. */
interface Missing {
  from: string;
  to: string;
  types: AssociationCreateInput['types'];
}

const typeKey = (category: string, typeId: number) => `${category}:${typeId}`;

/**
 * Re-creates the associations of the snapshot that the restored records lack (HubSpot restores a
 * record's associations with it, so usually nothing), per target type: read what the records have
 * now, keep the snapshot's associations (with their type IDs and labels) that are missing, keep
 * those whose other end exists now — under its new ID when undo re-created it (idMap) — and create
 * only those. Read before writing: a re-run after a kill finds them and writes nothing twice.
 */
export async function repairAssociations(env: VerifyEnv, snapshots: readonly RecordSnapshot[], notes: RepairNotes): Promise<void> {
  const { db, deleteJob } = env;
  const type = deleteJob.objectTypeId;
  const sameJob = snapshots.flatMap((s) => s.associations.filter((a) => a.toObjectTypeId === type).map((a) => a.toObjectId));
  const mapped = await findIdMappings(db, deleteJob.id, [...new Set(sameJob)]);
  const targetOf = (toType: string, toId: string) => (toType === type ? (mapped.get(toId)?.newId ?? toId) : toId);
  const toTypes = [...new Set(snapshots.flatMap((s) => s.associations.map((a) => a.toObjectTypeId)))];
  // Target types are independent: read (and repair) them at once; the governor bounds the calls.
  await Promise.all(
    toTypes.map(async (toType) => {
      const from = snapshots.filter((s) => s.associations.some((a) => a.toObjectTypeId === toType));
      const missing = await missingAssociations(env, toType, from, targetOf, notes);
      if (missing.length > 0) await createWhereOtherEndExists(env, toType, missing, notes);
    }),
  );
}

async function missingAssociations(
  env: VerifyEnv,
  toType: string,
  snapshots: readonly RecordSnapshot[],
  targetOf: (toType: string, toId: string) => string,
  notes: RepairNotes,
): Promise<Missing[]> {
  const { api, deleteJob, signal } = env;
  const ids = snapshots.map((s) => s.recordId);
  let current: Awaited<ReturnType<typeof api.associations.readAll>>;
  try {
    current = await api.associations.readAll(deleteJob.objectTypeId, toType, ids, signal);
  } catch (error) {
    if (!(error instanceof HubSpotError && error.kind === 'invalid')) throw error;
    for (const id of ids)
      noteIncomplete(notes, { id, category: 'INVALID', ...storedText(text('restoreVerify.associationsUnread', { said: error.message })) });
    return [];
  }
  const errors = recordErrorsOf(current.errors, ids, `associations.readAll:${toType}`);
  const missing: Missing[] = [];
  const seenPairs = new Set<string>();
  for (const s of snapshots) {
    if (unreadNoted(notes, s.recordId, { errors, answered: current.has(s.recordId) }, 'restoreVerify.associationsUnread')) continue;
    const now = new Map<string, Set<string>>();
    for (const t of current.get(s.recordId) ?? [])
      now.set(t.toObjectId, new Set(t.associationTypes.map((a) => typeKey(a.category, a.typeId))));
    for (const a of s.associations.filter((x) => x.toObjectTypeId === toType)) {
      const to = targetOf(toType, a.toObjectId);
      const has = now.get(to) ?? new Set<string>();
      const types = a.types.filter((t) => !has.has(typeKey(t.category, t.typeId)));
      // In place, and planned by a run of this step a kill stopped: that run re-created it.
      if (types.length === 0 && notes.plan.planned.has(associationRepairKey(s.recordId, toType, to)))
        noteAdded(notes, s.recordId, { association: true });
      // Two records of this job linked to each other: the pair is one association, written once.
      const pair = toType === deleteJob.objectTypeId ? [s.recordId, to].sort().join('>') : `${s.recordId}>${to}`;
      if (types.length === 0 || seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      missing.push({ from: s.recordId, to, types: types.map((t) => ({ associationCategory: t.category, associationTypeId: t.typeId })) });
    }
  }
  return missing;
}

async function createWhereOtherEndExists(env: VerifyEnv, toType: string, missing: Missing[], notes: RepairNotes): Promise<void> {
  const { api, deleteJob, signal } = env;
  const targets = [...new Set(missing.map((m) => m.to))];
  const present = new Set<string>();
  for (let i = 0; i < targets.length; i += BATCH_LIMIT) {
    const { results } = await api.objects.batchRead(toType, targets.slice(i, i + BATCH_LIMIT), ['hs_object_id'], { signal });
    for (const r of results) present.add(String(r.id));
  }
  const todo: Missing[] = [];
  for (const m of missing) {
    if (present.has(m.to)) todo.push(m);
    else
      noteIncomplete(notes, {
        id: m.from,
        category: 'OTHER_END_GONE',
        ...storedText(text('restoreVerify.otherEndGone', { recordId: m.to })),
      });
  }
  await notes.plan.writeAhead(todo.map((m) => associationRepairKey(m.from, toType, m.to)));
  for (let i = 0; i < todo.length; i += BATCH_LIMIT) {
    const chunk = todo.slice(i, i + BATCH_LIMIT);
    const result = await api.associations.batchCreate(
      deleteJob.objectTypeId,
      toType,
      chunk.map((m) => ({ from: { id: m.from }, to: { id: m.to }, types: m.types })),
      signal,
    );
    const from = [...new Set(chunk.map((m) => m.from))];
    const refused = recordErrorsOf(result.errors ?? [], from, 'associations.batchCreate');
    for (const e of refused.byId.values()) {
      noteIncomplete(notes, {
        id: e.id,
        category: e.category,
        detail: e.message,
        ...storedText(text('restoreVerify.linkRefused', { category: e.category, said: e.message || e.category })),
      });
    }
    const linked = new Set((result.results ?? []).map((r) => String(r.fromObjectId)));
    for (const m of chunk) {
      if (refused.byId.has(m.from)) continue;
      if (refused.unknown && !linked.has(m.from)) {
        noteIncomplete(notes, {
          id: m.from,
          category: 'UNKNOWN',
          ...storedText(text('restoreVerify.linkRefused', { category: 'UNKNOWN', said: 'UNKNOWN' })),
        });
        continue;
      }
      noteAdded(notes, m.from, { association: true });
    }
  }
}
