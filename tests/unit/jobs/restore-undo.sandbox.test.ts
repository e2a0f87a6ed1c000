import { describe, expect, it } from 'vitest';
import { listIdMappings } from '@/lib/db/idmap-repo';
import { getJob, listUndoJobsOf } from '@/lib/db/jobs-repo';
import { deleteListedContacts, openRestore, restoreInHubSpot, verify } from './restore-helpers';
import { firstIds, startHarness, startJob, type Harness } from './sandbox-harness';

/** Contacts HubSpot creates from now on: what re-creating made. */
function watchCreatedContacts(h: Harness): string[] {
  const created: string[] = [];
  h.sandbox.store.subscribe((change) => {
    if (change.kind === 'create' && change.objectTypeId === '0-1') created.push(...change.ids);
  });
  return created;
}

describe('re-create while contacts are still in HubSpot’s recycle bin', () => {
  it('is refused, saying how many contacts HubSpot would then refuse to restore exactly, until chosen explicitly', async () => {
    const h = await startHarness();
    const { jobId } = await deleteListedContacts(h, 6);
    const refused = await h.send('job/undo', { jobId });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        text: { key: 'undo.refused.binRefusal', params: { count: 6 } },
        message: expect.stringMatching(/refuse to restore those 6 contacts exactly/),
      },
    });
    expect(await listUndoJobsOf(h.db, jobId)).toHaveLength(0);
    expect(h.sandbox.store.listRecords('contacts', { archived: true })).toHaveLength(6);

    const accepted = await h.send('job/undo', { jobId, binRefusalAccepted: true });
    expect(accepted).toMatchObject({ ok: true });
    await h.engine.idle();
    expect((await getJob(h.db, accepted.data.jobId))?.state).toBe('done');
  });

  it('is not asked for types without the email rule', async () => {
    const h = await startHarness();
    const jobId = await startJob(h, firstIds(h.sandbox, 'deals', 3), {
      path: `/contacts/${h.sandbox.portalId}/objects/0-3/views/all/list`,
    });
    await h.engine.idle();
    expect(await h.send('job/undo', { jobId })).toMatchObject({ ok: true });
    await h.engine.idle();
  });

  it('after an exact restore of some, re-creates only the rest and counts only those as in the bin', async () => {
    const h = await startHarness();
    const { jobId, ids } = await deleteListedContacts(h, 10);
    await openRestore(h, jobId);
    const exact = ids.slice(0, 6);
    restoreInHubSpot(h, 'contacts', exact);
    await verify(h, jobId);

    expect(await h.send('job/undo', { jobId })).toMatchObject({ ok: false, error: { text: { params: { count: 4 } } } });
    const created = watchCreatedContacts(h);
    const undo = await h.send('job/undo', { jobId, binRefusalAccepted: true });
    await h.engine.idle();
    expect((await getJob(h.db, undo.data.jobId))?.state).toBe('done');
    expect(created).toHaveLength(4);
    const mappings = await listIdMappings(h.db, jobId);
    expect(
      mappings
        .filter((m) => m.how === 'restoredInHubSpot')
        .map((m) => m.oldId)
        .sort(),
    ).toEqual([...exact].sort());
    expect(
      mappings
        .filter((m) => m.how === 'recreated')
        .map((m) => m.oldId)
        .sort(),
    ).toEqual(ids.slice(6).sort());
    for (const id of exact) expect(h.sandbox.store.get('contacts', id)).toBeDefined();
    const emails = h.sandbox.store
      .listRecords('contacts', { archived: false })
      .map((r) => r.properties.email)
      .filter(Boolean);
    expect(new Set(emails).size).toBe(emails.length);
  });
});
