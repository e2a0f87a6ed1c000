import { beforeEach, describe, expect, it } from 'vitest';
import type { SandboxStore } from '../../sandbox/store';
import { mountPage, page, parse, PORTAL, seededStore, settle, uiRequest } from './ui-harness';

/**
 * The sandbox's HubSpot restore page (tests/sandbox/ui/restore-page.ts + client/restore-page.js):
 * client-rendered from its page-private endpoint, paged, searchable, with a selection that holds
 * across paging and search, Restore behind a confirmation, and results per record.
 */
let store: SandboxStore;
beforeEach(() => {
  store = seededStore(200);
});
const binPath = (typeId: string, query = '') => `/recycling-bin/${PORTAL}/restore/${typeId}${query}`;
const records = async (typeId: string, query = '') =>
  JSON.parse((await uiRequest(store, `/ui-api/recycling-bin/${PORTAL}/${typeId}/records${query}`)).body);

async function mount(typeId: string, query = '') {
  const path = binPath(typeId, query);
  const win = mountPage(store, await page(store, path), path);
  await settle();
  const doc = win.document as unknown as Document;
  const rowIds = () =>
    [...doc.querySelectorAll('tr[data-test-id^="row-"], [role="row"][data-row-key]')].map(
      (r) => r.getAttribute('data-row-key') ?? (r.getAttribute('data-test-id') as string).slice(4),
    );
  const click = async (selector: string) => {
    (doc.querySelector(selector) as HTMLElement).click();
    await settle();
  };
  return { win, doc, rowIds, click };
}

describe('restore page (sandbox)', () => {
  it('lists deleted records, most recently deleted first, with who deleted them', async () => {
    const [a, b, c] = store.listRecords('0-1').map((r) => r.id) as [string, string, string];
    store.archive('0-1', [a], 1_000, 'Private app 7');
    store.archive('0-1', [c], 3_000, 'Sandra Sandbox');
    store.archive('0-1', [b], 2_000);
    const answer = await records('0-1');
    expect(answer.results.map((r: { id: string }) => r.id)).toEqual([c, b, a]);
    expect(answer.results.map((r: { deletedBy: string }) => r.deletedBy)).toEqual(['Sandra Sandbox', 'Unknown', 'Private app 7']);
    const { doc, rowIds } = await mount('0-1');
    expect(rowIds()).toEqual([c, b, a]);
    expect(doc.querySelector('th:nth-child(4)')?.textContent).toBe('Deleted by');
  });

  it('keeps the selection across paging and search, and restores it after the confirmation', async () => {
    const ids = store
      .listRecords('0-1')
      .slice(0, 30)
      .map((r) => r.id);
    store.archive('0-1', ids);
    const { doc, rowIds, click } = await mount('0-1');
    expect(rowIds()).toHaveLength(25);
    const first = rowIds()[0]!;
    await click(`tr[data-test-id="row-${first}"] input[data-row-check]`);
    await click('button[aria-label="Next page"]');
    expect(rowIds()).toHaveLength(5);
    const last = rowIds()[4]!;
    await click(`tr[data-test-id="row-${last}"] input[data-row-check]`);
    expect(doc.querySelector('[data-test-id="restore-selected-count"]')?.textContent).toBe('2 selected');
    // Search by name finds the first record again, still ticked.
    const { email, lastname } = store.get('0-1', first, { archived: true })!.properties;
    const name = (email ?? lastname)!;
    const search = doc.querySelector('[data-test-id="restore-search"]') as HTMLInputElement;
    search.value = name;
    const { Event: PageEvent } = doc.defaultView as unknown as { Event: typeof Event };
    search.dispatchEvent(new PageEvent('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle();
    expect(rowIds()).toContain(first);
    expect((doc.querySelector(`tr[data-test-id="row-${first}"] input`) as HTMLInputElement).checked).toBe(true);

    await click('[data-test-id="restore-button"]');
    const dialog = doc.querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('Restore 2 contacts?');
    await click('[role="dialog"] [data-test-id="delete-dialog-confirm-button"]');
    await settle();
    expect(doc.querySelector('[data-test-id="restore-results"]')?.textContent).toContain('2 of 2 restored.');
    expect(store.get('0-1', first)).toBeDefined();
    expect(store.get('0-1', last)).toBeDefined();
    expect(store.recycleBin('0-1')).toHaveLength(28);
  });

  it('refuses a contact whose email an active contact now has, and says so per record', async () => {
    const original = store.listRecords('0-1').find((r) => r.properties.email)!;
    store.archive('0-1', [original.id]);
    store.create('contacts', { email: original.properties.email!, firstname: 'Re-created' });
    const reply = await uiRequest(store, `/ui-api/recycling-bin/${PORTAL}/0-1/restore`, {
      method: 'POST',
      body: JSON.stringify({ ids: [original.id] }),
    });
    expect(JSON.parse(reply.body).results).toEqual([expect.objectContaining({ id: original.id, status: 'EMAIL_CONFLICT' })]);
    expect(store.get('0-1', original.id, { archived: true })).toBeDefined();
  });

  it('shows at most 10,000 records with the cap notice, and restores none beyond them', async () => {
    const big = seededStore(10_050);
    const all = big.listRecords('0-1').map((r) => r.id);
    big.archive('0-1', all.slice(0, 50), 1_000);
    big.archive('0-1', all.slice(50), 2_000);
    store = big;
    const answer = await records('0-1', '?offset=9950&limit=100');
    expect(answer).toMatchObject({ total: all.length, shown: 10_000, matched: 10_000 });
    expect(answer.results).toHaveLength(50);
    const { doc } = await mount('0-1');
    expect(doc.querySelector('[data-test-id="restore-cap-notice"]')?.textContent).toContain('10,000 most recently deleted of 10,050');
    const beyond = all[0]!;
    const reply = await uiRequest(store, `/ui-api/recycling-bin/${PORTAL}/0-1/restore`, {
      method: 'POST',
      body: JSON.stringify({ ids: [beyond] }),
    });
    expect(JSON.parse(reply.body).results[0]).toMatchObject({ id: beyond, status: 'NOT_SHOWN' });
    expect(big.get('0-1', beyond, { archived: true })).toBeDefined();
  });

  it('draws the grid variant with ARIA checkboxes that carry the record ID', async () => {
    const ids = store
      .listRecords('0-2')
      .slice(0, 3)
      .map((r) => r.id);
    store.archive('0-2', ids);
    const { doc, rowIds, click } = await mount('0-2', '?variant=grid');
    expect(doc.querySelector('[role="grid"][data-test-id="recycle-bin-grid"]')).not.toBeNull();
    expect(rowIds().sort()).toEqual([...ids].sort());
    await click(`[role="checkbox"][data-record-id="${ids[0]}"]`);
    expect(doc.querySelector(`[role="checkbox"][data-record-id="${ids[0]}"]`)?.getAttribute('aria-checked')).toBe('true');
    expect(doc.querySelector('[data-test-id="restore-selected-count"]')?.textContent).toBe('1 selected');
  });

  it('shows the permission page, and its endpoints refuse, for a user without the restore permissions', async () => {
    store.archive('0-1', [store.listRecords('0-1')[0]!.id]);
    const doc = parse(await page(store, binPath('0-1', '?sandboxUser=noRestore')));
    expect(doc.querySelector('[data-test-id="restore-no-permission"]')?.textContent).toContain('Account access');
    expect(doc.querySelector('[data-test-id="restore-page"]')).toBeNull();
    expect((await uiRequest(store, `/ui-api/recycling-bin/${PORTAL}/0-1/records?sandboxUser=noRestore`)).status).toBe(403);
  });

  it('has a page per object type with a bin, and none for others or other portals', async () => {
    for (const typeId of ['0-1', '0-2', '0-3', '0-5', '0-48']) expect((await uiRequest(store, binPath(typeId))).status).toBe(200);
    expect((await uiRequest(store, binPath('0-46'))).handled).toBe(false);
    expect((await uiRequest(store, `/recycling-bin/1/restore/0-1`)).handled).toBe(false);
  });
});
