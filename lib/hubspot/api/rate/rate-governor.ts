import { CallClock } from './call-clock';
import { DailyReserveReached } from './daily-reserve';
import type { CallKind, CallOutcome, GovernorOptions, GovernorState, Permit } from './governor-types';
import type { RateHeaders } from './rate-headers';
import { Waiting } from './waiting';

const SEARCH_WINDOW_MS = 1000;
/**
 * A daily figure this old no longer blocks: the governor sends nothing while the reserve is
 * reached, so without this it could never learn that HubSpot's day rolled over.
 */
const DAILY_FIGURE_STALE_MS = 5 * 60_000;

/**
 * One governor per portal, shared by every job and by undo (DESIGN.md §5). HubSpot limits each
 * app per portal to `max` calls per rolling window (100/190/250 per 10 s) and search to ~5/s
 * (HUBSPOT.md §4); other integrations of the portal spend the same quota.
 *
 * How it stays under the limit without wasting calls on 429s:
 * - a call holds a slot from the moment it is sent until a window after the moment the server
 *   counted it. HubSpot counts a call when it arrives, somewhere between our send and its answer:
 *   - ten-secondly window: counted at the answer (always late enough, whatever the latency). The
 *     latency this wastes is small next to 10 s, and the answer time also covers a request the
 *     server held before admitting it (slow upload, proxy, a busy edge);
 *   - search (1 s): counted at the send plus a margin (call-clock.ts) plus however much longer this
 *     search took than the fastest one seen (a stall may have been on the way there), and never
 *     after its answer. Paged searches are sequential, so counting from the answer would cost one
 *     search's latency per five searches (≈ 5–10 % at HubSpot's latencies). After a search 429
 *     the governor stops trusting this and counts searches from the answer again;
 *   slots keep that timestamp, not an expiry: the window is applied when they are pruned, because
 *   it may be learned after they were taken;
 * - it spends at most `sharePercent` of `max`, and less when the `Remaining` header shows that
 *   others are using the window (`others ≈ max − remaining − ours`), keeping a small margin;
 * - `Retry-After` and 429s set a persisted "not before" time; the daily reserve is never touched.
 */
export class RateGovernor {
  private state: GovernorState;
  /**
   * When each recent call was counted (see the class comment: answer time, or a search's send time
   * plus margin), oldest first; a call holds its slot until a window after it.
   */
  private readonly slots: Record<CallKind, number[]> = { standard: [], search: [] };
  private readonly inFlight: Record<CallKind, number> = { standard: 0, search: 0 };
  private searchNotBefore = 0;
  private readonly clock = new CallClock();
  private dailyObservedAt = 0;
  private others = 0;
  private readonly waiting = new Waiting();

  constructor(private opts: GovernorOptions) {
    this.state = { notBefore: 0, windowMs: 10_000, max: 100, ...opts.initial };
  }

  /** The user changed the share or reserve in the options: applies to the next call. */
  configure(change: Pick<GovernorOptions, 'sharePercent' | 'dailyReservePercent'>): void {
    this.opts = { ...this.opts, ...change };
  }

  /** Forget the daily figure (the user resumed a job paused for the reserve): the next answer tells. */
  forgetDaily(): void {
    delete this.state.dailyRemaining;
  }

  get snapshot(): Readonly<GovernorState> {
    return this.state;
  }

  /** Calls this governor lets through per window now (after share, others and margin). */
  allowance(kind: CallKind): number {
    if (kind === 'search') return Math.max(1, Math.floor(((this.opts.searchPerSecond ?? 5) * this.opts.sharePercent) / 100));
    const share = Math.floor((this.state.max * this.opts.sharePercent) / 100);
    const margin = Math.max(1, Math.ceil(this.state.max * 0.02));
    return Math.max(1, Math.min(share, this.state.max - this.others - margin));
  }

  /** Waits until a call may be sent; throws DailyReserveReached or the signal's reason. */
  async acquire(kind: CallKind, signal?: AbortSignal): Promise<Permit> {
    for (;;) {
      signal?.throwIfAborted();
      this.checkDailyReserve();
      const wait = this.delay(kind, Date.now());
      if (wait === 0) break;
      await this.waiting.sleep(wait, signal);
    }
    this.inFlight[kind] += 1;
    const sentAt = Date.now();
    let released = false;
    return {
      release: (outcome) => {
        if (released) return;
        released = true;
        this.inFlight[kind] -= 1;
        this.finish(kind, outcome, sentAt, Date.now());
        this.waiting.wakeAll();
      },
    };
  }

  private delay(kind: CallKind, now: number): number {
    const notBefore = kind === 'search' ? Math.max(this.searchNotBefore, this.state.notBefore) : this.state.notBefore;
    if (notBefore > now) return notBefore - now;
    const slots = this.prune(kind, now);
    if (this.inFlight.standard + this.inFlight.search >= (this.opts.maxInFlight ?? 4)) return Infinity;
    const free = this.allowance(kind) - slots.length - this.inFlight[kind];
    if (free > 0) return 0;
    // Wait for the oldest finished slot to leave the window (or for an in-flight call to finish).
    return slots.length > 0 ? Math.max(1, slots[0]! + this.windowOf(kind) - now) : Infinity;
  }

  private windowOf(kind: CallKind): number {
    return kind === 'search' ? SEARCH_WINDOW_MS : this.state.windowMs;
  }

  /** Drops calls older than the window. The window may have just been learned: expiry is computed now. */
  private prune(kind: CallKind, now: number): number[] {
    const slots = this.slots[kind];
    const windowMs = this.windowOf(kind);
    while (slots.length > 0 && slots[0]! + windowMs <= now) slots.shift();
    return slots;
  }

  private finish(kind: CallKind, outcome: CallOutcome | null, sentAt: number, now: number): void {
    insertSorted(this.slots[kind], this.clock.countedAt(kind, outcome, sentAt, now));
    const h = outcome?.headers;
    if (h) this.learn(h, now);
    if (outcome?.status !== 429) return;
    if (outcome.policyName === 'SECONDLY' || kind === 'search') {
      this.searchNotBefore = now + (h?.retryAfterMs ?? SEARCH_WINDOW_MS);
      this.clock.searchRefused();
      return;
    }
    if (outcome.policyName === 'DAILY') {
      this.state.dailyRemaining = 0;
      this.dailyObservedAt = now;
    }
    // Without Retry-After, let a tenth of the window pass: the Remaining header already shrank
    // our allowance to what the others leave us.
    this.state.notBefore = Math.max(this.state.notBefore, now + (h?.retryAfterMs ?? Math.max(1000, this.state.windowMs / 10)));
    this.opts.onPersist?.({ ...this.state });
  }

  private learn(h: RateHeaders, now: number): void {
    if (h.max !== undefined && h.max > 0) this.state.max = h.max;
    if (h.intervalMs !== undefined && h.intervalMs > 0) this.state.windowMs = h.intervalMs;
    if (h.daily !== undefined) this.state.dailyMax = h.daily;
    if (h.dailyRemaining !== undefined) {
      this.state.dailyRemaining = h.dailyRemaining;
      this.dailyObservedAt = now;
    }
    if (h.remaining !== undefined) {
      const ours = this.prune('standard', now).length + this.inFlight.standard;
      this.others = Math.max(0, this.state.max - h.remaining - ours);
    }
  }

  private checkDailyReserve(): void {
    const { dailyMax, dailyRemaining } = this.state;
    if (dailyMax === undefined || dailyRemaining === undefined) return;
    if (Date.now() - this.dailyObservedAt > DAILY_FIGURE_STALE_MS) return;
    const reserve = Math.ceil((dailyMax * this.opts.dailyReservePercent) / 100);
    if (dailyRemaining <= reserve) throw new DailyReserveReached(dailyRemaining, reserve);
  }
}

/** Slots finish out of send order (a later search may answer first); prune needs them in order. */
function insertSorted(slots: number[], at: number): void {
  let i = slots.length;
  while (i > 0 && slots[i - 1]! > at) i--;
  slots.splice(i, 0, at);
}
