import type { HubSpotPage } from '@/lib/hubspot/page/url';
import { arrayOf, int, object, oneOf, optional, str, type Validator } from './validate';

/**
 * Every message route: its payload validator, its response type and who may call it.
 * - `content`: our content script in a HubSpot tab (untrusted input; may stage and read only).
 * - `extension`: our own popup/options pages (may start, pause, cancel and undo jobs, change
 *   settings). Extension pages may also call content routes.
 * The router enforces this table in one place; handlers never check the sender themselves.
 */
export type Trust = 'content' | 'extension';

export interface RouteSpec<Req, Res> {
  trust: Trust;
  validate: Validator<Req>;
  /** Phantom field carrying the response type. */
  response?: Res;
}

const route = <Req, Res>(trust: Trust, validate: Validator<Req>): RouteSpec<Req, Res> => ({ trust, validate });

export interface PageContext {
  page: HubSpotPage | null;
  /** True when an API token is configured, so the overlay can say what is missing. */
  configured: boolean;
}

export interface SettingsView {
  apiBase: string;
  tokenHint: string | null;
  ratePercent: number;
  dailyReservePercent: number;
  retentionDays: number;
  language: string;
}

const RECORD_ID = /^[1-9]\d{0,19}$/;
const UUID = /^[0-9a-f-]{36}$/;
/** Large enough for a 100,000-record list, small enough to refuse a flood. */
export const MAX_SELECTION = 200_000;

export interface StagedReply {
  stagedId: string;
  count: number;
}

const jobId = object({ jobId: str({ pattern: UUID }) });

export const PROTOCOL = {
  'page/context': route<{ url: string }, PageContext>('content', object({ url: str({ max: 4096 }) })),
  // The page is identified from sender.url (vouched for by the browser), never from the payload.
  'selection/stage': route<{ ids: string[]; displayedTotal?: number; description: string }, StagedReply>(
    'content',
    object({
      ids: arrayOf(str({ max: 20, pattern: RECORD_ID }), { min: 1, max: MAX_SELECTION }),
      displayedTotal: optional(int({ min: 0, max: 100_000_000 })),
      description: str({ max: 200 }),
    }),
  ),
  'job/start': route<{ stagedId: string; typedCount: string; locale: string; mode: 'delete' | 'gdprDelete' | 'removeFromList' }, { jobId: string }>(
    'extension',
    object({
      stagedId: str({ pattern: UUID }),
      typedCount: str({ max: 32 }),
      locale: str({ max: 35, pattern: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/ }),
      mode: oneOf(['delete', 'gdprDelete', 'removeFromList'] as const),
    }),
  ),
  'job/pause': route<{ jobId: string }, { state: string }>('extension', jobId),
  'job/resume': route<{ jobId: string }, { state: string }>('extension', jobId),
  'job/cancel': route<{ jobId: string }, { state: string }>('extension', jobId),
  'job/undo': route<{ jobId: string }, { jobId: string }>('extension', jobId),
  'job/check-restored': route<{ jobId: string }, { restored: number; total: number }>('extension', jobId),
  'snapshots/clear': route<{ jobId: string }, { removed: number }>('extension', jobId),
  'settings/get': route<Record<string, never>, SettingsView>('extension', object({})),
} as const;

export type RouteName = keyof typeof PROTOCOL;
export type RequestOf<R extends RouteName> = (typeof PROTOCOL)[R] extends RouteSpec<infer Q, unknown> ? Q : never;
export type ResponseOf<R extends RouteName> = (typeof PROTOCOL)[R] extends RouteSpec<unknown, infer S> ? S : never;

export interface Envelope {
  route: string;
  payload: unknown;
}

export type ErrorCode = 'foreign-sender' | 'forbidden' | 'unknown-route' | 'invalid-payload' | 'failed';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
