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
  constructor(
    readonly kind: HubSpotErrorKind,
    message: string,
    readonly details: { status?: number; category?: string; correlationId?: string; policyName?: string; body?: HubSpotErrorBody } = {},
  ) {
    super(message);
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

const PLAIN: Partial<Record<HubSpotErrorKind, string>> = {
  auth: "HubSpot did not accept the access token (it may have been revoked or expired). Nothing more was changed. Enter a valid token in crm-sweep's options, then resume.",
  scopes:
    'The access token lacks a permission (scope) this step needs. Nothing more was changed. Add the missing scope to the private app in HubSpot, then resume.',
  dailyLimit: "HubSpot's daily API limit for this portal is used up. Nothing more was changed; resume tomorrow.",
};

export function errorFromResponse(status: number, body: HubSpotErrorBody | null): HubSpotError {
  const kind = kindForStatus(status, body);
  const hubspotSays = body?.message ? ` HubSpot said: "${body.message}"` : '';
  const message = (PLAIN[kind] ?? `HubSpot answered ${status}.`) + hubspotSays;
  return new HubSpotError(kind, message, {
    status,
    category: body?.category,
    correlationId: body?.correlationId,
    policyName: body?.policyName,
    body: body ?? undefined,
  });
}
