import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { type RecordError, realFailures, recordErrorsOf } from './record-errors';

/**
 * Which deleted records are active again (restored from the recycle bin): a batch read by old ID.
 * A record the read refused (a 207 error other than not-found, or an answer we cannot place) is
 * `unchecked`: it may be back, so undo must not re-create it — that could make a duplicate.
 */
export async function readBack(
  api: HubSpotApi,
  type: string,
  ids: string[],
  signal?: AbortSignal,
): Promise<{ back: string[]; unchecked: RecordError[] }> {
  const { results, errors } = await api.objects.batchRead(type, ids, ['hs_object_id'], { signal });
  const sent = new Set(ids);
  const back = new Set<string>();
  for (const r of results) {
    if (sent.has(r.id)) back.add(r.id);
    else console.warn(`crm-sweep: read-back answered record ${String(r.id)}, which was not sent`);
  }
  const found = recordErrorsOf(errors, ids, 'objects.batchRead');
  const unchecked = realFailures(found).filter((e) => !back.has(e.id));
  if (found.unknown)
    for (const id of ids) if (!back.has(id) && !found.byId.has(id)) unchecked.push({ id, category: 'UNKNOWN', message: '' });
  return { back: [...back], unchecked };
}
