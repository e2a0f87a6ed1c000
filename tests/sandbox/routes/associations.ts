/**
 * Associations v4 (HUBSPOT.md §3). Batch read: ≤1,000 inputs; per record at most 500 targets per
 * page, with `paging.next.after` on that record when more remain (send it back as the input's
 * `after`); records with nothing (visible) associated come back as 207 errors, subCategory
 * `crm.associations.NO_ASSOCIATIONS_FOUND`. Archived records' associations are hidden on both
 * sides. `toObjectId` is a string, as HubSpot's docs show, so large IDs survive JSON parsing.
 * Batch archive answers 204 on the legacy `/crm/v4/…` path (official client: `void`) and 200 with a
 * batch response on the dated paths, as HubSpot's 2026-03 reference documents. Injected record
 * faults (record-faults.ts) fail chosen `from` IDs as 207 errors on read, create and archive.
 */
import { compareIds, indexAfter } from '../ids';
import { ok, validationError, type ApiResult } from '../http/api-result';
import { injectedErrors, standardError, type StandardError } from './batch-errors';
import { v3Associations } from './v3-associations';
import type { Route, RouteContext } from '../http/router';
import type { AssociationTypeDef } from '../crm/association-types';
import { batchEnvelope, batchInputs, endpoints, idOf, isArrayResult, limitParam, objectScopes } from './common';
import { batchArchive, batchCreate } from './association-writes';

const BASE = '/crm/v4/associations/{fromObjectType}/{toObjectType}';
export const TARGETS_PER_PAGE = 500;

const typeView = (d: AssociationTypeDef) => ({ category: d.category, typeId: d.typeId, label: d.label });

/** One page of a record's visible targets of one type, ascending by ID. */
function targetPage(ctx: RouteContext, fromTypeId: string, fromId: string, toTypeId: string, after: string | undefined, limit: number) {
  if (!ctx.store.get(fromTypeId, fromId)) return { items: [], next: undefined };
  const targets = ctx.store.associations.targets(fromTypeId, fromId, toTypeId);
  const ids = [...(targets?.keys() ?? [])].filter((id) => ctx.store.get(toTypeId, id)).sort(compareIds);
  const start = after === undefined ? 0 : indexAfter(ids, after);
  const slice = ids.slice(start, start + limit);
  const items = slice.map((id) => ({ toObjectId: id, associationTypes: (targets?.get(id) ?? []).map(typeView) }));
  return { items, next: start + limit < ids.length ? slice[slice.length - 1] : undefined };
}

function batchRead(ctx: RouteContext): ApiResult {
  const startedAt = Date.now();
  const types = endpoints(ctx);
  if ('status' in types) return types;
  const inputs = batchInputs(ctx.body, 1000);
  if (!isArrayResult(inputs)) return inputs;
  const results = [];
  const errors: StandardError[] = [];
  for (const input of inputs) {
    const raw = input as { id?: unknown; after?: unknown } | null;
    const id = idOf(raw?.id);
    if (id === undefined) return validationError('Each input needs an "id".');
    if (ctx.faults.failsId(id)) {
      errors.push(...injectedErrors(ctx.faults, [id], 'association read'));
      continue;
    }
    const after = typeof raw?.after === 'string' && raw.after !== '' ? raw.after : undefined;
    const page = targetPage(ctx, types.from.objectTypeId, id, types.to.objectTypeId, after, TARGETS_PER_PAGE);
    if (page.items.length === 0 && after === undefined) {
      const message = `No ${types.to.singular} is associated with ${types.from.singular} ${id}.`;
      errors.push(
        standardError('OBJECT_NOT_FOUND', message, { fromObjectId: [id] }, { subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND' }),
      );
      continue;
    }
    const result: Record<string, unknown> = { from: { id }, to: page.items };
    if (page.next !== undefined) result.paging = { next: { after: page.next, link: null } };
    results.push(result);
  }
  return ok(batchEnvelope(startedAt, results, errors), errors.length > 0 ? 207 : 200);
}

/**
 * `GET /crm/v4/objects/{from}/{id}/associations/{to}` (and its dated spelling): one record's
 * targets, paged, v4 shape. The legacy `/crm/v3/objects/…` spelling answers the v3 shape.
 */
function recordAssociations(ctx: RouteContext, legacyV3 = false): ApiResult {
  const types = endpoints(ctx);
  if ('status' in types) return types;
  const limit = limitParam(ctx.query, TARGETS_PER_PAGE, TARGETS_PER_PAGE);
  if (typeof limit !== 'number') return limit;
  const after = ctx.query.get('after') ?? undefined;
  if (legacyV3) return ok(v3Associations(ctx, types.from, ctx.params.objectId as string, types.to, after, limit));
  const page = targetPage(ctx, types.from.objectTypeId, ctx.params.objectId as string, types.to.objectTypeId, after, limit);
  const body: Record<string, unknown> = { results: page.items };
  if (page.next !== undefined) body.paging = { next: { after: page.next, link: null } };
  return ok(body);
}

const readScopes = objectScopes('read', 'fromObjectType', 'toObjectType');
const writeScopes = objectScopes('write', 'fromObjectType', 'toObjectType');

export const associationRoutes: Route[] = [
  { method: 'POST', path: `${BASE}/batch/read`, scopes: readScopes, handle: batchRead },
  { method: 'POST', path: `${BASE}/batch/create`, scopes: writeScopes, handle: batchCreate },
  { method: 'POST', path: `${BASE}/batch/archive`, scopes: writeScopes, handle: batchArchive },
  {
    method: 'GET',
    path: `${BASE}/labels`,
    scopes: readScopes,
    handle: (ctx) => {
      const types = endpoints(ctx);
      if ('status' in types) return types;
      return ok({ results: ctx.store.associationTypes.between(types.from.objectTypeId, types.to.objectTypeId).map(typeView) });
    },
  },
  // The per-record read: v4, its dated spelling (under /crm/objects/{date}/) and the legacy v3 shape.
  {
    method: 'GET',
    path: '/crm/v4/objects/{fromObjectType}/{objectId}/associations/{toObjectType}',
    scopes: readScopes,
    handle: (ctx) => recordAssociations(ctx),
  },
  {
    method: 'GET',
    path: '/crm/v3/objects/{fromObjectType}/{objectId}/associations/{toObjectType}',
    scopes: readScopes,
    handle: (ctx) => recordAssociations(ctx, ctx.apiVersion === null),
  },
];
