import type { HubSpotHttp } from './http';
import type { CrmRecord } from './types';
import { apiPaths } from './version';

export interface SearchFilter {
  propertyName: string;
  operator: 'EQ' | 'NEQ' | 'GT' | 'GTE' | 'LT' | 'LTE' | 'IN' | 'NOT_IN' | 'HAS_PROPERTY' | 'NOT_HAS_PROPERTY';
  value?: string;
  values?: string[];
}

/** Search pages hold at most 200 results (HUBSPOT.md §3). */
export const SEARCH_PAGE_LIMIT = 200;

export class SearchApi {
  constructor(private readonly http: HubSpotHttp) {}

  async page(type: string, body: { filters: SearchFilter[]; properties?: string[]; limit?: number; after?: string }, signal?: AbortSignal) {
    const { data } = await this.http.call<{ total: number; results: CrmRecord[]; paging?: { next?: { after: string } } }>({
      method: 'POST',
      path: `${apiPaths.objects(type)}/search`,
      kind: 'search',
      body: {
        filterGroups: [{ filters: body.filters }],
        // HubSpot's PublicObjectSearchRequest types sorts as strings: a property name sorts ascending.
        sorts: ['hs_object_id'],
        properties: body.properties ?? ['hs_object_id'],
        limit: body.limit ?? SEARCH_PAGE_LIMIT,
        // Optional in HubSpot's model: left out on a first page (JSON drops undefined).
        after: body.after,
      },
      signal,
    });
    return data;
  }

  /**
   * Every record matching `filters`, page by page. A search query stops at 10,000 results, so each
   * page is a fresh query sorted by `hs_object_id` ascending with `hs_object_id GT lastSeen`
   * (HubSpot's documented way past the cap). `onTotal` gets the first page's total.
   */
  async *all(
    type: string,
    filters: SearchFilter[],
    opts: { properties?: string[]; signal?: AbortSignal; onTotal?: (total: number) => void } = {},
  ) {
    let lastSeen: string | null = null;
    for (;;) {
      const cursor: SearchFilter[] = lastSeen === null ? [] : [{ propertyName: 'hs_object_id', operator: 'GT', value: lastSeen }];
      const page = await this.page(type, { filters: [...filters, ...cursor], properties: opts.properties }, opts.signal);
      if (lastSeen === null) opts.onTotal?.(page.total);
      if (page.results.length === 0) return;
      yield page.results;
      lastSeen = page.results[page.results.length - 1]!.id;
      if (page.results.length < SEARCH_PAGE_LIMIT) return;
    }
  }
}
