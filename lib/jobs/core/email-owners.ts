import type { RecordSnapshot } from '@/lib/db/rows';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { OBJECT_TYPE_IDS } from '@/lib/hubspot/object-types';
import { type RecordError, realFailures, recordErrorsOf } from './record-errors';

/** HubSpot's IN filter and batch reads take a bounded list of values; 100 keeps a batch in one call. */
export const IN_LIMIT = 100;

/**
 * Contacts whose email another active contact holds now: old ID → that contact's ID. One batch
 * read by `idProperty: email` per 100 contacts (a standard call, not the 5-per-second search).
 * `unchecked`: contacts whose email HubSpot would not look up (a 207 error other than not-found),
 * with its reason — the caller must not create them blindly, a duplicate could follow.
 */
export async function findEmailOwners(
  api: HubSpotApi,
  snapshots: readonly Pick<RecordSnapshot, 'recordId' | 'properties'>[],
  signal?: AbortSignal,
): Promise<Map<string, string> & { unchecked: RecordError[] }> {
  const byEmail = new Map<string, string>();
  for (const s of snapshots) {
    const email = s.properties.email?.toLowerCase();
    if (email) byEmail.set(email, s.recordId);
  }
  const owners = Object.assign(new Map<string, string>(), { unchecked: [] as RecordError[] });
  const emails = [...byEmail.keys()];
  for (let i = 0; i < emails.length; i += IN_LIMIT) {
    const sent = emails.slice(i, i + IN_LIMIT);
    const { results, errors } = await api.objects.batchRead(OBJECT_TYPE_IDS.contacts!, sent, ['email'], { idProperty: 'email', signal });
    for (const r of results) {
      const oldId = byEmail.get(r.properties.email?.toLowerCase() ?? '');
      if (oldId && oldId !== r.id) owners.set(oldId, r.id);
    }
    const found = recordErrorsOf(
      errors.map((e) => ({ ...e, context: { ...e.context, ids: e.context?.ids?.map((id) => String(id).toLowerCase()) } })),
      sent,
      'objects.batchRead?idProperty=email',
    );
    for (const e of realFailures(found)) owners.unchecked.push({ ...e, id: byEmail.get(e.id)! });
  }
  return owners;
}
