/**
 * HubSpot's path spellings (HUBSPOT.md §2). Since 2026-03 paths carry a date version
 * (`/crm/objects/2026-03/…`); the older `/crm/v3/objects/…`, `/crm/v4/associations/…` paths still
 * work until 2027. The sandbox serves both by rewriting the dated spelling to the legacy one before
 * routing, so both answer identically and the call log shows one route template for both.
 */
export const HUBSPOT_API_DATE_VERSION = '2026-03';

/** Each dated family and the legacy prefix it replaces. */
const FAMILIES: ReadonlyArray<readonly [family: string, legacyPrefix: string]> = [
  ['objects', '/crm/v3/objects'],
  ['associations', '/crm/v4/associations'],
  ['lists', '/crm/v3/lists'],
  ['properties', '/crm/v3/properties'],
  ['pipelines', '/crm/v3/pipelines'],
];

export interface RoutablePath {
  /** The path in its legacy spelling, used for routing. */
  legacyPath: string;
  /** Turns a legacy-spelled path back into the caller's spelling (for `paging.next.link`). */
  respell(legacyPath: string): string;
}

export function toRoutablePath(pathname: string): RoutablePath {
  for (const [family, legacyPrefix] of FAMILIES) {
    const dated = `/crm/${family}/${HUBSPOT_API_DATE_VERSION}`;
    if (pathname === dated || pathname.startsWith(`${dated}/`)) {
      return {
        legacyPath: legacyPrefix + pathname.slice(dated.length),
        respell: (p) => (p.startsWith(legacyPrefix) ? dated + p.slice(legacyPrefix.length) : p),
      };
    }
  }
  return { legacyPath: pathname, respell: (p) => p };
}

/** Paths the API answers; everything else (except `/__sandbox/`) belongs to the UI pages. */
export function isApiPath(pathname: string): boolean {
  return pathname.startsWith('/crm/') || pathname.startsWith('/account-info/') || pathname.startsWith('/oauth/');
}
