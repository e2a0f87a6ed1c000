/**
 * settings/get, settings/save and settings/test (issue 6): what the options page sends and is told.
 * Made by lib/background/settings-handlers.ts, read by components/options. The token itself never
 * comes back: only its last characters (`tokenHint`).
 */
export interface SettingsView {
  apiBase: string;
  tokenHint: string | null;
  ratePercent: number;
  dailyReservePercent: number;
  retentionDays: number;
  language: string;
}

/**
 * Options as typed. Numbers arrive as the text in the field (like job/start's typed count) so the
 * background — the one validator — can say which field is wrong and why instead of refusing the
 * whole message. `token` replaces the stored token; omitted, the stored one is kept.
 */
export interface SettingsInput {
  apiBase: string;
  ratePercent: string;
  dailyReservePercent: string;
  retentionDays: string;
  language: 'auto' | 'en' | 'da' | 'nl';
  token?: string;
  removeToken?: boolean;
}

export type SettingsField = 'apiBase' | 'token' | 'ratePercent' | 'dailyReservePercent' | 'retentionDays';

export type SettingsProblemCode =
  | 'required'
  | 'notWholeNumber'
  | 'outOfRange'
  | 'invalidUrl'
  | 'insecureUrl'
  | 'urlHasExtras'
  | 'tokenFormat'
  | 'tokenRejected'
  | 'unreachable';

/** A refused field: the options page words it in the user's language; `detail` is HubSpot's own. */
export interface SettingsProblem {
  field: SettingsField;
  code: SettingsProblemCode;
  min?: number;
  max?: number;
  detail?: string;
}

/** The portal a token belongs to and the scopes crm-sweep needs that it has and lacks. */
export interface ConnectionReport {
  portalId: string;
  uiDomain?: string;
  /** False when HubSpot would not list the token's scopes (e.g. a service key). */
  scopesKnown: boolean;
  /** Every scope some crm-sweep job needs. */
  required: string[];
  granted: string[];
  missing: string[];
}

export type SettingsSaveReply =
  | { saved: true; settings: SettingsView; connection: ConnectionReport | null }
  | { saved: false; problems: SettingsProblem[] };
