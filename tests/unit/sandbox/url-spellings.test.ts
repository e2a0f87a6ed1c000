import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUBSPOT_API_DATE_VERSION, HUBSPOT_API_DATE_VERSIONS } from '../../sandbox/api-version';
import type { Sandbox } from '../../sandbox/server';
import { activeIds, openSandbox, type Client } from './client';

let sandbox: Sandbox;
let api: Client;
beforeAll(async () => ({ sandbox, api } = await openSandbox({ seed: 3 })));
afterAll(() => sandbox.close());

/** Drops what differs per call by design: correlation IDs, batch timestamps, paging links. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !['correlationId', 'startedAt', 'completedAt', 'link'].includes(k))
        .map(([k, v]) => [k, stable(v)]),
    );
  }
  return value;
}

describe.each(HUBSPOT_API_DATE_VERSIONS)('legacy and %s paths', (V) => {
  it('answer identically for every endpoint family', async () => {
    const contact = activeIds(sandbox, 'contacts')[0]!;
    const list = sandbox.store.lists.all()[0]!.listId;
    const pairs: Array<[method: 'get' | 'post', legacy: string, dated: string, body?: unknown]> = [
      ['get', `/crm/v3/objects/contacts/${contact}?properties=email`, `/crm/objects/${V}/contacts/${contact}?properties=email`],
      ['get', '/crm/v3/objects/deals?limit=3', `/crm/objects/${V}/deals?limit=3`],
      ['post', '/crm/v3/objects/contacts/batch/read', `/crm/objects/${V}/contacts/batch/read`, { inputs: [{ id: contact }, { id: '1' }] }],
      ['post', '/crm/v3/objects/contacts/search', `/crm/objects/${V}/contacts/search`, { limit: 5 }],
      [
        'post',
        '/crm/v4/associations/contacts/companies/batch/read',
        `/crm/associations/${V}/contacts/companies/batch/read`,
        { inputs: [{ id: contact }] },
      ],
      ['get', '/crm/v4/associations/contacts/companies/labels', `/crm/associations/${V}/contacts/companies/labels`],
      ['get', `/crm/v3/lists/${list}`, `/crm/lists/${V}/${list}`],
      ['get', `/crm/v3/lists/${list}/memberships?limit=5`, `/crm/lists/${V}/${list}/memberships?limit=5`],
      ['get', '/crm/v3/properties/tickets', `/crm/properties/${V}/tickets`],
      ['get', '/crm/v3/pipelines/deals', `/crm/pipelines/${V}/deals`],
      ['get', '/account-info/v3/details', `/account-info/${V}/details`],
    ];
    for (const [method, legacy, dated, body] of pairs) {
      const a = method === 'get' ? await api.get(legacy) : await api.post(legacy, body);
      const b = method === 'get' ? await api.get(dated) : await api.post(dated, body);
      expect(b.status, dated).toBe(a.status);
      expect(a.status, legacy).toBeLessThan(300);
      expect(stable(b.body), dated).toEqual(stable(a.body));
    }
  });
});

describe('route templates and archive', () => {
  const V = HUBSPOT_API_DATE_VERSION;
  it('serve 2026-09 as the newest date', () => expect(V).toBe('2026-09'));

  it('log both spellings under one route template and keep paging links in the caller’s spelling', async () => {
    sandbox.calls.clear();
    const dated = await api.get(`/crm/objects/${V}/contacts?limit=2`);
    expect(dated.body.paging.next.link).toContain(`/crm/objects/${V}/contacts?`);
    await api.get('/crm/v3/objects/contacts?limit=2');
    expect(sandbox.calls.entries().map((c) => c.route)).toEqual(['GET /crm/v3/objects/{type}', 'GET /crm/v3/objects/{type}']);
  });

  it('archives through the dated spelling', async () => {
    const [id] = activeIds(sandbox, 'companies');
    expect((await api.post(`/crm/objects/${V}/companies/batch/archive`, { inputs: [{ id }] })).status).toBe(204);
    expect(sandbox.store.get('companies', id!)).toBeUndefined();
  });
});
