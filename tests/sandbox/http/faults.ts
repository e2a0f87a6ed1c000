/**
 * Fault injection (DESIGN.md §8): server errors, latency, connection resets, 429 storms with and
 * without Retry-After, a token revoked mid-run, and a nearly spent daily budget. Random decisions
 * come from a PRNG seeded with the sandbox seed, so a faulted run replays the same way.
 * `onlyRoutes` restricts every fault to route templates containing one of the substrings (e.g.
 * 'batch/archive'); a revoked token, though, is revoked for every route, as a real revocation is.
 */
import { Prng } from '../prng';
import { recordFaults, type RecordErrorFault, type RecordFaults } from './record-faults';

export interface StormConfig {
  /** Storm ends at this epoch ms… */
  untilMs?: number;
  /** …or this many ms after it is set… */
  forMs?: number;
  /** …or after this many stormed calls. Without any of the three it lasts until cleared. */
  count?: number;
  /** Seconds for a `Retry-After` header; null or absent sends none. */
  retryAfterSeconds?: number | null;
}

export interface FaultConfig {
  /** 0..1: share of calls answered 500 / 502 / 503. */
  errorRate: number;
  latencyMs: number;
  /** Extra random latency in [0, latencyJitterMs). */
  latencyJitterMs: number;
  /** 0..1: share of calls whose socket is destroyed without a response. */
  resetRate: number;
  storm429: StormConfig | null;
  /** After this many more calls, the token (default: the sandbox's own) answers 401. */
  revokeTokenAfterCalls: number | null;
  revokeToken: string | null;
  /** Leaves this many calls in the daily budget (applied once, when set). */
  dailyRemaining: number | null;
  onlyRoutes: string[] | null;
  /** Records answered as per-record 207 errors (see record-faults.ts). */
  recordErrors: RecordErrorFault | RecordErrorFault[] | null;
  /** Refuse bodies missing fields HubSpot's models mark required (e.g. batch read's propertiesWithHistory). */
  strictBodies: boolean;
}

export const NO_FAULTS: FaultConfig = {
  errorRate: 0,
  latencyMs: 0,
  latencyJitterMs: 0,
  resetRate: 0,
  storm429: null,
  revokeTokenAfterCalls: null,
  revokeToken: null,
  dailyRemaining: null,
  onlyRoutes: null,
  recordErrors: null,
  strictBodies: false,
};

export class FaultController {
  private config: FaultConfig = { ...NO_FAULTS };
  private rng: Prng;
  private stormLeft: number | null = null;
  private revokeCountdown: number | null = null;
  private readonly revoked = new Set<string>();

  constructor(
    private readonly seed: number,
    private readonly defaultToken: string,
    private readonly onDailyRemaining: (remaining: number) => void,
  ) {
    this.rng = new Prng(seed ^ 0x5eed);
  }

  /** Merges faults into the current set (a field set to null / 0 turns that fault off). */
  set(faults: Partial<FaultConfig>, now = Date.now()): FaultConfig {
    const storm = faults.storm429 ? { ...faults.storm429 } : faults.storm429;
    if (storm?.forMs !== undefined) storm.untilMs = now + storm.forMs;
    this.config = { ...this.config, ...faults, ...(storm !== undefined ? { storm429: storm } : {}) };
    if (faults.storm429 !== undefined) this.stormLeft = storm?.count ?? null;
    if (faults.revokeTokenAfterCalls !== undefined) this.revokeCountdown = faults.revokeTokenAfterCalls;
    if (faults.dailyRemaining !== undefined && faults.dailyRemaining !== null) this.onDailyRemaining(faults.dailyRemaining);
    return this.get();
  }

  /** Removes every fault, un-revokes tokens and restarts the PRNG. */
  clear(): FaultConfig {
    this.config = { ...NO_FAULTS };
    this.stormLeft = null;
    this.revokeCountdown = null;
    this.revoked.clear();
    this.rng = new Prng(this.seed ^ 0x5eed);
    return this.get();
  }

  get(): FaultConfig {
    return structuredClone(this.config);
  }

  state(): { faults: FaultConfig; stormCallsLeft: number | null; revokeAfterCalls: number | null; revokedTokens: string[] } {
    return { faults: this.get(), stormCallsLeft: this.stormLeft, revokeAfterCalls: this.revokeCountdown, revokedTokens: [...this.revoked] };
  }

  applies(template: string): boolean {
    const only = this.config.onlyRoutes;
    return !only || only.length === 0 || only.some((part) => template.includes(part));
  }

  latency(template: string): number {
    if (!this.applies(template) || (this.config.latencyMs <= 0 && this.config.latencyJitterMs <= 0)) return 0;
    return this.config.latencyMs + Math.floor(this.rng.next() * this.config.latencyJitterMs);
  }

  shouldReset(template: string): boolean {
    return this.applies(template) && this.config.resetRate > 0 && this.rng.chance(this.config.resetRate);
  }

  /** Counts a call by `token`; true once the token is (or has just become) revoked. */
  isRevoked(token: string, template: string): boolean {
    if (this.revoked.has(token)) return true;
    const target = this.config.revokeToken ?? this.defaultToken;
    if (this.revokeCountdown === null || token !== target || !this.applies(template)) return false;
    if (this.revokeCountdown <= 0) {
      this.revoked.add(token);
      this.revokeCountdown = null;
      return true;
    }
    this.revokeCountdown--;
    return false;
  }

  /** A storm's Retry-After (null: none) when this call is stormed, else undefined. */
  storm(template: string, now: number): { retryAfterSeconds: number | null } | undefined {
    const storm = this.config.storm429;
    if (!storm || !this.applies(template)) return undefined;
    if ((storm.untilMs !== undefined && now >= storm.untilMs) || this.stormLeft === 0) {
      this.config.storm429 = null;
      return undefined;
    }
    if (this.stormLeft !== null) this.stormLeft--;
    return { retryAfterSeconds: storm.retryAfterSeconds ?? null };
  }

  /** Per-record failures and body strictness for this call's route. */
  forRoute(template: string): RecordFaults {
    return recordFaults(this.config.recordErrors, this.applies(template), this.config.strictBodies, template);
  }

  /** A 5xx status for this call, or undefined. */
  serverError(template: string): 500 | 502 | 503 | undefined {
    if (!this.applies(template) || this.config.errorRate <= 0 || !this.rng.chance(this.config.errorRate)) return undefined;
    return this.rng.pick([500, 502, 503] as const);
  }
}
