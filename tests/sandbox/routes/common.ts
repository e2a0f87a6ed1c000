/** Small helpers the route modules share: object-type params, scopes, batch inputs, paging links. */
import type { ObjectTypeDef } from '../crm/object-types';
import { unknownObjectType, validationError, type ApiResult } from '../http/api-result';
import type { RouteContext, ScopeRequirement } from '../http/router';
import type { SandboxStore } from '../store';

type ParamsAndStore = Pick<RouteContext, 'params' | 'store'>;

/** Resolves a path parameter naming an object type; unknown types are HubSpot's 400. */
export function objectTypeParam(ctx: ParamsAndStore, param = 'type'): ObjectTypeDef | ApiResult {
  const raw = ctx.params[param] ?? '';
  return ctx.store.objectTypes.resolve(raw) ?? unknownObjectType(raw);
}

export function isTypeDef(value: ObjectTypeDef | ApiResult): value is ObjectTypeDef {
  return (value as ObjectTypeDef).objectTypeId !== undefined;
}

/** Scope requirement: read (or write) access to the object types named by the given params. */
export function objectScopes(access: 'read' | 'write', ...params: string[]) {
  return (ctx: ParamsAndStore): ScopeRequirement | ApiResult => {
    const requirement: ScopeRequirement = [];
    for (const [i, param] of (params.length ? params : ['type']).entries()) {
      const def = objectTypeParam(ctx, param);
      if (!isTypeDef(def)) return def;
      // Associations: writing needs write access on the "from" side, read access on the other.
      requirement.push(access === 'write' && i === 0 ? def.writeScopes : def.readScopes);
    }
    return requirement;
  };
}

export const fixedScopes =
  (...anyOf: string[]) =>
  (): ScopeRequirement => [anyOf];

/** `{ inputs: [...] }` with at most `max` entries (HubSpot's batch limits). */
export function batchInputs(body: unknown, max: number): unknown[] | ApiResult {
  const inputs = (body as { inputs?: unknown } | undefined)?.inputs;
  if (!Array.isArray(inputs)) return validationError('Invalid input JSON: the request body needs an "inputs" array.');
  if (inputs.length > max) {
    return validationError(`Batch input may not exceed ${max} items; got ${inputs.length}.`, {
      context: { maxInputs: [String(max)] },
    });
  }
  return inputs;
}

export function isArrayResult<T>(value: T[] | ApiResult): value is T[] {
  return Array.isArray(value);
}

/** An ID given as a string or number in a body; numbers are accepted as HubSpot does, but returned as strings. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

/** `properties=a,b` or repeated `properties=a&properties=b`. */
export function listParam(query: URLSearchParams, name: string): string[] | undefined {
  const values = query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length > 0 ? values : undefined;
}

/** A `limit` query parameter within 1..max, or a 400. */
export function limitParam(query: URLSearchParams, fallback: number, max: number): number | ApiResult {
  const raw = query.get('limit');
  if (raw === null || raw === '') return fallback;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) return validationError(`limit must be a positive integer; got ${raw}.`);
  if (limit > max) return validationError(`limit must be at most ${max}; got ${limit}.`);
  return limit;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Batch response timestamps and status, as HubSpot's batch endpoints return them. */
export function batchEnvelope(startedAt: number, results: unknown[], errors: unknown[] = []): Record<string, unknown> {
  const envelope: Record<string, unknown> = { status: 'COMPLETE', results, startedAt: iso(startedAt), completedAt: iso(Date.now()) };
  if (errors.length > 0) Object.assign(envelope, { numErrors: errors.length, errors });
  return envelope;
}

/** The `{fromObjectType}` and `{toObjectType}` of an association route, or the 400 for an unknown one. */
export function endpoints(ctx: ParamsAndStore) {
  const from = objectTypeParam(ctx, 'fromObjectType');
  if (!isTypeDef(from)) return from;
  const to = objectTypeParam(ctx, 'toObjectType');
  if (!isTypeDef(to)) return to;
  return { from, to };
}

export type Store = SandboxStore;
