import { storage } from 'wxt/utils/storage';
import type { CrmSweepDb } from '@/lib/db/schema';
import { purgeOlderThan } from '@/lib/db/snapshots-repo';
import { purgeAuditBefore } from '@/lib/db/audit-repo';
import { deleteCredential, putCredential } from '@/lib/db/credentials-repo';
import { createHubSpotApi, type HubSpotApi } from '@/lib/hubspot/api/client';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { RateGovernor } from '@/lib/hubspot/api/rate/rate-governor';
import { ANY_CUSTOM_OBJECT_TYPE, DELETABLE_STANDARD_TYPES, objectTypeFacts } from '@/lib/hubspot/object-types';
import type { ConnectionReport, ScopeProbe, SettingsInput, SettingsProblem, SettingsView } from '@/lib/messaging/payloads/settings';
import type { Handlers } from '@/lib/messaging/router';
import { loadSettings, settingsItem, tokenHint, type Settings } from '@/lib/settings/settings';
import { credentialKindOf, loadCredential } from './credentials';
import { text, TextError } from '@/lib/i18n/text';
import { missingScopes, requiredScopes } from './required-scopes';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Limits of each number field: the options page shows them, the background enforces them. */
export const SETTINGS_LIMITS = {
  ratePercent: { min: 1, max: 100 },
  // Keeping more than 90 % in reserve would leave a job almost nothing to spend.
  dailyReservePercent: { min: 0, max: 90 },
  retentionDays: { min: 1, max: 365 },
} as const;

/** Every scope some job needs (required-scopes.ts) on any deletable type, so the options page can list what is lacking. */
export const ALL_REQUIRED_SCOPES: readonly string[] = [
  ...new Set(
    [...DELETABLE_STANDARD_TYPES, ANY_CUSTOM_OBJECT_TYPE].flatMap((type) => [
      ...requiredScopes(type, 'delete'),
      ...requiredScopes(type, 'removeFromList'),
    ]),
  ),
];

// Loopback only: the local sandbox. Anything else must be https, or the token travels in clear.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const TOKEN = /^[\x21-\x7e]{8,512}$/;

type Parsed = { ok: true; settings: Settings; newToken?: string } | { ok: false; problems: SettingsProblem[] };

/** Checks every field of the options form; returns the normalised settings or every problem at once. */
export function parseSettingsInput(input: SettingsInput): Parsed {
  const problems: SettingsProblem[] = [];
  const apiBase = parseApiBase(input.apiBase.trim(), problems);
  const number = (field: keyof typeof SETTINGS_LIMITS): number => {
    const text = input[field].trim();
    const { min, max } = SETTINGS_LIMITS[field];
    if (text === '') problems.push({ field, code: 'required' });
    else if (!/^\d{1,9}$/.test(text)) problems.push({ field, code: 'notWholeNumber' });
    else if (Number(text) < min || Number(text) > max) problems.push({ field, code: 'outOfRange', min, max });
    return Number(text);
  };
  const ratePercent = number('ratePercent');
  const dailyReservePercent = number('dailyReservePercent');
  const retentionDays = number('retentionDays');
  const token = input.removeToken ? undefined : input.token?.trim() || undefined;
  if (token !== undefined && !TOKEN.test(token)) problems.push({ field: 'token', code: 'tokenFormat' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { apiBase, ratePercent, dailyReservePercent, retentionDays, language: input.language }, newToken: token };
}

function parseApiBase(text: string, problems: SettingsProblem[]): string {
  if (text === '') {
    problems.push({ field: 'apiBase', code: 'required' });
    return text;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    problems.push({ field: 'apiBase', code: 'invalidUrl' });
    return text;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    problems.push({ field: 'apiBase', code: url.protocol === 'http:' ? 'insecureUrl' : 'invalidUrl' });
  } else if (url.username || url.password || url.search || url.hash) {
    problems.push({ field: 'apiBase', code: 'urlHasExtras' });
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Tries a credential against an API base: the account's portal (`GET /account-info/v3/details`,
 * which answers for both kinds) and its scopes — from access-token-info for a private-app token,
 * else by one cheap read (limit 1) per object type crm-sweep may delete. A service key is never
 * refused because a private-app-only endpoint answered 4xx. One attempt, ten seconds per call: the
 * user is waiting on the form.
 */
export async function testConnection(
  apiBase: string,
  token: string,
  fetchImpl?: typeof fetch,
): Promise<ConnectionReport | SettingsProblem> {
  const governor = new RateGovernor({ sharePercent: 100, dailyReservePercent: 0 });
  const api = createHubSpotApi({ apiBase, token, governor, maxAttempts: 1, fetch: fetchImpl });
  const signal = AbortSignal.timeout(10_000);
  const kind = credentialKindOf(token);
  let portalId: string;
  let uiDomain: string | undefined;
  try {
    const account = await api.metadata.account(signal);
    portalId = String(account.portalId);
    uiDomain = account.uiDomain;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof HubSpotError && (error.kind === 'auth' || error.kind === 'forbidden' || error.kind === 'scopes')) {
      return { field: 'token', code: 'tokenRejected', detail };
    }
    return { field: 'apiBase', code: 'unreachable', detail };
  }
  const required = [...ALL_REQUIRED_SCOPES];
  if (kind === 'privateApp') {
    try {
      const { scopes } = await api.metadata.tokenInfo(token, signal);
      return { portalId, uiDomain, kind, scopesKnown: true, required, granted: scopes, missing: missingScopes(scopes, required) };
    } catch {
      // HubSpot would not describe this token: learn what it can read instead.
    }
  }
  const probes = await probeReadScopes(api, signal);
  const missing = probes.filter((p) => p.readable === false).map((p) => p.scope);
  const granted = probes.filter((p) => p.readable === true).map((p) => p.scope);
  return { portalId, uiDomain, kind, scopesKnown: false, probes, required, granted, missing };
}

/** One read with limit 1 per standard type crm-sweep may delete: a 403 means the read scope is missing. */
async function probeReadScopes(api: HubSpotApi, signal: AbortSignal): Promise<ScopeProbe[]> {
  // A type with no known read scope (calls, HUBSPOT.md §2) has nothing to name if its read fails.
  const probed = DELETABLE_STANDARD_TYPES.filter((id) => (objectTypeFacts(id)?.scopes.read.length ?? 0) > 0);
  return Promise.all(
    probed.map(async (objectTypeId): Promise<ScopeProbe> => {
      const facts = objectTypeFacts(objectTypeId)!;
      const scope = facts.scopes.read[0]!;
      try {
        await api.objects.page(facts.apiName, { limit: 1, signal });
        return { objectTypeId, scope, readable: true };
      } catch (error) {
        const denied = error instanceof HubSpotError && (error.kind === 'scopes' || error.kind === 'forbidden');
        return { objectTypeId, scope, readable: denied ? false : null };
      }
    }),
  );
}

const isReport = (r: ConnectionReport | SettingsProblem): r is ConnectionReport => 'portalId' in r;

/** What the options page may know of the saved credential: its kind, portal and last four characters. */
export async function settingsView(db: CrmSweepDb): Promise<SettingsView> {
  const settings = await loadSettings();
  const credential = await loadCredential(db);
  return {
    ...settings,
    tokenHint: tokenHint(credential?.token ?? null),
    credentialKind: credential?.kind ?? null,
    credentialPortalId: credential?.portalId ?? null,
  };
}

/**
 * settings/save and settings/test. Nothing is stored unless every field and the credential pass.
 * The credential goes to the database (credentials table), the rest to storage.local.
 */
export function createSettingsHandlers(deps: { db: CrmSweepDb; fetch?: typeof fetch }): Pick<Handlers, 'settings/save' | 'settings/test'> {
  const { db } = deps;
  return {
    'settings/save': async (input) => {
      const parsed = parseSettingsInput(input);
      if (!parsed.ok) return { saved: false, problems: parsed.problems };
      const stored = await loadSettings();
      const saved = await loadCredential(db);
      const token = input.removeToken ? null : (parsed.newToken ?? saved?.token ?? null);
      let connection: ConnectionReport | null = null;
      // A new credential, or the old one going to a new address, is tried before it is kept.
      if (token && (parsed.newToken !== undefined || parsed.settings.apiBase !== stored.apiBase)) {
        const result = await testConnection(parsed.settings.apiBase, token, deps.fetch);
        if (!isReport(result)) return { saved: false, problems: [result] };
        connection = result;
      }
      if (!token) await deleteCredential(db);
      else if (connection) await putCredential(db, { token, kind: connection.kind, portalId: connection.portalId });
      await settingsItem.setValue({ ...stored, ...parsed.settings });
      if (parsed.settings.retentionDays < stored.retentionDays) await purgeExpiredSnapshots(db, { force: true });
      return { saved: true, settings: await settingsView(db), connection };
    },
    'settings/test': async () => {
      const { apiBase } = await loadSettings();
      const credential = await loadCredential(db);
      if (!credential) throw new TextError(text('settings.noToken'));
      const result = await testConnection(apiBase, credential.token, deps.fetch);
      // HubSpot's own explanation, when it gave one, is shown as it is (untranslated).
      if (!isReport(result)) throw result.detail ? new Error(result.detail) : new TextError(text('settings.tokenRefused'));
      if (result.portalId !== credential.portalId) await putCredential(db, { ...credential, portalId: result.portalId });
      return result;
    },
  };
}

/** When the retention purge last ran; it runs at most once a day, whatever wakes the worker. */
const lastPurgeItem = storage.defineItem<number>('local:snapshotsPurgedAt', { fallback: 0 });

/**
 * Retention: deletes snapshots and activity-log entries older than the `retentionDays` setting (default 90, like HubSpot's
 * recycle bin), at most once a day unless forced (a shorter retention was just saved). Called from
 * the alarm watchdog; returns the rows removed, or null when it was not yet time.
 */
export async function purgeExpiredSnapshots(db: CrmSweepDb, { now = Date.now(), force = false } = {}): Promise<number | null> {
  if (!force && now - (await lastPurgeItem.getValue()) < DAY_MS) return null;
  const { retentionDays } = await loadSettings();
  const removed = await purgeOlderThan(db, retentionDays * DAY_MS, now);
  // The activity log keeps what the snapshots keep (issue 17: retention follows the setting).
  await purgeAuditBefore(db, now - retentionDays * DAY_MS);
  await lastPurgeItem.setValue(now);
  return removed;
}
