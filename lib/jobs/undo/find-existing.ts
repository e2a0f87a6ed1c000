import { objectTypeFacts } from '@/lib/hubspot/object-types';
import type { RecordSnapshot } from '@/lib/db/rows';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { IN_LIMIT } from '@/lib/jobs/core/email-owners';

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
