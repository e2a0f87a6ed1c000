import { beforeAll, describe, expect, it } from 'vitest';
import type { SandboxStore } from '../../sandbox/store';
import { page, parse, PORTAL, rowIds, seededStore, uiRequest } from './ui-harness';

let store: SandboxStore;
beforeAll(() => {
  store = seededStore(1200);
});

const table = (typeId: string, view = 'all', query = '') => `/contacts/${PORTAL}/objects/${typeId}/views/${view}/list${query}`;
const activeIds = (typeId: string) => store.listRecords(typeId).map((r) => r.id);
const total = (doc: Document) => doc.querySelector('[data-test-id="record-count"]')?.textContent;

describe('table view', () => {
  it("keeps HubSpot's table contract: rows, name cell link, column indexes, native checkboxes", async () => {
    const doc = parse(await page(store, table('0-1')));
    const root = doc.querySelectorAll('table[data-test-id="framework-data-table"]');
    expect(root).toHaveLength(1);
    expect(rowIds(doc)).toEqual(activeIds('0-1').slice(0, 25));
    const row = doc.querySelector('tr[data-test-id^="row-"]') as Element;
    const id = (row.getAttribute('data-test-id') as string).slice(4);
    expect(row.querySelector(`td[data-column-index="0"] a[href$="/record/0-1/${id}"]`)).not.toBeNull();
    expect([...row.querySelectorAll('td[data-column-index]')].map((c) => c.getAttribute('data-column-index'))).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    expect(doc.querySelectorAll('thead input[type="checkbox"][aria-label="Select all records"]')).toHaveLength(1);
    expect(doc.querySelectorAll('tbody input[type="checkbox"][aria-label="Select row"]')).toHaveLength(25);
    expect(doc.querySelector('[data-bulk-bar] [data-bulk-action="delete"]')?.textContent).toBe('Delete');
  });

  it('shows the total as HubSpot does, with a thousands separator', async () => {
    const doc = parse(await page(store, table('0-1')));
    expect(total(doc)).toBe('1,200 records');
  });

  it('pages by ?page and ?pageSize (25, 50, 100) in ascending ID order', async () => {
    const ids = activeIds('0-1');
    expect(rowIds(parse(await page(store, table('0-1', 'all', '?page=3&pageSize=50'))))).toEqual(ids.slice(100, 150));
    expect(rowIds(parse(await page(store, table('0-1', 'all', '?pageSize=100'))))).toEqual(ids.slice(0, 100));
    // An unsupported size falls back to 25; a page past the end shows the last page.
    expect(rowIds(parse(await page(store, table('0-1', 'all', '?pageSize=7'))))).toHaveLength(25);
    expect(rowIds(parse(await page(store, table('0-1', 'all', '?page=999&pageSize=100'))))).toEqual(ids.slice(1100, 1200));
  });

  it('links prev / next / page size to the same view', async () => {
    const doc = parse(await page(store, table('0-1', '101', '?page=1&pageSize=25')));
    expect(doc.querySelector('[data-test-id="previous-page-button"]')?.getAttribute('aria-disabled')).toBe('true');
    const sizes = [...doc.querySelectorAll('select[aria-label="Records per page"] option')].map((o) => o.getAttribute('data-href'));
    expect(sizes).toEqual([25, 50, 100].map((s) => `/contacts/${PORTAL}/objects/0-1/views/101/list?page=1&pageSize=${s}`));
  });

  it('shows fewer records and its own total on a filtered saved view', async () => {
    const doc = parse(await page(store, table('0-1', '101', '?pageSize=100')));
    const expected = store.listRecords('0-1').filter((r) => r.properties.lifecyclestage === 'lead' && r.properties.city === 'Copenhagen');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(1200);
    expect(total(doc)).toBe(`${expected.length} records`);
    expect(rowIds(doc)).toEqual(expected.map((r) => r.id).slice(0, 100));
    expect(doc.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('My leads');
    expect(doc.querySelector('[data-test-id="view-filters"]')?.textContent).toContain('Copenhagen');
  });

  it('leaves the rows to the page script with ?render=client, as HubSpot renders them after their data', async () => {
    const doc = parse(await page(store, table('0-1', 'all', '?pageSize=100&render=client&dataMs=250&variant=no-total')));
    expect(doc.querySelector('table')).toBeNull();
    expect(doc.querySelector('[data-index-region] [role="status"]')?.textContent).toBe('Loading contacts…');
    const config = JSON.parse(doc.getElementById('crm-page-config')?.textContent ?? '{}');
    expect(config.rowsUrl).toBe(`/contacts/${PORTAL}/objects/0-1/views/all/list?pageSize=100&variant=no-total`);
    expect(config.rowsAfterMs).toBe(250);
    // What the script then fetches is the same page with its rows.
    expect(rowIds(parse(await page(store, config.rowsUrl)))).toEqual(activeIds('0-1').slice(0, 100));
    // A delay that is no number, or too long, falls back or is capped.
    const odd = (q: string) =>
      page(store, table('0-1', 'all', q)).then(
        (html) => JSON.parse(parse(html).getElementById('crm-page-config')?.textContent ?? '{}').rowsAfterMs,
      );
    expect(await odd('?render=client&dataMs=soon')).toBe(500);
    expect(await odd('?render=client&dataMs=999999')).toBe(10_000);
    expect(await odd('?render=server')).toBeUndefined();
  });

  it('renders every object type with an index page, the custom object included', async () => {
    const custom = store.objectTypes.resolve('machines')?.objectTypeId as string;
    for (const typeId of ['0-1', '0-2', '0-3', '0-5', '0-48', custom]) {
      const doc = parse(await page(store, table(typeId)));
      expect(rowIds(doc), typeId).toEqual(activeIds(typeId).slice(0, 25));
      const firstId = rowIds(doc)[0];
      expect(doc.querySelector(`td[data-column-index="0"] a[href$="/record/${typeId}/${firstId}"]`), typeId).not.toBeNull();
    }
  });

  it('drops an archived record on the next load', async () => {
    const victim = activeIds('0-2')[3] as string;
    store.archive('0-2', [victim]);
    const doc = parse(await page(store, table('0-2')));
    expect(rowIds(doc)).not.toContain(victim);
    expect(rowIds(doc)).toEqual(activeIds('0-2').slice(0, 25));
    expect(total(doc)).toBe(`${activeIds('0-2').length} records`);
  });

  it('escapes user text: a contact named <script> stays text', async () => {
    const record = store.create('contacts', { firstname: '<script>window.pwned=1</script>', lastname: '"><img src=x onerror=alert(1)>' });
    const html = await page(store, table('0-1', 'all', '?page=999&pageSize=100'));
    expect(html).not.toContain('<script>window.pwned');
    expect(html).not.toContain('<img src=x');
    const doc = parse(html);
    const cell = doc.querySelector(`tr[data-test-id="row-${record.id}"] td[data-column-index="0"]`);
    expect(cell?.textContent).toContain('<script>window.pwned=1</script>');
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });

  it('answers false for URLs that are not its pages', async () => {
    for (const path of [
      `/contacts/999/objects/0-1/views/all/list`, // another portal
      `/contacts/${PORTAL}/objects/0-46/views/all/list`, // notes have no index page
      `/contacts/${PORTAL}/objects/2-1/views/all/list`,
      `/contacts/${PORTAL}/objects/0-1/views/99999/list`, // no such saved view
      `/contacts/${PORTAL}/objects/0-1/views/all/grid`,
      `/contacts/${PORTAL}/objects/0-1/views/all/board`, // contacts have no board
      `/contacts/${PORTAL}/objects/0-3/views/all/board?pipeline=nope`,
      '/nope',
      '/favicon.ico',
      `/ui-api/${PORTAL}/objects/0-1/unknown`,
    ]) {
      expect((await uiRequest(store, path)).handled, path).toBe(false);
    }
    expect((await uiRequest(store, table('0-1'), { method: 'POST' })).handled).toBe(false);
  });
});
