import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { OBJECT_NOT_FOUND, type RecordError, recordErrorsOf } from '@/lib/jobs/core/record-errors';

/**
 * Which records HubSpot shows archived (batch read with `archived=true`, HUBSPOT.md §3/§7). A
 * record the read names as not found is not archived; one it fails otherwise (or an answer we cannot
 * place) is read once more, then `unverified` with HubSpot's reason: never taken as archived.
 */
export async function readArchivedState(
  api: HubSpotApi,
  type: string,
  ids: string[],
  signal?: AbortSignal,
): Promise<{ archived: Set<string>; unverified: Map<string, RecordError> }> {
  const archived = new Set<string>();
  let unverified = new Map<string, RecordError>();
  let todo = ids;
  for (let attempt = 0; attempt < 2 && todo.length > 0; attempt++) {
    const { results, errors } = await api.objects.batchRead(type, todo, ['hs_object_id'], { archived: true, signal });
    const found = recordErrorsOf(errors, todo, 'objects.batchRead?archived');
    const seen = new Set<string>();
    for (const r of results) {
      if (!todo.includes(r.id)) console.warn(`crm-sweep: verify read answered record ${String(r.id)}, which was not sent`);
      else {
        seen.add(r.id);
        if (r.archived !== false) archived.add(r.id);
      }
    }
    unverified = new Map();
    for (const id of todo) {
      if (seen.has(id)) continue;
      const error = found.byId.get(id);
      if (error && error.category !== OBJECT_NOT_FOUND) unverified.set(id, error);
      else if (!error && found.unknown) unverified.set(id, { id, category: 'UNKNOWN', message: '' });
    }
    todo = [...unverified.keys()];
  }
  return { archived, unverified };
}
