/**
 * HubSpot's path spellings (HUBSPOT.md §2, §7). Since 2026-03 paths carry a date version
 * (`/crm/objects/2026-03/…`); 2026-09 followed on 8 Sep 2026, each supported 18 months. The older
 * `/crm/v3/objects/…`, `/crm/v4/associations/…` paths still work until 2027. The sandbox serves
 * every spelling by rewriting a dated path to the legacy one before routing, so the call log shows
 * one route template for all; a route that answers differently per version reads `apiVersion`.
 */
export const HUBSPOT_API_DATE_VERSIONS = ['2026-03', '2026-09'] as const;
export type HubSpotApiDateVersion = (typeof HUBSPOT_API_DATE_VERSIONS)[number];
/** The newest date version (what lib/hubspot/api/version.ts's API_VERSION should equal). */
export const HUBSPOT_API_DATE_VERSION: HubSpotApiDateVersion = '2026-09';

/** Each dated family and the legacy prefix it replaces. */
const FAMILIES: ReadonlyArray<readonly [datedPrefix: (version: string) => string, legacyPrefix: string]> = [
  [(v) => `/crm/objects/${v}`, '/crm/v3/objects'],
  [(v) => `/crm/associations/${v}`, '/crm/v4/associations'],
  [(v) => `/crm/lists/${v}`, '/crm/v3/lists'],
  [(v) => `/crm/properties/${v}`, '/crm/v3/properties'],
  [(v) => `/crm/pipelines/${v}`, '/crm/v3/pipelines'],
  [(v) => `/account-info/${v}`, '/account-info/v3'],
];

/** HubSpot's v4 association-schema docs spell the labels path `/crm/associations/v4/…/labels`. */
const LEGACY_ALIASES: ReadonlyArray<readonly [alias: string, legacyPrefix: string]> = [['/crm/associations/v4', '/crm/v4/associations']];

export interface RoutablePath {
  /** The path in its legacy spelling, used for routing. */
  legacyPath: string;
  /** The date version the caller used; null for a legacy spelling. */
  apiVersion: HubSpotApiDateVersion | null;
  /** Turns a legacy-spelled path back into the caller's spelling (for `paging.next.link`). */
  respell(legacyPath: string): string;
}

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

export function toRoutablePath(pathname: string): RoutablePath {
  for (const version of HUBSPOT_API_DATE_VERSIONS) {
    for (const [datedPrefix, legacyPrefix] of FAMILIES) {
      const dated = datedPrefix(version);
      if (!under(pathname, dated)) continue;
      return {
        legacyPath: legacyPrefix + pathname.slice(dated.length),
        apiVersion: version,
        respell: (p) => (p.startsWith(legacyPrefix) ? dated + p.slice(legacyPrefix.length) : p),
      };
    }
  }
  for (const [alias, legacyPrefix] of LEGACY_ALIASES) {
    if (under(pathname, alias)) {
      return {
        legacyPath: legacyPrefix + pathname.slice(alias.length),
        apiVersion: null,
        respell: (p) => (p.startsWith(legacyPrefix) ? alias + p.slice(legacyPrefix.length) : p),
      };
    }
  }
  return { legacyPath: pathname, apiVersion: null, respell: (p) => p };
}

/** Paths the API answers; everything else (except `/__sandbox/`) belongs to the UI pages. */
export function isApiPath(pathname: string): boolean {
  return pathname.startsWith('/crm/') || pathname.startsWith('/account-info/') || pathname.startsWith('/oauth/');
}
