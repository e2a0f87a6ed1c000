import { englishOf, text, type Text } from '@/lib/i18n/text';

/**
 * HubSpot failures as typed values: what kind of failure (which decides what the job does next),
 * plus HubSpot's own category, message and correlationId so a user can quote them to support.
 * Error bodies: `{ status:"error", message, correlationId, category, subCategory?, errors?, context? }`.
 */
export type HubSpotErrorKind =
  | 'auth' // 401: token unknown, expired or revoked
  | 'scopes' // 403 MISSING_SCOPES
  | 'forbidden' // other 403
  | 'rateLimit' // 429 that did not clear after many waits
  | 'dailyLimit' // 429 DAILY: nothing more today
  | 'dailyReserve' // we stopped before eating the daily reserve
  | 'server' // 5xx after retries
  | 'network' // no response after retries
  | 'notFound'
  | 'conflict'
  | 'invalid'
  | 'cancelled';

export interface HubSpotErrorBody {
  status?: string;
  message?: string;
  correlationId?: string;
  category?: string;
  subCategory?: string;
  policyName?: string;
  errorType?: string;
  errors?: { message?: string; context?: Record<string, unknown> }[];
  context?: Record<string, unknown>;
}

export class HubSpotError extends Error {
  /** What to show, in the reader's language; absent when made from English only (not yet converted code). */
  readonly text?: Text;

  constructor(
    readonly kind: HubSpotErrorKind,
    what: Text | string,
    readonly details: { status?: number; category?: string; correlationId?: string; policyName?: string; body?: HubSpotErrorBody } = {},
  ) {
    super(typeof what === 'string' ? what : englishOf(what));
    if (typeof what !== 'string') this.text = what;
    this.name = 'HubSpotError';
  }

  /** Retrying the same request later may succeed (as opposed to fixing a token or the input). */
  get transient(): boolean {
    return this.kind === 'server' || this.kind === 'network' || this.kind === 'rateLimit';
  }
}

export function kindForStatus(status: number, body: HubSpotErrorBody | null): HubSpotErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return body?.category === 'MISSING_SCOPES' ? 'scopes' : 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 429) return body?.policyName === 'DAILY' ? 'dailyLimit' : 'rateLimit';
  if (status >= 500) return 'server';
  return 'invalid';
}

const PLAIN: Partial<Record<HubSpotErrorKind, Text>> = {
  auth: text('hubspot.auth'),
  scopes: text('hubspot.scopes'),
  dailyLimit: text('hubspot.dailyLimit'),
};

/** Our words for the failure, then HubSpot's own message untranslated, as support may ask for it. */
export function errorFromResponse(status: number, body: HubSpotErrorBody | null): HubSpotError {
  const kind = kindForStatus(status, body);
  const problem = PLAIN[kind] ?? text('hubspot.status', { status: String(status) });
  return new HubSpotError(kind, body?.message ? text('hubspot.said', { problem, said: body.message }) : problem, {
    status,
    category: body?.category,
    correlationId: body?.correlationId,
    policyName: body?.policyName,
    body: body ?? undefined,
  });
}
