/**
 * Objects routes the extension uses (lib/hubspot/api/objects.ts, search.ts), through its own
 * client against the sandbox, each request and answer checked against HubSpot's official models.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION } from '@/lib/hubspot/api/version';
import { activeIds } from '../sandbox/client';
import { expectModel, type Harness, openHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.sandbox.close());

describe('objects: batch read', () => {
  it('200: BatchResponseSimplePublicObject; body: BatchReadInputSimplePublicObjectId', async () => {
    const ids = activeIds(h.sandbox, 'contacts').slice(0, 3);
    const read = await h.api.objects.batchRead('contacts', ids, ['email', 'firstname']);
    expect(read.results).toHaveLength(3);
    const call = h.last('/batch/read');
    expect(call.path).toContain(`/crm/objects/${API_VERSION}/contacts/`);
    expect(call.status).toBe(200);
    expectModel('crm/objects', 'BatchReadInputSimplePublicObjectId', call.requestBody);
    expectModel('crm/objects', 'BatchResponseSimplePublicObject', call.responseBody);
  });

  it('207 for unknown IDs: BatchResponseSimplePublicObjectWithErrors with complete StandardErrors', async () => {
    const [id] = activeIds(h.sandbox, 'companies');
    const read = await h.api.objects.batchRead('companies', [id!, '1'], ['name']);
    expect(read.missing).toEqual(['1']);
    expect(read.errors).toEqual([expect.objectContaining({ category: 'OBJECT_NOT_FOUND', context: { ids: ['1'] } })]);
    expect(h.last('/batch/read').status).toBe(207);
    expectModel('crm/objects', 'BatchResponseSimplePublicObjectWithErrors', h.last('/batch/read').responseBody);
  });

  it('archived=true reads the recycle bin with archived and archivedAt', async () => {
    const [id] = activeIds(h.sandbox, 'deals');
    await h.api.objects.batchArchive('deals', [id!]);
    const read = await h.api.objects.batchRead('deals', [id!], ['dealname'], { archived: true });
    expect(read.results[0]).toMatchObject({ id, archived: true, archivedAt: expect.any(String) });
    expectModel('crm/objects', 'BatchResponseSimplePublicObject', h.last('/batch/read').responseBody);
  });

  it('an injected per-record fault comes back typed in `errors`', async () => {
    const ids = activeIds(h.sandbox, 'tickets').slice(0, 2);
    h.sandbox.faults.set({ recordErrors: { ids: [ids[0]!], category: 'RESOURCE_LOCKED' } });
    try {
      const read = await h.api.objects.batchRead('tickets', ids, ['subject']);
      expect(read.results.map((r) => r.id)).toEqual([ids[1]]);
      expect(read.errors).toEqual([expect.objectContaining({ category: 'RESOURCE_LOCKED', context: { ids: [ids[0]] } })]);
      expectModel('crm/objects', 'BatchResponseSimplePublicObjectWithErrors', h.last('/batch/read').responseBody);
    } finally {
      h.sandbox.faults.set({ recordErrors: null });
    }
  });
});

describe('objects: batch create and archive', () => {
  it('201: BatchResponseSimplePublicObject; body: BatchInputSimplePublicObjectBatchInputForCreate', async () => {
    const created = await h.api.objects.batchCreate('companies', [{ properties: { name: 'Conformance Ltd' }, objectWriteTraceId: 't1' }]);
    expect(created).toHaveLength(1);
    expect(created.errors).toEqual([]);
    const call = h.last('/batch/create');
    expect(call.status).toBe(201);
    expectModel('crm/objects', 'BatchInputSimplePublicObjectBatchInputForCreate', call.requestBody);
    expectModel('crm/objects', 'BatchResponseSimplePublicObject', call.responseBody);
  });

  it('207 with 2026-09 validation errors per input, on both path spellings', async () => {
    h.sandbox.faults.set({ recordErrors: { inputs: ['bad'], property: 'industry' } });
    try {
      const created = await h.api.objects.batchCreate('companies', [
        { properties: { name: 'Kept' }, objectWriteTraceId: 'good' },
        { properties: { name: 'Refused' }, objectWriteTraceId: 'bad' },
      ]);
      expect(created.map((r) => r.objectWriteTraceId)).toEqual(['good']);
      expect(created.errors).toEqual([
        expect.objectContaining({ category: 'VALIDATION_ERROR', context: { propertyName: ['industry'], objectWriteTraceId: ['bad'] } }),
      ]);
      expectModel('crm/objects', 'BatchResponseSimplePublicObjectWithErrors', h.last('/batch/create').responseBody);
      const legacy = await h.raw.post('/crm/v3/objects/companies/batch/create', {
        inputs: [{ properties: { name: 'Legacy' }, associations: [], objectWriteTraceId: 'bad' }],
      });
      expect(legacy.status).toBe(207);
      expectModel('crm/objects', 'BatchResponseSimplePublicObjectWithErrors', legacy.body);
    } finally {
      h.sandbox.faults.set({ recordErrors: null });
    }
  });

  it('archive: 204 with no body (the client reports no errors); body: BatchInputSimplePublicObjectId', async () => {
    const [id] = activeIds(h.sandbox, 'contacts');
    expect(await h.api.objects.batchArchive('contacts', [id!])).toEqual({ errors: [] });
    const call = h.last('/batch/archive');
    expect(call.status).toBe(204);
    expect(call.responseBody).toBeUndefined();
    expectModel('crm/objects', 'BatchInputSimplePublicObjectId', call.requestBody);
  });

  it('gdpr-delete body: PublicGdprDeleteInput', async () => {
    const [id] = activeIds(h.sandbox, 'contacts');
    await h.api.objects.gdprDelete(id!);
    expect(h.last('/gdpr-delete').status).toBe(204);
    expectModel('crm/contacts', 'PublicGdprDeleteInput', h.last('/gdpr-delete').requestBody);
  });
});

describe('objects: list, get and search', () => {
  it('list page: CollectionResponseSimplePublicObjectWithAssociationsForwardPaging', async () => {
    const page = await h.api.objects.page('contacts', { limit: 3, properties: ['hs_object_id'] });
    expect(page.after).toBeDefined();
    expectModel('crm/objects', 'CollectionResponseSimplePublicObjectWithAssociationsForwardPaging', h.last('/contacts?').responseBody);
  });

  it('associations= embeds CollectionResponseAssociatedId per type, on list and get, in every spelling', async () => {
    const withCompany = activeIds(h.sandbox, 'contacts').find(
      (id) => h.sandbox.store.associationsOf('contacts', id, { toType: 'companies' }).length > 0,
    )!;
    for (const base of ['/crm/v3/objects', '/crm/objects/2026-03', '/crm/objects/2026-09']) {
      const one = await h.raw.get(`${base}/contacts/${withCompany}?associations=companies`);
      expect(one.body.associations.companies.results[0]).toEqual({
        id: expect.any(String),
        type: expect.stringMatching(/^contact_to_company/),
      });
      expectModel('crm/objects', 'SimplePublicObjectWithAssociations', one.body, `${base} get`);
      const list = await h.raw.get(`${base}/contacts?limit=20&associations=companies`);
      expectModel('crm/objects', 'CollectionResponseSimplePublicObjectWithAssociationsForwardPaging', list.body, `${base} list`);
      expect(list.body.paging.next.link).toContain('associations=companies');
    }
  });

  it('search: CollectionResponseWithTotalSimplePublicObjectForwardPaging; body: PublicObjectSearchRequest', async () => {
    const pages = [];
    for await (const page of h.api.search.all('deals', [{ propertyName: 'hs_object_id', operator: 'HAS_PROPERTY' }])) pages.push(page);
    expect(pages.length).toBeGreaterThan(0);
    const call = h.last('/search');
    expectModel('crm/objects', 'PublicObjectSearchRequest', call.requestBody);
    expectModel('crm/objects', 'CollectionResponseWithTotalSimplePublicObjectForwardPaging', call.responseBody);
    expect(h.exchanges.find((e) => e.path.includes('/search'))?.requestBody).not.toHaveProperty('after');
  });
});
