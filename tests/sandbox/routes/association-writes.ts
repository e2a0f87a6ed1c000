/**
 * Association batch writes (HUBSPOT.md §3 "associations create"): create answers 201 with
 * `BatchResponseLabelsBetweenObjectPair`; archive answers 204 on the legacy `/crm/v4/…` path
 * (official client: `void`) and 200 with a batch response on the dated paths, as HubSpot's
 * 2026-03 reference documents. Injected record faults fail chosen `from` IDs as 207 errors.
 */
import type { AssociationTypeDef } from '../crm/association-types';
import { noContent, ok, validationError, type ApiResult } from '../http/api-result';
import type { RouteContext } from '../http/router';
import { injectedErrors } from './batch-errors';
import { batchEnvelope, batchInputs, endpoints, idOf, isArrayResult } from './common';
import { resolveAssociationType } from './create-associations';

export function batchCreate(ctx: RouteContext): ApiResult {
  const startedAt = Date.now();
  const types = endpoints(ctx);
  if ('status' in types) return types;
  const inputs = batchInputs(ctx.body, 1000);
  if (!isArrayResult(inputs)) return inputs;
  const planned: Array<{ fromId: string; toId: string; defs: AssociationTypeDef[] }> = [];
  const failed: string[] = [];
  for (const input of inputs) {
    const raw = input as { from?: { id?: unknown }; to?: { id?: unknown }; types?: unknown } | null;
    const fromId = idOf(raw?.from?.id);
    const toId = idOf(raw?.to?.id);
    if (fromId === undefined || toId === undefined || !Array.isArray(raw?.types))
      return validationError('Each input needs from.id, to.id and types.');
    if (ctx.faults.failsId(fromId)) {
      failed.push(fromId);
      continue;
    }
    if (!ctx.store.get(types.from.objectTypeId, fromId) || !ctx.store.get(types.to.objectTypeId, toId)) {
      return validationError(
        `Cannot associate ${types.from.singular} ${fromId} with ${types.to.singular} ${toId}: one of them does not exist.`,
      );
    }
    const defs: AssociationTypeDef[] = [];
    for (const spec of raw.types as object[]) {
      const def = resolveAssociationType(ctx.store, types.from.objectTypeId, spec, types.to.objectTypeId);
      if ('status' in def) return def;
      defs.push(def);
    }
    planned.push({ fromId, toId, defs });
  }
  const results = planned.map(({ fromId, toId, defs }) => {
    for (const def of defs) ctx.store.associate(types.from.objectTypeId, fromId, toId, def);
    const labels = defs.map((d) => d.label).filter((l): l is string => l !== null);
    return {
      fromObjectTypeId: types.from.objectTypeId,
      fromObjectId: fromId,
      toObjectTypeId: types.to.objectTypeId,
      toObjectId: toId,
      labels,
    };
  });
  const errors = injectedErrors(ctx.faults, failed, 'association create');
  return ok(batchEnvelope(startedAt, results, errors), errors.length > 0 ? 207 : 201);
}

export function batchArchive(ctx: RouteContext): ApiResult {
  const startedAt = Date.now();
  const types = endpoints(ctx);
  if ('status' in types) return types;
  const inputs = batchInputs(ctx.body, 1000);
  if (!isArrayResult(inputs)) return inputs;
  const failed: string[] = [];
  for (const input of inputs as Array<{ from?: { id?: unknown }; to?: Array<{ id?: unknown }> }>) {
    const fromId = idOf(input?.from?.id);
    if (fromId && ctx.faults.failsId(fromId)) {
      failed.push(fromId);
      continue;
    }
    for (const to of Array.isArray(input?.to) ? input.to : []) {
      const toId = idOf(to?.id);
      if (fromId && toId) ctx.store.associations.unlinkAll(types.from.objectTypeId, fromId, types.to.objectTypeId, toId);
    }
  }
  const errors = injectedErrors(ctx.faults, failed, 'association archive');
  if (errors.length > 0) return ok(batchEnvelope(startedAt, [], errors), 207);
  return ctx.apiVersion === null ? noContent() : ok(batchEnvelope(startedAt, []));
}
