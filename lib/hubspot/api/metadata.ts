import type { HubSpotHttp } from './http';
import type { AccountDetails, Pipeline, PropertyDefinition } from './types';
import { apiPaths } from './version';

/** Properties, pipelines and the account: what the engine needs to know about the portal. */
export class MetadataApi {
  constructor(private readonly http: HubSpotHttp) {}

  async properties(type: string, signal?: AbortSignal): Promise<PropertyDefinition[]> {
    const { data } = await this.http.call<{ results: PropertyDefinition[] }>({ method: 'GET', path: apiPaths.properties(type), signal });
    return data.results ?? [];
  }

  async pipelines(type: 'deals' | 'tickets' | string, signal?: AbortSignal): Promise<Pipeline[]> {
    const { data } = await this.http.call<{ results: Pipeline[] }>({ method: 'GET', path: apiPaths.pipelines(type), signal });
    return data.results ?? [];
  }

  async account(signal?: AbortSignal): Promise<AccountDetails> {
    const { data } = await this.http.call<AccountDetails>({ method: 'GET', path: apiPaths.accountDetails(), signal });
    return data;
  }

  /** A private app token's portal and scopes (HubSpot's access-token-info route). */
  async tokenInfo(token: string, signal?: AbortSignal): Promise<{ hubId?: number; scopes: string[] }> {
    const { data } = await this.http.call<{ hubId?: number; scopes?: string[] }>({
      method: 'POST',
      path: apiPaths.tokenInfo(),
      body: { tokenKey: token },
      signal,
    });
    return { hubId: data.hubId, scopes: data.scopes ?? [] };
  }
}

/** Values we may write back on re-create: not calculated, not read-only (HUBSPOT.md §3 properties). */
export function isWritableProperty(def: PropertyDefinition): boolean {
  return !def.calculated && !def.modificationMetadata?.readOnlyValue;
}
