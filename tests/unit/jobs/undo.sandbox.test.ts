import { describe, expect, it } from 'vitest';
import { listIdMappings } from '@/lib/db/idmap-repo';
import { getJob, listUndoJobsOf } from '@/lib/db/jobs-repo';
import { firstIds, startHarness, startJob, tablePath, type Harness } from './sandbox-harness';

async function deleteThenUndo(h: Harness, ids: string[], between?: () => void) {
  const jobId = await startJob(h, ids);
  await h.engine.idle();
  between?.();
  const undo = await h.send('job/undo', { jobId, binRefusalAccepted: true });
  expect(undo).toMatchObject({ ok: true });
  await h.engine.idle();
  return { jobId, undoJobId: undo.data.jobId as string };
}

/** What a person would compare: email → the record's associations and lists, by type. */
function fingerprint(h: Harness, id: string) {
  const s = h.sandbox.store;
  const record = s.get('contacts', id)!;
  const companies = s
    .associationsOf('contacts', id, { toType: 'companies' })
    .map((a) => ({ to: a.toObjectId ?? a.id, types: a.types?.map((t) => t.typeId).sort() }));
  const lists = s.lists
    .all()
    .filter((l) => s.listMembers(l.listId).includes(id))
    .map((l) => l.listId)
    .sort();
  return { email: record.properties.email, firstname: record.properties.firstname, companies: companies.map((c) => c.to).sort(), lists };
}

describe('undo', () => {
  it('re-creates deleted contacts with their properties, associations and list memberships', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 60);
    const before = new Map(ids.map((id) => [h.sandbox.store.get('contacts', id)!.properties.email!, fingerprint(h, id)]));
    expect([...before.values()].some((f) => f.companies.length > 0)).toBe(true);
    expect([...before.values()].some((f) => f.lists.length > 0)).toBe(true);

    const { jobId, undoJobId } = await deleteThenUndo(h, ids);
    expect((await getJob(h.db, undoJobId))?.state).toBe('done');
    const mappings = await listIdMappings(h.db, jobId);
    expect(mappings).toHaveLength(60);
    for (const m of mappings) {
      const after = fingerprint(h, m.newId);
      expect(after).toEqual(before.get(after.email!));
    }
  });

  it('reports a contact whose email was taken meanwhile instead of duplicating it', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 5);
    const email = h.sandbox.store.get('contacts', ids[0]!)!.properties.email!;
    const { jobId, undoJobId } = await deleteThenUndo(h, ids, () => {
      h.sandbox.store.create('contacts', { email, firstname: 'Someone', lastname: 'Else' });
    });
    const owners = h.sandbox.store.listRecords('contacts', { archived: false }).filter((r) => r.properties.email === email);
    expect(owners).toHaveLength(1);
    expect(owners[0]!.properties.firstname).toBe('Someone');
    const batches = await h.db.batches.where('jobId').equals(undoJobId).toArray();
    expect(batches.flatMap((b) => b.failedIds ?? [])).toEqual([expect.objectContaining({ id: ids[0], category: 'CONFLICT' })]);
    expect(await listIdMappings(h.db, jobId)).toHaveLength(4);
  });

  it('skips records already restored from the recycle bin: no duplicates', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 10);
    const { jobId } = await deleteThenUndo(h, ids, () => {
      h.sandbox.store.restore('contacts', ids.slice(0, 4));
    });
    const mappings = await listIdMappings(h.db, jobId);
    expect(
      mappings
        .filter((m) => m.how === 'restoredInHubSpot')
        .map((m) => m.oldId)
        .sort(),
    ).toEqual(ids.slice(0, 4).sort());
    expect(mappings.filter((m) => m.how === 'recreated')).toHaveLength(6);
    // About 3 % of seeded contacts have no email: only real addresses must be unique.
    const emails = h.sandbox.store
      .listRecords('contacts', { archived: false })
      .map((r) => r.properties.email)
      .filter(Boolean);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('refuses to undo a permanent delete', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 2);
    const stagedId = await h.stage(ids, tablePath(h.sandbox));
    const { data } = await h.send('job/start', { stagedId, typedCount: '2', locale: 'en', mode: 'gdprDelete' });
    await h.engine.idle();
    expect(await h.send('job/undo', { jobId: data.jobId })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/cannot be brought back/) },
    });
    expect(await listUndoJobsOf(h.db, data.jobId)).toHaveLength(0);
  });
});
