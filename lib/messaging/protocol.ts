import type { HubSpotPage } from '@/lib/hubspot/page/url';
import { object, str, type Validator } from './validate';

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

export const PROTOCOL = {
  'page/context': route<{ url: string }, PageContext>('content', object({ url: str({ max: 4096 }) })),
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
