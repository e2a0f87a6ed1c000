import { beforeEach, describe, expect, it } from 'vitest';
import type { SandboxStore } from '../../sandbox/store';
import { page, parse, PORTAL, rowIds, seededStore, uiRequest } from './ui-harness';

let store: SandboxStore;
beforeEach(() => {
  store = seededStore(200);
});
const binUrl = (typeId: string, query = '') => `/recycling-bin/${PORTAL}/restore/${typeId}${query}`;
const restore = (typeId: string, ids: string[]) =>
  uiRequest(store, binUrl(typeId), {
    method: 'POST',
    body: new URLSearchParams(ids.map((id) => ['id', id])).toString(),
    contentType: 'application/x-www-form-urlencoded',
  });
const results = (doc: Document) =>
  [...doc.querySelectorAll('[data-test-id="restore-results"] li')].map((li) => [
    li.getAttribute('data-record-id'),
    li.getAttribute('data-status'),
    li.textContent,
  ]);

describe('recycle bin', () => {
  it('lists archived records, most recently deleted first, with checkboxes and Restore', async () => {
    const [a, b, c] = store.listRecords('0-1').map((r) => r.id) as [string, string, string];
    store.archive('0-1', [a], 1_000);
    store.archive('0-1', [c], 3_000);
    store.archive('0-1', [b], 2_000);
    const doc = parse(await page(store, binUrl('0-1')));
    expect(rowIds(doc)).toEqual([c, b, a]);
    expect(doc.querySelector('[data-test-id="record-count"]')?.textContent).toBe('3 deleted contacts');
    expect(doc.querySelectorAll('form input[type="checkbox"][name="id"][aria-label="Select row"]')).toHaveLength(3);
    expect(doc.querySelector('form button[type="submit"]')?.textContent).toBe('Restore');
    // Not in the table any more, in the bin instead.
    expect(rowIds(parse(await page(store, `/contacts/${PORTAL}/objects/0-1/views/all/list`)))).not.toContain(a);
  });

  it('restores the posted records and reports each one; they are back in the table', async () => {
    const [a, b] = store.listRecords('0-3').map((r) => r.id) as [string, string];
    store.archive('0-3', [a, b]);
    const reply = await restore('0-3', [a, b, '77']);
    expect(reply.status).toBe(200);
    const doc = parse(reply.body);
    expect(results(doc).map(([id, status]) => [id, status])).toEqual([
      [a, 'RESTORED'],
      [b, 'RESTORED'],
      ['77', 'NOT_FOUND'],
    ]);
    expect(rowIds(doc)).toEqual([]);
    expect(rowIds(parse(await page(store, `/contacts/${PORTAL}/objects/0-3/views/all/list`))).slice(0, 2)).toEqual([a, b]);
  });

  it('refuses to restore a contact whose email another active contact took meanwhile', async () => {
    const original = store.listRecords('0-1').find((r) => r.properties.email) as { id: string; properties: Record<string, string> };
    store.archive('0-1', [original.id]);
    const recreated = store.create('contacts', { email: original.properties.email as string, firstname: 'Re-created' });
    const doc = parse((await restore('0-1', [original.id])).body);
    const [[id, status, text]] = results(doc) as [[string, string, string]];
    expect([id, status]).toEqual([original.id, 'EMAIL_CONFLICT']);
    expect(text).toContain('A contact with this email already exists');
    expect(doc.querySelector(`[data-test-id="restore-results"] a[href$="/record/0-1/${recreated.id}"]`)).not.toBeNull();
    expect(store.get('0-1', original.id, { archived: true })).toBeDefined();
    expect(rowIds(doc)).toEqual([original.id]);
  });

  it('shows at most 10,000 records, as HubSpot does', async () => {
    const big = seededStore(10_050);
    big.archive(
      '0-1',
      big.listRecords('0-1').map((r) => r.id),
    );
    const doc = parse(await page(big, binUrl('0-1', '?page=1000&pageSize=100')));
    expect(doc.querySelector('[data-test-id="record-count"]')?.textContent).toBe('10,000 deleted contacts');
    expect(doc.querySelector('[data-test-id="recycle-bin-cap"]')?.textContent).toContain('10,050');
    expect(rowIds(doc)).toHaveLength(100);
  });

  it('has a bin per object type with a page, and none for others', async () => {
    for (const typeId of ['0-1', '0-2', '0-3', '0-5', '0-48']) expect((await uiRequest(store, binUrl(typeId))).status).toBe(200);
    expect((await uiRequest(store, binUrl('0-46'))).handled).toBe(false);
    expect((await uiRequest(store, `/recycling-bin/1/restore/0-1`)).handled).toBe(false);
  });
});
