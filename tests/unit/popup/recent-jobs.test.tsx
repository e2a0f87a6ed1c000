// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { RecentJobs } from '@/components/recent/RecentJobs';
import type { CrmSweepDb } from '@/lib/db/schema';
import { answerRoutes, freshDb, renderPage } from './page-harness';
import { batchRows, jobRow } from './seed-rows';

vi.mock('@/components/common/save-file', async (original) => ({ ...(await original<object>()), saveTextFile: vi.fn() }));
const { saveTextFile } = await import('@/components/common/save-file');

const JOB = jobRow().id;

async function seedFinishedDelete(db: CrmSweepDb, over = {}) {
  const job = jobRow({ state: 'done', total: 150, finishedAt: Date.UTC(2026, 4, 1, 12, 3), ...over });
  await db.jobs.put(job);
  await db.batches.bulkPut(batchRows(job.id, 150, ['verified', 'verified']));
  await db.snapshots.bulkPut([
    {
      jobId: job.id,
      recordId: '1001',
      seq: 0,
      objectTypeId: '0-1',
      properties: { email: 'a@example.com', firstname: 'Ada', lastname: 'Lovelace, Countess' },
      associations: [],
      lists: [],
      capturedAt: job.createdAt,
    },
    {
      jobId: job.id,
      recordId: '1002',
      seq: 0,
      objectTypeId: '0-1',
      properties: { email: 'b@example.com', firstname: null, lastname: null },
      associations: [],
      lists: [],
      capturedAt: job.createdAt,
    },
  ]);
  return job;
}

describe('recent batches', () => {
  it('lists each batch with when, object, count and state, the newest finished one open', async () => {
    const db = freshDb();
    await seedFinishedDelete(db);
    await db.jobs.put(
      jobRow({ id: '55555555-5555-4555-8555-555555555555', kind: 'gdprDelete', state: 'done', total: 3, createdAt: Date.UTC(2026, 3, 1) }),
    );
    renderPage(<RecentJobs retentionDays={90} />, db);
    const first = await screen.findByRole('button', { name: /Delete: 150 contacts/ });
    expect(first.getAttribute('aria-expanded')).toBe('true');
    const second = screen.getByRole('button', { name: /Permanent delete: 3 contacts/ });
    expect(second.getAttribute('aria-expanded')).toBe('false');
    expect(within(first).getByText('Done')).toBeTruthy();
  });

  it('re-creates in one click, after saying what comes back and what does not (no contact left in the bin to warn about)', async () => {
    const db = freshDb();
    await seedFinishedDelete(db);
    const sent = answerRoutes({ 'job/undo': () => ({ jobId: '66666666-6666-4666-8666-666666666666' }) });
    renderPage(<RecentJobs retentionDays={90} />, db);
    const undo = await screen.findByRole('button', { name: 'Re-create 150 contacts from the snapshot (new IDs)' });
    expect(screen.getByText(/The original record IDs: re-created records get new IDs/)).toBeTruthy();
    expect(screen.getByText(/Email and note content is not re-created/)).toBeTruthy();
    expect(screen.getByText(/reported, not duplicated/)).toBeTruthy();
    fireEvent.click(undo);
    await waitFor(() => expect(sent).toEqual([{ route: 'job/undo', payload: { jobId: JOB } }]));
  });

  it('shows the undo’s own progress once it exists, and no second Undo button', async () => {
    const db = freshDb();
    await seedFinishedDelete(db);
    const undo = jobRow({
      id: '66666666-6666-4666-8666-666666666666',
      kind: 'undo',
      undoOf: JOB,
      state: 'running',
      total: 150,
      createdAt: Date.UTC(2026, 4, 1, 12, 10),
    });
    await db.jobs.put(undo);
    await db.batches.bulkPut(batchRows(undo.id, 150, ['verified', 'pending']));
    renderPage(<RecentJobs retentionDays={90} />, db);
    expect(await screen.findByRole('progressbar', { name: 'Progress of Undo: 150 contacts' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^(Undo|Re-create|Restore exactly)/ })).toBeNull();
    // Undo jobs are shown inside the batch they undo, not as batches of their own.
    expect(document.querySelectorAll('li.recent-item > button[aria-expanded]')).toHaveLength(1);
  });

  it('offers no undo for a permanent delete and says why', async () => {
    const db = freshDb();
    await db.jobs.put(jobRow({ kind: 'gdprDelete', state: 'done', total: 3 }));
    await db.batches.bulkPut(batchRows(JOB, 3, ['verified']));
    renderPage(<RecentJobs retentionDays={90} />, db);
    expect(
      await screen.findByText('Deleted permanently: this cannot be undone. HubSpot keeps nothing, and neither does crm-sweep.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^(Undo|Re-create|Restore exactly)/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Restore/ })).toBeNull();
  });

  it('keeps Undo disabled, with the reason, once the snapshot is gone', async () => {
    const db = freshDb();
    await seedFinishedDelete(db);
    await db.snapshots.clear();
    renderPage(<RecentJobs retentionDays={90} />, db);
    const undo = (await screen.findByRole('button', { name: 'Re-create 150 contacts from the snapshot (new IDs)' })) as HTMLButtonElement;
    expect(undo.disabled).toBe(true);
    expect(document.getElementById(undo.getAttribute('aria-describedby')!)?.textContent).toContain('No snapshot is left');
    expect(screen.queryByText(/What comes back/)).toBeNull();
  });

  it('deletes the snapshot only after a second, explicit confirmation', async () => {
    const db = freshDb();
    await seedFinishedDelete(db);
    const sent = answerRoutes({ 'snapshots/clear': () => ({ removed: 2 }) });
    renderPage(<RecentJobs retentionDays={90} />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete snapshot' }));
    expect(sent).toEqual([]);
    expect(screen.getByText(/Re-creating them will no longer be possible/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete snapshot now' }));
    expect(await screen.findByText('Snapshot deleted (2 records).')).toBeTruthy();
    expect(sent).toEqual([{ route: 'snapshots/clear', payload: { jobId: JOB } }]);
  });

  it('keeps the snapshot when the confirmation is declined', async () => {
    const db = freshDb();
    await seedFinishedDelete(db);
    const sent = answerRoutes({});
    renderPage(<RecentJobs retentionDays={90} />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete snapshot' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('button', { name: 'Delete snapshot now' })).toBeNull();
    expect(sent).toEqual([]);
  });

  it('exports the snapshots as a HubSpot-import CSV read from the database', async () => {
    const db = freshDb();
    await seedFinishedDelete(db);
    renderPage(<RecentJobs retentionDays={90} />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV of the snapshot: 2 contacts' }));
    await screen.findByText(/with 2 records\./);
    const [fileName, csv] = vi.mocked(saveTextFile).mock.calls.at(-1)!;
    expect(fileName).toMatch(/^crm-sweep-snapshot-4242424-0-1-2026-05-01-\d{4}\.csv$/);
    expect(csv).toBe(
      '\uFEFFhs_object_id,email,firstname,lastname\r\n1001,a@example.com,Ada,"Lovelace, Countess"\r\n1002,b@example.com,,\r\n',
    );
  });
});
