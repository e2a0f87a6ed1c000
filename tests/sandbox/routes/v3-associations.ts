/**
 * Associations in the legacy v3 shape: `{ results: [{ id, type }], paging? }` (official client
 * model `CollectionResponseAssociatedId` of `AssociatedId`, both fields required). HubSpot answers
 * it on `GET /crm/v3/objects/{from}/{id}/associations/{to}` and embeds it per target type under a
 * record's `associations` when a list / get call asks `associations=companies,deals`
 * (`SimplePublicObjectWithAssociations`). The v3 `type` is a name: `contact_to_company` for the
 * Primary type, `contact_to_company_unlabeled` for the default one; other labels go by type ID.
 */
import type { AssociationTypeDef } from '../crm/association-types';
import type { ObjectTypeDef } from '../crm/object-types';
import type { RouteContext } from '../http/router';
import type { CrmRecord } from '../store';
import { compareIds, indexAfter } from '../ids';
import { listParam } from './common';

const PER_RECORD = 500;

function v3TypeName(ctx: Pick<RouteContext, 'store'>, def: AssociationTypeDef): string {
  const from = ctx.store.objectTypes.resolve(def.fromObjectTypeId)?.singular ?? def.fromObjectTypeId;
  const to = ctx.store.objectTypes.resolve(def.toObjectTypeId)?.singular ?? def.toObjectTypeId;
  if (def.label === null) return `${from}_to_${to}_unlabeled`;
  return def.label === 'Primary' ? `${from}_to_${to}` : String(def.typeId);
}

/** A record's visible targets of one type, ascending, as v3 `AssociatedId`s (one per type). */
export function v3Associations(
  ctx: Pick<RouteContext, 'store'>,
  from: ObjectTypeDef,
  fromId: string,
  to: ObjectTypeDef,
  after: string | undefined,
  limit: number,
): { results: Array<{ id: string; type: string }>; paging?: { next: { after: string } } } {
  const targets = ctx.store.associations.targets(from.objectTypeId, fromId, to.objectTypeId);
  const ids = [...(targets?.keys() ?? [])].filter((id) => ctx.store.get(to.objectTypeId, id)).sort(compareIds);
  const start = after === undefined ? 0 : indexAfter(ids, after);
  const slice = ids.slice(start, start + limit);
  const results = slice.flatMap((id) => (targets?.get(id) ?? []).map((t) => ({ id, type: v3TypeName(ctx, t) })));
  const last = slice[slice.length - 1];
  return start + limit < ids.length && last ? { results, paging: { next: { after: last } } } : { results };
}

/** `associations=…` on a list / get call: the record's targets per named type; types with none are left out. */
export function embeddedAssociations(
  ctx: Pick<RouteContext, 'store' | 'query'>,
  def: ObjectTypeDef,
  record: CrmRecord,
): Record<string, ReturnType<typeof v3Associations>> | undefined {
  const names = listParam(ctx.query, 'associations');
  if (!names) return undefined;
  const out: Record<string, ReturnType<typeof v3Associations>> = {};
  for (const name of names) {
    const to = ctx.store.objectTypes.resolve(name);
    if (!to) continue;
    const found = v3Associations(ctx, def, record.id, to, undefined, PER_RECORD);
    if (found.results.length > 0) out[to.name] = found;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
