import type { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SandboxStore } from '../../sandbox/store';
import { mountPage, page, PORTAL, rowIds, seededStore, settle, uiRequest } from './ui-harness';

/**
 * HubSpot's own bulk flow on the table, run in happy-dom: check rows → bulk bar → Delete →
 * dialog asking for the typed count → archive → the table reloads in place.
 */
let store: SandboxStore;
let win: Window;
const path = (view = 'all') => `/contacts/${PORTAL}/objects/0-1/views/${view}/list`;

async function open(view = 'all'): Promise<Document> {
  win = mountPage(store, await page(store, path(view)), path(view));
  return win.document as unknown as Document;
}
const rowBoxes = (doc: Document) => [...doc.querySelectorAll<HTMLInputElement>('input[aria-label="Select row"]')];
const check = (box: HTMLInputElement) => {
  box.checked = true;
  box.dispatchEvent(new win.Event('change', { bubbles: true }) as unknown as Event);
};
const dialog = (doc: Document) => doc.querySelector('[role="dialog"]') as HTMLElement;
const typeCount = (doc: Document, text: string) => {
  const input = dialog(doc).querySelector('input') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new win.Event('input', { bubbles: true }) as unknown as Event);
};
const confirmButton = (doc: Document) => dialog(doc).querySelector('[data-test-id="delete-dialog-confirm-button"]') as HTMLButtonElement;

beforeEach(() => {
  store = seededStore(200);
});
afterEach(() => void win?.happyDOM.abort());

describe('table bulk delete (native HubSpot flow)', () => {
  it('shows the bulk bar with the count once a row is checked', async () => {
    const doc = await open();
    const bar = doc.querySelector('[data-bulk-bar]') as HTMLElement;
    expect(bar.hidden).toBe(true);
    check(rowBoxes(doc)[0] as HTMLInputElement);
    check(rowBoxes(doc)[2] as HTMLInputElement);
    expect(bar.hidden).toBe(false);
    expect(doc.querySelector('[data-bulk-count]')?.textContent).toBe('2 selected');
  });

  it('asks for the typed count and archives exactly the checked rows, then reloads the table', async () => {
    const doc = await open();
    const picked = [rowBoxes(doc)[0], rowBoxes(doc)[4]].map((b) => (b as HTMLInputElement).value);
    for (const i of [0, 4]) check(rowBoxes(doc)[i] as HTMLInputElement);
    (doc.querySelector('[data-bulk-action="delete"]') as HTMLButtonElement).click();
    expect(dialog(doc).querySelector('h2')?.textContent).toBe('Delete 2 records?');
    expect(confirmButton(doc).disabled).toBe(true);
    typeCount(doc, '3');
    expect(confirmButton(doc).disabled).toBe(true);
    typeCount(doc, '2');
    expect(confirmButton(doc).disabled).toBe(false);
    confirmButton(doc).click();
    await settle(30);
    for (const id of picked) expect(store.get('0-1', id)).toBeUndefined();
    expect(dialog(doc)).toBeNull();
    expect(rowIds(doc)).not.toContain(picked[0]);
    expect(rowIds(doc)).toEqual(
      store
        .listRecords('0-1')
        .slice(0, 25)
        .map((r) => r.id),
    );
    expect(doc.querySelector('[data-test-id="record-count"]')?.textContent).toBe('198 records');
  });

  it('offers "Select all N records" once the page is selected and then deletes the whole filtered view only', async () => {
    // Enough matches for a second page: make some more contacts Copenhagen leads.
    for (const r of store.listRecords('0-1').slice(0, 40)) store.update('0-1', r.id, { lifecyclestage: 'lead', city: 'Copenhagen' });
    const inView = store
      .search('0-1', {
        filterGroups: [
          {
            filters: [
              { propertyName: 'lifecyclestage', operator: 'EQ', value: 'lead' },
              { propertyName: 'city', operator: 'EQ', value: 'Copenhagen' },
            ],
          },
        ],
      })
      .map((r) => r.id);
    const doc = await open('101');
    const selectPage = doc.querySelector('input[aria-label="Select all records"]') as HTMLInputElement;
    check(selectPage);
    const all = doc.querySelector('[data-select-all-matching]') as HTMLButtonElement;
    expect(all.hidden).toBe(false);
    expect(all.textContent).toBe(`Select all ${inView.length} records`);
    all.click();
    expect(doc.querySelector('[data-bulk-count]')?.textContent).toBe(`${inView.length} selected`);
    (doc.querySelector('[data-bulk-action="delete"]') as HTMLButtonElement).click();
    typeCount(doc, String(inView.length));
    confirmButton(doc).click();
    await settle(30);
    expect(inView.every((id) => store.get('0-1', id) === undefined)).toBe(true);
    expect(store.listRecords('0-1')).toHaveLength(200 - inView.length);
    expect(doc.querySelector('[data-test-id="record-count"]')?.textContent).toBe('0 records');
  });

  it('pages in place without changing the URL', async () => {
    const doc = await open();
    (doc.querySelector('a[data-test-id="next-page-button"]') as HTMLAnchorElement).click();
    await settle(20);
    expect(rowIds(doc)).toEqual(
      store
        .listRecords('0-1')
        .slice(25, 50)
        .map((r) => r.id),
    );
    expect(win.location.pathname + win.location.search).toBe(path());
  });

  it('the archive endpoint takes ids, a view or a list, and refuses anything else', async () => {
    const post = (body: unknown) =>
      uiRequest(store, `/ui-api/${PORTAL}/objects/0-1/archive`, { method: 'POST', body: JSON.stringify(body) });
    const [a, b] = store.listRecords('0-1').map((r) => r.id);
    expect(JSON.parse((await post({ ids: [a, b, '1'] })).body)).toEqual({ archived: 2, ids: [a, b] });
    expect((await post({ ids: [1, 2] })).status).toBe(400);
    expect((await post({ viewId: '99999' })).status).toBe(404);
    expect((await post({ listId: '106' })).status).toBe(404); // a company list
    expect((await post({})).status).toBe(400);
    expect((await uiRequest(store, `/ui-api/${PORTAL}/objects/0-1/archive`, { method: 'POST', body: 'not json' })).status).toBe(400);
  });
});
