import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/server';
import { activeIds, openSandbox, type Client } from './client';

let sandbox: Sandbox;
let api: Client;
beforeAll(async () => ({ sandbox, api } = await openSandbox({ seed: 11, scale: 250 })));
afterAll(() => sandbox.close());

const ids = (n: number, from = 0) => activeIds(sandbox, 'contacts').slice(from, from + n);
const inputs = (list: string[]) => ({ inputs: list.map((id) => ({ id })) });

describe('reading one record', () => {
  it('returns the record shape with requested properties (unset ones as null) plus the system ones', async () => {
    const [id] = ids(1);
    const reply = await api.get(`/crm/v3/objects/contacts/${id}?properties=email,fax_number,jobtitle`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id, archived: false, createdAt: expect.any(String), updatedAt: expect.any(String) });
    expect(Object.keys(reply.body.properties).sort()).toEqual(['createdate', 'email', 'hs_object_id', 'jobtitle', 'lastmodifieddate']);
    expect(reply.body.properties.hs_object_id).toBe(id);
  });

  it('returns the default property set when none are named, and 404 for an unknown ID', async () => {
    const reply = await api.get(`/crm/v3/objects/companies/${activeIds(sandbox, 'companies')[0]}`);
    expect(Object.keys(reply.body.properties).sort()).toEqual(['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name']);
    const missing = await api.get('/crm/v3/objects/contacts/1');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 'error', category: 'OBJECT_NOT_FOUND' });
  });

  it('accepts type IDs and the custom object’s names, whose IDs exceed 2^53 and stay strings', async () => {
    for (const type of ['2-7357311', 'machines', `p${sandbox.portalId}_machines`, 'p_machines']) {
      const reply = await api.get(`/crm/v3/objects/${type}?limit=1`);
      expect(reply.status).toBe(200);
      const id: string = reply.body.results[0].id;
      expect(typeof id).toBe('string');
      expect(BigInt(id) > 2n ** 53n).toBe(true);
    }
    expect((await api.get('/crm/v3/objects/0-1?limit=1')).body.results[0].id).toBe(ids(1)[0]);
  });

  it('reads a contact by email with idProperty', async () => {
    const record = sandbox.store.get('contacts', ids(1, 3)[0]!)!;
    const reply = await api.get(`/crm/v3/objects/contacts/${encodeURIComponent(record.properties.email!)}?idProperty=email`);
    expect(reply.body.id).toBe(record.id);
  });
});

describe('listing with cursor paging', () => {
  it('pages through every active record once, ascending, following paging.next.after', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const reply = await api.get(`/crm/v3/objects/contacts?limit=100${after ? `&after=${after}` : ''}`);
      expect(reply.status).toBe(200);
      seen.push(...reply.body.results.map((r: { id: string }) => r.id));
      after = reply.body.paging?.next?.after;
      if (after) expect(reply.body.paging.next.link).toContain(`after=${after}`);
    } while (after);
    expect(seen).toEqual(activeIds(sandbox, 'contacts'));
  });

  it('refuses more than 100 per page', async () => {
    expect((await api.get('/crm/v3/objects/contacts?limit=101')).status).toBe(400);
  });
});

describe('batch read', () => {
  it('answers 200 when every ID exists, de-duplicating repeats', async () => {
    const [a, b] = ids(2);
    const reply = await api.post('/crm/v3/objects/contacts/batch/read', {
      properties: ['email'],
      inputs: [{ id: a }, { id: b }, { id: a }],
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'COMPLETE', startedAt: expect.any(String), completedAt: expect.any(String) });
    expect(reply.body.results.map((r: { id: string }) => r.id).sort()).toEqual([a, b].sort());
    expect(reply.body.errors).toBeUndefined();
  });

  it('answers 207 with OBJECT_NOT_FOUND errors naming the missing IDs', async () => {
    const [a] = ids(1);
    const reply = await api.post('/crm/v3/objects/contacts/batch/read', inputs([a!, '1', '2']));
    expect(reply.status).toBe(207);
    expect(reply.body.results).toHaveLength(1);
    expect(reply.body.errors).toEqual([
      expect.objectContaining({ status: 'error', category: 'OBJECT_NOT_FOUND', context: { ids: ['1', '2'] } }),
    ]);
  });

  it('refuses more than 100 inputs with 400 VALIDATION_ERROR', async () => {
    const reply = await api.post('/crm/v3/objects/contacts/batch/read', inputs(ids(101)));
    expect(reply.status).toBe(400);
    expect(reply.body.category).toBe('VALIDATION_ERROR');
  });
});

describe('batch archive', () => {
  it('answers 204 with no body, also for unknown and already-archived IDs, and moves records to the bin', async () => {
    const targets = ids(3, 10);
    const first = await api.post('/crm/v3/objects/contacts/batch/archive', inputs([...targets, '1']));
    expect(first.status).toBe(204);
    expect(first.body).toBeUndefined();
    const again = await api.post('/crm/v3/objects/contacts/batch/archive', inputs(targets));
    expect(again.status).toBe(204);
    expect((await api.get(`/crm/v3/objects/contacts/${targets[0]}`)).status).toBe(404);
    const bin = await api.post('/crm/v3/objects/contacts/batch/read?archived=true', inputs(targets));
    expect(bin.status).toBe(200);
    for (const record of bin.body.results) expect(record).toMatchObject({ archived: true, archivedAt: expect.any(String) });
    const active = await api.post('/crm/v3/objects/contacts/batch/read', inputs(targets));
    expect(active.status).toBe(207);
    expect((await api.get(`/crm/v3/objects/contacts/${targets[0]}?archived=true`)).body.archived).toBe(true);
  });

  it('refuses more than 100 IDs and leaves everything in place', async () => {
    const batch = ids(101, 20);
    expect((await api.post('/crm/v3/objects/contacts/batch/archive', inputs(batch))).status).toBe(400);
    expect(batch.every((id) => sandbox.store.get('contacts', id))).toBe(true);
  });

  it('archives single records with DELETE (204)', async () => {
    const [id] = ids(1, 40);
    expect((await api.del(`/crm/v3/objects/contacts/${id}`)).status).toBe(204);
    expect(sandbox.store.get('contacts', id!)).toBeUndefined();
  });
});

describe('batch create and update', () => {
  it('creates records with associations (201, COMPLETE)', async () => {
    const companyId = activeIds(sandbox, 'companies')[0]!;
    const reply = await api.post('/crm/v3/objects/contacts/batch/create', {
      inputs: [
        {
          properties: { email: 'new.one@fresh.example', firstname: 'New' },
          associations: [{ to: { id: companyId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 }] }],
        },
        { properties: { email: 'new.two@fresh.example', firstname: 'Two' }, objectWriteTraceId: 'trace-2' },
      ],
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      status: 'COMPLETE',
      results: [{ properties: { email: 'new.one@fresh.example' } }, { properties: { firstname: 'Two' } }],
    });
    expect(reply.body.results[1].objectWriteTraceId).toBe('trace-2');
    expect(reply.body.results[0].objectWriteTraceId).toBeUndefined();
    const created = reply.body.results[0].id as string;
    expect(sandbox.store.associationsOf('contacts', created, { toType: 'companies' }).map((a) => a.toObjectId)).toEqual([companyId]);
  });

  it('fails the whole batch with 409 CONFLICT naming only the first taken email', async () => {
    const [a, b] = ids(2, 50).map((id) => sandbox.store.get('contacts', id)!);
    const before = sandbox.store.counts()['0-1']!.active;
    const reply = await api.post('/crm/v3/objects/contacts/batch/create', {
      inputs: [
        { properties: { email: 'brand.new@fresh.example' } },
        { properties: { email: a!.properties.email!.toUpperCase() } },
        { properties: { email: b!.properties.email } },
      ],
    });
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ status: 'error', category: 'CONFLICT', message: `Contact already exists. Existing ID: ${a!.id}` });
    expect(sandbox.store.counts()['0-1']!.active).toBe(before);
  });

  it('lets an archived contact’s email be used again', async () => {
    const [id] = ids(1, 60);
    const email = sandbox.store.get('contacts', id!)!.properties.email!;
    await api.post('/crm/v3/objects/contacts/batch/archive', inputs([id!]));
    expect((await api.post('/crm/v3/objects/contacts', { properties: { email } })).status).toBe(201);
  });

  it('rejects read-only and unknown properties, and more than 100 inputs', async () => {
    const readOnly = await api.post('/crm/v3/objects/deals/batch/create', {
      inputs: [{ properties: { dealname: 'x', hs_deal_stage_probability: '0.5' } }],
    });
    expect(readOnly.status).toBe(400);
    expect(readOnly.body.errors[0]).toMatchObject({ code: 'READ_ONLY_VALUE', context: { propertyName: ['hs_deal_stage_probability'] } });
    const unknown = await api.post('/crm/v3/objects/contacts', { properties: { favourite_colour: 'blue' } });
    expect(unknown.body.errors[0].code).toBe('PROPERTY_DOESNT_EXIST');
    const tooMany = await api.post('/crm/v3/objects/companies/batch/create', {
      inputs: Array.from({ length: 101 }, () => ({ properties: { name: 'x' } })),
    });
    expect(tooMany.status).toBe(400);
  });

  it('updates with PATCH and batch update; clearing with an empty string', async () => {
    const [id, other] = ids(2, 70);
    const patched = await api.patch(`/crm/v3/objects/contacts/${id}`, { properties: { jobtitle: 'Chief Tester', city: '' } });
    expect(patched.status).toBe(200);
    expect(patched.body.properties).toMatchObject({ jobtitle: 'Chief Tester', city: null });
    const batch = await api.post('/crm/v3/objects/contacts/batch/update', {
      inputs: [
        { id: other, properties: { jobtitle: 'Batch' } },
        { id: '1', properties: { jobtitle: 'x' } },
      ],
    });
    expect(batch.status).toBe(207);
    expect(sandbox.store.get('contacts', other!)!.properties.jobtitle).toBe('Batch');
  });
});
