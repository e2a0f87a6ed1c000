// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AuditDisclosure } from '@/components/audit/AuditDisclosure';
import { appendAudit, purgeAuditBefore } from '@/lib/db/audit-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import { freshDb, renderPage } from '../popup/page-harness';
import { jobRow } from '../popup/seed-rows';

vi.mock('@/components/common/save-file', async (original) => ({ ...(await original<object>()), saveTextFile: vi.fn() }));
const { saveTextFile } = await import('@/components/common/save-file');

const OTHER_JOB = '66666666-6666-4666-8666-666666666666';

/** A delete of 150 contacts on portal 4242424 that finished with 2 failures, and a permanent delete on portal 77. */
async function seedLog(db: CrmSweepDb) {
  const job = jobRow({ state: 'done', total: 150 });
  await db.jobs.bulkPut([job, jobRow({ id: OTHER_JOB, kind: 'gdprDelete', portalId: '77', total: 2, state: 'done' })]);
  const at = Date.UTC(2026, 10, 20, 9, 30);
  await appendAudit(db, { jobId: job.id, portalId: job.portalId, action: 'delete.started', counts: { total: 150 }, at });
  await appendAudit(db, {
    jobId: job.id,
    portalId: job.portalId,
    action: 'delete.finished',
    counts: { total: 150, done: 148, failed: 2, remaining: 0 },
    at: at + 60_000,
  });
  await appendAudit(db, {
    jobId: OTHER_JOB,
    portalId: '77',
    action: 'gdprDelete.batch',
    counts: { deleted: 2 },
    recordIds: ['9', '10'],
    at: at + 120_000,
  });
  return job;
}

async function openLog() {
  fireEvent.click(await screen.findByText('Activity log'));
  const details = screen.getByText('Activity log').closest('details')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  return screen.findByRole('table', { name: 'Activity log' });
}

describe('activity log in the popup', () => {
  it('shows who, what, when, how many and the outcome of each entry, newest first', async () => {
    const db = freshDb();
    await seedLog(db);
    renderPage(<AuditDisclosure retentionDays={90} />, db);
    const table = await openLog();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/Permanent delete · 2 contacts.*Erased for good.*Your HubSpot key · portal 77/),
      expect.stringMatching(/Delete · 150 contacts: 148 done, 2 failed, 0 left.*Finished.*portal 4242424/),
      expect.stringMatching(/Delete · 150 contacts.*Started/),
    ]);
    expect(screen.getByText(/kept as long as undo snapshots \(90 days\)/)).toBeTruthy();
  });

  it('filters by portal and exports the shown portal as CSV', async () => {
    const db = freshDb();
    const job = await seedLog(db);
    renderPage(<AuditDisclosure retentionDays={90} />, db);
    await openLog();
    fireEvent.change(screen.getByLabelText('Portal'), { target: { value: '4242424' } });
    await waitFor(() => expect(screen.queryByText(/Erased for good/)).toBeNull());
    expect(screen.getAllByText(/portal 4242424/)).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saveTextFile).toHaveBeenCalled());
    const [name, csv] = vi.mocked(saveTextFile).mock.calls.at(-1)!;
    expect(name).toMatch(/^crm-sweep-audit-4242424-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'at,portalId,actor,action,jobId,objectTypeId,total,done,failed,remaining,deleted,snapshots,associations,recordIds',
    );
    expect(lines.slice(1)).toEqual([
      `2026-11-20T09:31:00.000Z,4242424,,delete.finished,${job.id},0-1,150,148,2,0,,,,`,
      `2026-11-20T09:30:00.000Z,4242424,,delete.started,${job.id},0-1,150,,,,,,,`,
    ]);
  });

  it('reads in Danish', async () => {
    const db = freshDb();
    await seedLog(db);
    renderPage(<AuditDisclosure retentionDays={30} />, db, 'da');
    fireEvent.click(await screen.findByText('Aktivitetslog'));
    const details = screen.getByText('Aktivitetslog').closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(await screen.findByText('Slettet for altid')).toBeTruthy();
    expect(screen.getByText(/\(30 dage\)/)).toBeTruthy();
  });

  it('forgets entries older than the retention period, and only those', async () => {
    const db = freshDb();
    await seedLog(db);
    expect(await purgeAuditBefore(db, Date.UTC(2026, 10, 20, 9, 31))).toBe(1);
    expect((await db.audit.toArray()).map((e) => e.action)).toEqual(['delete.finished', 'gdprDelete.batch']);
  });
});
