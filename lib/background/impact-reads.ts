import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import type { BatchError, CrmRecord } from '@/lib/hubspot/api/types';
import { STANDARD_OBJECT_TYPE_IDS, isCustomObjectTypeId, objectTypeFacts } from '@/lib/hubspot/object-types';

// The reads behind the confirmation's impact (selection-impact.ts), each over the sample of records.

const LIST_NAMES_SHOWN = 5;

/** toType → record → associated IDs, for every type the records can be associated with. */
export async function readAssociations(
  api: HubSpotApi,
  type: string,
  ids: string[],
): Promise<Map<string, Map<string, string[]>> & { errors: BatchError[] }> {
  const found = Object.assign(new Map<string, Map<string, string[]>>(), { errors: [] as BatchError[] });
  const targets = isCustomObjectTypeId(type) ? [...STANDARD_OBJECT_TYPE_IDS, type] : STANDARD_OBJECT_TYPE_IDS;
  await Promise.all(
    targets.map(async (toType) => {
      try {
        const read = await api.associations.readAll(type, toType, ids);
        found.set(toType, new Map([...read].map(([id, records]) => [id, records.map((r) => r.toObjectId)])));
        found.errors.push(...read.errors);
      } catch (error) {
        // HubSpot answers 400 for type pairs that cannot be associated: nothing to count there.
        if (!(error instanceof HubSpotError && error.kind === 'invalid')) throw error;
      }
    }),
  );
  return found;
}

/** Memberships of the records' lists: how many, which lists, and the first few lists' names. */
export async function readLists(api: HubSpotApi, type: string, ids: string[]) {
  const memberships = await api.lists.recordMemberships(type, ids);
  const listIds = [...new Set([...memberships.values()].flat().map((m) => m.listId))];
  const total = [...memberships.values()].reduce((sum, lists) => sum + lists.length, 0);
  const named = await Promise.all(
    listIds.slice(0, LIST_NAMES_SHOWN).map((id) =>
      api.lists.get(id).then(
        (l) => l.name,
        () => `#${id}`,
      ),
    ),
  );
  return { memberships: total, listIds, listNames: named, errors: memberships.errors };
}

/** Deals whose stage is not closed (`isClosed`), tickets whose stage is not CLOSED (`ticketState`). */
export async function countOpen(api: HubSpotApi, type: string, records: CrmRecord[]): Promise<number> {
  const facts = objectTypeFacts(type)!;
  const props = facts.board!;
  const pipelines = await api.metadata.pipelines(facts.apiName);
  const closed = pipelines.flatMap((p) =>
    p.stages
      .filter((s) => s.metadata?.isClosed === 'true' || s.metadata?.ticketState === 'CLOSED')
      .map((s) => ({ pipeline: p.id, stage: s.id })),
  );
  // Stage IDs are unique per pipeline only; without a pipeline value, any pipeline's closed stage counts.
  const isClosed = (pipeline: string | null | undefined, stage: string) =>
    closed.some((c) => c.stage === stage && (!pipeline || c.pipeline === pipeline));
  return records.filter((r) => {
    const stage = r.properties[props.stage];
    return Boolean(stage) && !isClosed(r.properties[props.pipeline], stage!);
  }).length;
}
