/**
 * Account and token routes. `GET /account-info/v3/details` lets a client check that a token's
 * portal is the portal in the page URL (HUBSPOT.md §2); its `uiDomain` is the sandbox's own
 * host:port because the sandbox serves the UI pages too. `POST /oauth/v2/private-apps/get/
 * access-token-info` with `{ tokenKey }` is HubSpot's way to read a private-app token's scopes; its
 * credential is the body, so it needs no Authorization header. It describes private-app tokens
 * only: a service key gets the answer an unknown token gets (HubSpot documents no introspection
 * for service keys, HUBSPOT.md §7), so clients must learn a key's scopes another way.
 */
import { apiError, ok, validationError } from '../http/api-result';
import type { RateLimiter } from '../http/rate-limiter';
import type { Route } from '../http/router';
import type { TokenRegistry } from '../http/tokens';
import { iso } from './common';

export function accountRoutes(limiter: RateLimiter, tokens: TokenRegistry): Route[] {
  return [
    {
      method: 'GET',
      path: '/account-info/v3/details',
      handle: (ctx) =>
        ok({
          portalId: ctx.portal.portalId,
          accountType: 'STANDARD',
          timeZone: 'Europe/Copenhagen',
          companyCurrency: 'EUR',
          additionalCurrencies: [],
          utcOffset: '+01:00',
          utcOffsetMilliseconds: 3_600_000,
          uiDomain: ctx.portal.uiDomain,
          dataHostingLocation: 'eu1',
        }),
    },
    {
      method: 'GET',
      path: '/account-info/v3/api-usage/daily/private-apps',
      handle: (ctx) => {
        const usage = limiter.dailyUsage(ctx.now);
        return ok({
          results: [
            {
              name: 'api-calls-daily',
              usageLimit: usage.limit,
              currentUsage: usage.used,
              collectedAt: iso(ctx.now),
              fetchStatus: 'SUCCESS',
              resetsAt: iso(usage.resetsAt),
            },
          ],
        });
      },
    },
    {
      method: 'POST',
      path: '/oauth/v2/private-apps/get/access-token-info',
      auth: 'none',
      limit: 'none',
      handle: (ctx) => {
        const tokenKey = (ctx.body as { tokenKey?: unknown } | undefined)?.tokenKey;
        if (typeof tokenKey !== 'string' || tokenKey === '') return validationError('tokenKey is required');
        const info = tokens.get(tokenKey);
        if (info?.kind !== 'privateApp') return apiError(401, 'INVALID_AUTHENTICATION', 'The access token is not valid.');
        return ok({ userId: info.userId, hubId: ctx.portal.portalId, appId: info.appId, scopes: [...info.scopes].sort() });
      },
    },
  ];
}
