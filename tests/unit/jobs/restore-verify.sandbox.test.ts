import { describe, expect, it } from 'vitest';
import { startVerifyOfSession } from '@/lib/background/restore-handlers';
import { createConnector } from '@/lib/background/connect';
import { getBatch } from '@/lib/db/batches-repo';
import { listIdMappings } from '@/lib/db/idmap-repo';
import { transitionJob } from '@/lib/jobs/core/job-transitions';
import { keepsSnapshots } from '@/lib/jobs/kinds';
import { verifyBatch } from '@/lib/jobs/restore-verify/verify-batch';
import { verifyJobFor } from '@/lib/jobs/restore-verify/start-verify';
import { getJob, getJobProgress } from '@/lib/db/jobs-repo';
import { callsTo } from './call-log';
import { deleteListedContacts, openRestore, restoreInHubSpot, sessionOf, staticListsOf, verify, verifyRows } from './restore-helpers';
import { startHarness, type Harness } from './sandbox-harness';

const listAdds = (h: Harness) => callsTo(h.sandbox, 'memberships/add');
const associationCreates = (h: Harness) => callsTo(h.sandbox, 'batch/create').filter((c) => c.route.includes('associations'));

describe('verify and repair after HubSpot’s restore', () => {
  it('marks the restored records, puts them back in their static lists, and plans the rest as the next round', async () => {
    const h = await startHarness();
    const { jobId, ids, lists } = await deleteListedContacts(h, 30);
    await openRestore(h, jobId);
    const restored = ids.slice(0, 20);
    restoreInHubSpot(h, 'contacts', restored);
    for (const id of restored) expect(staticListsOf(h, 'contacts', id)).toEqual([]);

    const verifyJobId = await verify(h, jobId);
    expect((await getJob(h.db, verifyJobId))?.state).toBe('done');
    for (const id of restored) expect(staticListsOf(h, 'contacts', id), id).toEqual(lists.get(id));
    const mappings = await listIdMappings(h.db, jobId);
    expect(mappings.map((m) => m.oldId).sort()).toEqual([...restored].sort());
    expect(mappings.every((m) => m.how === 'restoredInHubSpot' && m.newId === m.oldId)).toBe(true);

    const session = (await sessionOf(h, jobId))!;
    expect(session.outcome).toEqual({ restoredExactly: 0, repaired: 20, stillMissing: 10, refusedEmailInUse: 0 });
    expect(session.inBin.sort()).toEqual(ids.slice(20).sort());
    expect(session).toMatchObject({ round: 2, rounds: 2, verifiedRound: 1 });
    const rows = await verifyRows(h, verifyJobId);
    expect(rows.failed.map((f) => [f.id, f.category, f.text?.key]).sort()).toEqual(
      ids
        .slice(20)
        .map((id) => [id, 'STILL_IN_BIN', 'restoreVerify.stillInBin'])
        .sort(),
    );
    expect(rows.repaired).toHaveLength(20);
    expect(rows.repaired[0]?.text).toMatchObject({ key: 'restoreVerify.repaired' });
    expect(await getJobProgress(h.db, verifyJobId)).toMatchObject({ done: 20, failed: 10 });
    expect((await h.send('restore/status', { jobId })).data).toMatchObject({ round: 2, inBin: 10, verifyJobId, outcome: session.outcome });

    // The next round: the rest restored, verified again — memberships added once, never twice.
    const addsBefore = listAdds(h).length;
    const reopened = await openRestore(h, jobId);
    expect(reopened.session).toMatchObject({ round: 2, rounds: 2, inBin: 10, notInBin: { alreadyBack: 20 } });
    restoreInHubSpot(h, 'contacts', ids.slice(20));
    const second = await verify(h, jobId);
    expect(second).not.toBe(verifyJobId);
    for (const id of ids) expect(staticListsOf(h, 'contacts', id), id).toEqual(lists.get(id));
    const addedIds = listAdds(h)
      .slice(addsBefore)
      .flatMap((c) => c.ids);
    expect(addedIds.filter((id) => restored.includes(id))).toEqual([]);
    expect((await sessionOf(h, jobId))?.outcome).toEqual({ restoredExactly: 20, repaired: 10, stillMissing: 0, refusedEmailInUse: 0 });
  });

  it('leaves associations HubSpot restored alone and re-creates one it lost, only where the other end exists', async () => {
    const h = await startHarness();
    const { jobId, ids } = await deleteListedContacts(h, 20);
    const { store } = h.sandbox;
    const linked = ids.filter((id) => store.associationsOf('contacts', id, { toType: 'companies', includeArchived: true }).length > 0);
    expect(linked.length).toBeGreaterThan(1);
    const before = new Map(ids.map((id) => [id, store.associationsOf('contacts', id, { includeArchived: true }).length]));
    await openRestore(h, jobId);
    restoreInHubSpot(h, 'contacts', ids);
    // HubSpot lost one association of `lost`; `gone`'s company was deleted meanwhile.
    const [lost, gone] = linked as [string, string];
    const lostCompany = store.associationsOf('contacts', lost, { toType: 'companies' })[0]!;
    const lostTo = String(lostCompany.toObjectId ?? lostCompany.id);
    store.associations.unlinkAll('0-1', lost, '0-2', lostTo);
    const goneCompany = store.associationsOf('contacts', gone, { toType: 'companies' })[0]!;
    const goneTo = String(goneCompany.toObjectId ?? goneCompany.id);
    store.associations.unlinkAll('0-1', gone, '0-2', goneTo);
    store.archive('companies', [goneTo]);

    const verifyJobId = await verify(h, jobId);
    expect(associationCreates(h).flatMap((c) => c.ids)).toEqual([lost]);
    expect(store.associationsOf('contacts', lost, { toType: 'companies' }).map((a) => String(a.toObjectId ?? a.id))).toContain(lostTo);
    for (const id of ids.filter((x) => x !== gone))
      expect(store.associationsOf('contacts', id, { includeArchived: true }).length, id).toBe(before.get(id));
    const rows = await verifyRows(h, verifyJobId);
    expect(rows.incomplete).toEqual([expect.objectContaining({ id: gone, category: 'OTHER_END_GONE' })]);

    // Verified again: everything is there, nothing is written.
    const creates = associationCreates(h).length;
    const adds = listAdds(h).length;
    await verify(h, jobId);
    expect(associationCreates(h)).toHaveLength(creates);
    expect(listAdds(h)).toHaveLength(adds);
    expect((await sessionOf(h, jobId))?.outcome).toMatchObject({ restoredExactly: 20, repaired: 0 });
  });

  it('names the contact whose email made HubSpot refuse the restore', async () => {
    const h = await startHarness();
    const { jobId, ids } = await deleteListedContacts(h, 5);
    const email = h.sandbox.store.get('contacts', ids[0]!, { archived: true })!.properties.email!;
    const owner = h.sandbox.store.create('contacts', { email, firstname: 'New', lastname: 'Owner' });
    await openRestore(h, jobId);
    const results = restoreInHubSpot(h, 'contacts', ids);
    expect(results.filter((r) => r.status === 'EMAIL_CONFLICT').map((r) => r.id)).toEqual([ids[0]]);

    const verifyJobId = await verify(h, jobId);
    const rows = await verifyRows(h, verifyJobId);
    expect(rows.failed).toEqual([
      expect.objectContaining({
        id: ids[0],
        category: 'EMAIL_IN_USE',
        text: { key: 'restoreVerify.emailInUse', params: { contactId: owner.id } },
      }),
    ]);
    const session = (await sessionOf(h, jobId))!;
    expect(session.outcome).toMatchObject({ refusedEmailInUse: 1, stillMissing: 0 });
    expect(session.outcome!.restoredExactly + session.outcome!.repaired).toBe(4);
    // Restoring it again would be refused again: it is not planned as the next round.
    expect(session.inBin).toEqual([]);
  });

  it('makes one job when the popup asks and the restore page reports HubSpot’s restore done at once', async () => {
    const h = await startHarness();
    const { jobId, ids } = await deleteListedContacts(h, 4);
    const { session } = await openRestore(h, jobId);
    restoreInHubSpot(h, 'contacts', ids);
    const [a, b] = await Promise.all([
      h.send('restore/verify', { jobId }),
      h.send('restore/verify', { jobId }),
      startVerifyOfSession({ db: h.db, engine: h.engine }, session.sessionId),
    ]);
    expect(a.data.jobId).toBe(b.data.jobId);
    await h.engine.idle();
    expect(await h.db.jobs.where('undoOf').equals(jobId).count()).toBe(1);
    expect((await sessionOf(h, jobId))?.outcome).toMatchObject({ repaired: 4 });
  });

  it.each(['archiving', 'archived'] as const)(
    'resumes a batch the dead worker left %s after its writes: they are found, nothing is written twice',
    async (leftIn) => {
      const h = await startHarness();
      const { jobId, ids, lists } = await deleteListedContacts(h, 120);
      await openRestore(h, jobId);
      restoreInHubSpot(h, 'contacts', ids);
      const { job } = await verifyJobFor(h.db, jobId);
      // HubSpot's restore lost one association of a record in the first batch: the dead run re-creates it.
      const { store } = h.sandbox;
      const lost = (await getBatch(h.db, job.id, 0))!.ids.find(
        (id) => store.associationsOf('contacts', id, { toType: 'companies' }).length > 0,
      )!;
      const company = store.associationsOf('contacts', lost, { toType: 'companies' })[0]!;
      store.associations.unlinkAll('0-1', lost, '0-2', String(company.toObjectId ?? company.id));
      await transitionJob(h.db, job.id, { to: 'running' });
      const env = {
        db: h.db,
        api: await createConnector(h.db)(job.portalId),
        verifyJob: job,
        deleteJob: (await getJob(h.db, jobId))!,
        keepsSnapshots,
      };
      // The dead worker's run of batch 0: every write reached HubSpot, the batch's new state did not.
      await verifyBatch(env, (await getBatch(h.db, job.id, 0))!);
      await h.db.batches.update([job.id, 0], { state: leftIn, repaired: undefined, failedIds: undefined, incomplete: undefined });
      const firstBatch = new Set((await getBatch(h.db, job.id, 0))!.ids);
      const addsBefore = listAdds(h).length;

      await h.engine.resumeInterrupted();
      await h.engine.idle();
      expect((await getJob(h.db, job.id))?.state).toBe('done');
      const readded = h.sandbox.calls
        .filter({ route: 'memberships/add' })
        .slice(addsBefore)
        .flatMap((c) => (c.ids ?? []).map((id) => `${c.path.split('/memberships')[0]} ${id}`));
      expect(readded.filter((pair) => firstBatch.has(pair.split(' ')[1]!))).toEqual([]);
      expect(new Set(readded).size).toBe(readded.length);
      for (const id of ids) expect(staticListsOf(h, 'contacts', id), id).toEqual(lists.get(id));
      // The dead run's writes are found in place, and still counted as crm-sweep's repairs: it
      // wrote them ahead on the batch (repair-plan.ts) before sending them.
      const repaired = (await getBatch(h.db, job.id, 0))!.repaired!;
      expect(repaired).toHaveLength(100);
      expect(repaired.find((r) => r.id === lost)?.text?.params).toMatchObject({ associations: 1 });
      expect((await sessionOf(h, jobId))?.outcome).toEqual({ restoredExactly: 0, repaired: 120, stillMissing: 0, refusedEmailInUse: 0 });
    },
  );
});
