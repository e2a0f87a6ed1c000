/**
 * `POST /crm/v3/objects/{type}/search` (HUBSPOT.md §3 "search"): filters, one sort, ≤200 per page,
 * offset paging through `after`, and the hard cap — no page may reach past the 10,000th result
 * (400 VALIDATION_ERROR), while `total` still tells the true count. A client goes further by
 * sorting on `hs_object_id` ascending and filtering `hs_object_id GT lastSeen`. Search has its own
 * per-second rate limit (see rate-limiter.ts).
 */
import { parseFilterGroups } from '../crm/filters';
import type { SortSpec } from '../crm/search-engine';
import { ok, validationError, type ApiResult } from '../http/api-result';
import type { Route, RouteContext } from '../http/router';
import { isTypeDef, objectScopes, objectTypeParam } from './common';
import { toApiRecord } from './record-view';

export const SEARCH_MAX_LIMIT = 200;
export const SEARCH_RESULT_CAP = 10_000;

interface SearchBody {
  filterGroups?: unknown;
  sorts?: unknown;
  properties?: unknown;
  limit?: unknown;
  after?: unknown;
  query?: unknown;
}

/** `[{ propertyName, direction }]` or HubSpot's short form `["-createdate"]`. */
function parseSorts(raw: unknown, known: (name: string) => boolean): SortSpec[] | string {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return 'sorts must be an array';
  const sorts: SortSpec[] = [];
  for (const item of raw as unknown[]) {
    const spec: SortSpec | undefined =
      typeof item === 'string'
        ? { propertyName: item.replace(/^-/, ''), direction: item.startsWith('-') ? 'DESCENDING' : 'ASCENDING' }
        : typeof (item as { propertyName?: unknown })?.propertyName === 'string'
          ? {
              propertyName: (item as { propertyName: string }).propertyName,
              direction: (item as { direction?: unknown }).direction === 'DESCENDING' ? 'DESCENDING' : 'ASCENDING',
            }
          : undefined;
    if (!spec) return 'Each sort needs a propertyName';
    if (!known(spec.propertyName)) return `Property "${spec.propertyName}" does not exist`;
    sorts.push(spec);
  }
  // HubSpot applies a single sort; further ones are ignored here.
  return sorts.slice(0, 1);
}

function search(ctx: RouteContext): ApiResult {
  const def = objectTypeParam(ctx);
  if (!isTypeDef(def)) return def;
  const body = (ctx.body ?? {}) as SearchBody;
  const limit = body.limit === undefined ? 10 : Number(body.limit);
  if (!Number.isInteger(limit) || limit < 0) return validationError(`Invalid limit: ${String(body.limit)}`);
  if (limit > SEARCH_MAX_LIMIT) return validationError(`limit must be at most ${SEARCH_MAX_LIMIT}; got ${limit}.`);
  const after = body.after === undefined || body.after === null || body.after === '' ? 0 : Number(body.after);
  if (!Number.isInteger(after) || after < 0) return validationError(`Invalid after: ${String(body.after)}`);
  if (after + limit > SEARCH_RESULT_CAP) {
    return validationError(
      `Search results are limited to ${SEARCH_RESULT_CAP} records: after (${after}) + limit (${limit}) goes past it. Narrow the filters, or page with hs_object_id GT the last ID seen.`,
    );
  }
  const typeOf = (name: string) => ctx.store.property(def.objectTypeId, name)?.type;
  const filterGroups = parseFilterGroups(body.filterGroups, typeOf);
  if (typeof filterGroups === 'string') return validationError(filterGroups);
  const sorts = parseSorts(body.sorts, (name) => typeOf(name) !== undefined);
  if (typeof sorts === 'string') return validationError(sorts);
  const properties = Array.isArray(body.properties) ? body.properties.filter((p): p is string => typeof p === 'string') : undefined;
  const query = typeof body.query === 'string' ? body.query : undefined;

  const matches = ctx.store.search(def.objectTypeId, { filterGroups, sorts, query });
  const page = matches.slice(after, after + limit);
  const result: Record<string, unknown> = {
    total: matches.length,
    results: page.map((record) => toApiRecord(ctx.store, def, record, properties)),
  };
  if (after + limit < matches.length && limit > 0) result.paging = { next: { after: String(after + limit) } };
  return ok(result);
}

export const searchRoutes: Route[] = [
  { method: 'POST', path: '/crm/v3/objects/{type}/search', limit: 'search', scopes: objectScopes('read'), handle: search },
];
