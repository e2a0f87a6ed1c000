import { describe, expect, it } from 'vitest';
import { listBatches } from '@/lib/db/batches-repo';
import { listIdMappings } from '@/lib/db/idmap-repo';
import { getJob, getJobProgress } from '@/lib/db/jobs-repo';
import type { Batch } from '@/lib/db/rows';
import { firstIds, startHarness, startJob, type Harness } from './sandbox-harness';

/**
 * Every 207 partial answer accounted for (issue #18): each batch call the jobs make is answered
 * with per-record errors for chosen records, and no record may be counted done that HubSpot did
 * not do — judged from the sandbox's store, not from what crm-sweep says.
 */
const ARCHIVE = '{type}/batch/archive';
const READ = 'objects/{type}/batch/read';
const ASSOC_READ = 'associations/{fromObjectType}/{toObjectType}/batch/read';
const ASSOC_CREATE = 'associations/{fromObjectType}/{toObjectType}/batch/create';
const MEMBERSHIPS_READ = 'lists/records/memberships/batch/read';

const failedOf = (batches: Batch[]) => new Map(batches.flatMap((b) => b.failedIds ?? []).map((f) => [f.id, f]));

/** Counted done = in a verified batch and not reported failed. */
async function countedDone(h: Harness, jobId: string): Promise<string[]> {
  const batches = await listBatches(h.db, jobId);
  const failed = failedOf(batches);
  return batches.filter((b) => b.state === 'verified').flatMap((b) => b.ids.filter((id) => !failed.has(id)));
}

const withLists = (h: Harness, ids: string[]) =>
  ids.filter((id) =>
    h.sandbox.store.lists.all().some((l) => l.processingType !== 'DYNAMIC' && h.sandbox.store.listMembers(l.listId).includes(id)),
  );
const withCompanies = (h: Harness, ids: string[]) =>
  ids.filter((id) => h.sandbox.store.associationsOf('contacts', id, { toType: 'companies' }).length > 0);

describe('207 partial answers: delete and snapshot', () => {
  it('counts done only what HubSpot archived; refusals carry its category; snapshots name their gaps', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 150);
    const [lockedId, unreadableId] = [ids[3]!, ids[120]!];
    const noLinksId = withCompanies(h, ids).find((id) => id !== lockedId && id !== unreadableId)!;
    const noListsId = withLists(h, ids).find((id) => id !== lockedId && id !== unreadableId && id !== noLinksId)!;
    h.sandbox.faults.set({
      recordErrors: [
        { ids: [lockedId], routes: [ARCHIVE], category: 'RESOURCE_LOCKED' },
        { ids: [unreadableId], routes: [READ], category: 'RESOURCE_LOCKED' },
        { ids: [noLinksId], routes: [ASSOC_READ], category: 'INTERNAL_ERROR' },
        { ids: [noListsId], routes: [MEMBERSHIPS_READ], category: 'INTERNAL_ERROR' },
      ],
    });
    const jobId = await startJob(h, ids);
    await h.engine.idle();

    const done = await countedDone(h, jobId);
    for (const id of done) expect(h.sandbox.store.get('contacts', id), `${id} counted done but active`).toBeUndefined();
    expect(done).toHaveLength(148);
    const failed = failedOf(await listBatches(h.db, jobId));
    expect(failed.get(lockedId)).toMatchObject({
      category: 'RESOURCE_LOCKED',
      detail: expect.stringContaining('batch archive'),
      text: { key: 'record.archiveRefused' },
    });
    expect(failed.get(unreadableId)).toMatchObject({ category: 'RESOURCE_LOCKED', text: { key: 'record.unreadable' } });
    expect(h.sandbox.store.get('contacts', lockedId)).toBeDefined();
    expect(h.sandbox.store.get('contacts', unreadableId)).toBeDefined();
    expect(await h.db.snapshots.get([jobId, unreadableId])).toBeUndefined();
    expect(await getJobProgress(h.db, jobId)).toMatchObject({ done: 148, failed: 2, remaining: 0 });

    // Gaps: still deleted (properties were captured), the missing parts named with HubSpot's category.
    expect(h.sandbox.store.get('contacts', noLinksId)).toBeUndefined();
    const linksRow = await h.db.snapshots.get([jobId, noLinksId]);
    expect(linksRow?.gaps).toEqual(
      expect.arrayContaining([expect.objectContaining({ part: 'associations', toObjectTypeId: '0-2', category: 'INTERNAL_ERROR' })]),
    );
    expect(linksRow?.associations.some((a) => a.toObjectTypeId === '0-2')).toBe(false);
    const listsRow = await h.db.snapshots.get([jobId, noListsId]);
    expect(listsRow?.gaps).toEqual([expect.objectContaining({ part: 'lists', category: 'INTERNAL_ERROR' })]);
    const gaps = (await listBatches(h.db, jobId)).reduce((sum, b) => sum + (b.snapshotGaps?.lists ?? 0), 0);
    expect(gaps).toBe(1);
    const cleanId = ids.find((id) => ![lockedId, unreadableId, noLinksId, noListsId].includes(id))!;
    expect((await h.db.snapshots.get([jobId, cleanId]))?.gaps).toBeUndefined();

    // Undo re-creates only what was deleted; the never-deleted records are not "restored".
    h.sandbox.faults.clear();
    const undo = await h.send('job/undo', { jobId, binRefusalAccepted: true });
    expect(undo).toMatchObject({ ok: true, data: { jobId: expect.any(String) } });
    await h.engine.idle();
    const mappings = await listIdMappings(h.db, jobId);
    expect(mappings.map((m) => m.oldId)).not.toContain(lockedId);
    expect(mappings.map((m) => m.oldId)).not.toContain(unreadableId);
    expect(mappings).toHaveLength(148);
  });

  it('does not count a record done when the verify read is refused for it', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 20);
    const unverifiedId = ids[5]!;
    // Refuse the read only once the record is archived: the snapshot read went through.
    const stop = h.sandbox.store.subscribe((change) => {
      if (change.kind === 'archive' && change.ids.includes(unverifiedId))
        h.sandbox.faults.set({ recordErrors: { ids: [unverifiedId], routes: [READ], category: 'RESOURCE_LOCKED' } });
    });
    const jobId = await startJob(h, ids);
    await h.engine.idle();
    stop();
    expect(await countedDone(h, jobId)).not.toContain(unverifiedId);
    expect(failedOf(await listBatches(h.db, jobId)).get(unverifiedId)).toMatchObject({
      category: 'RESOURCE_LOCKED',
      uncertain: true,
      text: { key: 'record.unverified' },
    });
    expect(await getJobProgress(h.db, jobId)).toMatchObject({ done: 19, failed: 1 });
  });
});

describe('207 partial answers: undo', () => {
  it('reports inputs a 2026-09 create refused, and links and list adds HubSpot refused, per record', async () => {
    const h = await startHarness();
    const ids = withLists(h, withCompanies(h, firstIds(h.sandbox, 'contacts', 200))).slice(0, 30);
    expect(ids.length).toBeGreaterThan(5);
    const jobId = await startJob(h, ids);
    await h.engine.idle();
    const [refusedId, unlinkedOldId] = [ids[1]!, ids[2]!];
    const refusedEmail = h.sandbox.store.get('contacts', refusedId, { archived: true })!.properties.email!;
    const unlinkedEmail = h.sandbox.store.get('contacts', unlinkedOldId, { archived: true })!.properties.email!;
    h.sandbox.faults.set({ recordErrors: [{ inputs: [refusedId], property: 'lastname', routes: ['objects/{type}/batch/create'] }] });
    // Once the undo re-creates the record, refuse its association create and list add.
    const stop = h.sandbox.store.subscribe((change) => {
      if (change.kind !== 'create') return;
      const made = change.ids.find((id) => h.sandbox.store.get('contacts', id)?.properties.email === unlinkedEmail);
      if (made)
        h.sandbox.faults.set({
          recordErrors: [
            { inputs: [refusedId], property: 'lastname', routes: ['objects/{type}/batch/create'] },
            { ids: [made], routes: [ASSOC_CREATE, 'memberships/add'], category: 'VALIDATION_ERROR' },
          ],
        });
    });
    const undo = await h.send('job/undo', { jobId, binRefusalAccepted: true });
    await h.engine.idle();
    stop();
    const undoId = undo.data.jobId as string;
    expect((await getJob(h.db, undoId))?.state).toBe('done');
    const batches = await listBatches(h.db, undoId);
    const failed = failedOf(batches);
    expect(failed.get(refusedId)).toMatchObject({
      category: 'VALIDATION_ERROR',
      detail: expect.stringContaining('lastname'),
      text: { key: 'record.recreateRefused' },
    });
    const active = h.sandbox.store.listRecords('contacts', { archived: false });
    expect(active.filter((r) => r.properties.email === refusedEmail)).toHaveLength(0);
    // Counted done ⇔ re-created in the sandbox, record by record.
    const mapped = new Map((await listIdMappings(h.db, jobId)).map((m) => [m.oldId, m.newId]));
    for (const id of ids) {
      const doneHere = !failed.has(id);
      expect(doneHere, id).toBe(mapped.has(id) && h.sandbox.store.get('contacts', mapped.get(id)!) !== undefined);
    }
    // The unlinked record is back (done) but not whole: its refused parts are named.
    const incomplete = batches.flatMap((b) => b.incomplete ?? []);
    expect(incomplete).toEqual([expect.objectContaining({ id: unlinkedOldId, category: 'VALIDATION_ERROR' })]);
    expect(failed.has(unlinkedOldId)).toBe(false);
  });
});

describe('207 partial answers: remove from list', () => {
  it('reports the records HubSpot named missing instead of counting them removed', async () => {
    const h = await startHarness();
    const list = h.sandbox.store.lists
      .all()
      .find((l) => l.processingType === 'MANUAL' && l.objectTypeId === '0-1' && h.sandbox.store.listMembers(l.listId).length >= 5)!;
    const members = h.sandbox.store.listMembers(list.listId).slice(0, 5);
    const missingId = members[2]!;
    h.sandbox.faults.set({ recordErrors: { ids: [missingId], routes: ['memberships/remove'] } });
    const jobId = await startJob(h, members, {
      mode: 'removeFromList',
      path: `/contacts/${h.sandbox.portalId}/objectLists/${list.listId}`,
    });
    await h.engine.idle();
    const failed = failedOf(await listBatches(h.db, jobId));
    expect(failed.get(missingId)).toMatchObject({ category: 'RECORD_MISSING', text: { key: 'record.listRecordMissing' } });
    expect(h.sandbox.store.listMembers(list.listId)).toContain(missingId);
    for (const id of await countedDone(h, jobId)) expect(h.sandbox.store.listMembers(list.listId)).not.toContain(id);

    // Undo re-adds the removed ones; one HubSpot names missing is reported, not counted back.
    const notBackId = members[0]!;
    h.sandbox.faults.set({ recordErrors: { ids: [notBackId], routes: ['memberships/add'] } });
    const undo = await h.send('job/undo', { jobId, binRefusalAccepted: true });
    await h.engine.idle();
    const undoFailed = failedOf(await listBatches(h.db, undo.data.jobId));
    expect([...undoFailed.keys()]).toEqual([notBackId]);
    expect(undoFailed.get(notBackId)).toMatchObject({ category: 'RECORD_MISSING', text: { key: 'record.listNotReadded' } });
    const now = h.sandbox.store.listMembers(list.listId);
    for (const id of members.filter((m) => m !== notBackId)) expect(now).toContain(id);
    expect(now).not.toContain(notBackId);
  });
});
