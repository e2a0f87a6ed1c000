/**
 * Reading records (HUBSPOT.md §3 "read many", "list all"): one by ID (or by a unique property via
 * `idProperty`), cursor-paged listing (`paging.next.after`, ≤100 per page), and batch read (≤100
 * inputs; 207 with OBJECT_NOT_FOUND errors naming the missing IDs). `archived=true` reads the
 * recycle bin instead, and those records carry `archived: true` and `archivedAt`. List and get
 * honour `associations=` (official client `SimplePublicObjectWithAssociations`). Batch read's body
 * is `BatchReadInputSimplePublicObjectId`: `properties`, `propertiesWithHistory` and `inputs` are
 * required there (enforced with the strictBodies fault; wrong types are always refused).
 */
import { isCanonicalId } from '../ids';
import type { ObjectTypeDef } from '../crm/object-types';
import { objectNotFound, ok, validationError, type ApiResult } from '../http/api-result';
import type { Route, RouteContext } from '../http/router';
import type { CrmRecord } from '../store';
import { batchEnvelope, batchInputs, idOf, isArrayResult, isTypeDef, limitParam, listParam, objectScopes, objectTypeParam } from './common';
import { injectedErrors, partitionFailed, standardError } from './batch-errors';
import { toApiRecord } from './record-view';
import { embeddedAssociations } from './v3-associations';

const BASE = '/crm/v3/objects/{type}';

/** Finds a record by ID or by a unique property (`email` for contacts, custom unique properties). */
export function findRecord(
  ctx: RouteContext,
  def: ObjectTypeDef,
  key: string,
  idProperty: string | undefined,
  archived: boolean,
): CrmRecord | undefined {
  if (!idProperty || idProperty === 'hs_object_id') return ctx.store.get(def.objectTypeId, key, { archived });
  if (def.objectTypeId === '0-1' && idProperty === 'email' && !archived) return ctx.store.contactByEmail(key);
  const lower = key.toLowerCase();
  for (const record of ctx.store.table(def.objectTypeId).scan({ archived })) {
    if (record.properties[idProperty]?.toLowerCase() === lower) return record;
  }
  return undefined;
}

function getOne(ctx: RouteContext): ApiResult {
  const def = objectTypeParam(ctx);
  if (!isTypeDef(def)) return def;
  const archived = ctx.query.get('archived') === 'true';
  const id = ctx.params.id as string;
  const record = findRecord(ctx, def, id, ctx.query.get('idProperty') ?? undefined, archived);
  if (!record) return objectNotFound('Object not found.  objectId are usually numeric.', { id: [id] });
  return ok(withAssociations(ctx, def, record, listParam(ctx.query, 'properties'), listParam(ctx.query, 'propertiesWithHistory')));
}

function withAssociations(ctx: RouteContext, def: ObjectTypeDef, record: CrmRecord, properties?: string[], history?: string[]) {
  const view = toApiRecord(ctx.store, def, record, properties, history);
  const associations = embeddedAssociations(ctx, def, record);
  return associations ? { ...view, associations } : view;
}

function listPage(ctx: RouteContext): ApiResult {
  const def = objectTypeParam(ctx);
  if (!isTypeDef(def)) return def;
  const limit = limitParam(ctx.query, 10, 100);
  if (typeof limit !== 'number') return limit;
  const after = ctx.query.get('after') ?? undefined;
  if (after !== undefined && !isCanonicalId(after)) return validationError(`Invalid paging cursor: ${after}`);
  const archived = ctx.query.get('archived') === 'true';
  const properties = listParam(ctx.query, 'properties');
  const page: CrmRecord[] = [];
  let more = false;
  for (const record of ctx.store.table(def.objectTypeId).scan({ archived, afterId: after })) {
    if (page.length === limit) {
      more = true;
      break;
    }
    page.push(record);
  }
  const body: Record<string, unknown> = { results: page.map((r) => withAssociations(ctx, def, r, properties)) };
  const last = page[page.length - 1];
  if (more && last) {
    const query: Record<string, string> = { after: last.id, limit: String(limit) };
    if (properties) query.properties = properties.join(',');
    const associations = listParam(ctx.query, 'associations');
    if (associations) query.associations = associations.join(',');
    if (archived) query.archived = 'true';
    body.paging = { next: { after: last.id, link: ctx.link(`/crm/v3/objects/${ctx.params.type}`, query) } };
  }
  return ok(body);
}

function batchRead(ctx: RouteContext): ApiResult {
  const startedAt = Date.now();
  const def = objectTypeParam(ctx);
  if (!isTypeDef(def)) return def;
  const inputs = batchInputs(ctx.body, 100);
  if (!isArrayResult(inputs)) return inputs;
  const body = ctx.body as { properties?: unknown; propertiesWithHistory?: unknown; idProperty?: unknown };
  const problem = checkReadBody(body, ctx.faults.strictBodies);
  if (problem) return validationError(problem);
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  const idProperty = typeof body.idProperty === 'string' ? body.idProperty : undefined;
  const archived = ctx.query.get('archived') === 'true';
  const seen = new Set<string>();
  for (const input of inputs) {
    const key = idOf((input as { id?: unknown } | null)?.id);
    if (key === undefined) return validationError('Each input needs an "id".');
    seen.add(key);
  }
  const { failed, kept } = partitionFailed(ctx.faults, [...seen]);
  const results = [];
  const missing: string[] = [];
  for (const key of kept) {
    const record = findRecord(ctx, def, key, idProperty, archived);
    if (record) results.push(toApiRecord(ctx.store, def, record, strings(body.properties), strings(body.propertiesWithHistory)));
    else missing.push(key);
  }
  const errors = [...injectedErrors(ctx.faults, failed, 'batch read')];
  if (missing.length > 0) {
    const message = `Could not get some ${def.singular.toUpperCase()} objects, they may be deleted or not exist. Check that ids are valid.`;
    errors.push(standardError('OBJECT_NOT_FOUND', message, { ids: missing }));
  }
  return ok(batchEnvelope(startedAt, results, errors), errors.length > 0 ? 207 : 200);
}

/** Wrong types are refused as HubSpot does; missing required arrays only with strictBodies. */
function checkReadBody(body: { properties?: unknown; propertiesWithHistory?: unknown }, strict: boolean): string | undefined {
  for (const field of ['properties', 'propertiesWithHistory'] as const) {
    const value = body[field];
    if (value === undefined) {
      if (strict) return `Invalid input JSON: "${field}" is required.`;
    } else if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
      return `Invalid input JSON: "${field}" must be an array of strings.`;
  }
  return undefined;
}

export const objectReadRoutes: Route[] = [
  { method: 'GET', path: `${BASE}/{id}`, scopes: objectScopes('read'), handle: getOne },
  { method: 'GET', path: BASE, scopes: objectScopes('read'), handle: listPage },
  { method: 'POST', path: `${BASE}/batch/read`, scopes: objectScopes('read'), handle: batchRead },
];
