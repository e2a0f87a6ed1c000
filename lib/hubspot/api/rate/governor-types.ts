import type { RateHeaders } from './rate-headers';

/** What the rate governor is told and tells: its options, its memory, one call's outcome. */
export type CallKind = 'standard' | 'search';

export interface GovernorState {
  notBefore: number;
  windowMs: number;
  max: number;
  dailyMax?: number;
  dailyRemaining?: number;
}

export interface GovernorOptions {
  sharePercent: number;
  dailyReservePercent: number;
  maxInFlight?: number;
  /** Search's own per-second limit (HubSpot: about 5 per second per token). */
  searchPerSecond?: number;
  initial?: Partial<GovernorState>;
  /** Called when something worth persisting changed (the "not before" time after a 429). */
  onPersist?: (state: GovernorState) => void;
}

export interface CallOutcome {
  status: number;
  headers?: RateHeaders;
  /** HubSpot's 429 body names the policy: TEN_SECONDLY_ROLLING, SECONDLY or DAILY. */
  policyName?: string;
}

export interface Permit {
  release(outcome: CallOutcome | null): void;
}
