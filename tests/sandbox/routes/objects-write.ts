/**
 * Writing records (HUBSPOT.md §3). Batch archive: ≤100 IDs, 204 with no body *always* — unknown
 * and already-archived IDs included — moving records to the recycle bin (an injected record fault
 * answers 207 with `errors` instead). Batch create lives in objects-create.ts. GDPR delete removes
 * a contact for good. Single update / delete and batch update complete the set.
 */
import { noContent, objectNotFound, ok, validationError, apiError, type ApiResult } from '../http/api-result';
import type { Route, RouteContext } from '../http/router';
import { ContactConflictError } from '../store';
import { batchEnvelope, batchInputs, idOf, isArrayResult, isTypeDef, objectScopes, objectTypeParam } from './common';
import { findRecord } from './objects-read';
import { validateProperties } from './property-validation';
import { injectedErrors, partitionFailed, standardError } from './batch-errors';
import { create } from './objects-create';
import { toApiRecord } from './record-view';

const BASE = '/crm/v3/objects/{type}';

const conflict = (error: ContactConflictError): ApiResult => apiError(409, 'CONFLICT', error.message);

function update(ctx: RouteContext, id: string, rawProperties: unknown): ApiResult {
  const def = objectTypeParam(ctx);
  if (!isTypeDef(def)) return def;
  const properties = validateProperties(ctx.store, def, rawProperties);
  if (!properties.ok) return properties.error;
  try {
    const record = ctx.store.update(def.objectTypeId, id, properties.values, ctx.now);
    if (!record) return objectNotFound('Object not found.  objectId are usually numeric.', { id: [id] });
    return ok(toApiRecord(ctx.store, def, record, Object.keys(properties.values)));
  } catch (error) {
    if (error instanceof ContactConflictError) return conflict(error);
    throw error;
  }
}

function batchUpdate(ctx: RouteContext): ApiResult {
  const startedAt = Date.now();
  const inputs = batchInputs(ctx.body, 100);
  if (!isArrayResult(inputs)) return inputs;
  const results: unknown[] = [];
  const missing: string[] = [];
  const errors: unknown[] = [];
  for (const input of inputs) {
    const raw = input as { id?: unknown; properties?: unknown } | null;
    const id = idOf(raw?.id);
    if (id === undefined) return validationError('Each input needs an "id".');
    if (ctx.faults.failsId(id)) {
      errors.push(...injectedErrors(ctx.faults, [id], 'batch update'));
      continue;
    }
    const result = update(ctx, id, raw?.properties ?? {});
    if (result.status === 404) missing.push(id);
    else if (result.status !== 200) return result;
    else results.push(result.body);
  }
  if (missing.length) errors.push(standardError('OBJECT_NOT_FOUND', 'Object not found.', { ids: missing }));
  return ok(batchEnvelope(startedAt, results, errors), errors.length ? 207 : 200);
}

function batchArchive(ctx: RouteContext): ApiResult {
  const startedAt = Date.now();
  const def = objectTypeParam(ctx);
  if (!isTypeDef(def)) return def;
  const inputs = batchInputs(ctx.body, 100);
  if (!isArrayResult(inputs)) return inputs;
  const ids = inputs.map((input) => idOf((input as { id?: unknown } | null)?.id));
  if (ids.some((id) => id === undefined)) return validationError('Each input needs an "id".');
  const { failed, kept } = partitionFailed(ctx.faults, ids as string[]);
  ctx.store.archive(def.objectTypeId, kept, ctx.now, deletedBy(ctx));
  if (failed.length === 0) return noContent();
  return ok(batchEnvelope(startedAt, [], injectedErrors(ctx.faults, failed, 'batch archive')), 207);
}

function gdprDelete(ctx: RouteContext): ApiResult {
  const def = objectTypeParam(ctx);
  if (!isTypeDef(def)) return def;
  if (def.objectTypeId !== '0-1') return objectNotFound(`GDPR delete is only available for contacts, not ${def.name}.`);
  const body = ctx.body as { objectId?: unknown; idProperty?: unknown } | undefined;
  const key = idOf(body?.objectId);
  if (key === undefined) return validationError('objectId is required');
  const idProperty = typeof body?.idProperty === 'string' ? body.idProperty : undefined;
  const record = findRecord(ctx, def, key, idProperty, false) ?? findRecord(ctx, def, key, idProperty, true);
  if (!record || !ctx.store.gdprDelete(record.id, ctx.now)) return objectNotFound(`Contact ${key} does not exist.`);
  return noContent();
}

export const objectWriteRoutes: Route[] = [
  { method: 'POST', path: `${BASE}/batch/archive`, scopes: objectScopes('write'), handle: batchArchive },
  { method: 'POST', path: `${BASE}/batch/create`, scopes: objectScopes('write'), handle: (ctx) => create(ctx, true) },
  { method: 'POST', path: `${BASE}/batch/update`, scopes: objectScopes('write'), handle: batchUpdate },
  { method: 'POST', path: `${BASE}/gdpr-delete`, scopes: objectScopes('write'), handle: gdprDelete },
  { method: 'POST', path: BASE, scopes: objectScopes('write'), handle: (ctx) => create(ctx, false) },
  {
    method: 'PATCH',
    path: `${BASE}/{id}`,
    scopes: objectScopes('write'),
    handle: (ctx) => update(ctx, ctx.params.id as string, (ctx.body as { properties?: unknown } | undefined)?.properties ?? {}),
  },
  {
    method: 'DELETE',
    path: `${BASE}/{id}`,
    scopes: objectScopes('write'),
    handle: (ctx) => {
      const def = objectTypeParam(ctx);
      if (!isTypeDef(def)) return def;
      ctx.store.archive(def.objectTypeId, [ctx.params.id as string], ctx.now, deletedBy(ctx));
      return noContent();
    },
  },
];

/**
 * "Deleted by" on the restore page for an API delete: the app behind the token, as HubSpot names
 * an integration there (the sandbox has no app names, so the kind and the app's ID).
 */
function deletedBy(ctx: RouteContext): string | undefined {
  if (!ctx.token) return undefined;
  return `${ctx.token.kind === 'serviceKey' ? 'Service key' : 'Private app'} ${ctx.token.appId}`;
}
