import type { FailedRecord } from '@/lib/db/rows';
import type { SnapshotCapture } from '@/lib/db/snapshots-repo';
import type { CrmRecord } from '@/lib/hubspot/api/types';
import { OBJECT_NOT_FOUND, type RecordError, recordErrorsOf, refusedRecord } from '@/lib/jobs/core/record-errors';
import type { CaptureContext } from './capture-context';
import { readLinks } from './snapshot-links';

/**
 * Full snapshot of up to 100 records: every property, associations to every associated type (v4,
 * paged), and manual/snapshot list memberships (one batch call, not one per record). IDs HubSpot
 * no longer has come back in `missing` and get no row; records whose properties HubSpot would not
 * read (a 207 error other than not-found, twice) come back in `unread` and get no row either, so
 * they are never archived: without their properties nothing could bring them back.
 *
 * A record whose properties were read but whose associations or list memberships were not is
 * still snapshotted, with those parts named in `gaps`, and so still deleted. Why: the user asked
 * for the delete and its properties — what undo re-creates a record from — are safe; HubSpot's own
 * restore brings associations back (HUBSPOT.md §7), and the missing parts are reported per record
 * in the job and in the undo, never silently dropped.
 */
export async function captureBatch(
  ctx: CaptureContext,
  ids: string[],
): Promise<{ rows: SnapshotCapture[]; missing: string[]; unread: FailedRecord[] }> {
  const [properties, links] = await Promise.all([readProperties(ctx, ids), readLinks(ctx, ids)]);
  const capturedAt = Date.now();
  const rows = properties.records.map((record) => {
    const gaps = links.gaps.get(record.id);
    return {
      recordId: record.id,
      objectTypeId: ctx.objectTypeId,
      properties: record.properties,
      associations: links.associations.get(record.id) ?? [],
      lists: links.lists.get(record.id) ?? [],
      capturedAt,
      ...(gaps ? { gaps } : {}),
    };
  });
  const unread = properties.unread.map((e) => refusedRecord(e, 'record.unreadable'));
  const accounted = new Set([...rows.map((r) => r.recordId), ...unread.map((f) => f.id)]);
  return { rows, missing: ids.filter((id) => !accounted.has(id)), unread };
}

/** The batch read, its refused records read once more; results for IDs not sent are ignored. */
async function readProperties(ctx: CaptureContext, ids: string[]): Promise<{ records: CrmRecord[]; unread: RecordError[] }> {
  const records = new Map<string, CrmRecord>();
  let todo = ids;
  let unread: RecordError[] = [];
  for (let attempt = 0; attempt < 2 && todo.length > 0; attempt++) {
    const answer = await ctx.api.objects.batchRead(ctx.objectTypeId, todo, ctx.propertyNames, { signal: ctx.signal });
    const errors = recordErrorsOf(answer.errors, todo, 'objects.batchRead');
    for (const r of answer.results) {
      if (todo.includes(r.id)) records.set(r.id, r);
      else console.warn(`crm-sweep: batch read answered record ${String(r.id)}, which was not sent`);
    }
    unread = todo.flatMap((id): RecordError[] => {
      if (records.has(id)) return [];
      const error = errors.byId.get(id);
      if (error) return error.category === OBJECT_NOT_FOUND ? [] : [error];
      // Neither read nor named: gone, unless an error we could not place may have meant it.
      return errors.unknown ? [{ id, category: 'UNKNOWN', message: '' }] : [];
    });
    todo = unread.map((e) => e.id);
  }
  return { records: [...records.values()], unread };
}
