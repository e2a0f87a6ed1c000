/**
 * Properties, pipelines and the account (lib/hubspot/api/metadata.ts). HubSpot's official client
 * 13.5.0 has models for the first two (crm/properties, crm/pipelines); it has none for
 * account-info or the private-app token-info route, so those are checked against our own types.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION } from '@/lib/hubspot/api/version';
import { expectModel, type Harness, openHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.sandbox.close());

describe('metadata', () => {
  it('properties: CollectionResponsePropertyNoPaging, for every object type', async () => {
    for (const type of ['contacts', 'companies', 'deals', 'tickets', 'calls', 'machines']) {
      await h.api.metadata.properties(type);
      expectModel('crm/properties', 'CollectionResponsePropertyNoPaging', h.last(`/properties/${API_VERSION}/${type}`).responseBody, type);
    }
  });

  it('pipelines: CollectionResponsePipelineNoPaging', async () => {
    for (const type of ['deals', 'tickets']) {
      expect((await h.api.metadata.pipelines(type)).length).toBeGreaterThan(0);
      expectModel('crm/pipelines', 'CollectionResponsePipelineNoPaging', h.last(`/pipelines/${API_VERSION}/${type}`).responseBody, type);
    }
  });

  it('account details on the dated path (both dates) and the legacy one', async () => {
    const account = await h.api.metadata.account();
    expect(account).toMatchObject({ portalId: h.sandbox.portalId, uiDomain: expect.any(String), timeZone: expect.any(String) });
    expect(h.last('/account-info/').path).toBe(`/account-info/${API_VERSION}/details`);
    for (const path of ['/account-info/v3/details', '/account-info/2026-03/details', '/account-info/2026-09/details']) {
      expect((await h.raw.get(path)).body, path).toEqual(
        expect.objectContaining({ portalId: h.sandbox.portalId, dataHostingLocation: 'eu1' }),
      );
    }
  });

  it('token info', async () => {
    expect((await h.api.metadata.tokenInfo(h.sandbox.token)).scopes.length).toBeGreaterThan(0);
  });
});
