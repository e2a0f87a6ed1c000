import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/server';
import { clientFor, openSandbox, type Client } from './client';

let sandbox: Sandbox;
let api: Client;
beforeAll(async () => ({ sandbox, api } = await openSandbox({ portalId: 987654 })));
afterAll(() => sandbox.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('account info', () => {
  it('describes the portal, with the sandbox itself as uiDomain', async () => {
    const reply = await api.get('/account-info/v3/details');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      portalId: 987654,
      accountType: 'STANDARD',
      timeZone: 'Europe/Copenhagen',
      companyCurrency: 'EUR',
      additionalCurrencies: [],
      utcOffset: '+01:00',
      utcOffsetMilliseconds: 3600000,
      uiDomain: new URL(sandbox.url).host,
      dataHostingLocation: 'eu1',
    });
  });

  it('hands out a token that cannot be mistaken for a real HubSpot one', () => {
    expect(sandbox.token).toMatch(/^pat-sandbox-[0-9a-f]{32}$/);
    expect(sandbox.token).not.toMatch(/^pat-(na|eu)\d-/);
  });

  it('reports a token’s scopes through the private-app token-info route, without a bearer header', async () => {
    const anonymous = clientFor(sandbox, null);
    const reply = await anonymous.post('/oauth/v2/private-apps/get/access-token-info', { tokenKey: sandbox.token });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ hubId: 987654, appId: expect.any(Number), userId: expect.any(Number) });
    expect(reply.body.scopes).toEqual(expect.arrayContaining(['crm.objects.contacts.write', 'crm.lists.read', 'tickets']));
    expect((await anonymous.post('/oauth/v2/private-apps/get/access-token-info', { tokenKey: 'nope' })).status).toBe(401);
  });
});

describe('authentication and scopes', () => {
  it('answers 401 INVALID_AUTHENTICATION without a token or with an unknown one', async () => {
    for (const client of [clientFor(sandbox, null), clientFor(sandbox, 'pat-sandbox-unknown')]) {
      const reply = await client.get('/crm/v3/objects/contacts');
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION', correlationId: expect.stringMatching(UUID) });
      expect(reply.body.message).toMatch(/^Authentication credentials not found/);
    }
  });

  it('answers 403 MISSING_SCOPES naming the scopes a route needs', async () => {
    sandbox.addToken('pat-sandbox-readonly', ['crm.objects.contacts.read']);
    const readOnly = clientFor(sandbox, 'pat-sandbox-readonly');
    expect((await readOnly.get('/crm/v3/objects/contacts?limit=1')).status).toBe(200);
    const archive = await readOnly.post('/crm/v3/objects/contacts/batch/archive', { inputs: [{ id: '101' }] });
    expect(archive.status).toBe(403);
    expect(archive.body).toMatchObject({
      status: 'error',
      category: 'MISSING_SCOPES',
      errors: [{ context: { requiredGranularScopes: ['crm.objects.contacts.write'] } }],
    });
    expect(archive.body.message).toMatch(/hasn't been granted all required scopes/);
    expect(sandbox.store.get('contacts', '101')).toBeDefined();
    const lists = await readOnly.get('/crm/v3/lists/101');
    expect(lists.body.errors[0].context.requiredGranularScopes).toEqual(['crm.lists.read', 'crm.lists.write']);
    const deals = await readOnly.post('/crm/v4/associations/contacts/deals/batch/read', { inputs: [{ id: '101' }] });
    expect(deals.body.errors[0].context.requiredGranularScopes).toEqual(['crm.objects.deals.read']);
  });

  it('needs tickets / custom scopes for tickets / custom objects and contacts write for GDPR delete', async () => {
    sandbox.addToken('pat-sandbox-contacts', ['crm.objects.contacts.read']);
    const limited = clientFor(sandbox, 'pat-sandbox-contacts');
    expect((await limited.get('/crm/v3/objects/tickets')).body.errors[0].context.requiredGranularScopes).toEqual(['tickets']);
    expect((await limited.get('/crm/v3/objects/2-7357311')).body.errors[0].context.requiredGranularScopes).toEqual([
      'crm.objects.custom.read',
    ]);
    const gdpr = await limited.post('/crm/v3/objects/contacts/gdpr-delete', { objectId: '101' });
    expect(gdpr.body.errors[0].context.requiredGranularScopes).toEqual(['crm.objects.contacts.write']);
  });
});

describe('request errors', () => {
  it('rejects malformed JSON with 400 VALIDATION_ERROR', async () => {
    const reply = await api.raw('/crm/v3/objects/contacts/batch/read', {
      method: 'POST',
      body: '{"inputs": [',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR', correlationId: expect.stringMatching(UUID) });
  });

  it('rejects an unknown object type like HubSpot (400 "Unable to infer object type")', async () => {
    const reply = await api.get('/crm/v3/objects/spaceships');
    expect(reply.status).toBe(400);
    expect(reply.body.message).toBe('Unable to infer object type from: spaceships');
  });

  it('answers 404 for unknown API paths', async () => {
    expect((await api.get('/crm/v3/nothing/here')).status).toBe(404);
  });

  it('leaves non-API paths to the UI pages: no token needed, not logged as API calls', async () => {
    sandbox.calls.clear();
    const reply = await clientFor(sandbox, null).get('/no-such-ui-page');
    expect(reply.status).not.toBe(401);
    expect(sandbox.calls.entries()).toHaveLength(0);
  });
});
