import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/server';
import { activeIds, openSandbox, type Client } from './client';

let sandbox: Sandbox;
let api: Client;
beforeAll(async () => ({ sandbox, api } = await openSandbox({ seed: 5, scale: 300 })));
afterAll(() => sandbox.close());

const search = (type: string, body: unknown) => api.post(`/crm/v3/objects/${type}/search`, body);
const eq = (propertyName: string, value: string) => ({ filterGroups: [{ filters: [{ propertyName, operator: 'EQ', value }] }] });
const storeWhere = (type: string, test: (props: Record<string, string>) => boolean) =>
  sandbox.store
    .listRecords(type)
    .filter((r) => test(r.properties))
    .map((r) => r.id);

describe('filters', () => {
  it('EQ matches case-insensitively and reports the true total', async () => {
    const reply = await search('contacts', { ...eq('lifecyclestage', 'LEAD'), limit: 5 });
    expect(reply.status).toBe(200);
    const leads = storeWhere('contacts', (p) => p.lifecyclestage === 'lead');
    expect(reply.body.total).toBe(leads.length);
    expect(reply.body.results.map((r: { id: string }) => r.id)).toEqual(leads.slice(0, 5));
    expect(reply.body.paging.next.after).toBe('5');
  });

  it('ORs filter groups and ANDs filters within a group', async () => {
    const body = {
      filterGroups: [
        {
          filters: [
            { propertyName: 'lifecyclestage', operator: 'EQ', value: 'customer' },
            { propertyName: 'city', operator: 'EQ', value: 'Copenhagen' },
          ],
        },
        { filters: [{ propertyName: 'lifecyclestage', operator: 'IN', values: ['evangelist', 'other'] }] },
      ],
      limit: 200,
    };
    const expected = storeWhere(
      'contacts',
      (p) => (p.lifecyclestage === 'customer' && p.city === 'Copenhagen') || ['evangelist', 'other'].includes(p.lifecyclestage!),
    );
    const reply = await search('contacts', body);
    expect(reply.body.results.map((r: { id: string }) => r.id)).toEqual(expected);
  });

  it('supports GT on hs_object_id, HAS_PROPERTY / NOT_HAS_PROPERTY and CONTAINS_TOKEN', async () => {
    const all = activeIds(sandbox, 'contacts');
    const gt = await search('contacts', {
      filterGroups: [{ filters: [{ propertyName: 'hs_object_id', operator: 'GT', value: all[289] }] }],
      limit: 100,
    });
    expect(gt.body.results.map((r: { id: string }) => r.id)).toEqual(all.slice(290));
    const noEmail = await search('contacts', {
      filterGroups: [{ filters: [{ propertyName: 'email', operator: 'NOT_HAS_PROPERTY' }] }],
      limit: 100,
    });
    expect(noEmail.body.total).toBe(storeWhere('contacts', (p) => !p.email).length);
    const domain = sandbox.store.get('contacts', all[0]!)!.properties.email!.split('@')[1];
    const token = await search('contacts', {
      filterGroups: [{ filters: [{ propertyName: 'email', operator: 'CONTAINS_TOKEN', value: `*@${domain}` }] }],
      limit: 100,
    });
    expect(token.body.total).toBe(storeWhere('contacts', (p) => p.email?.endsWith(`@${domain}`) ?? false).length);
    expect(token.body.total).toBeGreaterThan(0);
  });

  it('filters dates given as epoch milliseconds', async () => {
    const records = sandbox.store.listRecords('deals');
    const pivot = records[30]!.createdAt;
    const reply = await search('deals', {
      filterGroups: [{ filters: [{ propertyName: 'createdate', operator: 'GTE', value: String(pivot) }] }],
      limit: 1,
    });
    expect(reply.body.total).toBe(records.filter((r) => r.createdAt >= pivot).length);
  });

  it('rejects unknown properties, bad operators and too many groups with 400', async () => {
    expect((await search('contacts', eq('nope', 'x'))).status).toBe(400);
    expect(
      (await search('contacts', { filterGroups: [{ filters: [{ propertyName: 'email', operator: 'LIKE', value: 'x' }] }] })).status,
    ).toBe(400);
    const groups = Array.from({ length: 6 }, () => ({ filters: [{ propertyName: 'email', operator: 'HAS_PROPERTY' }] }));
    expect((await search('contacts', { filterGroups: groups })).status).toBe(400);
  });
});

describe('sorting, properties and paging', () => {
  it('sorts descending by a property (object and short form) and returns only requested properties', async () => {
    const long = await search('deals', { sorts: [{ propertyName: 'amount', direction: 'DESCENDING' }], properties: ['amount'], limit: 20 });
    const short = await search('deals', { sorts: ['-amount'], properties: ['amount'], limit: 20 });
    const amounts = long.body.results.map((r: { properties: { amount: string } }) => Number(r.properties.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(short.body.results).toEqual(long.body.results);
    expect(Object.keys(long.body.results[0].properties).sort()).toEqual(['amount', 'createdate', 'hs_lastmodifieddate', 'hs_object_id']);
  });

  it('pages with after offsets up to 200 per page and refuses 201', async () => {
    const first = await search('contacts', { limit: 200 });
    expect(first.body.results).toHaveLength(200);
    const second = await search('contacts', { limit: 200, after: first.body.paging.next.after });
    expect(second.body.results.map((r: { id: string }) => r.id)).toEqual(activeIds(sandbox, 'contacts').slice(200, 400));
    expect(second.body.paging).toBeUndefined();
    expect((await search('contacts', { limit: 201 })).status).toBe(400);
  });

  it('refuses any page reaching past the 10,000th result', async () => {
    const reply = await search('contacts', { limit: 100, after: '9950' });
    expect(reply.status).toBe(400);
    expect(reply.body.category).toBe('VALIDATION_ERROR');
    expect((await search('contacts', { limit: 100, after: '9900' })).status).toBe(200);
  });
});

describe('past 10,000 results', () => {
  it('lets a client walk every record with hs_object_id GT lastSeen, sorted ascending', async () => {
    const { sandbox: big, api: bigApi } = await openSandbox({ seed: 2, scale: 10_400 });
    try {
      const expected = activeIds(big, 'contacts');
      const capped = await bigApi.post('/crm/v3/objects/contacts/search', { limit: 200, after: '9900' });
      expect(capped.status).toBe(400);
      const seen: string[] = [];
      let last = '0';
      for (;;) {
        const reply = await bigApi.post('/crm/v3/objects/contacts/search', {
          filterGroups: [{ filters: [{ propertyName: 'hs_object_id', operator: 'GT', value: last }] }],
          sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
          properties: ['email'],
          limit: 200,
        });
        expect(reply.status).toBe(200);
        const page = reply.body.results.map((r: { id: string }) => r.id);
        if (page.length === 0) break;
        seen.push(...page);
        last = page[page.length - 1];
      }
      expect(seen.length).toBeGreaterThan(10_000);
      expect(seen).toEqual(expected);
    } finally {
      await big.close();
    }
  });
});
