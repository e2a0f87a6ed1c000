/**
 * Runs a CRM search over one object type's active records: filter groups, the free-text `query`,
 * and one sort (HubSpot accepts a single sort). With no sort, results come in creation order,
 * which here is ascending ID, so `hs_object_id` ascending costs no sorting at all — that is the
 * order a client uses to page past the 10,000-result cap with `hs_object_id GT lastSeen`.
 */
import { compareTyped, compileFilterGroups, type FilterGroup, type TypeOf } from './filters';
import type { CrmRecord } from './record-table';

export interface SortSpec {
  propertyName: string;
  direction: 'ASCENDING' | 'DESCENDING';
}

export interface SearchSpec {
  filterGroups?: readonly FilterGroup[];
  sorts?: readonly SortSpec[];
  query?: string;
}

export interface SearchSource {
  records: Iterable<CrmRecord>;
  read(record: CrmRecord, propertyName: string): string | null;
  typeOf: TypeOf;
  queryProperties: readonly string[];
}

export function runSearch(source: SearchSource, spec: SearchSpec): CrmRecord[] {
  const matchesFilters = compileFilterGroups(spec.filterGroups ?? [], source.typeOf, source.read);
  const words = (spec.query ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches: CrmRecord[] = [];
  for (const record of source.records) {
    if (!matchesFilters(record)) continue;
    if (
      words.length > 0 &&
      !matchesQuery(
        words,
        source.queryProperties.map((n) => source.read(record, n)),
      )
    )
      continue;
    matches.push(record);
  }
  const sort = spec.sorts?.[0];
  if (!sort || sort.propertyName === 'hs_object_id') {
    return sort?.direction === 'DESCENDING' ? matches.reverse() : matches;
  }
  // Decorate once so a large sort does not re-derive values (dates, calculated) per comparison.
  const type = source.typeOf(sort.propertyName);
  const sign = sort.direction === 'DESCENDING' ? -1 : 1;
  const keyed = matches.map((record, index) => ({ record, index, key: source.read(record, sort.propertyName) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null || a.key === '' || b.key === '') {
      const aMissing = a.key === null || a.key === '';
      const bMissing = b.key === null || b.key === '';
      // Records without a value go last either way; ties keep ID order.
      if (aMissing !== bMissing) return aMissing ? 1 : -1;
      return a.index - b.index;
    }
    return sign * compareTyped(type, a.key, b.key) || a.index - b.index;
  });
  return keyed.map((k) => k.record);
}

/** Every query word must occur in one of the searchable properties (case-insensitive). */
function matchesQuery(words: readonly string[], values: ReadonlyArray<string | null>): boolean {
  const haystack = values
    .filter((v): v is string => !!v)
    .join(' ')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}
