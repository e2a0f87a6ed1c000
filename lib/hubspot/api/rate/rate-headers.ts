/**
 * HubSpot's rate-limit headers (HUBSPOT.md §4). Every response carries the ten-secondly pair and
 * the daily pair; search responses may omit some, so every field is optional.
 */
export interface RateHeaders {
  max?: number;
  remaining?: number;
  intervalMs?: number;
  daily?: number;
  dailyRemaining?: number;
  /** `Retry-After` in milliseconds, when the server sent one. */
  retryAfterMs?: number;
}

interface HeaderSource {
  get(name: string): string | null;
}

const num = (headers: HeaderSource, name: string): number | undefined => {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
};

export function readRateHeaders(headers: HeaderSource): RateHeaders {
  const retryAfter = num(headers, 'Retry-After');
  return {
    max: num(headers, 'X-HubSpot-RateLimit-Max'),
    remaining: num(headers, 'X-HubSpot-RateLimit-Remaining'),
    intervalMs: num(headers, 'X-HubSpot-RateLimit-Interval-Milliseconds'),
    daily: num(headers, 'X-HubSpot-RateLimit-Daily'),
    dailyRemaining: num(headers, 'X-HubSpot-RateLimit-Daily-Remaining'),
    retryAfterMs: retryAfter === undefined ? undefined : retryAfter * 1000,
  };
}
