import { createHubSpotApi, type HubSpotApi } from '@/lib/hubspot/api/client';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { RateGovernor } from '@/lib/hubspot/api/rate/rate-governor';
import { ANY_CUSTOM_OBJECT_TYPE, DELETABLE_STANDARD_TYPES, objectTypeFacts } from '@/lib/hubspot/object-types';
import type { ConnectionReport, ScopeProbe, SettingsProblem } from '@/lib/messaging/payloads/settings';
import { credentialKindOf } from './credentials';
import { missingScopes, requiredScopes } from './required-scopes';

// The options page's "Test connection" (settings/test in settings-handlers.ts): what a credential can do.

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
