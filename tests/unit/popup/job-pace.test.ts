import { describe, expect, it } from 'vitest';
import { jobPace } from '@/components/job/job-pace';
import { countProgress } from '@/lib/db/job-progress';
import { batchRows, jobRow } from './seed-rows';

describe('job pace', () => {
  it('is unknown before any batch finished', () => {
    const batches = batchRows('j', 300, ['pending', 'pending', 'pending']);
    expect(jobPace(jobRow(), batches, countProgress(batches))).toEqual({ recordsPerMinute: null, etaMs: null });
  });

  it('measures the first batch from the job start', () => {
    const batches = batchRows('j', 300, ['verified', 'pending', 'pending']);
    const pace = jobPace(jobRow(), batches, countProgress(batches));
    expect(pace.recordsPerMinute).toBe(100);
    expect(pace.etaMs).toBe(120_000);
  });

  it('ignores work before a long pause, so a resumed job is not reported as slow', () => {
    const batches = batchRows('j', 500, ['verified', 'verified', 'verified', 'verified', 'pending']);
    // The third and fourth batch came an hour after the second (paused in between), 10 s apart.
    batches[2]!.updatedAt += 3_600_000;
    batches[3]!.updatedAt = batches[2]!.updatedAt + 10_000;
    expect(jobPace(jobRow(), batches, countProgress(batches)).recordsPerMinute).toBe(600);
  });

  it('gives no ETA for a paused job', () => {
    const batches = batchRows('j', 300, ['verified', 'verified', 'pending']);
    expect(jobPace(jobRow({ state: 'paused' }), batches, countProgress(batches)).etaMs).toBeNull();
  });
});

describe('job pace with batches running in parallel', () => {
  it('times from the job start, not from the gap between two batches that finished together', () => {
    const batches = batchRows('j', 400, ['verified', 'verified', 'pending', 'pending']);
    const start = jobRow().startedAt!;
    batches[0]!.updatedAt = start + 30_000;
    batches[1]!.updatedAt = start + 30_010;
    expect(jobPace(jobRow(), batches, countProgress(batches)).recordsPerMinute).toBeCloseTo(399.87, 1);
  });

  it('waits for a few seconds of work before showing a rate', () => {
    const batches = batchRows('j', 200, ['verified', 'pending']);
    batches[0]!.updatedAt = jobRow().startedAt! + 1_000;
    expect(jobPace(jobRow(), batches, countProgress(batches)).recordsPerMinute).toBeNull();
  });
});
