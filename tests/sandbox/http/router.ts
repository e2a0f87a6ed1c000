/**
 * Route table types and matching. Templates use the legacy spelling with `{param}` segments
 * (e.g. `POST /crm/v3/objects/{type}/batch/archive`); the template string is also what the call
 * log records, so a benchmark can count calls per endpoint for both URL spellings at once.
 */
import type { SandboxStore } from '../store';
import type { ApiResult } from './api-result';
import type { RecordFaults } from './record-faults';
import type { TokenInfo } from './tokens';

export interface RouteContext {
  store: SandboxStore;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  token: TokenInfo | null;
  portal: { portalId: number; uiDomain: string };
  /** Absolute URL for a legacy-spelled path, in the spelling the caller used (for `paging…link`). */
  link(legacyPath: string, query?: Record<string, string>): string;
  now: number;
  /** The date version of a dated spelling (`2026-03`, `2026-09`); null for the legacy spelling. */
  apiVersion: string | null;
  /** Injected per-record failures for this route (record-faults.ts). */
  faults: RecordFaults;
}

/** Every inner list is "any one of"; all groups must be satisfied. */
export type ScopeRequirement = string[][];

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Legacy path template. */
  path: string;
  /** `none` for the token-introspection route, whose credential is in the body. */
  auth?: 'bearer' | 'none';
  /** Search has its own per-second limit and omits the ten-secondly headers (HUBSPOT.md §4). */
  limit?: 'standard' | 'search' | 'none';
  /** Required scopes, or an error (e.g. unknown object type) to answer before any scope check. */
  scopes?: (ctx: Pick<RouteContext, 'params' | 'store'>) => ScopeRequirement | ApiResult;
  handle(ctx: RouteContext): ApiResult | Promise<ApiResult>;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
  template: string;
}

export function routeTemplate(route: Route): string {
  return `${route.method} ${route.path}`;
}

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch | undefined {
  const segments = path.replace(/\/+$/, '').split('/');
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.path.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let matched = true;
    for (let i = 0; i < pattern.length && matched; i++) {
      const part = pattern[i] as string;
      const actual = segments[i] as string;
      if (part.startsWith('{')) {
        try {
          params[part.slice(1, -1)] = decodeURIComponent(actual);
        } catch {
          matched = false;
        }
        matched &&= actual !== '';
      } else matched = part === actual;
    }
    if (matched) return { route, params, template: routeTemplate(route) };
  }
  return undefined;
}
