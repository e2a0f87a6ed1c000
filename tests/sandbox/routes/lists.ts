/**
 * Lists v3, the list itself (HUBSPOT.md §3 "list info"): `GET /crm/v3/lists/{listId}` →
 * `{ list: { listId, name, objectTypeId, processingType, size, … } }`, several by
 * `?listIds=`, and `POST /crm/v3/lists/search`. Sizes count active records only, as HubSpot
 * drops archived records from lists.
 */
import type { CrmList } from '../crm/lists';
import { objectNotFound, ok, validationError, type ApiResult } from '../http/api-result';
import type { Route, RouteContext } from '../http/router';
import type { SandboxStore } from '../store';
import { fixedScopes, iso, listParam } from './common';

export const LISTS_READ = fixedScopes('crm.lists.read', 'crm.lists.write');
export const LISTS_WRITE = fixedScopes('crm.lists.write');

export function listView(store: SandboxStore, list: CrmList, includeFilters = false): Record<string, unknown> {
  const members = store.lists.members(list);
  const lastAdded = members.reduce((max, m) => Math.max(max, m.membership.lastAddedAt), 0);
  const view: Record<string, unknown> = {
    listId: list.listId,
    listVersion: list.listVersion,
    name: list.name,
    objectTypeId: list.objectTypeId,
    processingType: list.processingType,
    processingStatus: 'COMPLETE',
    createdAt: iso(list.createdAt),
    updatedAt: iso(list.updatedAt),
    filtersUpdatedAt: iso(list.filtersUpdatedAt),
    createdById: '7000001',
    updatedById: '7000001',
    size: members.length,
    additionalProperties: {
      hs_list_size: String(members.length),
      hs_list_reference_count: '0',
      ...(lastAdded > 0 ? { hs_last_record_added_at: String(lastAdded) } : {}),
    },
  };
  if (includeFilters && list.filterGroups) view.filterBranch = filterBranch(list);
  return view;
}

/** A simplified rendering of a dynamic list's filters in HubSpot's filterBranch shape. */
function filterBranch(list: CrmList): Record<string, unknown> {
  return {
    filterBranchType: 'OR',
    filterBranchOperator: 'OR',
    filters: [],
    filterBranches: (list.filterGroups ?? []).map((group) => ({
      filterBranchType: 'AND',
      filterBranchOperator: 'AND',
      filterBranches: [],
      filters: group.filters.map((f) => ({
        filterType: 'PROPERTY',
        property: f.propertyName,
        operation: {
          operationType: 'ENUMERATION',
          operator: f.operator === 'EQ' ? 'IS_ANY_OF' : f.operator,
          values: f.values ?? [f.value],
          includeObjectsWithNoValueSet: false,
        },
      })),
    })),
  };
}

export function findList(ctx: RouteContext): CrmList | ApiResult {
  const listId = ctx.params.listId as string;
  return ctx.store.lists.get(listId) ?? objectNotFound(`List with id ${listId} does not exist.`, { listId: [listId] });
}

function searchLists(ctx: RouteContext): ApiResult {
  const body = (ctx.body ?? {}) as { query?: unknown; processingTypes?: unknown; count?: unknown; offset?: unknown; listIds?: unknown };
  const count = body.count === undefined ? 20 : Number(body.count);
  const offset = body.offset === undefined ? 0 : Number(body.offset);
  if (!Number.isInteger(count) || count < 1 || count > 500) return validationError('count must be between 1 and 500');
  if (!Number.isInteger(offset) || offset < 0) return validationError('offset must be a non-negative integer');
  const query = typeof body.query === 'string' ? body.query.toLowerCase() : '';
  const types = Array.isArray(body.processingTypes) ? body.processingTypes.map(String) : undefined;
  const ids = Array.isArray(body.listIds) ? body.listIds.map(String) : undefined;
  const matching = ctx.store.lists
    .all()
    .filter(
      (l) => l.name.toLowerCase().includes(query) && (!types || types.includes(l.processingType)) && (!ids || ids.includes(l.listId)),
    );
  const page = matching.slice(offset, offset + count);
  return ok({
    lists: page.map((l) => listView(ctx.store, l)),
    hasMore: offset + count < matching.length,
    offset: offset + page.length,
    total: matching.length,
  });
}

export const listRoutes: Route[] = [
  { method: 'POST', path: '/crm/v3/lists/search', scopes: LISTS_READ, handle: searchLists },
  {
    method: 'GET',
    path: '/crm/v3/lists',
    scopes: LISTS_READ,
    handle: (ctx) => {
      const ids = listParam(ctx.query, 'listIds') ?? [];
      const lists = ids.map((id) => ctx.store.lists.get(id)).filter((l): l is CrmList => l !== undefined);
      return ok({ lists: lists.map((l) => listView(ctx.store, l, ctx.query.get('includeFilters') === 'true')) });
    },
  },
  {
    method: 'GET',
    path: '/crm/v3/lists/{listId}',
    scopes: LISTS_READ,
    handle: (ctx) => {
      const list = findList(ctx);
      if ('status' in list) return list;
      return ok({ list: listView(ctx.store, list, ctx.query.get('includeFilters') === 'true') });
    },
  },
];
