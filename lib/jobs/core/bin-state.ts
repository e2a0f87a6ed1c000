import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { type RecordError, realFailures, recordErrorsOf } from './record-errors';

/** Where a delete job's records are now, by their original IDs. */
export interface BinState {
  /** Active again, same ID (restored in HubSpot by someone). */
  active: string[];
  /** In HubSpot's recycle bin (archived), with the properties asked for (a contact's email). */
  inBin: { id: string; properties: Record<string, string | null> }[];
  /** Neither active nor archived: purged after 90 days, or permanently deleted. */
  purged: string[];
  /** HubSpot would not read them (a 207 error other than not-found): where they are is unknown. */
  unreadable: RecordError[];
}

/**
 * Classifies records by two batch reads of the original IDs (HUBSPOT.md §7: deleted records stay
 * readable with `archived=true`): active first, then the rest among archived ones. ≤100 IDs.
 */
export async function readBinState(
  api: HubSpotApi,
  type: string,
  ids: readonly string[],
  binProperties: string[] = ['hs_object_id'],
  signal?: AbortSignal,
): Promise<BinState> {
  const state: BinState = { active: [], inBin: [], purged: [], unreadable: [] };
  if (ids.length === 0) return state;
  const live = await readOnce(api, type, [...ids], ['hs_object_id'], false, signal);
  state.active = live.found.map((r) => r.id);
  const rest = ids.filter((id) => !live.found.some((r) => r.id === id) && !live.unreadable.has(id));
  const archived = rest.length > 0 ? await readOnce(api, type, rest, binProperties, true, signal) : undefined;
  state.inBin = archived?.found ?? [];
  const inBin = new Set(state.inBin.map((r) => r.id));
  const unreadable = new Map([...live.unreadable, ...(archived?.unreadable ?? [])]);
  state.unreadable = [...unreadable.values()];
  state.purged = rest.filter((id) => !inBin.has(id) && !unreadable.has(id));
  return state;
}

async function readOnce(api: HubSpotApi, type: string, ids: string[], properties: string[], archived: boolean, signal?: AbortSignal) {
  const { results, errors } = await api.objects.batchRead(type, ids, properties, { archived, signal });
  const sent = new Set(ids);
  const found = results.filter((r) => sent.has(String(r.id))).map((r) => ({ id: String(r.id), properties: r.properties }));
  const named = recordErrorsOf(errors, ids, `objects.batchRead${archived ? '?archived=true' : ''}`);
  const unreadable = new Map(realFailures(named).map((e) => [e.id, e]));
  // An error naming no record (or another one): records neither found nor named as not found are unknown.
  if (named.unknown) {
    const foundIds = new Set(found.map((r) => r.id));
    for (const id of ids) if (!foundIds.has(id) && !named.byId.has(id)) unreadable.set(id, { id, category: 'UNKNOWN', message: '' });
  }
  return { found, unreadable };
}
