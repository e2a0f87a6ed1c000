/**
 * Scopes a private app token needs to snapshot, delete and undo records of a type (HUBSPOT.md §2).
 * Checked before a job starts so a missing scope is explained up front instead of pausing the
 * job half-way; HubSpot's own 403 MISSING_SCOPES still pauses a job if the check was incomplete.
 */
const OBJECT_SCOPES: Record<string, string[]> = {
  '0-1': ['crm.objects.contacts.read', 'crm.objects.contacts.write'],
  '0-2': ['crm.objects.companies.read', 'crm.objects.companies.write'],
  '0-3': ['crm.objects.deals.read', 'crm.objects.deals.write'],
  '0-5': ['tickets'],
};

export type JobMode = 'delete' | 'gdprDelete' | 'removeFromList';

export function requiredScopes(objectTypeId: string, mode: JobMode): string[] {
  const object =
    OBJECT_SCOPES[objectTypeId] ?? (objectTypeId.startsWith('2-') ? ['crm.objects.custom.read', 'crm.objects.custom.write'] : []);
  if (mode === 'removeFromList') return ['crm.lists.read', 'crm.lists.write'];
  // A restorable delete snapshots list memberships; undo re-adds them.
  return mode === 'delete' ? [...object, 'crm.lists.read'] : object;
}

export function missingScopes(granted: readonly string[], required: readonly string[]): string[] {
  return required.filter((scope) => !granted.includes(scope));
}
