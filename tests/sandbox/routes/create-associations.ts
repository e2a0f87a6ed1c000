/**
 * The `associations` array of a create input: `[{ to: { id }, types: [{ associationCategory,
 * associationTypeId }] }]`. The target's object type follows from the association type, as in
 * HubSpot. An unknown type or a missing / archived target fails the request (400), so nothing is
 * created half-associated.
 */
import type { AssociationTypeDef } from '../crm/association-types';
import type { ObjectTypeDef } from '../crm/object-types';
import { validationError, type ApiResult } from '../http/api-result';
import type { SandboxStore } from '../store';
import { idOf } from './common';

export interface PendingAssociation {
  toId: string;
  type: AssociationTypeDef;
}

interface RawTypeSpec {
  associationCategory?: unknown;
  associationTypeId?: unknown;
}

/** Resolves `{ associationCategory, associationTypeId }` from one object type, optionally to another. */
export function resolveAssociationType(
  store: SandboxStore,
  fromTypeId: string,
  spec: RawTypeSpec,
  toTypeId?: string,
): AssociationTypeDef | ApiResult {
  const category = spec?.associationCategory;
  const typeId = Number(spec?.associationTypeId);
  const def =
    typeof category === 'string' && Number.isInteger(typeId)
      ? store.associationTypes.find(fromTypeId, category, typeId, toTypeId)
      : undefined;
  return (
    def ??
    validationError(
      `Association type ${String(category)} ${String(spec?.associationTypeId)} does not exist from ${fromTypeId}${toTypeId ? ` to ${toTypeId}` : ''}.`,
    )
  );
}

export function parseRecordAssociations(store: SandboxStore, from: ObjectTypeDef, raw: unknown): PendingAssociation[] | ApiResult {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return validationError('"associations" must be an array.');
  const pending: PendingAssociation[] = [];
  for (const item of raw as Array<{ to?: { id?: unknown }; types?: unknown }>) {
    const toId = idOf(item?.to?.id);
    if (toId === undefined || !Array.isArray(item.types) || item.types.length === 0) {
      return validationError('Each association needs "to.id" and at least one type.');
    }
    for (const spec of item.types as RawTypeSpec[]) {
      const type = resolveAssociationType(store, from.objectTypeId, spec);
      if ('status' in type) return type;
      if (!store.get(type.toObjectTypeId, toId)) {
        return validationError(`One or more associations are invalid: ${type.toObjectTypeId} ${toId} does not exist.`, {
          context: { toObjectId: [toId] },
        });
      }
      pending.push({ toId, type });
    }
  }
  return pending;
}
