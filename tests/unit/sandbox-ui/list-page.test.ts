import type { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SandboxStore } from '../../sandbox/store';
import { mountPage, page, parse, PORTAL, rowIds, seededStore, settle, uiRequest } from './ui-harness';

let store: SandboxStore;
let win: Window | undefined;
beforeEach(() => {
  store = seededStore(400);
});
afterEach(() => void win?.happyDOM.abort());

const listUrl = (id: string, query = '') => `/contacts/${PORTAL}/objectLists/${id}${query}`;
const listByName = (name: string) =>
  store.lists.all().find((l) => l.name === name) ??
  (() => {
    throw new Error(name);
  })();
const count = (doc: Document) => doc.querySelector('[data-test-id="record-count"]')?.textContent;

describe('list page', () => {
  it('shows the name, the type badge, "N contacts" and the members in the table contract', async () => {
    const list = listByName('Newsletter import');
    const members = store.listMembers(list.listId);
    const doc = parse(await page(store, listUrl(list.listId, '?pageSize=50')));
    expect(doc.querySelector('[data-test-id="list-name"]')?.textContent).toBe('Newsletter import');
    expect(doc.querySelector('[data-test-id="list-type-badge"]')?.textContent).toBe('Manual');
    expect(count(doc)).toBe(`${members.length} contacts`);
    expect(rowIds(doc)).toEqual(members.slice(0, 50));
    expect(doc.querySelectorAll('input[aria-label="Select row"]')).toHaveLength(50);
    expect(doc.querySelector(`td[data-column-index="0"] a[href$="/record/0-1/${members[0]}"]`)).not.toBeNull();
  });

  it('labels snapshot and active (dynamic) lists, and counts companies as companies', async () => {
    const badge = async (name: string) =>
      parse(await page(store, listUrl(listByName(name).listId))).querySelector('[data-test-id="list-type-badge"]')?.textContent;
    expect(await badge('Webinar attendees (snapshot)')).toBe('Snapshot');
    expect(await badge('All leads')).toBe('Active');
    const accounts = listByName('Key accounts');
    expect(count(parse(await page(store, listUrl(accounts.listId))))).toBe(`${store.listMembers(accounts.listId).length} companies`);
  });

  it("has HubSpot's own More ▾ → Delete, and Remove from list except on active lists", async () => {
    const manual = parse(await page(store, listUrl(listByName('VIP customers').listId)));
    const more = manual.querySelector('[data-bulk-bar] button[aria-haspopup="menu"]');
    expect(more?.textContent?.replace('▾', '').trim()).toBe('More');
    const menu = manual.getElementById(more?.getAttribute('aria-controls') as string);
    expect(menu?.querySelector('[role="menuitem"]')?.textContent).toBe('Delete');
    expect(manual.querySelector('[data-bulk-action="remove-from-list"]')?.textContent).toBe('Remove from list');
    expect(
      parse(await page(store, listUrl(listByName('All leads').listId))).querySelector('[data-bulk-action="remove-from-list"]'),
    ).toBeNull();
  });

  it('More ▾ → Delete archives the checked members (the records, not the list)', async () => {
    const list = listByName('Trade fair leads 2025');
    const path = listUrl(list.listId);
    win = mountPage(store, await page(store, path), path);
    const doc = win.document as unknown as Document;
    const box = doc.querySelector('input[aria-label="Select row"]') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new win.Event('change', { bubbles: true }) as unknown as Event);
    (doc.querySelector('[data-menu-toggle]') as HTMLButtonElement).click();
    expect((doc.querySelector('[role="menu"]') as HTMLElement).hidden).toBe(false);
    (doc.querySelector('[role="menuitem"]') as HTMLButtonElement).click();
    const input = doc.querySelector('[role="dialog"] input') as HTMLInputElement;
    input.value = '1';
    input.dispatchEvent(new win.Event('input') as unknown as Event);
    (doc.querySelector('[data-test-id="delete-dialog-confirm-button"]') as HTMLButtonElement).click();
    await settle(30);
    expect(store.get('0-1', box.value)).toBeUndefined();
    expect(store.lists.get(list.listId)).toBeDefined();
    expect(rowIds(doc)).not.toContain(box.value);
    expect(count(doc)).toBe(`${store.listMembers(list.listId).length} contacts`);
  });

  it('drops an archived member on the next load; a restore does not put it back in this manual list', async () => {
    const list = listByName('Newsletter import');
    const [victim] = store.listMembers(list.listId);
    const before = store.listMembers(list.listId).length;
    store.archive('0-1', [victim as string]);
    let doc = parse(await page(store, listUrl(list.listId)));
    expect(rowIds(doc)).not.toContain(victim);
    expect(count(doc)).toBe(`${before - 1} contacts`);
    store.restore('0-1', [victim as string]);
    doc = parse(await page(store, listUrl(list.listId)));
    expect(store.get('0-1', victim as string)).toBeDefined();
    expect(rowIds(doc)).not.toContain(victim);
  });

  it('removes members through Remove from list, and refuses on active lists', async () => {
    const list = listByName('VIP customers');
    const [member] = store.listMembers(list.listId);
    const remove = (listId: string, body: unknown) =>
      uiRequest(store, `/ui-api/${PORTAL}/lists/${listId}/remove`, { method: 'POST', body: JSON.stringify(body) });
    expect(JSON.parse((await remove(list.listId, { ids: [member] })).body)).toEqual({ removed: 1, ids: [member] });
    expect(store.listMembers(list.listId)).not.toContain(member);
    expect(store.get('0-1', member as string)).toBeDefined();
    expect((await remove(listByName('All leads').listId, { ids: [member] })).status).toBe(400);
  });

  it('serves the older /lists/ shape and the index of all lists; an unknown list gets a 404 notice', async () => {
    const list = listByName('VIP customers');
    const old = parse(await page(store, `/contacts/${PORTAL}/lists/${list.listId}`));
    expect(old.querySelector('[data-test-id="list-name"]')?.textContent).toBe('VIP customers');
    const index = parse(await page(store, `/contacts/${PORTAL}/objectLists/`));
    const links = [...index.querySelectorAll('a[href*="/objectLists/"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(store.lists.all().map((l) => `/contacts/${PORTAL}/objectLists/${l.listId}`)));
    const missing = await uiRequest(store, listUrl('999999'));
    expect(missing.status).toBe(404);
    expect(parse(missing.body).querySelector('h1')?.textContent).toBe("This list doesn't exist");
  });
});
