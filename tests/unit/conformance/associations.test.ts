/**
 * Association routes the extension uses (lib/hubspot/api/associations.ts) and the other spellings
 * the sandbox serves, checked against HubSpot's official models (crm/associations/v4 and its
 * schema module; the legacy v3 per-record shape from crm/objects).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeIds } from '../sandbox/client';
import { expectModel, type Harness, openHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.sandbox.close());

const withCompany = () =>
  activeIds(h.sandbox, 'contacts').filter((id) => h.sandbox.store.associationsOf('contacts', id, { toType: 'companies' }).length > 0);

describe('associations: batch read', () => {
  it('207 (one record without any): BatchResponsePublicAssociationMultiWithLabelWithErrors; body: BatchInputPublicFetchAssociationsBatchRequest', async () => {
    const [id] = withCompany();
    const found = await h.api.associations.readAll('contacts', 'companies', [id!, '1']);
    expect(found.get(id!)?.length).toBeGreaterThan(0);
    expect(found.errors).toEqual([]); // "no associations found" is not a failure
    const call = h.last('/batch/read');
    expect(call.status).toBe(207);
    expectModel('crm/associations/v4', 'BatchInputPublicFetchAssociationsBatchRequest', call.requestBody);
    expectModel('crm/associations/v4', 'BatchResponsePublicAssociationMultiWithLabelWithErrors', call.responseBody);
  });

  it('200: BatchResponsePublicAssociationMultiWithLabel; injected failures come back in `errors`', async () => {
    const [a, b] = withCompany();
    await h.api.associations.readAll('contacts', 'companies', [a!]);
    expect(h.last('/batch/read').status).toBe(200);
    expectModel('crm/associations/v4', 'BatchResponsePublicAssociationMultiWithLabel', h.last('/batch/read').responseBody);
    h.sandbox.faults.set({ recordErrors: { ids: [b!] } });
    try {
      const found = await h.api.associations.readAll('contacts', 'companies', [a!, b!]);
      expect(found.has(b!)).toBe(false);
      expect(found.errors).toEqual([expect.objectContaining({ category: 'VALIDATION_ERROR', context: { ids: [b] } })]);
    } finally {
      h.sandbox.faults.set({ recordErrors: null });
    }
  });
});

describe('associations: create, archive, labels, per-record reads', () => {
  it('create: BatchResponseLabelsBetweenObjectPair; body: BatchInputPublicAssociationMultiPost', async () => {
    const [contact] = activeIds(h.sandbox, 'contacts');
    const [company] = activeIds(h.sandbox, 'companies');
    const created = await h.api.associations.batchCreate('contacts', 'companies', [
      { from: { id: contact! }, to: { id: company! }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 }] },
    ]);
    expect(created.results[0]).toMatchObject({ fromObjectId: contact, toObjectId: company });
    const call = h.last('/batch/create');
    expectModel('crm/associations/v4', 'BatchInputPublicAssociationMultiPost', call.requestBody);
    expectModel('crm/associations/v4', 'BatchResponseLabelsBetweenObjectPair', call.responseBody);
  });

  it('archive: 204 on the legacy v4 path, 200 with a batch response on the dated paths', async () => {
    const [a, b, c] = withCompany();
    const input = (id: string) => ({
      inputs: [
        { from: { id }, to: h.sandbox.store.associationsOf('contacts', id, { toType: 'companies' }).map((t) => ({ id: t.toObjectId })) },
      ],
    });
    expectModel('crm/associations/v4', 'BatchInputPublicAssociationMultiArchive', input(a!));
    expect((await h.raw.post('/crm/v4/associations/contacts/companies/batch/archive', input(a!))).status).toBe(204);
    for (const [date, id] of [
      ['2026-03', b],
      ['2026-09', c],
    ] as const) {
      const reply = await h.raw.post(`/crm/associations/${date}/contacts/companies/batch/archive`, input(id!));
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ status: 'COMPLETE', results: [], startedAt: expect.any(String), completedAt: expect.any(String) });
    }
  });

  it('labels: CollectionResponseAssociationSpecWithLabelNoPaging, on every path spelling', async () => {
    const labels = await h.api.associations.labels('contacts', 'companies');
    expect(labels.map((l) => l.typeId)).toEqual(expect.arrayContaining([279, 1]));
    for (const path of ['/crm/v4/associations', '/crm/associations/v4', '/crm/associations/2026-03', '/crm/associations/2026-09']) {
      const reply = await h.raw.get(`${path}/contacts/companies/labels`);
      expect(reply.status, path).toBe(200);
      expectModel('crm/associations/v4/schema', 'CollectionResponseAssociationSpecWithLabelNoPaging', reply.body, path);
    }
  });

  it('one record: v4 shape on /crm/v4/objects and the dated paths, v3 shape on /crm/v3/objects', async () => {
    const [id] = withCompany();
    for (const base of ['/crm/v4/objects', '/crm/objects/2026-03', '/crm/objects/2026-09']) {
      const reply = await h.raw.get(`${base}/contacts/${id}/associations/companies`);
      expectModel('crm/associations/v4', 'CollectionResponseMultiAssociatedObjectWithLabelForwardPaging', reply.body, base);
    }
    const v3 = await h.raw.get(`/crm/v3/objects/contacts/${id}/associations/companies`);
    expectModel('crm/objects', 'CollectionResponseAssociatedId', v3.body);
    expect(v3.body.results[0]).toEqual({ id: expect.any(String), type: expect.stringMatching(/^contact_to_company/) });
  });
});
