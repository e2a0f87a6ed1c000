import { expect } from 'vitest';
import { listBatches } from '@/lib/db/batches-repo';
import { restoreSessionOfJob } from '@/lib/db/restore-sessions-repo';
import type { RestoreResult } from '../../sandbox/store';
import { firstIds, startJob, type Harness } from './sandbox-harness';

/** Manual and snapshot lists a record is in now (what HubSpot's restore does not put back for contacts). */
export function staticListsOf(h: Harness, type: string, id: string): string[] {
  const typeId = h.sandbox.store.objectTypes.require(type).objectTypeId;
  return h.sandbox.store.lists
    .listsOf(typeId, id)
    .filter(({ list }) => list.processingType !== 'DYNAMIC')
    .map(({ list }) => list.listId)
    .sort();
}

/**
 * What a person pressing Restore on HubSpot's restore page gets (HUBSPOT.md §7): the records back
 * with their IDs and associations, the email rule for contacts, and no static list memberships.
 */
export function restoreInHubSpot(h: Harness, type: string, ids: string[]): RestoreResult[] {
  const { store } = h.sandbox;
  const results = store.restore(type, ids);
  const typeId = store.objectTypes.require(type).objectTypeId;
  for (const r of results.filter((x) => x.status === 'RESTORED')) {
    for (const { list } of store.lists.listsOf(typeId, r.id)) {
      if (list.processingType !== 'DYNAMIC') store.lists.remove(list, [r.id], Date.now());
    }
  }
  return results;
}

/** Deletes `n` contacts that sit in static lists (and have associations), through the popup's routes. */
export async function deleteListedContacts(h: Harness, n: number): Promise<{ jobId: string; ids: string[]; lists: Map<string, string[]> }> {
  const ids = firstIds(h.sandbox, 'contacts', 400)
    .filter((id) => staticListsOf(h, 'contacts', id).length > 0)
    .slice(0, n);
  expect(ids).toHaveLength(n);
  const lists = new Map(ids.map((id) => [id, staticListsOf(h, 'contacts', id)]));
  const jobId = await startJob(h, ids);
  await h.engine.idle();
  return { jobId, ids, lists };
}

/** restore/open from the popup; throws on a refusal. */
export async function openRestore(h: Harness, jobId: string) {
  const reply = await h.send('restore/open', { jobId });
  if (!reply.ok) throw new Error(reply.error?.message);
  return reply.data;
}

/** restore/verify from the popup, then waits for the job; its ID. */
export async function verify(h: Harness, jobId: string): Promise<string> {
  const reply = await h.send('restore/verify', { jobId });
  if (!reply.ok) throw new Error(reply.error?.message);
  await h.engine.idle();
  return reply.data.jobId as string;
}

/** Per record: its failed / incomplete / repaired rows of a verify job. */
export async function verifyRows(h: Harness, verifyJobId: string) {
  const batches = await listBatches(h.db, verifyJobId);
  return {
    failed: batches.flatMap((b) => b.failedIds ?? []),
    incomplete: batches.flatMap((b) => b.incomplete ?? []),
    repaired: batches.flatMap((b) => b.repaired ?? []),
  };
}

export const sessionOf = (h: Harness, jobId: string) => restoreSessionOfJob(h.db, jobId);
