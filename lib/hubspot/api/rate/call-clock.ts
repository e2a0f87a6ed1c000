import type { CallKind, CallOutcome } from './governor-types';

/**
 * How long after its send a search at the fastest latency seen is taken to have reached HubSpot
 * (where it is counted); a slower search adds its extra latency. It only has to cover how much
 * sooner a later search may reach HubSpot than one five places before it: a constant latency
 * cancels out, and stalls are covered by the extra latency.
 */
const SEARCH_SEND_MARGIN_MS = 20;

/**
 * When HubSpot counted a call, late enough never to free its slot before HubSpot does
 * (rate-governor.ts says why each kind is counted where it is): a standard call at its answer, a
 * call that got none when it failed; a search at its send plus the margin plus however much longer
 * it took than the fastest seen, never after its answer — until a search 429 shows the margin was
 * not enough, after which searches too are counted at their answer.
 */
export class CallClock {
  /** The fastest search round trip seen (send to answer). */
  private searchMinRttMs = Infinity;
  /** Set by a search 429: the send-time margin was not enough, count searches from the answer. */
  private searchFromAnswer = false;

  countedAt(kind: CallKind, outcome: CallOutcome | null, sentAt: number, now: number): number {
    // No answer (network error): it may have reached HubSpot at any moment until now.
    if (kind !== 'search' || this.searchFromAnswer || outcome === null) return now;
    const rtt = now - sentAt;
    this.searchMinRttMs = Math.min(this.searchMinRttMs, rtt);
    return Math.min(now, sentAt + SEARCH_SEND_MARGIN_MS + (rtt - this.searchMinRttMs));
  }

  /** A search was refused with 429: from now on searches count from their answer. */
  searchRefused(): void {
    this.searchFromAnswer = true;
  }
}
