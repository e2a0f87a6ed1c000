import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrmList } from '../../sandbox/store';
import type { Sandbox } from '../../sandbox/server';
import { activeIds, openSandbox, type Client } from './client';

let sandbox: Sandbox;
let api: Client;
beforeAll(async () => ({ sandbox, api } = await openSandbox({ seed: 4, scale: 500 })));
afterAll(() => sandbox.close());

const byName = (name: string): CrmList => sandbox.store.lists.all().find((l) => l.name === name)!;
const memberIds = (listId: string) => sandbox.store.listMembers(listId);

describe('list info and search', () => {
  it('seeds manual, snapshot and dynamic contact lists and a manual company list', () => {
    const kinds = sandbox.store.lists.all().map((l) => `${l.objectTypeId}:${l.processingType}`);
    expect(kinds.filter((k) => k === '0-1:MANUAL').length).toBeGreaterThanOrEqual(3);
    expect(kinds).toEqual(expect.arrayContaining(['0-1:SNAPSHOT', '0-1:DYNAMIC', '0-2:MANUAL']));
    const newsletter = memberIds(byName('Newsletter import').listId).length;
    expect(newsletter / 500).toBeGreaterThan(0.5);
    expect(newsletter / 500).toBeLessThan(0.7);
  });

  it('describes a list with its processing type and the size of active members', async () => {
    const list = byName('Newsletter import');
    const reply = await api.get(`/crm/v3/lists/${list.listId}`);
    expect(reply.status).toBe(200);
    expect(reply.body.list).toMatchObject({
      listId: list.listId,
      name: 'Newsletter import',
      objectTypeId: '0-1',
      processingType: 'MANUAL',
      processingStatus: 'COMPLETE',
      size: memberIds(list.listId).length,
      additionalProperties: { hs_list_size: String(memberIds(list.listId).length) },
    });
    expect((await api.get('/crm/v3/lists/999999')).status).toBe(404);
  });

  it('searches lists by name and processing type with offset paging', async () => {
    const dynamic = await api.post('/crm/v3/lists/search', { processingTypes: ['DYNAMIC'] });
    expect(dynamic.body.lists.map((l: { name: string }) => l.name)).toEqual(['All leads']);
    const paged = await api.post('/crm/v3/lists/search', { count: 2, offset: 0 });
    expect(paged.body).toMatchObject({ hasMore: true, offset: 2, total: sandbox.store.lists.all().length });
    const named = await api.post('/crm/v3/lists/search', { query: 'newsletter' });
    expect(named.body.lists).toHaveLength(1);
  });
});

describe('memberships', () => {
  it('pages members ascending by recordId, 250 at most per page', async () => {
    const list = byName('Newsletter import');
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const reply = await api.get(`/crm/v3/lists/${list.listId}/memberships?limit=250${after ? `&after=${after}` : ''}`);
      expect(reply.body.results.length).toBeLessThanOrEqual(250);
      for (const m of reply.body.results) expect(m).toEqual({ recordId: expect.any(String), membershipTimestamp: expect.any(String) });
      seen.push(...reply.body.results.map((m: { recordId: string }) => m.recordId));
      after = reply.body.paging?.next?.after;
    } while (after);
    expect(seen.length).toBeGreaterThan(250);
    expect(seen).toEqual(memberIds(list.listId));
    expect((await api.get(`/crm/v3/lists/${list.listId}/memberships?limit=251`)).status).toBe(400);
  });

  it('pages descending when only before is given', async () => {
    const list = byName('Newsletter import');
    const all = memberIds(list.listId);
    const reply = await api.get(`/crm/v3/lists/${list.listId}/memberships?limit=10&before=${all[50]}`);
    expect(reply.body.results.map((m: { recordId: string }) => m.recordId)).toEqual(all.slice(40, 50).reverse());
    expect(reply.body.paging.prev.before).toBe(all[40]);
  });

  it('adds and removes members of manual lists, reporting missing IDs', async () => {
    const list = byName('VIP customers');
    const outsider = activeIds(sandbox, 'contacts').find((id) => !memberIds(list.listId).includes(id))!;
    const added = await api.put(`/crm/v3/lists/${list.listId}/memberships/add`, [outsider, '1']);
    // HubSpot's MembershipsUpdateResponse: always all three arrays, `recordsIdsAdded` spelled as HubSpot does.
    expect(added.body).toEqual({ recordIdsRemoved: [], recordsIdsAdded: [outsider], recordIdsMissing: ['1'] });
    expect(memberIds(list.listId)).toContain(outsider);
    const removed = await api.put(`/crm/v3/lists/${list.listId}/memberships/remove`, [outsider, '1']);
    expect(removed.body).toEqual({ recordIdsRemoved: [outsider], recordsIdsAdded: [], recordIdsMissing: ['1'] });
    expect(memberIds(list.listId)).not.toContain(outsider);
  });

  it('refuses to change a dynamic list, whose members follow its filter', async () => {
    const list = byName('All leads');
    const [someone] = activeIds(sandbox, 'contacts');
    expect((await api.put(`/crm/v3/lists/${list.listId}/memberships/add`, [someone])).status).toBe(400);
    expect((await api.put(`/crm/v3/lists/${list.listId}/memberships/remove`, [someone])).status).toBe(400);
    const leads = sandbox.store
      .listRecords('contacts')
      .filter((r) => r.properties.lifecyclestage === 'lead')
      .map((r) => r.id);
    expect(memberIds(list.listId)).toEqual(leads);
    await api.patch(`/crm/v3/objects/contacts/${someone}`, { properties: { lifecyclestage: 'lead' } });
    expect(memberIds(list.listId)).toContain(someone);
  });

  it('drops archived records from lists, and a restore does not put them back (HubSpot: static lists stay without them)', async () => {
    const list = byName('Trade fair leads 2025');
    const member = memberIds(list.listId)[0]!;
    const sizeBefore = (await api.get(`/crm/v3/lists/${list.listId}`)).body.list.size;
    await api.post('/crm/v3/objects/contacts/batch/archive', { inputs: [{ id: member }] });
    expect((await api.get(`/crm/v3/lists/${list.listId}`)).body.list.size).toBe(sizeBefore - 1);
    expect(memberIds(list.listId)).not.toContain(member);
    expect(sandbox.store.restore('contacts', [member])).toEqual([{ id: member, status: 'RESTORED' }]);
    expect(sandbox.store.get('contacts', member)).toBeDefined();
    expect(memberIds(list.listId)).not.toContain(member);
  });
});

describe('a record’s lists', () => {
  it('lists the lists one record belongs to, and for up to 100 records in a batch', async () => {
    const newsletter = byName('Newsletter import');
    const member = memberIds(newsletter.listId)[3]!;
    const expected = sandbox.store.lists
      .all()
      .filter((l) => memberIds(l.listId).includes(member))
      .map((l) => l.listId)
      .sort();
    const single = await api.get(`/crm/v3/lists/records/0-1/${member}/memberships`);
    expect(single.body.total).toBe(expected.length);
    expect(single.body.results.map((r: { listId: string }) => r.listId).sort()).toEqual(expected);
    expect(single.body.results[0]).toMatchObject({
      listVersion: expect.any(Number),
      firstAddedTimestamp: expect.any(String),
      lastAddedTimestamp: expect.any(String),
    });

    const batch = await api.post('/crm/v3/lists/records/memberships/batch/read', {
      inputs: [
        { objectTypeId: '0-1', recordId: member },
        { objectTypeId: '0-1', recordId: '1' },
      ],
    });
    expect(batch.status).toBe(200);
    expect(batch.body.status).toBe('COMPLETE');
    expect(batch.body.results[0].recordListMemberships.map((r: { listId: string }) => r.listId).sort()).toEqual(expected);
    expect(batch.body.results[1].recordListMemberships).toEqual([]);
    const tooMany = Array.from({ length: 101 }, () => ({ objectTypeId: '0-1', recordId: member }));
    expect((await api.post('/crm/v3/lists/records/memberships/batch/read', { inputs: tooMany })).status).toBe(400);
  });
});
