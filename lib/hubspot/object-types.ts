/**
 * HubSpot object type IDs (HUBSPOT.md §2). API paths accept either the name or the ID; pages use
 * the ID. Custom objects are `2-<n>`.
 */
export const OBJECT_TYPE_IDS = {
  contacts: '0-1',
  companies: '0-2',
  deals: '0-3',
  tickets: '0-5',
  tasks: '0-27',
  notes: '0-46',
  meetings: '0-47',
  calls: '0-48',
  emails: '0-49',
} as const;

export type StandardObjectName = keyof typeof OBJECT_TYPE_IDS;

/** Object types HubSpot lets users delete (help article "Delete CRM records"). */
export const DELETABLE_STANDARD_TYPES: readonly string[] = ['0-1', '0-2', '0-3', '0-5', '0-48'];

const OBJECT_TYPE_ID = /^(0|2)-\d{1,12}$/;

export function isObjectTypeId(value: string): boolean {
  return OBJECT_TYPE_ID.test(value);
}

export function isCustomObjectTypeId(value: string): boolean {
  return value.startsWith('2-') && OBJECT_TYPE_ID.test(value);
}

export function isDeletableObjectType(objectTypeId: string): boolean {
  return DELETABLE_STANDARD_TYPES.includes(objectTypeId) || isCustomObjectTypeId(objectTypeId);
}

/** `contacts` → `0-1`; an ID passes through; anything else is null. */
export function toObjectTypeId(nameOrId: string): string | null {
  if (isObjectTypeId(nameOrId)) return nameOrId;
  return (OBJECT_TYPE_IDS as Record<string, string>)[nameOrId] ?? null;
}
