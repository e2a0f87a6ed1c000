/**
 * Creating records (HUBSPOT.md §3 "create many"): ≤100 inputs, 201 with the created records
 * (`BatchResponseSimplePublicObject`). For contacts one taken email (among active contacts) fails
 * the whole batch with 409 CONFLICT "Contact already exists. Existing ID: N", naming only the first.
 * Inputs an injected record fault picks (record-faults.ts) fail one by one with 2026-09's
 * validation of required properties (HUBSPOT.md §7): the answer is then 207 with `errors` beside
 * the records that were created (`BatchResponseSimplePublicObjectWithErrors`). The input model
 * `SimplePublicObjectInputForCreate` has `properties` and `associations`; a missing `associations`
 * is refused only under the strictBodies fault.
 */
import { apiError, ok, validationError, type ApiResult } from '../http/api-result';
import type { RouteContext } from '../http/router';
import { ContactConflictError } from '../store';
import { missingRequiredProperty, type StandardError } from './batch-errors';
import { batchEnvelope, batchInputs, isArrayResult, isTypeDef, objectTypeParam } from './common';
import { parseRecordAssociations, type PendingAssociation } from './create-associations';
import { validateProperties } from './property-validation';
import { toApiRecord } from './record-view';

/** `objectWriteTraceId` is the client's own tag for an input; HubSpot echoes it on the result. */
interface CreateInput {
  properties: Record<string, string>;
  associations: PendingAssociation[];
  objectWriteTraceId?: string;
}

type RawInput = { properties?: unknown; associations?: unknown; objectWriteTraceId?: unknown } | null;

/** Validates create inputs, then checks emails: apart from injected per-input failures, all-or-nothing. */
function prepareCreates(ctx: RouteContext, typeId: string, inputs: unknown[], batch: boolean) {
  const def = ctx.store.objectTypes.require(typeId);
  const prepared: CreateInput[] = [];
  const errors: StandardError[] = [];
  for (const [index, input] of inputs.entries()) {
    const raw = input as RawInput;
    if (batch && ctx.faults.strictBodies && raw?.associations === undefined)
      return validationError('Invalid input JSON: "associations" is required on each input.');
    const properties = validateProperties(ctx.store, def, raw?.properties ?? {});
    if (!properties.ok) return properties.error;
    const associations = parseRecordAssociations(ctx.store, def, raw?.associations);
    if (!Array.isArray(associations)) return associations;
    const traceId = typeof raw?.objectWriteTraceId === 'string' ? raw.objectWriteTraceId : undefined;
    const missing = batch ? ctx.faults.failsInput(index, traceId) : undefined;
    if (missing !== undefined) errors.push(missingRequiredProperty(missing, traceId));
    else prepared.push({ properties: properties.values, associations, ...(traceId !== undefined ? { objectWriteTraceId: traceId } : {}) });
  }
  if (def.objectTypeId === '0-1') {
    const emails = new Set<string>();
    for (const { properties } of prepared) {
      const email = properties.email?.trim().toLowerCase();
      if (!email) continue;
      const holder = ctx.store.contactByEmail(email);
      if (holder) return apiError(409, 'CONFLICT', new ContactConflictError(holder.id).message);
      if (emails.has(email)) return validationError(`Duplicate email in batch input: ${email}`);
      emails.add(email);
    }
  }
  return { prepared, errors };
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

export function create(ctx: RouteContext, batch: boolean): ApiResult {
  const startedAt = Date.now();
  const def = objectTypeParam(ctx);
  if (!isTypeDef(def)) return def;
  const inputs = batch ? batchInputs(ctx.body, 100) : [ctx.body ?? {}];
  if (!isArrayResult(inputs)) return inputs;
  const checked = prepareCreates(ctx, def.objectTypeId, inputs, batch);
  if ('status' in checked) return checked;
  const results = createAll(ctx, def.objectTypeId, checked.prepared);
  if (!batch) return ok(results[0], 201);
  return ok(batchEnvelope(startedAt, results, checked.errors), checked.errors.length > 0 ? 207 : 201);
}
