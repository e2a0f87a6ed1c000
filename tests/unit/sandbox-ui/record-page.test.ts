import { beforeAll, describe, expect, it } from 'vitest';
import type { SandboxStore } from '../../sandbox/store';
import { page, parse, PORTAL, seededStore, uiRequest } from './ui-harness';

let store: SandboxStore;
beforeAll(() => {
  store = seededStore(300);
});
const recordUrl = (typeId: string, id: string) => `/contacts/${PORTAL}/record/${typeId}/${id}`;

/** A contact with a labeled (Primary) company and at least one list. */
function richContact(): string {
  for (const r of store.listRecords('0-1')) {
    const companies = store.associationsOf('0-1', r.id, { toType: '0-2' });
    if (companies.some((a) => a.types.some((t) => t.label === 'Primary')) && store.lists.listsOf('0-1', r.id).length > 0) return r.id;
  }
  throw new Error('no rich contact in the seed');
}

describe('record page', () => {
  it('shows the properties, associations grouped by type with their labels, and the lists', async () => {
    const id = richContact();
    const record = store.get('0-1', id);
    const doc = parse(await page(store, recordUrl('0-1', id)));
    expect(doc.querySelector('[data-test-id="record-title"]')?.textContent).toBe(
      `${record?.properties.firstname} ${record?.properties.lastname}`,
    );
    expect(doc.querySelector('dd[data-property="email"]')?.textContent).toBe(record?.properties.email);
    expect(doc.querySelector('dd[data-property="hs_object_id"]')?.textContent).toBe(id);
    const companies = doc.querySelector('[data-test-id="association-group"][data-object-type-id="0-2"]');
    const expected = store.associationsOf('0-1', id, { toType: '0-2' }).map((a) => a.toObjectId);
    expect([...(companies?.querySelectorAll('li') ?? [])].map((li) => li.getAttribute('data-record-id'))).toEqual(expected);
    expect(companies?.querySelector('[data-test-id="association-label"]')?.textContent).toContain('Primary');
    const lists = [...doc.querySelectorAll('[data-test-id="record-lists"] li')].map((li) => li.getAttribute('data-list-id'));
    expect(lists).toEqual(store.lists.listsOf('0-1', id).map((l) => l.list.listId));
  });

  it('answers "This record was deleted" (404) with a recycle-bin link for archived and unknown IDs', async () => {
    const [dealId] = store.listRecords('0-3').map((r) => r.id);
    store.archive('0-3', [dealId as string]);
    for (const [typeId, id] of [
      ['0-3', dealId],
      ['0-1', '1'],
    ] as const) {
      const reply = await uiRequest(store, recordUrl(typeId, id as string));
      expect(reply.status).toBe(404);
      const doc = parse(reply.body);
      expect(doc.querySelector('h1')?.textContent).toBe('This record was deleted');
      expect(doc.querySelector(`a[href="/recycling-bin/${PORTAL}/restore/${typeId}"]`)).not.toBeNull();
    }
  });

  it('says a permanently deleted contact cannot be restored', async () => {
    const [id] = store.listRecords('0-1').map((r) => r.id);
    store.gdprDelete(id as string);
    const reply = await uiRequest(store, recordUrl('0-1', id as string));
    expect(reply.status).toBe(404);
    expect(reply.body).toContain('permanently deleted');
  });

  it('leaves unknown object types and other portals to the server (false)', async () => {
    expect((await uiRequest(store, recordUrl('2-1', '5'))).handled).toBe(false);
    expect((await uiRequest(store, `/contacts/1/record/0-1/101`)).handled).toBe(false);
  });
});
