import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/server';
import { activeIds, openSandbox, type Client } from './client';

let sandbox: Sandbox;
let api: Client;
beforeAll(async () => ({ sandbox, api } = await openSandbox({ seed: 8, scale: 300 })));
afterAll(() => sandbox.close());

const admin = (path: string, body?: unknown) =>
  fetch(`${sandbox.url}/__sandbox/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());

/** A contact with an email, a company and at least one manual list. */
function richContact(skip = 0): string {
  for (const id of activeIds(sandbox, 'contacts')) {
    const record = sandbox.store.get('contacts', id)!;
    const lists = sandbox.store.lists.listsOf('0-1', id).filter((l) => l.list.processingType === 'MANUAL');
    if (
      record.properties.email &&
      sandbox.store.associationsOf('contacts', id, { toType: 'companies' }).length &&
      lists.length &&
      skip-- <= 0
    )
      return id;
  }
  throw new Error('no suitable contact');
}

describe('recycle bin', () => {
  it('lists archived records and restores them with their associations, but not their static list memberships', async () => {
    const id = richContact();
    const companies = sandbox.store.associationsOf('contacts', id, { toType: 'companies' }).map((a) => a.toObjectId);
    const lists = sandbox.store.lists.listsOf('0-1', id).map((l) => l.list.listId);
    await api.post('/crm/v3/objects/contacts/batch/archive', { inputs: [{ id }] });
    // The restore page's "Deleted by": the app behind the token that deleted it.
    expect(sandbox.store.get('contacts', id, { archived: true })?.archivedBy).toMatch(/^Private app \d+$/);
    const bin = await admin('recycle-bin?objectType=contacts');
    expect(bin.results.map((r: { id: string }) => r.id)).toContain(id);
    expect(bin.results[0]).toMatchObject({ archived: true, archivedAt: expect.any(String) });

    const restored = await admin('restore', { objectType: 'contacts', ids: [id, '1'] });
    expect(restored.results).toEqual([
      { id, status: 'RESTORED' },
      { id: '1', status: 'NOT_FOUND' },
    ]);
    expect((await api.get(`/crm/v3/objects/contacts/${id}`)).status).toBe(200);
    expect(sandbox.store.associationsOf('contacts', id, { toType: 'companies' }).map((a) => a.toObjectId)).toEqual(companies);
    // HUBSPOT.md §7: "Restored contacts are not put back in the static lists they were in."
    const staticLists = lists.filter((listId) => sandbox.store.lists.get(listId)?.processingType !== 'DYNAMIC');
    expect(staticLists.length).toBeGreaterThan(0);
    const after = sandbox.store.lists.listsOf('0-1', id).map((l) => l.list.listId);
    for (const listId of staticLists) expect(after).not.toContain(listId);
  });

  it('refuses to restore a contact whose email another active contact now holds', async () => {
    const id = richContact(1);
    const email = sandbox.store.get('contacts', id)!.properties.email!;
    await api.post('/crm/v3/objects/contacts/batch/archive', { inputs: [{ id }] });
    const recreated = await api.post('/crm/v3/objects/contacts', { properties: { email, firstname: 'Re-created' } });
    expect(recreated.status).toBe(201);
    const result = await admin('restore', { objectType: '0-1', ids: [id] });
    expect(result.results[0]).toMatchObject({ id, status: 'EMAIL_CONFLICT', conflictingId: recreated.body.id });
    expect(sandbox.store.get('contacts', id)).toBeUndefined();
    expect(sandbox.store.get('contacts', id, { archived: true })).toBeDefined();
  });

  it('restores other object types too', () => {
    const [dealId] = activeIds(sandbox, 'deals');
    sandbox.store.archive('deals', [dealId!]);
    expect(sandbox.store.recycleBin('deals').map((r) => r.id)).toEqual([dealId]);
    expect(sandbox.store.restore('deals', [dealId!, dealId!])).toEqual([
      { id: dealId, status: 'RESTORED' },
      { id: dealId, status: 'NOT_ARCHIVED' },
    ]);
  });
});

describe('GDPR delete', () => {
  it('removes a contact for good: not in the bin, not restorable, associations and memberships gone', async () => {
    const id = richContact(2);
    const [company] = sandbox.store.associationsOf('contacts', id, { toType: 'companies' });
    const reply = await api.post('/crm/v3/objects/contacts/gdpr-delete', { objectId: id });
    expect(reply.status).toBe(204);
    expect(sandbox.store.get('contacts', id, { archived: 'any' })).toBeUndefined();
    expect((await admin('recycle-bin?objectType=contacts')).results.map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await admin('restore', { objectType: 'contacts', ids: [id] })).results[0].status).toBe('NOT_FOUND');
    expect(sandbox.store.associations.targets('0-2', company!.toObjectId, '0-1')?.has(id) ?? false).toBe(false);
    expect(sandbox.store.lists.all().some((l) => l.members.has(id))).toBe(false);
    expect(sandbox.store.gdprDeleted.map((g) => g.id)).toContain(id);
  });

  it('deletes by email with idProperty, and answers 404 for an unknown contact', async () => {
    const id = richContact(3);
    const email = sandbox.store.get('contacts', id)!.properties.email!;
    expect((await api.post('/crm/v3/objects/contacts/gdpr-delete', { objectId: email, idProperty: 'email' })).status).toBe(204);
    expect(sandbox.store.get('contacts', id, { archived: 'any' })).toBeUndefined();
    expect((await api.post('/crm/v3/objects/contacts/gdpr-delete', { objectId: '1' })).status).toBe(404);
    expect((await api.post('/crm/v3/objects/companies/gdpr-delete', { objectId: '1' })).status).toBe(404);
  });
});
