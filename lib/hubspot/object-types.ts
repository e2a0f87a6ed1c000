import { STANDARD_OBJECT_TYPES, type ObjectTypeFacts } from './object-type-table';

/**
 * HubSpot object types: the facts table (object-type-table.ts) and what reads it. Type IDs are
 * `0-<n>` for standard types and `2-<n>` for custom objects (HUBSPOT.md §2); API paths accept the
 * name or the ID, pages use the ID. A type with no entry that is not custom has no facts: callers
 * treat it as they always did (not deletable, no names, no scopes).
 */
export { STANDARD_OBJECT_TYPES, type BoardProperties, type ObjectTypeFacts } from './object-type-table';

/** A type ID's shape; pages and URLs are matched with it (lib/hubspot/page). */
export const OBJECT_TYPE_ID_PATTERN = /^(?:0|2)-\d{1,12}$/;

export function isObjectTypeId(value: string): boolean {
  return OBJECT_TYPE_ID_PATTERN.test(value);
}

export function isCustomObjectTypeId(value: string): boolean {
  return value.startsWith('2-') && OBJECT_TYPE_ID_PATTERN.test(value);
}

/**
 * Every custom object has the same facts: deletable and restorable like the standard deletable
 * types, one pair of scopes for all of them, and no property known in advance to name a record by
 * (each schema picks its own). API paths take the type ID itself.
 */
export function customObjectFacts(objectTypeId: string): ObjectTypeFacts {
  return {
    apiName: objectTypeId,
    labelKey: 'object.custom',
    scopes: { read: ['crm.objects.custom.read'], write: ['crm.objects.custom.write'] },
    identifyingProperty: null,
    nameProperties: [],
    nameStyle: 'firstSet',
    csvColumns: [],
    lastModifiedProperty: 'hs_lastmodifieddate',
    bulkDelete: true,
    permanentDelete: false,
    recycleBin: true,
    uniqueEmailOnCreate: false,
    board: null,
  };
}

/** A custom type ID standing for all of them, where only what they share matters (scope lists, names). */
export const ANY_CUSTOM_OBJECT_TYPE = '2-1';

/** The facts of a type: its table entry, the custom defaults, or undefined for a type we do not know. */
export function objectTypeFacts(objectTypeId: string): ObjectTypeFacts | undefined {
  if (Object.hasOwn(STANDARD_OBJECT_TYPES, objectTypeId)) return STANDARD_OBJECT_TYPES[objectTypeId];
  return isCustomObjectTypeId(objectTypeId) ? customObjectFacts(objectTypeId) : undefined;
}

/** Standard type IDs in the table's order (the order association reads and scope lists follow). */
export const STANDARD_OBJECT_TYPE_IDS: readonly string[] = Object.keys(STANDARD_OBJECT_TYPES);

/** API name → type ID: `contacts` → `0-1`. (Marked pure, as the next: a bundle that does not read
 * them — the overlay in every HubSpot tab — drops them instead of computing them at load.) */
export const OBJECT_TYPE_IDS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.fromEntries(
  Object.entries(STANDARD_OBJECT_TYPES).map(([id, facts]) => [facts.apiName, id]),
);

/** Standard types HubSpot lets users delete (help article "Delete CRM records", HUBSPOT.md §1). */
export const DELETABLE_STANDARD_TYPES: readonly string[] = /* @__PURE__ */ STANDARD_OBJECT_TYPE_IDS.filter(
  (id) => STANDARD_OBJECT_TYPES[id]!.bulkDelete,
);

export function isDeletableObjectType(objectTypeId: string): boolean {
  return objectTypeFacts(objectTypeId)?.bulkDelete === true;
}

/** `contacts` → `0-1`; an ID passes through; anything else is null. */
export function toObjectTypeId(nameOrId: string): string | null {
  if (isObjectTypeId(nameOrId)) return nameOrId;
  return Object.hasOwn(OBJECT_TYPE_IDS, nameOrId) ? OBJECT_TYPE_IDS[nameOrId]! : null;
}

/** The type a token scope is for: a standard type's ID, ANY_CUSTOM_OBJECT_TYPE, or null (lists, schemas…). */
export function objectTypeOfScope(scope: string): string | null {
  const owns = (id: string) => {
    const { read, write } = objectTypeFacts(id)!.scopes;
    return read.includes(scope) || write.includes(scope);
  };
  return [...STANDARD_OBJECT_TYPE_IDS, ANY_CUSTOM_OBJECT_TYPE].find(owns) ?? null;
}

/** A record's page on the UI domain: the same shape for every type (HUBSPOT.md §5). */
export function recordPath(portalId: string, objectTypeId: string, recordId: string): string {
  return `/contacts/${portalId}/record/${objectTypeId}/${recordId}`;
}

/** A type's restore page on the UI domain, where admins restore archived records (HUBSPOT.md §3, §7). */
export function recycleBinPath(portalId: string, objectTypeId: string): string {
  return `/recycling-bin/${portalId}/restore/${objectTypeId}`;
}
