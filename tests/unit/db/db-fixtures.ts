import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { deleteDb, openDb } from '@/lib/db/open';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { SnapshotCapture } from '@/lib/db/snapshots-repo';
import type { NewJob } from '@/lib/jobs/core/create-job';

const namesToDelete: string[] = [];

/** A database of its own for one test, deleted after it. */
export function freshDb(): CrmSweepDb {
  const name = freshDbName();
  return openDb(name);
}

export function freshDbName(): string {
  const name = `crm-sweep-test-${crypto.randomUUID()}`;
  namesToDelete.push(name);
  return name;
}

afterEach(async () => {
  for (const name of namesToDelete.splice(0)) await deleteDb(name);
});

/** Record IDs like HubSpot's, some beyond 2^53. */
export function recordIds(count: number, start = 9_007_199_254_740_993n): string[] {
  return Array.from({ length: count }, (_, i) => (start + BigInt(i)).toString());
}

/** A realistic snapshot row: ~25 properties, 5 associations, 2 list memberships. */
export function snapshotOf(recordId: string, capturedAt = Date.now(), objectTypeId = '0-1'): SnapshotCapture {
  const properties: Record<string, string | null> = { hs_object_id: recordId };
  for (let i = 0; i < 24; i++) properties[`property_${i}`] = i % 6 === 0 ? null : `value ${i} of record ${recordId}`;
  return {
    recordId,
    objectTypeId,
    properties,
    associations: Array.from({ length: 5 }, (_, i) => ({
      toObjectTypeId: i < 3 ? '0-2' : '0-3',
      toObjectId: `${1_000_000 + i}`,
      types: [{ category: 'HUBSPOT_DEFINED', typeId: 279 + i, label: i === 0 ? 'Primary' : null }],
    })),
    lists: [
      { listId: '17', processingType: 'MANUAL' },
      { listId: '42', processingType: 'SNAPSHOT' },
    ],
    capturedAt,
  };
}

/** A restorable delete of `ids` on a contacts table, as the popup would start it. */
export const deleteOf = (ids: string[], portalId = '123'): NewJob => ({
  kind: 'delete',
  portalId,
  objectTypeId: '0-1',
  recordIds: ids,
  source: { pageUrl: 'https://app.hubspot.com/contacts/123/objects/0-1/views/all/list', description: 'All contacts' },
});
