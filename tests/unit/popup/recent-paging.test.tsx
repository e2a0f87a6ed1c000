// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RecentJobs } from '@/components/recent/RecentJobs';
import type { CrmSweepDb } from '@/lib/db/schema';
import { freshDb, renderPage } from './page-harness';
import { jobRow } from './seed-rows';

/** `count` finished batches a minute apart (batch 1 the oldest), each undone once. */
async function seedLog(db: CrmSweepDb, count: number) {
  const base = Date.UTC(2026, 4, 1, 12, 0);
  for (let i = 1; i <= count; i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    await db.jobs.put(jobRow({ id, state: 'done', total: i, createdAt: base + i * 60_000 }));
    await db.jobs.put(
      jobRow({
        id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
        kind: 'undo',
        undoOf: id,
        state: 'done',
        total: i,
        createdAt: base + i * 60_000 + 1,
      }),
    );
  }
}

const rows = () => [...document.querySelectorAll<HTMLButtonElement>('li.recent-item > button[aria-expanded]')];

describe('a long undo log', () => {
  it('shows the newest 20 batches, says how many there are, and adds 20 at a time', async () => {
    const db = freshDb();
    await seedLog(db, 45);
    renderPage(<RecentJobs retentionDays={90} />, db);
    expect(await screen.findByText('The newest 20 of 45 batches.')).toBeTruthy();
    expect(rows()).toHaveLength(20);
    expect(rows()[0]!.textContent).toMatch(/Delete: 45 contacts/);

    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    await waitFor(() => expect(rows()).toHaveLength(40));
    // Focus moves to the first batch added, so keyboard users carry on where the list grew.
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/Delete: 25 contacts/));

    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
    await waitFor(() => expect(rows()).toHaveLength(45));
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
    expect(screen.queryByText(/^The newest/)).toBeNull();
  });

  it('offers no "Show more" while the whole log fits', async () => {
    const db = freshDb();
    await seedLog(db, 3);
    renderPage(<RecentJobs retentionDays={90} />, db);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });
});
