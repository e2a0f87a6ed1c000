/**
 * One API request, start to finish, in the order HubSpot's edge would apply things:
 * route → injected latency / reset → authentication (401) → scopes (403) → injected 429 storm →
 * rate limits (429) → injected 5xx → the route's handler. Rate-limit headers go on every answer
 * to an identified token. Every call, faulted or not, lands in the call log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { toRoutablePath } from '../api-version';
import type { SandboxStore } from '../store';
import { apiError, errorBody, isApiResult, type ApiResult } from './api-result';
import type { CallLog, CallLogEntry } from './call-log';
import type { FaultController } from './faults';
import { parseJson, readBody, writeResult } from './json-io';
import type { RateLimiter, RateLimitPolicy } from './rate-limiter';
import { matchRoute, type Route, type RouteContext } from './router';
import { bearerToken, missingScopes, type TokenInfo, type TokenRegistry } from './tokens';

export interface DispatchDeps {
  store: SandboxStore;
  routes: readonly Route[];
  tokens: TokenRegistry;
  limiter: RateLimiter;
  faults: FaultController;
  calls: CallLog;
  portal: { portalId: number; uiDomain: string };
  baseUrl(): string;
}

export async function dispatchApiRequest(deps: DispatchDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const started = Date.now();
  const { legacyPath, apiVersion, respell } = toRoutablePath(url.pathname);
  const match = matchRoute(deps.routes, req.method ?? 'GET', legacyPath);
  const template = match?.template ?? `${req.method} ${legacyPath}`;
  const text = await readBody(req);
  const parsed = parseJson(text);
  const entry: CallLogEntry = {
    at: new Date(started).toISOString(),
    atMs: started,
    method: req.method ?? 'GET',
    route: template,
    path: url.pathname + url.search,
    status: 0,
  };
  describeCall(entry, deps.store, match?.params, parsed.ok ? parsed.value : undefined);
  const finish = (result: ApiResult, fault?: CallLogEntry['fault']) => {
    entry.status = result.status;
    if (fault) entry.fault = fault;
    entry.durationMs = Date.now() - started;
    deps.calls.record(entry);
    writeResult(res, result);
  };

  const delay = deps.faults.latency(template);
  if (delay > 0) await sleep(delay);
  if (deps.faults.shouldReset(template)) {
    entry.fault = 'reset';
    entry.durationMs = Date.now() - started;
    deps.calls.record(entry);
    req.socket.destroy();
    return;
  }
  if (!match) return finish(apiError(404, 'OBJECT_NOT_FOUND', `No API route for ${req.method} ${url.pathname}`));
  const route = match.route;
  let token: TokenInfo | null = null;
  const kind = route.limit ?? 'standard';
  const withHeaders = (result: ApiResult): ApiResult =>
    token && kind !== 'none'
      ? { ...result, headers: { ...deps.limiter.headers(token.appId, kind, Date.now()), ...result.headers } }
      : result;

  if ((route.auth ?? 'bearer') === 'bearer') {
    const presented = bearerToken(req);
    const known = deps.tokens.get(presented);
    if (!known) return finish(unauthenticated());
    if (deps.faults.isRevoked(known.token, template)) return finish(unauthenticated(), 'revoked');
    token = known;
  }
  const requirement = route.scopes?.({ params: match.params, store: deps.store }) ?? [];
  if (isApiResult(requirement)) return finish(withHeaders(requirement));
  const missing = token ? missingScopes(token, requirement) : null;
  if (missing) return finish(withHeaders(missingScopesError(missing)));
  if (!parsed.ok) return finish(withHeaders(apiError(400, 'VALIDATION_ERROR', parsed.message)));

  if (token && kind !== 'none') {
    const now = Date.now();
    const storm = deps.faults.storm(template, now);
    if (storm) {
      const result = withHeaders(rateLimited('TEN_SECONDLY_ROLLING'));
      if (storm.retryAfterSeconds !== null) result.headers = { ...result.headers, 'Retry-After': String(storm.retryAfterSeconds) };
      return finish(result, 'storm429');
    }
    const policy = deps.limiter.admit(token.appId, token.token, kind, now);
    if (policy) return finish(withHeaders(rateLimited(policy)));
  }
  const failure = deps.faults.serverError(template);
  if (failure) return finish(withHeaders(serverError(failure)), 'error');

  const ctx: RouteContext = {
    store: deps.store,
    params: match.params,
    query: url.searchParams,
    body: parsed.value,
    token,
    portal: deps.portal,
    now: Date.now(),
    apiVersion,
    faults: deps.faults.forRoute(template),
    link: (path, query) => `${deps.baseUrl()}${respell(path)}${query ? `?${new URLSearchParams(query)}` : ''}`,
  };
  let result: ApiResult;
  try {
    result = await route.handle(ctx);
  } catch (error) {
    result = apiError(500, 'INTERNAL_ERROR', `Sandbox handler failed: ${(error as Error).message}`);
  }
  finish(withHeaders(result));
}

function unauthenticated(): ApiResult {
  return apiError(
    401,
    'INVALID_AUTHENTICATION',
    'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
  );
}

function missingScopesError(requiredAnyOf: readonly string[]): ApiResult {
  return apiError(
    403,
    'MISSING_SCOPES',
    "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
    {
      errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: [...requiredAnyOf] } }],
      links: { scopes: 'https://developers.hubspot.com/scopes' },
    },
  );
}

/** HubSpot's 429 body (HUBSPOT.md §4). */
export function rateLimited(policy: RateLimitPolicy): ApiResult {
  const message =
    policy === 'DAILY'
      ? 'You have reached your daily limit.'
      : policy === 'SECONDLY'
        ? 'You have reached your secondly limit.'
        : 'You have reached your ten_secondly_rolling limit.';
  return { status: 429, body: { ...errorBody('RATE_LIMITS', message), errorType: 'RATE_LIMIT', policyName: policy } };
}

/** 500 and 503 answer HubSpot-style JSON; 502 answers a gateway's HTML page, as edge proxies do. */
function serverError(status: 500 | 502 | 503): ApiResult {
  if (status === 502) return { status, raw: { contentType: 'text/html', text: '<html><body><h1>502 Bad Gateway</h1></body></html>' } };
  return status === 500
    ? apiError(500, 'INTERNAL_ERROR', 'internal error')
    : apiError(503, 'SERVICE_UNAVAILABLE', 'The service is temporarily unavailable. Please try again later.');
}

/** Object type and batch IDs for the call log. */
function describeCall(entry: CallLogEntry, store: SandboxStore, params: Record<string, string> | undefined, body: unknown): void {
  const typeParam = params?.type ?? params?.fromObjectType ?? params?.objectTypeId;
  const def = typeParam ? store.objectTypes.resolve(typeParam) : undefined;
  if (def) entry.objectType = def.objectTypeId;
  const inputs = (body as { inputs?: unknown } | undefined)?.inputs;
  const ids = Array.isArray(inputs)
    ? inputs.map((i: { id?: unknown; from?: { id?: unknown }; recordId?: unknown }) => i?.id ?? i?.from?.id ?? i?.recordId)
    : Array.isArray(body)
      ? body
      : (body as { objectId?: unknown } | undefined)?.objectId !== undefined
        ? [(body as { objectId: unknown }).objectId]
        : undefined;
  if (ids) entry.ids = ids.filter((id) => typeof id === 'string' || typeof id === 'number').map(String);
}
