// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RecentJobs } from '@/components/recent/RecentJobs';
import { freshDb, renderPage } from './page-harness';
import { batchRows, jobRow } from './seed-rows';

/**
 * After an undo, the batch says how its records came back: "Back: 40" alone hid that 15 were not
 * re-created because an admin had restored them from HubSpot's recycle bin meanwhile (issue #7).
 */
describe('undo outcome', () => {
  it('tells records found restored in HubSpot apart from records re-created', async () => {
    const db = freshDb();
    const job = jobRow({ state: 'done', total: 40 });
    await db.jobs.put(job);
    await db.batches.bulkPut(batchRows(job.id, 40, ['verified']));
    const undo = jobRow({ id: '66666666-6666-4666-8666-666666666666', kind: 'undo', undoOf: job.id, state: 'done', total: 40 });
    await db.jobs.put(undo);
    await db.batches.bulkPut(batchRows(undo.id, 40, ['verified']));
    await db.idMap.bulkPut(
      Array.from({ length: 40 }, (_, i) => {
        const oldId = String(1000 + i);
        return i < 15
          ? { jobId: job.id, oldId, newId: oldId, objectTypeId: '0-1', how: 'restoredInHubSpot' as const, at: 1 }
          : { jobId: job.id, oldId, newId: String(9000 + i), objectTypeId: '0-1', how: 'recreated' as const, at: 1 };
      }),
    );
    renderPage(<RecentJobs retentionDays={90} />, db);
    expect(
      await screen.findByText(
        '15 contacts were already back in HubSpot (restored from the recycle bin, original IDs kept), so they were not re-created.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('25 contacts re-created from the snapshot, with new IDs.')).toBeTruthy();
  });

  it('says nothing of the kind before an undo', async () => {
    const db = freshDb();
    const job = jobRow({ state: 'done', total: 40 });
    await db.jobs.put(job);
    await db.batches.bulkPut(batchRows(job.id, 40, ['verified']));
    // "Check restored" alone maps records found back; without an undo there is no outcome to tell.
    await db.idMap.put({ jobId: job.id, oldId: '1000', newId: '1000', objectTypeId: '0-1', how: 'restoredInHubSpot', at: 1 });
    renderPage(<RecentJobs retentionDays={90} />, db);
    await screen.findByRole('button', { name: /Delete: / });
    expect(screen.queryByText(/already back in HubSpot/)).toBeNull();
  });

  it('says which parts the snapshots could not capture, and which records came back not whole (issue #18)', async () => {
    const db = freshDb();
    const job = jobRow({ state: 'done', total: 40 });
    await db.jobs.put(job);
    await db.batches.bulkPut(batchRows(job.id, 40, ['verified']).map((b) => ({ ...b, snapshotGaps: { associations: 1, lists: 3 } })));
    const undo = jobRow({ id: '66666666-6666-4666-8666-666666666666', kind: 'undo', undoOf: job.id, state: 'done', total: 40 });
    await db.jobs.put(undo);
    const linkRefused = {
      id: '1001',
      category: 'VALIDATION_ERROR',
      detail: 'no permission',
      message: 'Re-created, but HubSpot refused one of its associations (VALIDATION_ERROR): no permission',
      text: { key: 'record.linkRefused' as const, params: { category: 'VALIDATION_ERROR', said: 'no permission' } },
    };
    await db.batches.bulkPut(batchRows(undo.id, 40, ['verified']).map((b) => ({ ...b, incomplete: [linkRefused] })));
    await db.idMap.bulkPut(
      Array.from({ length: 40 }, (_, i) => ({
        jobId: job.id,
        oldId: String(1000 + i),
        newId: String(9000 + i),
        objectTypeId: '0-1',
        how: 'recreated' as const,
        at: 1,
      })),
    );
    renderPage(<RecentJobs retentionDays={90} />, db);
    const lists = 'For 3 contacts, HubSpot would not read the list memberships before the delete: undo cannot re-add those.';
    // In the delete's own view and again in the undo's outcome.
    await waitFor(() => expect(screen.getAllByText(lists)).toHaveLength(2));
    expect(
      screen.getAllByText('For 1 contact, HubSpot would not read all associations before the delete: undo cannot re-link those.'),
    ).toHaveLength(2);
    expect(await screen.findByText('1 record back, but not whole')).toBeTruthy();
    expect(screen.getByText(/refused one of its associations \(VALIDATION_ERROR\): no permission/)).toBeTruthy();
  });

  it('shows no gaps for rows stored before snapshots named them', async () => {
    const db = freshDb();
    const job = jobRow({ state: 'done', total: 40 });
    await db.jobs.put(job);
    await db.batches.bulkPut(batchRows(job.id, 40, ['verified']));
    await db.snapshots.put({
      jobId: job.id,
      recordId: '1001',
      seq: 0,
      objectTypeId: '0-1',
      properties: {},
      associations: [],
      lists: [],
      capturedAt: 1,
    });
    renderPage(<RecentJobs retentionDays={90} />, db);
    await screen.findByRole('button', { name: /Delete: / });
    expect(screen.queryByText(/would not read/)).toBeNull();
  });
});
