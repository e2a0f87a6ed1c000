import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/server';
import { activeIds, openSandbox, type Client } from './client';

let sandbox: Sandbox;
let api: Client;
beforeAll(async () => ({ sandbox, api } = await openSandbox({ seed: 6 })));
afterAll(() => sandbox.close());

describe('recordErrors: per-record 207 failures on demand', () => {
  it('batch archive: 207 naming the failed IDs; the others are archived', async () => {
    const [a, b] = activeIds(sandbox, 'deals');
    sandbox.faults.set({ recordErrors: { ids: [a!] } });
    const reply = await api.post('/crm/objects/2026-09/deals/batch/archive', { inputs: [{ id: a }, { id: b }] });
    sandbox.faults.set({ recordErrors: null });
    expect(reply.status).toBe(207);
    expect(reply.body).toMatchObject({ status: 'COMPLETE', results: [], numErrors: 1 });
    expect(reply.body.errors[0]).toEqual(
      expect.objectContaining({ category: 'VALIDATION_ERROR', context: { ids: [a] }, errors: [], links: {} }),
    );
    expect(sandbox.store.get('deals', a!)).toBeDefined();
    expect(sandbox.store.get('deals', b!)).toBeUndefined();
  });

  it('association create: 207 for a chosen from-ID, limited by onlyRoutes', async () => {
    const [contact] = activeIds(sandbox, 'contacts');
    const [company] = activeIds(sandbox, 'companies');
    sandbox.faults.set({ recordErrors: { ids: [contact!] }, onlyRoutes: ['associations/{fromObjectType}/{toObjectType}/batch/create'] });
    const inputs = [
      { from: { id: contact }, to: { id: company }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 }] },
    ];
    const failed = await api.post('/crm/v4/associations/contacts/companies/batch/create', { inputs });
    expect(failed.status).toBe(207);
    expect((await api.post('/crm/v3/objects/contacts/batch/read', { properties: [], inputs: [{ id: contact }] })).status).toBe(200);
    sandbox.faults.clear();
    expect((await api.post('/crm/associations/2026-03/contacts/companies/batch/create', { inputs })).status).toBe(201);
  });
});

describe('strictBodies: fields HubSpot’s models mark required', () => {
  it('refuses a batch read without propertiesWithHistory and a batch create without associations', async () => {
    const [id] = activeIds(sandbox, 'contacts');
    sandbox.faults.set({ strictBodies: true });
    const read = await api.post('/crm/v3/objects/contacts/batch/read', { properties: [], inputs: [{ id }] });
    const create = await api.post('/crm/v3/objects/companies/batch/create', { inputs: [{ properties: { name: 'x' } }] });
    sandbox.faults.clear();
    expect([read.status, create.status]).toEqual([400, 400]);
    expect(read.body.category).toBe('VALIDATION_ERROR');
    expect((await api.post('/crm/v3/objects/contacts/batch/read', { properties: [], inputs: [{ id }] })).status).toBe(200);
  });

  it('always refuses wrong types', async () => {
    const reply = await api.post('/crm/v3/objects/contacts/batch/read', { propertiesWithHistory: 'email', inputs: [{ id: '1' }] });
    expect(reply.status).toBe(400);
  });
});
