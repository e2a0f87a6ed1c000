import { OBJECT_TYPE_IDS, objectTypeFacts } from '@/lib/hubspot/object-types';
import type { RecordSnapshot } from '@/lib/db/rows';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { type RecordError, realFailures, recordErrorsOf } from '@/lib/jobs/core/record-errors';

/** HubSpot's IN filter takes a bounded list of values; 100 keeps a batch in one search. */
const IN_LIMIT = 100;

async function searchByValues(
  api: HubSpotApi,
  type: string,
  property: string,
  values: string[],
  extra: { propertyName: string; operator: 'GTE'; value: string }[],
  signal?: AbortSignal,
) {
  const found: { id: string; value: string }[] = [];
  for (let i = 0; i < values.length; i += IN_LIMIT) {
    const filters = [{ propertyName: property, operator: 'IN' as const, values: values.slice(i, i + IN_LIMIT) }, ...extra];
    for await (const page of api.search.all(type, filters, { properties: [property], signal })) {
      for (const r of page) {
        const value = r.properties[property];
        if (value) found.push({ id: r.id, value: value.toLowerCase() });
      }
    }
  }
  return found;
}

/**
 * Contacts whose email another active contact holds now: old ID → that contact's ID. One batch
 * read by `idProperty: email` per 100 contacts (a standard call, not the 5-per-second search).
 * `unchecked`: contacts whose email HubSpot would not look up (a 207 error other than not-found),
 * with its reason — the caller must not create them blindly, a duplicate could follow.
 */
export async function findEmailOwners(
  api: HubSpotApi,
  snapshots: RecordSnapshot[],
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

/**
 * Records a lost create answer may have made: same identifying value (email, name, …), written
 * since the create was sent. Old ID → new ID. A record without such a value (a contact with no
 * email) is matched by every value the create wrote for it (`writable`: what runUndoCreate sends),
 * among the records created since, none taken twice.
 */
export async function findLostCreates(
  api: HubSpotApi,
  type: string,
  snapshots: RecordSnapshot[],
  since: number,
  signal?: AbortSignal,
  writable?: (s: RecordSnapshot) => Record<string, string>,
): Promise<Map<string, string>> {
  // The property a person would recognise a record by (object-type facts).
  const property = objectTypeFacts(type)?.identifyingProperty ?? undefined;
  const found = new Map<string, string>();
  const byValue = new Map<string, string[]>();
  const unidentified: RecordSnapshot[] = [];
  for (const s of snapshots) {
    const value = property ? s.properties[property]?.toLowerCase() : undefined;
    if (value) byValue.set(value, [...(byValue.get(value) ?? []), s.recordId]);
    else unidentified.push(s);
  }
  // A re-created record carries its original `createdate` (writable, and written back on purpose),
  // so "made since the create was sent" is told by its last-modified time, which HubSpot sets.
  const modified = objectTypeFacts(type)?.lastModifiedProperty ?? 'hs_lastmodifieddate';
  const createdSince = [{ propertyName: modified, operator: 'GTE' as const, value: String(since - 60_000) }];
  if (property && byValue.size > 0) {
    for (const { id, value } of await searchByValues(api, type, property, [...byValue.keys()], createdSince, signal)) {
      const oldId = byValue.get(value)?.shift();
      if (oldId) found.set(oldId, id);
    }
  }
  if (writable && unidentified.length > 0) {
    const wanted = unidentified.map((s) => [s.recordId, writable(s)] as const).filter(([, values]) => Object.keys(values).length >= 2);
    const names = [...new Set(wanted.flatMap(([, values]) => Object.keys(values)))];
    const candidates: { id: string; properties: Record<string, string | null> }[] = [];
    if (wanted.length > 0)
      for await (const page of api.search.all(type, createdSince, { properties: names, signal })) candidates.push(...page);
    const taken = new Set(found.values());
    for (const [oldId, values] of wanted) {
      const hit = candidates.find((c) => !taken.has(c.id) && Object.entries(values).every(([k, v]) => c.properties[k] === v));
      if (hit) {
        found.set(oldId, hit.id);
        taken.add(hit.id);
      }
    }
  }
  return found;
}
