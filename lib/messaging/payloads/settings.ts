import type { CredentialKind } from '@/lib/db/rows';

/**
 * settings/get, settings/save and settings/test (issue 6): what the options page sends and is told.
 * Made by lib/background/settings-handlers.ts and connection-test.ts, read by components/options.
 * The token itself never comes back: only its last characters (`tokenHint`).
 */
export interface SettingsView {
  apiBase: string;
  tokenHint: string | null;
  /** Which kind of credential is saved (null: none). */
  credentialKind: CredentialKind | null;
  /** The portal the saved credential belonged to when it was last tested. */
  credentialPortalId: string | null;
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

/** Limits of each number field: the options page shows them, the background enforces them. */
export const SETTINGS_LIMITS = {
  ratePercent: { min: 1, max: 100 },
  // Keeping more than 90 % in reserve would leave a job almost nothing to spend.
  dailyReservePercent: { min: 0, max: 90 },
  retentionDays: { min: 1, max: 365 },
} as const;

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

export type { CredentialKind };

/**
 * One cheap read (limit 1) of an object type, made when HubSpot will not list a credential's
 * scopes (service keys): `readable` false means the read scope is missing; null means the read
 * failed for another reason. Write scopes cannot be probed without changing data.
 */
export interface ScopeProbe {
  objectTypeId: string;
  scope: string;
  readable: boolean | null;
}

/** The portal a credential belongs to and the scopes crm-sweep needs that it has and lacks. */
export interface ConnectionReport {
  portalId: string;
  uiDomain?: string;
  kind: CredentialKind;
  /**
   * True when HubSpot listed the scopes (a private-app token's access-token-info); false when they
   * were probed (`probes`) — service keys, and tokens HubSpot would not describe.
   */
  scopesKnown: boolean;
  probes?: ScopeProbe[];
  /** Every scope some crm-sweep job needs. */
  required: string[];
  granted: string[];
  missing: string[];
}

export type SettingsSaveReply =
  | { saved: true; settings: SettingsView; connection: ConnectionReport | null }
  | { saved: false; problems: SettingsProblem[] };
