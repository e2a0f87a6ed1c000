// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { JobView } from '@/components/job/JobView';
import { answerRoutes, freshDb, renderPage } from './page-harness';
import { batchRows, jobRow } from './seed-rows';

const JOB = jobRow().id;
const counts = () => [...document.querySelectorAll('.counts div')].map((d) => d.textContent);

describe('live job view', () => {
  it('renders progress, counts, rate and ETA from the job and batch rows', async () => {
    const db = freshDb();
    await db.jobs.put(jobRow());
    await db.batches.bulkPut(batchRows(JOB, 250, ['verified', 'verified', 'archiving']));
    renderPage(<JobView jobId={JOB} />, db);
    const bar = await screen.findByRole('progressbar', { name: 'Progress of Delete: 250 contacts' });
    expect(bar.getAttribute('max')).toBe('250');
    expect((bar as HTMLProgressElement).value).toBe(200);
    expect(counts()).toEqual(['Deleted200', 'Failed0', 'Remaining50']);
    // Two batches a minute apart: 100 records/min, so 50 records left take 30 seconds.
    expect(screen.getByText('100 records/min · 30 seconds left')).toBeTruthy();
  });

  it('follows the database live: a batch the background finishes moves the bar, failures show HubSpot’s words', async () => {
    const db = freshDb();
    await db.jobs.put(jobRow());
    const batches = batchRows(JOB, 250, ['verified', 'verified', 'archiving']);
    await db.batches.bulkPut(batches);
    renderPage(<JobView jobId={JOB} />, db);
    await screen.findByRole('progressbar');
    await db.batches.put({
      ...batches[2]!,
      state: 'verified',
      failedIds: [{ id: '1249', category: 'STILL_PRESENT', message: 'HubSpot accepted the delete but the record is still there.' }],
    });
    await waitFor(() => expect(counts()).toEqual(['Deleted249', 'Failed1', 'Remaining0']));
    expect(screen.getByText('1 record not done')).toBeTruthy();
    expect(screen.getByText(/HubSpot accepted the delete but the record is still there\./)).toBeTruthy();
  });

  it('says why a job is paused, in the background’s words, and resumes or cancels it', async () => {
    const db = freshDb();
    const message = 'HubSpot kept answering "too many requests". Paused; crm-sweep resumes by itself in a minute.';
    await db.jobs.put(jobRow({ state: 'paused', pauseReason: { code: 'rateLimit', message } }));
    await db.batches.bulkPut(batchRows(JOB, 250, ['verified', 'pending', 'pending']));
    const sent = answerRoutes({ 'job/resume': () => ({ state: 'running' }), 'job/cancel': () => ({ state: 'cancelled' }) });
    renderPage(<JobView jobId={JOB} />, db);
    expect(await screen.findByText('Paused: HubSpot’s rate limit')).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.getByText('crm-sweep resumes by itself.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume: Delete of 250 contacts' }));
    await waitFor(() => expect(sent.map((r) => r.route)).toEqual(['job/resume']));
    // The buttons wait for the answer before they act again.
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Cancel job: Delete of 250 contacts' }) as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel job: Delete of 250 contacts' }));
    await waitFor(() => expect(sent.map((r) => r.route)).toEqual(['job/resume', 'job/cancel']));
    expect(sent[0]!.payload).toEqual({ jobId: JOB });
  });

  it('pauses a running job', async () => {
    const db = freshDb();
    await db.jobs.put(jobRow());
    await db.batches.bulkPut(batchRows(JOB, 250, ['pending', 'pending', 'pending']));
    const sent = answerRoutes({ 'job/pause': () => ({ state: 'paused' }) });
    renderPage(<JobView jobId={JOB} />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause: Delete of 250 contacts' }));
    await waitFor(() => expect(sent.map((r) => r.route)).toEqual(['job/pause']));
    expect(screen.getByText('Measuring speed…')).toBeTruthy();
  });

  it('lists a failed batch’s records with HubSpot’s message and offers "Retry failed"', async () => {
    const db = freshDb();
    await db.jobs.put(jobRow({ state: 'failed', total: 150, error: { message: 'HubSpot answered 400. HubSpot said: "Invalid input"' } }));
    const batches = batchRows(JOB, 150, ['verified', 'failed']);
    batches[1]!.error = { message: 'HubSpot answered 400. HubSpot said: "Invalid input"', correlationId: 'abc-123' };
    await db.batches.bulkPut(batches);
    const sent = answerRoutes({ 'job/resume': () => ({ state: 'running' }) });
    renderPage(<JobView jobId={JOB} />, db);
    expect(await screen.findByText('Stopped: HubSpot answered 400. HubSpot said: "Invalid input"')).toBeTruthy();
    expect(screen.getByText('50 records not done')).toBeTruthy();
    expect(screen.getByText('Refused by HubSpot (50)')).toBeTruthy();
    expect(screen.getByText('…and 30 more')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry failed: Delete of 150 contacts' }));
    await waitFor(() => expect(sent.map((r) => r.route)).toEqual(['job/resume']));
  });

  it('labels an undo job’s progress as records back', async () => {
    const db = freshDb();
    const undo = jobRow({
      id: '44444444-4444-4444-8444-444444444444',
      kind: 'undo',
      undoOf: JOB,
      state: 'done',
      total: 100,
      finishedAt: Date.UTC(2026, 4, 1, 12, 5),
    });
    await db.jobs.put(undo);
    await db.batches.bulkPut(batchRows(undo.id, 100, ['verified']));
    renderPage(<JobView jobId={undo.id} />, db, 'da');
    expect(await screen.findByRole('progressbar', { name: 'Fremskridt for Fortrydelse: 100 kontakter' })).toBeTruthy();
    expect(counts()[0]).toBe('Tilbage100');
  });
});
