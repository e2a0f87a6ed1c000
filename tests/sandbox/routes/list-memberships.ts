/**
 * List memberships (HUBSPOT.md §3): members paged ≤250, ascending by recordId after `after`, or
 * descending when only `before` is given; add / remove for MANUAL and SNAPSHOT lists (DYNAMIC
 * lists re-evaluate by themselves and answer 400); and the lists one record — or up to 100
 * records in a batch — belongs to. Add and remove answer HubSpot's `MembershipsUpdateResponse`,
 * always all three arrays and with HubSpot's own spelling `recordsIdsAdded` (sic) next to
 * `recordIdsRemoved` and `recordIdsMissing`. Injected record faults (record-faults.ts) put chosen
 * IDs in `recordIdsMissing` unchanged, and fail them as 207 errors in the batch read.
 */
import { indexAfter, indexAtOrAfter } from '../ids';
import type { ActiveMember } from '../crm/lists';
import { ok, validationError, type ApiResult } from '../http/api-result';
import type { Route, RouteContext } from '../http/router';
import { batchEnvelope, batchInputs, idOf, iso, isArrayResult, limitParam } from './common';
import { findList, LISTS_READ, LISTS_WRITE } from './lists';
import { injectedErrors, partitionFailed } from './batch-errors';

const memberView = (m: ActiveMember) => ({ recordId: m.recordId, membershipTimestamp: iso(m.membership.lastAddedAt) });

function members(ctx: RouteContext): ApiResult {
  const list = findList(ctx);
  if ('status' in list) return list;
  const limit = limitParam(ctx.query, 100, 250);
  if (typeof limit !== 'number') return limit;
  const all = ctx.store.lists.members(list);
  const ids = all.map((m) => m.recordId);
  const after = ctx.query.get('after');
  const before = ctx.query.get('before');
  const body: Record<string, unknown> = { total: all.length };
  if (before !== null && after === null) {
    // Only `before`: descending from just below it.
    const end = indexAtOrAfter(ids, before);
    const page = all.slice(Math.max(0, end - limit), end).reverse();
    body.results = page.map(memberView);
    const last = page[page.length - 1];
    if (end - limit > 0 && last) body.paging = { prev: { before: last.recordId } };
    return ok(body);
  }
  const start = after === null ? 0 : indexAfter(ids, after);
  const page = all.slice(start, start + limit);
  body.results = page.map(memberView);
  const last = page[page.length - 1];
  if (start + limit < all.length && last) body.paging = { next: { after: last.recordId } };
  return ok(body);
}

function change(ctx: RouteContext, action: 'add' | 'remove'): ApiResult {
  const list = findList(ctx);
  if ('status' in list) return list;
  if (list.processingType === 'DYNAMIC') {
    return validationError(`List ${list.listId} is a DYNAMIC list; its memberships cannot be changed manually.`, {
      subCategory: 'ILS_LIST_MEMBERSHIP_UPDATE_NOT_ALLOWED',
    });
  }
  if (!Array.isArray(ctx.body)) return validationError('The request body must be a JSON array of record IDs.');
  const ids = (ctx.body as unknown[]).map(idOf);
  if (ids.some((id) => id === undefined)) return validationError('Record IDs must be strings of digits.');
  const { failed, kept } = partitionFailed(ctx.faults, ids as string[]);
  const type = ctx.store.objectTypes.require(list.objectTypeId);
  if (action === 'add') {
    const { added, missing } = ctx.store.lists.add(list, kept, ctx.now);
    ctx.store.changed('list', type, added);
    return ok({ recordIdsRemoved: [], recordsIdsAdded: added, recordIdsMissing: [...missing, ...failed] });
  }
  const { removed, missing } = ctx.store.lists.remove(list, kept, ctx.now);
  ctx.store.changed('list', type, removed);
  return ok({ recordIdsRemoved: removed, recordsIdsAdded: [], recordIdsMissing: [...missing, ...failed] });
}

function recordMemberships(ctx: RouteContext, objectType: string, recordId: string) {
  const def = ctx.store.objectTypes.resolve(objectType);
  if (!def) return [];
  return ctx.store.lists.listsOf(def.objectTypeId, recordId).map(({ list, membership }) => ({
    listId: list.listId,
    listVersion: list.listVersion,
    firstAddedTimestamp: iso(membership.firstAddedAt),
    lastAddedTimestamp: iso(membership.lastAddedAt),
    isPublicList: false,
  }));
}

export const listMembershipRoutes: Route[] = [
  { method: 'GET', path: '/crm/v3/lists/{listId}/memberships', scopes: LISTS_READ, handle: members },
  { method: 'PUT', path: '/crm/v3/lists/{listId}/memberships/add', scopes: LISTS_WRITE, handle: (ctx) => change(ctx, 'add') },
  { method: 'PUT', path: '/crm/v3/lists/{listId}/memberships/remove', scopes: LISTS_WRITE, handle: (ctx) => change(ctx, 'remove') },
  {
    method: 'GET',
    path: '/crm/v3/lists/records/{objectTypeId}/{recordId}/memberships',
    scopes: LISTS_READ,
    handle: (ctx) => {
      const results = recordMemberships(ctx, ctx.params.objectTypeId as string, ctx.params.recordId as string);
      return ok({ results, total: results.length });
    },
  },
  {
    method: 'POST',
    path: '/crm/v3/lists/records/memberships/batch/read',
    scopes: LISTS_READ,
    handle: (ctx) => {
      const startedAt = Date.now();
      const inputs = batchInputs(ctx.body, 100);
      if (!isArrayResult(inputs)) return inputs;
      const results = [];
      const failed: string[] = [];
      for (const input of inputs as Array<{ objectTypeId?: unknown; recordId?: unknown }>) {
        const recordId = idOf(input?.recordId);
        if (typeof input?.objectTypeId !== 'string' || recordId === undefined)
          return validationError('Each input needs objectTypeId and recordId.');
        if (ctx.faults.failsId(recordId)) {
          failed.push(recordId);
          continue;
        }
        results.push({
          objectTypeId: input.objectTypeId,
          recordId,
          recordListMemberships: recordMemberships(ctx, input.objectTypeId, recordId),
        });
      }
      const errors = injectedErrors(ctx.faults, failed, 'list memberships read');
      return ok(batchEnvelope(startedAt, results, errors), errors.length > 0 ? 207 : 200);
    },
  },
];
