import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DailyReserveReached } from '@/lib/hubspot/api/rate/daily-reserve';
import { RateGovernor } from '@/lib/hubspot/api/rate/rate-governor';

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

const headers = (h: Partial<Record<'max' | 'remaining' | 'intervalMs' | 'daily' | 'dailyRemaining' | 'retryAfterMs', number>>) => h;

/** Runs `count` calls through the governor, each answering after `latencyMs`; returns send times. */
async function drive(g: RateGovernor, count: number, latencyMs: number, respond = (_i: number) => ({ status: 200 })) {
  const sent: number[] = [];
  const worker = async (ids: number[]) => {
    for (const i of ids) {
      const permit = await g.acquire('standard');
      sent.push(Date.now());
      await new Promise((r) => setTimeout(r, latencyMs));
      permit.release(respond(i));
    }
  };
  const lanes = [0, 1, 2, 3].map((lane) => Array.from({ length: count }, (_, i) => i).filter((i) => i % 4 === lane));
  const done = Promise.all(lanes.map(worker));
  await vi.runAllTimersAsync();
  await done;
  return sent;
}

/** Sends `count` searches one after another (as paged searches go), each answering after `latencyMs`. */
async function searchSequentially(
  g: RateGovernor,
  count: number,
  latencyMs: number,
  respond = (_i: number): { status: number; policyName?: string } => ({ status: 200 }),
) {
  const sent: number[] = [];
  const run = async () => {
    for (let i = 0; i < count; i++) {
      const permit = await g.acquire('search');
      sent.push(Date.now());
      await new Promise((r) => setTimeout(r, latencyMs));
      permit.release(respond(i));
    }
  };
  const done = run();
  await vi.runAllTimersAsync();
  await done;
  return sent;
}

function maxInAnyWindow(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('RateGovernor', () => {
  it('never sends more than its share of the window, measured over any rolling window', async () => {
    const g = new RateGovernor({ sharePercent: 60, dailyReservePercent: 10, initial: { max: 100, windowMs: 10_000 } });
    const sent = await drive(g, 200, 30);
    expect(g.allowance('standard')).toBe(60);
    expect(maxInAnyWindow(sent, 10_000)).toBeLessThanOrEqual(60);
    expect(sent).toHaveLength(200);
  });

  it('learns the portal limit and window from the response headers', async () => {
    const g = new RateGovernor({ sharePercent: 100, dailyReservePercent: 10 });
    const p = await g.acquire('standard');
    p.release({ status: 200, headers: headers({ max: 190, remaining: 189, intervalMs: 1_000 }) });
    expect(g.snapshot).toMatchObject({ max: 190, windowMs: 1_000 });
    expect(g.allowance('standard')).toBe(190 - 4); // no one else in the window; 2 % margin
  });

  it('applies a learned shorter window to calls made before it was learned', async () => {
    // Until the first answer it assumes HubSpot's 10 s window; the portal then says 1 s.
    const g = new RateGovernor({ sharePercent: 100, dailyReservePercent: 10, initial: { max: 10 } });
    const first = await g.acquire('standard');
    first.release({ status: 200, headers: headers({ max: 10, remaining: 9, intervalMs: 1_000 }) });
    const sent = await drive(g, 30, 5, () => ({ status: 200, headers: headers({ max: 10, intervalMs: 1_000 }) }));
    // 30 calls at ≤ 9 per second (10 minus the 2 % margin) take about 3 s, not 10 s or more.
    expect(sent.at(-1)! - sent[0]!).toBeLessThan(5_000);
    expect(maxInAnyWindow(sent, 1_000)).toBeLessThanOrEqual(9);
  });

  it('spends less when the Remaining header shows other integrations using the window', async () => {
    const g = new RateGovernor({ sharePercent: 100, dailyReservePercent: 10, initial: { max: 190 } });
    const p = await g.acquire('standard');
    p.release({ status: 200, headers: headers({ max: 190, remaining: 94, intervalMs: 10_000 }) }); // others: 95
    expect(g.allowance('standard')).toBe(190 - 95 - 4);
  });

  it('waits for Retry-After after a 429 and reports the new "not before" time for persistence', async () => {
    const persisted: number[] = [];
    const g = new RateGovernor({ sharePercent: 60, dailyReservePercent: 10, onPersist: (s) => persisted.push(s.notBefore) });
    const p = await g.acquire('standard');
    p.release({ status: 429, policyName: 'TEN_SECONDLY_ROLLING', headers: headers({ retryAfterMs: 3_000 }) });
    expect(persisted).toEqual([Date.now() + 3_000]);
    let sentAt = 0;
    const next = g.acquire('standard').then(() => (sentAt = Date.now()));
    await vi.advanceTimersByTimeAsync(2_999);
    expect(sentAt).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await next;
    expect(sentAt).toBe(persisted[0]);
  });

  it('restores a persisted "not before" time after a restart', async () => {
    const g = new RateGovernor({ sharePercent: 60, dailyReservePercent: 10, initial: { notBefore: Date.now() + 5_000 } });
    const at = g.acquire('standard').then(() => Date.now());
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await at).toBeGreaterThanOrEqual(1_005_000);
  });

  it('refuses to eat into the daily reserve', async () => {
    const g = new RateGovernor({ sharePercent: 60, dailyReservePercent: 10 });
    const p = await g.acquire('standard');
    p.release({ status: 200, headers: headers({ daily: 250_000, dailyRemaining: 25_000 }) });
    await expect(g.acquire('standard')).rejects.toBeInstanceOf(DailyReserveReached);
  });

  it('keeps at most maxInFlight calls open at once', async () => {
    const g = new RateGovernor({ sharePercent: 100, dailyReservePercent: 10, maxInFlight: 2 });
    const a = await g.acquire('standard');
    await g.acquire('standard');
    let third = false;
    void g.acquire('standard').then(() => (third = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(third).toBe(false);
    a.release({ status: 200 });
    await vi.advanceTimersByTimeAsync(0);
    expect(third).toBe(true);
  });

  it('limits search to its own per-second budget, separate from the ten-second window', async () => {
    const g = new RateGovernor({ sharePercent: 100, dailyReservePercent: 10, searchPerSecond: 5, maxInFlight: 10 });
    const starts: number[] = [];
    const all = Array.from({ length: 10 }, async () => {
      const p = await g.acquire('search');
      starts.push(Date.now());
      p.release({ status: 200 });
    });
    await vi.runAllTimersAsync();
    await Promise.all(all);
    expect(
      maxInAnyWindow(
        starts.sort((x, y) => x - y),
        1_000,
      ),
    ).toBeLessThanOrEqual(5);
  });

  it('counts a search from its send (plus a small margin), so sequential pages do not lose their latency', async () => {
    // HubSpot counts a call when it arrives: freeing the slot a second after the answer would cost
    // one search's latency per five searches.
    const g = new RateGovernor({ sharePercent: 100, dailyReservePercent: 10, searchPerSecond: 5 });
    const sent = await searchSequentially(g, 11, 200);
    expect(sent[5]! - sent[0]!).toBe(1_020);
    expect(sent[10]! - sent[5]!).toBe(1_020);
    for (let i = 5; i < sent.length; i++) expect(sent[i]! - sent[i - 5]!).toBeGreaterThanOrEqual(1_020);
  });

  it('holds a slower search longer by its extra latency (it may have stalled on the way to HubSpot)', async () => {
    const g = new RateGovernor({ sharePercent: 100, dailyReservePercent: 10, searchPerSecond: 5 });
    const latencies = [100, 100, 100, 100, 100, 400, 100, 100, 100, 100, 100, 100];
    const sent: number[] = [];
    const run = async () => {
      for (const latency of latencies) {
        const permit = await g.acquire('search');
        sent.push(Date.now());
        await new Promise((r) => setTimeout(r, latency));
        permit.release({ status: 200 });
      }
    };
    const done = run();
    await vi.runAllTimersAsync();
    await done;
    // The sixth search took 300 ms longer than the fastest: the eleventh waits for it that much longer.
    expect(sent[10]! - sent[5]!).toBe(1_000 + 20 + 300);
  });

  it('counts a search from its answer when that came within the margin', async () => {
    const g = new RateGovernor({ sharePercent: 100, dailyReservePercent: 10, searchPerSecond: 5 });
    const sent = await searchSequentially(g, 6, 15);
    expect(sent[5]! - sent[0]!).toBe(1_015);
  });

  it('counts searches from the answer again after a search 429', async () => {
    const g = new RateGovernor({ sharePercent: 100, dailyReservePercent: 10, searchPerSecond: 5 });
    const sent = await searchSequentially(g, 12, 200, (i) => (i === 0 ? { status: 429, policyName: 'SECONDLY' } : { status: 200 }));
    // The 429 waits a second; from then on a slot is held until a second after the answer.
    expect(sent[1]! - sent[0]!).toBe(1_200);
    for (let i = 6; i < sent.length; i++) expect(sent[i]! - sent[i - 5]!).toBeGreaterThanOrEqual(1_200);
  });

  it('keeps search slots in order when a later search answers first', async () => {
    const g = new RateGovernor({ sharePercent: 100, dailyReservePercent: 10, searchPerSecond: 5, maxInFlight: 10 });
    const starts: number[] = [];
    const one = async (latencyMs: number) => {
      const p = await g.acquire('search');
      starts.push(Date.now());
      await new Promise((r) => setTimeout(r, latencyMs));
      p.release({ status: 200 });
    };
    const all = [3_000, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10].map((latency) => one(latency));
    await vi.runAllTimersAsync();
    await Promise.all(all);
    expect(starts).toHaveLength(12);
    expect(
      maxInAnyWindow(
        starts.sort((x, y) => x - y),
        1_000,
      ),
    ).toBeLessThanOrEqual(5);
  });

  it('stops waiting when the job is cancelled', async () => {
    const g = new RateGovernor({ sharePercent: 60, dailyReservePercent: 10, initial: { notBefore: Date.now() + 60_000 } });
    const abort = new AbortController();
    const waiting = g.acquire('standard', abort.signal);
    abort.abort(new Error('cancelled by user'));
    await expect(waiting).rejects.toThrow('cancelled by user');
  });
});
