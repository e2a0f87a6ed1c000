/**
 * HubSpot's rate limits (HUBSPOT.md §4), modelled as:
 * - a truly rolling window per app (timestamps of accepted calls; default 190 per 10 s), its
 *   length and size configurable so benchmarks can run a scaled window;
 * - a daily budget per portal, shared by every app as HubSpot's is (default 625,000), reset when
 *   the portal's day (UTC+1, its time zone) changes;
 * - search: a separate per-token limit per second (default 5), instead of the ten-secondly window;
 *   search calls still count against the daily budget.
 * Choice: a call rejected with 429 is not counted anywhere; otherwise a client that keeps retrying
 * would hold its own window shut forever, and HubSpot's docs do not say it counts.
 */
export interface RateLimitConfig {
  max: number;
  windowMs: number;
  daily: number;
  searchPerSecond: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitConfig = { max: 190, windowMs: 10_000, daily: 625_000, searchPerSecond: 5 };

export type RateLimitPolicy = 'TEN_SECONDLY_ROLLING' | 'DAILY' | 'SECONDLY';

/** Timestamps of accepted calls inside a rolling window. */
class RollingWindow {
  private stamps: number[] = [];
  private head = 0;

  count(now: number, windowMs: number): number {
    while (this.head < this.stamps.length && (this.stamps[this.head] as number) <= now - windowMs) this.head++;
    if (this.head > 1024 && this.head * 2 > this.stamps.length) {
      this.stamps = this.stamps.slice(this.head);
      this.head = 0;
    }
    return this.stamps.length - this.head;
  }

  record(now: number): void {
    this.stamps.push(now);
  }

  /** When the oldest call in the window leaves it. */
  oldest(): number | undefined {
    return this.stamps[this.head];
  }
}

const PORTAL_UTC_OFFSET_MS = 3_600_000;

export class RateLimiter {
  private readonly windows = new Map<number, RollingWindow>();
  private readonly searchWindows = new Map<string, RollingWindow>();
  private dailyUsed = 0;
  private day = -1;

  constructor(public config: RateLimitConfig) {}

  /** Admits and records a call, or names the policy it would break. */
  admit(appId: number, token: string, kind: 'standard' | 'search', now: number): RateLimitPolicy | null {
    this.rollDay(now);
    if (this.dailyUsed >= this.config.daily) return 'DAILY';
    const window = kind === 'search' ? this.searchWindow(token) : this.window(appId);
    const [limit, length] = kind === 'search' ? [this.config.searchPerSecond, 1000] : [this.config.max, this.config.windowMs];
    if (window.count(now, length) >= limit) return kind === 'search' ? 'SECONDLY' : 'TEN_SECONDLY_ROLLING';
    window.record(now);
    this.dailyUsed++;
    return null;
  }

  /** `X-HubSpot-RateLimit-*` headers; search responses omit the ten-secondly ones. */
  headers(appId: number, kind: 'standard' | 'search', now: number): Record<string, string> {
    this.rollDay(now);
    const headers: Record<string, string> = {
      'X-HubSpot-RateLimit-Daily': String(this.config.daily),
      'X-HubSpot-RateLimit-Daily-Remaining': String(Math.max(0, this.config.daily - this.dailyUsed)),
    };
    if (kind === 'standard') {
      const used = this.window(appId).count(now, this.config.windowMs);
      headers['X-HubSpot-RateLimit-Max'] = String(this.config.max);
      headers['X-HubSpot-RateLimit-Remaining'] = String(Math.max(0, this.config.max - used));
      headers['X-HubSpot-RateLimit-Interval-Milliseconds'] = String(this.config.windowMs);
    }
    return headers;
  }

  /** Milliseconds until the app's window has room again (0 if it has room now). */
  msUntilRoom(appId: number, now: number): number {
    const window = this.window(appId);
    if (window.count(now, this.config.windowMs) < this.config.max) return 0;
    return Math.max(0, (window.oldest() ?? now) + this.config.windowMs - now);
  }

  /** Fault injection: make the daily budget run out after `remaining` more calls. */
  setDailyRemaining(remaining: number, now: number): void {
    this.rollDay(now);
    this.dailyUsed = Math.max(0, this.config.daily - remaining);
  }

  dailyUsage(now: number): { used: number; limit: number; resetsAt: number } {
    this.rollDay(now);
    const resetsAt = (this.day + 1) * 86_400_000 - PORTAL_UTC_OFFSET_MS;
    return { used: this.dailyUsed, limit: this.config.daily, resetsAt };
  }

  private rollDay(now: number): void {
    const day = Math.floor((now + PORTAL_UTC_OFFSET_MS) / 86_400_000);
    if (day !== this.day) {
      this.day = day;
      this.dailyUsed = 0;
    }
  }

  private window(appId: number): RollingWindow {
    let window = this.windows.get(appId);
    if (!window) this.windows.set(appId, (window = new RollingWindow()));
    return window;
  }

  private searchWindow(token: string): RollingWindow {
    let window = this.searchWindows.get(token);
    if (!window) this.searchWindows.set(token, (window = new RollingWindow()));
    return window;
  }
}
