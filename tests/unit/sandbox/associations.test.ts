import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/server';
import { activeIds, openSandbox, type Client } from './client';

let sandbox: Sandbox;
let api: Client;
beforeAll(async () => ({ sandbox, api } = await openSandbox({ seed: 9, scale: 200 })));
afterAll(() => sandbox.close());

const read = (from: string, to: string, inputs: Array<{ id: string; after?: string }>) =>
  api.post(`/crm/v4/associations/${from}/${to}/batch/read`, { inputs });

/** A contact with a primary company. */
function contactWithCompany(skip = 0): { contactId: string; companyId: string } {
  for (const contactId of activeIds(sandbox, 'contacts')) {
    const company = sandbox.store.associationsOf('contacts', contactId, { toType: 'companies' })[0];
    if (company && skip-- <= 0) return { contactId, companyId: company.toObjectId };
  }
  throw new Error('no contact with a company');
}

describe('batch read', () => {
  it('returns from / to / associationTypes with category, typeId and label; toObjectId as a string', async () => {
    const { contactId, companyId } = contactWithCompany();
    const reply = await read('contacts', 'companies', [{ id: contactId }]);
    expect(reply.status).toBe(200);
    const result = reply.body.results[0];
    expect(result.from).toEqual({ id: contactId });
    const target = result.to.find((t: { toObjectId: string }) => t.toObjectId === companyId);
    expect(target.associationTypes).toEqual(
      expect.arrayContaining([
        { category: 'HUBSPOT_DEFINED', typeId: 279, label: null },
        { category: 'HUBSPOT_DEFINED', typeId: 1, label: 'Primary' },
      ]),
    );
    const inverse = await read('0-2', '0-1', [{ id: companyId }]);
    const back = inverse.body.results[0].to.find((t: { toObjectId: string }) => t.toObjectId === contactId);
    expect(back.associationTypes.map((t: { typeId: number }) => t.typeId).sort()).toEqual([2, 280]);
  });

  it('answers 207 with NO_ASSOCIATIONS_FOUND errors for unknown IDs', async () => {
    const { contactId } = contactWithCompany();
    const reply = await read('contacts', 'companies', [{ id: contactId }, { id: '1' }]);
    expect(reply.status).toBe(207);
    expect(reply.body.results).toHaveLength(1);
    expect(reply.body.errors[0]).toMatchObject({
      status: 'error',
      subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
      context: { fromObjectId: ['1'] },
    });
  });

  it('pages a record’s targets 500 at a time with a per-record after', async () => {
    const [contactId] = activeIds(sandbox, 'contacts');
    const noteType = sandbox.store.associationTypes.find('0-46', 'HUBSPOT_DEFINED', 202)!;
    const noteIds = Array.from({ length: 620 }, () => sandbox.store.create('notes', { hs_note_body: 'bulk' }).id);
    for (const noteId of noteIds) sandbox.store.associate('notes', noteId, contactId!, noteType);
    const expected = sandbox.store.associationsOf('contacts', contactId!, { toType: 'notes' }).map((a) => a.toObjectId);

    const first = await read('contacts', 'notes', [{ id: contactId! }]);
    expect(first.body.results[0].to).toHaveLength(500);
    const after = first.body.results[0].paging.next.after;
    expect(typeof after).toBe('string');
    const second = await read('contacts', 'notes', [{ id: contactId!, after }]);
    expect(second.body.results[0].paging).toBeUndefined();
    const seen = [...first.body.results[0].to, ...second.body.results[0].to].map((t: { toObjectId: string }) => t.toObjectId);
    expect(seen.sort()).toEqual(expected.sort());
  });

  it('accepts 1,000 inputs and refuses 1,001', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ id: String(i + 1) }));
    expect((await read('contacts', 'companies', many.slice(0, 1000))).status).toBe(207);
    expect((await read('contacts', 'companies', many)).status).toBe(400);
  });
});

describe('create and labels', () => {
  it('lists the labels between two types, HubSpot-defined and user-defined', async () => {
    const reply = await api.get('/crm/v4/associations/contacts/companies/labels');
    expect(reply.body.results).toEqual(
      expect.arrayContaining([
        { category: 'HUBSPOT_DEFINED', typeId: 279, label: null },
        { category: 'HUBSPOT_DEFINED', typeId: 1, label: 'Primary' },
        { category: 'USER_DEFINED', typeId: 101, label: 'Decision maker' },
      ]),
    );
    expect((await api.get('/crm/v4/associations/deals/contacts/labels')).body.results).toEqual([
      { category: 'HUBSPOT_DEFINED', typeId: 3, label: null },
    ]);
  });

  it('creates labeled associations, stored in both directions with the unlabeled type added', async () => {
    const contactId = activeIds(sandbox, 'contacts')[5]!;
    const companyId = activeIds(sandbox, 'companies')[7]!;
    const reply = await api.post('/crm/v4/associations/contacts/companies/batch/create', {
      inputs: [
        { from: { id: contactId }, to: { id: companyId }, types: [{ associationCategory: 'USER_DEFINED', associationTypeId: 101 }] },
      ],
    });
    expect(reply.status).toBe(201);
    expect(reply.body.results[0]).toMatchObject({ fromObjectId: contactId, toObjectId: companyId, labels: ['Decision maker'] });
    const back = await read('companies', 'contacts', [{ id: companyId }]);
    const types = back.body.results[0].to.find((t: { toObjectId: string }) => t.toObjectId === contactId).associationTypes;
    expect(types).toEqual(
      expect.arrayContaining([
        { category: 'USER_DEFINED', typeId: 102, label: 'Decision maker' },
        { category: 'HUBSPOT_DEFINED', typeId: 280, label: null },
      ]),
    );
    const bad = await api.post('/crm/v4/associations/contacts/companies/batch/create', {
      inputs: [
        { from: { id: contactId }, to: { id: companyId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 3 }] },
      ],
    });
    expect(bad.status).toBe(400);
  });
});

describe('archived records', () => {
  it('hides associations of archived records on both sides and shows them again after restore', async () => {
    const { contactId, companyId } = contactWithCompany(2);
    await api.post('/crm/v3/objects/contacts/batch/archive', { inputs: [{ id: contactId }] });
    const fromArchived = await read('contacts', 'companies', [{ id: contactId }]);
    expect(fromArchived.status).toBe(207);
    const fromCompany = await read('companies', 'contacts', [{ id: companyId }]);
    const targets = (fromCompany.body.results[0]?.to ?? []).map((t: { toObjectId: string }) => t.toObjectId);
    expect(targets).not.toContain(contactId);
    sandbox.store.restore('contacts', [contactId]);
    const restored = await read('companies', 'contacts', [{ id: companyId }]);
    expect(restored.body.results[0].to.map((t: { toObjectId: string }) => t.toObjectId)).toContain(contactId);
  });

  it('serves one record’s associations through the v4 objects route too', async () => {
    const { contactId, companyId } = contactWithCompany(1);
    const reply = await api.get(`/crm/v4/objects/contacts/${contactId}/associations/companies`);
    expect(reply.body.results.map((r: { toObjectId: string }) => r.toObjectId)).toContain(companyId);
  });
});
