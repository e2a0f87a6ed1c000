import type { RecordSnapshot } from '@/lib/db/rows';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { text } from '@/lib/i18n/text';
import { recordErrorsOf } from '@/lib/jobs/core/record-errors';
import { storedText } from '@/lib/jobs/core/stored-text';
import { listRepairKey } from './repair-plan';
import { noteAdded, noteIncomplete, type RepairNotes, unreadNoted, type VerifyEnv } from './verify-env';

/**
 * Re-adds the manual and snapshot list memberships HubSpot's restore left out (HUBSPOT.md §7:
 * "Restored contacts are not put back in the static lists they were in"). The records' lists are
 * read first and only the missing memberships are written, so a re-run after a kill writes nothing
 * twice. Dynamic lists re-evaluate by themselves and were never kept in the snapshot.
 */
export async function repairLists(env: VerifyEnv, snapshots: readonly RecordSnapshot[], notes: RepairNotes): Promise<void> {
  const { api, deleteJob, signal } = env;
  const wanted = snapshots.filter((s) => s.lists.length > 0);
  if (wanted.length === 0) return;
  const sent = wanted.map((s) => s.recordId);
  const current = await api.lists.recordMemberships(deleteJob.objectTypeId, sent, signal);
  const errors = recordErrorsOf(current.errors, sent, 'lists.recordMemberships');
  const byList = new Map<string, string[]>();
  for (const s of wanted) {
    // Adding to a list blindly could not duplicate, but "re-read before writing" is the rule.
    if (unreadNoted(notes, s.recordId, { errors, answered: current.has(s.recordId) }, 'restoreVerify.listsUnread')) continue;
    const member = new Set((current.get(s.recordId) ?? []).map((m) => m.listId));
    for (const { listId } of s.lists) {
      if (!member.has(listId)) byList.set(listId, [...(byList.get(listId) ?? []), s.recordId]);
      // In place, and planned by a run of this step a kill stopped: that run re-added it.
      else if (notes.plan.planned.has(listRepairKey(s.recordId, listId))) noteAdded(notes, s.recordId, { list: listId });
    }
  }
  await notes.plan.writeAhead([...byList].flatMap(([listId, ids]) => ids.map((id) => listRepairKey(id, listId))));
  // Lists are independent: added to at once (the governor bounds the calls), noted in list order.
  const answers = await Promise.all(
    [...byList].map(async ([listId, ids]) => {
      try {
        return { listId, ids, missing: (await api.lists.addMembers(listId, ids, signal)).recordIdsMissing };
      } catch (error) {
        // The list itself was deleted meanwhile: nothing to re-add it to.
        if (!(error instanceof HubSpotError && error.kind === 'notFound')) throw error;
        return { listId, ids, missing: null };
      }
    }),
  );
  for (const { listId, ids, missing } of answers) {
    if (missing === null) {
      for (const id of ids) noteIncomplete(notes, { id, category: 'LIST_GONE', ...storedText(text('restoreVerify.listGone', { listId })) });
      continue;
    }
    const notAdded = new Set(missing);
    for (const id of ids) {
      if (notAdded.has(id)) {
        noteIncomplete(notes, { id, category: 'RECORD_MISSING', ...storedText(text('record.listNotReadded', { listId })) });
        continue;
      }
      noteAdded(notes, id, { list: listId });
    }
  }
}
