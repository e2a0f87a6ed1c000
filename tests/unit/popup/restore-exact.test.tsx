// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RecentJobs } from '@/components/recent/RecentJobs';
import type { RestoreSession } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { text } from '@/lib/i18n/text';
import { answerRoutes, freshDb, renderPage } from './page-harness';
import { batchRows, ids, jobRow } from './seed-rows';

/**
 * Undo, exact path first (issue 19): the popup offers HubSpot's own restore before re-create, shows
 * the restore session the background keeps in restoreSessions live, explains the permission page,
 * and tells the verify-and-repair result per record class. The background is played by the routes
 * answered here, which write the session row as the real handlers do.
 */
const JOB = jobRow().id;
const SESSION = '77777777-7777-4777-8777-777777777777';
const VERIFY = '88888888-8888-4888-8888-888888888888';
const YESTERDAY = Date.now() - 24 * 60 * 60 * 1000;

async function seedDelete(db: CrmSweepDb, objectTypeId = '0-3', total = 250) {
  const job = jobRow({ objectTypeId, state: 'done', total, createdAt: YESTERDAY, finishedAt: YESTERDAY + 60_000 });
  await db.jobs.put(job);
  const states = Array.from({ length: Math.ceil(total / 100) }, () => 'verified' as const);
  await db.batches.bulkPut(batchRows(job.id, total, states));
  await db.snapshots.put({
    jobId: job.id,
    recordId: '1001',
    seq: 0,
    objectTypeId,
    properties: {},
    associations: [],
    lists: [],
    capturedAt: YESTERDAY,
  });
  return job;
}

function sessionRow(over: Partial<RestoreSession> = {}): RestoreSession {
  return {
    id: SESSION,
    jobId: JOB,
    portalId: '4242424',
    objectTypeId: '0-3',
    tabId: 7,
    createdAt: Date.now(),
    round: 1,
    rounds: 1,
    inBin: ids(250),
    alreadyBack: [],
    purged: [],
    unreadable: [],
    total: 250,
    ...over,
  };
}

const EXACT = 'Restore exactly in HubSpot (same IDs and history; needs HubSpot’s restore permission)';

describe('undo offers the exact restore first', () => {
  it('puts "Restore exactly in HubSpot" before "Re-create from the snapshot"', async () => {
    const db = freshDb();
    await seedDelete(db);
    renderPage(<RecentJobs retentionDays={90} />, db);
    const exact = await screen.findByRole('button', { name: EXACT });
    const recreate = screen.getByRole('button', { name: 'Re-create 250 deals from the snapshot (new IDs)' });
    expect(exact.compareDocumentPosition(recreate) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Deals have no email rule: re-create needs no "I understand".
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('opens the restore session and shows, live, what the page selected and what it could not show', async () => {
    const db = freshDb();
    await seedDelete(db);
    const sent = answerRoutes({
      'restore/open': async () => {
        await db.restoreSessions.put(sessionRow({ alreadyBack: ids(3, 5001), purged: ids(1, 6001) }));
        return {
          state: 'opened',
          url: 'https://app-eu1.hubspot.com/recycling-bin/4242424/restore/0-3',
          session: {
            sessionId: SESSION,
            jobId: JOB,
            round: 1,
            rounds: 1,
            inBin: 250,
            total: 250,
            notInBin: { alreadyBack: 3, purged: 1, unreadable: 0 },
          },
        };
      },
    });
    renderPage(<RecentJobs retentionDays={90} />, db);
    fireEvent.click(await screen.findByRole('button', { name: EXACT }));
    expect(await screen.findByText(/250 records of this batch are in HubSpot’s recycle bin/)).toBeTruthy();
    expect(screen.getByText('HubSpot’s restore page, round 1 of 1')).toBeTruthy();
    expect(screen.getByText('3 deals were already back in HubSpot, not in the recycle bin.')).toBeTruthy();
    expect(screen.getByText('1 deal is gone for good: HubSpot has purged it from the recycle bin.')).toBeTruthy();
    expect(sent).toEqual([{ route: 'restore/open', payload: { jobId: JOB } }]);

    // The content script reports: the popup follows without being asked.
    await db.restoreSessions.put(
      sessionRow({
        report: {
          state: 'selected',
          selected: 184,
          notShown: ids(66, 2001).map((recordId) => ({ recordId, reason: 'notOnPage' })),
          at: Date.now(),
        },
      }),
    );
    const status = await screen.findByText(
      '184 of this batch’s 250 records are selected in HubSpot’s restore page — press “Restore” there.',
    );
    expect(status.closest('[role="status"]')).toBeTruthy();
    // HubSpot's page in Danish, crm-sweep in English: the button is named as the page labels it.
    await db.restoreSessions.update(SESSION, (s) => void (s.report && (s.report.buttonLabel = 'Gendan')));
    expect(
      await screen.findByText('184 of this batch’s 250 records are selected in HubSpot’s restore page — press “Gendan” there.'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'After you press “Gendan” in HubSpot, crm-sweep reads the records back by ID and re-adds what HubSpot’s restore leaves out.',
      ),
    ).toBeTruthy();
    const notShown = screen.getByText('66 records were not found on HubSpot’s restore page.');
    expect(within(notShown.closest('details')!).getByText('2001')).toBeTruthy();
    expect(within(notShown.closest('details')!).getByText('…and 46 more')).toBeTruthy();
    expect(screen.queryByRole('button', { name: EXACT })).toBeNull();
  });

  it('goes to re-create with the reason when the exact path does not apply', async () => {
    const db = freshDb();
    await seedDelete(db);
    answerRoutes({
      'restore/open': () => ({ state: 'notApplicable', reason: text('undo.refused.nothingDeleted') }),
    });
    renderPage(<RecentJobs retentionDays={90} />, db);
    fireEvent.click(await screen.findByRole('button', { name: EXACT }));
    expect(await screen.findByText(/The exact restore does not apply to this batch: Nothing in this batch was deleted/)).toBeTruthy();
    const recreate = screen.getByRole('button', { name: 'Re-create 250 deals from the snapshot (new IDs)' });
    await waitFor(() => expect(document.activeElement).toBe(recreate));
  });

  it('explains HubSpot’s permission page and offers re-create instead', async () => {
    const db = freshDb();
    await seedDelete(db);
    await db.restoreSessions.put(sessionRow({ report: { state: 'noPermission', selected: 0, notShown: [], at: Date.now() } }));
    renderPage(<RecentJobs retentionDays={90} />, db);
    expect(await screen.findByText(/says you do not have permission to restore records/)).toBeTruthy();
    expect(screen.getByText(/two permissions: Account access and Add and edit users/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Re-create from the snapshot instead (new IDs)' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Re-create 250 deals from the snapshot (new IDs)' }));
  });

  it('checks the restore and tells the result per record class, with the next round for what is still in the bin', async () => {
    const db = freshDb();
    await seedDelete(db, '0-1', 250);
    await db.restoreSessions.put(
      sessionRow({
        objectTypeId: '0-1',
        createdAt: Date.now() - 60_000,
        report: { state: 'restored', selected: 250, notShown: [], at: Date.now() },
      }),
    );
    const sent = answerRoutes({
      // As the verify job ends (lib/jobs/restore-verify/run-verify.ts finishSession): the outcome,
      // the next round planned with what is still in the bin, the page's report dropped.
      'restore/verify': async () => {
        await db.jobs.put(
          jobRow({
            id: VERIFY,
            kind: 'restoreVerify',
            undoOf: JOB,
            objectTypeId: '0-1',
            state: 'done',
            total: 250,
            finishedAt: Date.now(),
          }),
        );
        await db.restoreSessions.put(
          sessionRow({
            objectTypeId: '0-1',
            createdAt: Date.now() - 60_000,
            round: 2,
            rounds: 2,
            inBin: ids(10, 1231),
            verifyJobId: VERIFY,
            outcome: { restoredExactly: 150, repaired: 70, stillMissing: 10, refusedEmailInUse: 20 },
          }),
        );
        return { jobId: VERIFY };
      },
      'restore/open': () => ({ state: 'notApplicable', reason: text('undo.refused.nothingDeleted') }),
    });
    renderPage(<RecentJobs retentionDays={90} />, db);
    expect(await screen.findByText(/HubSpot has restored the selected records/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check the restore' }));
    const result = await screen.findByRole('status', { name: 'Result of the exact restore' });
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '150 contacts restored exactly: same IDs and history, nothing missing.',
      '70 contacts restored and repaired: same IDs; crm-sweep re-added the list memberships or associations HubSpot’s restore left out.',
      '10 contacts still missing: still in HubSpot’s recycle bin, or gone for good.',
      '20 contacts refused by HubSpot: other active contacts now use their email addresses.',
    ]);
    // The verify job is shown inside the batch, not as an undo of it.
    expect(await screen.findByRole('heading', { name: 'Check of restore: 250 contacts' })).toBeTruthy();
    // Between rounds no page is open: no "round 2 of 2" until the user opens it.
    expect(screen.queryByText(/round 2 of 2/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Restore the remaining 10' }));
    await waitFor(() => expect(sent.map((s) => s.route)).toEqual(['restore/verify', 'restore/open']));
    // The 30 not back can still be re-created (what came back exactly is skipped), after the explicit choice.
    expect(screen.getByRole('button', { name: 'Re-create 30 contacts from the snapshot (new IDs)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /^I understand/ })).toBeTruthy();
  });

  it('shows the verify job’s outcome live while it runs, from its batches', async () => {
    const db = freshDb();
    await seedDelete(db);
    await db.jobs.put(jobRow({ id: VERIFY, kind: 'restoreVerify', undoOf: JOB, objectTypeId: '0-3', state: 'running', total: 250 }));
    await db.batches.bulkPut([
      {
        jobId: VERIFY,
        seq: 0,
        ids: ids(100),
        state: 'verified',
        attempts: 1,
        updatedAt: Date.now(),
        repaired: [{ id: '1001', message: 'Back with its ID. crm-sweep re-added list memberships: 1.' }],
      },
      { jobId: VERIFY, seq: 1, ids: ids(100, 1101), state: 'pending', attempts: 0, updatedAt: Date.now() },
    ]);
    await db.restoreSessions.put(
      sessionRow({ verifyJobId: VERIFY, report: { state: 'restored', selected: 250, notShown: [], at: Date.now() } }),
    );
    renderPage(<RecentJobs retentionDays={90} />, db);
    const result = await screen.findByRole('status', { name: 'Result of the exact restore' });
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '99 deals restored exactly: same IDs and history, nothing missing.',
      '1 deal restored and repaired: same ID; crm-sweep re-added the list memberships or associations HubSpot’s restore left out.',
    ]);
    expect(await screen.findByRole('progressbar', { name: 'Progress of Check of restore: 250 deals' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check the restore' })).toBeNull();
    expect(screen.getByText('1 record back and repaired')).toBeTruthy();
  });

  it('offers no re-create once everything came back exactly', async () => {
    const db = freshDb();
    await seedDelete(db);
    await db.jobs.put(jobRow({ id: VERIFY, kind: 'undo', objectTypeId: '0-3', state: 'done', total: 250 }));
    await db.restoreSessions.put(
      sessionRow({ verifyJobId: VERIFY, outcome: { restoredExactly: 250, repaired: 0, stillMissing: 0, refusedEmailInUse: 0 } }),
    );
    renderPage(<RecentJobs retentionDays={90} />, db);
    expect(await screen.findByText('250 deals restored exactly: same IDs and history, nothing missing.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Re-create/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Restore the remaining/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Check the restore' })).toBeNull();
  });
});

describe('re-create while contacts are still in the bin', () => {
  it('says HubSpot will then refuse their exact restore and waits for an explicit choice', async () => {
    const db = freshDb();
    await seedDelete(db, '0-1', 120);
    const sent = answerRoutes({ 'job/undo': () => ({ jobId: '66666666-6666-4666-8666-666666666666' }) });
    renderPage(<RecentJobs retentionDays={90} />, db);
    const recreate = (await screen.findByRole('button', {
      name: 'Re-create 120 contacts from the snapshot (new IDs)',
    })) as HTMLButtonElement;
    expect(recreate.disabled).toBe(true);
    expect(recreate.getAttribute('aria-describedby')).toContain('undo-bin-');
    expect(screen.getByText(/Once they are re-created, HubSpot refuses to restore them exactly/)).toBeTruthy();
    fireEvent.click(recreate);
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'I understand: HubSpot will then refuse to restore these contacts exactly.' }));
    expect(recreate.disabled).toBe(false);
    fireEvent.click(recreate);
    await waitFor(() => expect(sent).toEqual([{ route: 'job/undo', payload: { jobId: JOB, binRefusalAccepted: true } }]));
  });

  it('speaks Danish when the language is Danish', async () => {
    const db = freshDb();
    await seedDelete(db, '0-1', 120);
    await db.restoreSessions.put(
      sessionRow({ objectTypeId: '0-1', total: 120, report: { state: 'selected', selected: 100, notShown: [], at: Date.now() } }),
    );
    renderPage(<RecentJobs retentionDays={90} />, db, 'da');
    expect(
      await screen.findByText('100 af denne sletnings 120 poster er valgt på HubSpots gendannelsesside — tryk på “Gendan” der.'),
    ).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: 'Jeg forstår: HubSpot vil derefter nægte at gendanne disse kontakter præcist.' }),
    ).toBeTruthy();
  });
});
