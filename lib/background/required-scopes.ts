import { objectTypeFacts } from '@/lib/hubspot/object-types';

export type JobMode = 'delete' | 'gdprDelete' | 'removeFromList';

/**
 * Scopes a private app token needs to snapshot, delete and undo records of a type (HUBSPOT.md §2;
 * per type in lib/hubspot/object-type-table.ts).
 * Checked before a job starts so a missing scope is explained up front instead of pausing the
 * job half-way; HubSpot's own 403 MISSING_SCOPES still pauses a job if the check was incomplete.
 */
export function requiredScopes(objectTypeId: string, mode: JobMode): string[] {
  const scopes = objectTypeFacts(objectTypeId)?.scopes;
  const object = scopes ? [...new Set([...scopes.read, ...scopes.write])] : [];
  if (mode === 'removeFromList') return ['crm.lists.read', 'crm.lists.write'];
  // A restorable delete snapshots list memberships; undo re-adds them.
  return mode === 'delete' ? [...object, 'crm.lists.read'] : object;
}

export function missingScopes(granted: readonly string[], required: readonly string[]): string[] {
  return required.filter((scope) => !granted.includes(scope));
}
