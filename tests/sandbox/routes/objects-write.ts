/**
 * Writing records (HUBSPOT.md §3). Batch archive: ≤100 IDs, 204 with no body *always* — unknown
 * and already-archived IDs included — moving records to the recycle bin. Batch create: ≤100,
 * 201; for contacts one taken email (among active contacts) fails the whole batch with 409
 * CONFLICT "Contact already exists. Existing ID: N", naming only the first. GDPR delete removes a
 * contact for good. Single create / update / delete and batch update complete the set.
 */
import { noContent, objectNotFound, ok, validationError, apiError, type ApiResult } from '../http/api-result';
import type { Route, RouteContext } from '../http/router';
import { ContactConflictError } from '../store';
import { batchEnvelope, batchInputs, idOf, isArrayResult, isTypeDef, objectScopes, objectTypeParam } from './common';
import { parseRecordAssociations, type PendingAssociation } from './create-associations';
import { findRecord } from './objects-read';
import { validateProperties } from './property-validation';
import { toApiRecord } from './record-view';

const BASE = '/crm/v3/objects/{type}';

const conflict = (error: ContactConflictError): ApiResult => apiError(409, 'CONFLICT', error.message);

/** `objectWriteTraceId` is the client's own tag for an input; HubSpot echoes it on the result. */
interface CreateInput {
  properties: Record<string, string>;
  associations: PendingAssociation[];
  objectWriteTraceId?: string;
}

/** Validates create inputs, then checks emails: the batch is all-or-nothing. */
function prepareCreates(ctx: RouteContext, typeId: string, inputs: unknown[]): CreateInput[] | ApiResult {
  const def = ctx.store.objectTypes.require(typeId);
  const prepared: CreateInput[] = [];
  for (const input of inputs) {
    const raw = input as { properties?: unknown; associations?: unknown; objectWriteTraceId?: unknown } | null;
    const properties = validateProperties(ctx.store, def, raw?.properties ?? {});
    if (!properties.ok) return properties.error;
    const associations = parseRecordAssociations(ctx.store, def, raw?.associations);
    if (!Array.isArray(associations)) return associations;
    const traceId = typeof raw?.objectWriteTraceId === 'string' ? raw.objectWriteTraceId : undefined;
    prepared.push({ properties: properties.values, associations, ...(traceId !== undefined ? { objectWriteTraceId: traceId } : {}) });
  }
  if (def.objectTypeId === '0-1') {
    const emails = new Set<string>();
    for (const { properties } of prepared) {
      const email = properties.email?.trim().toLowerCase();
      if (!email) continue;
      const holder = ctx.store.contactByEmail(email);
      if (holder) return conflict(new ContactConflictError(holder.id));
      if (emails.has(email)) return validationError(`Duplicate email in batch input: ${email}`);
      emails.add(email);
    }
  }
  return prepared;
}

function createAll(ctx: RouteContext, typeId: string, prepared: CreateInput[]) {
  const def = ctx.store.objectTypes.require(typeId);
  return prepared.map(({ properties, associations, objectWriteTraceId }) => {
    const record = ctx.store.create(typeId, properties, { now: ctx.now });
    for (const a of associations) ctx.store.associate(typeId, record.id, a.toId, a.type);
    const view = toApiRecord(ctx.store, def, record, Object.keys(properties));
    return objectWriteTraceId === undefined ? view : { ...view, objectWriteTraceId };
  });
}

function create(ctx: RouteContext, batch: boolean): ApiResult {
  const startedAt = Date.now();
  const def = objectTypeParam(ctx);
  if (!isTypeDef(def)) return def;
  const inputs = batch ? batchInputs(ctx.body, 100) : [ctx.body ?? {}];
  if (!isArrayResult(inputs)) return inputs;
  const prepared = prepareCreates(ctx, def.objectTypeId, inputs);
  if (!Array.isArray(prepared)) return prepared;
  const results = createAll(ctx, def.objectTypeId, prepared);
  return batch ? ok(batchEnvelope(startedAt, results), 201) : ok(results[0], 201);
}

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
  for (const input of inputs) {
    const raw = input as { id?: unknown; properties?: unknown } | null;
    const id = idOf(raw?.id);
    if (id === undefined) return validationError('Each input needs an "id".');
    const result = update(ctx, id, raw?.properties ?? {});
    if (result.status === 404) missing.push(id);
    else if (result.status !== 200) return result;
    else results.push(result.body);
  }
  const errors = missing.length
    ? [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Object not found.', context: { ids: missing } }]
    : [];
  return ok(batchEnvelope(startedAt, results, errors), errors.length ? 207 : 200);
}

function batchArchive(ctx: RouteContext): ApiResult {
  const def = objectTypeParam(ctx);
  if (!isTypeDef(def)) return def;
  const inputs = batchInputs(ctx.body, 100);
  if (!isArrayResult(inputs)) return inputs;
  const ids = inputs.map((input) => idOf((input as { id?: unknown } | null)?.id));
  if (ids.some((id) => id === undefined)) return validationError('Each input needs an "id".');
  ctx.store.archive(def.objectTypeId, ids as string[], ctx.now);
  return noContent();
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
      ctx.store.archive(def.objectTypeId, [ctx.params.id as string], ctx.now);
      return noContent();
    },
  },
];
