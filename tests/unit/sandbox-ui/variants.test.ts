import type { Window } from 'happy-dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { boardColumns, cardName, findBoard, readCardIdentity, readColumn } from '@/lib/hubspot/page/board';
import { findTable, readDisplayedTotal, tableRows } from '@/lib/hubspot/page/table';
import type { SandboxStore } from '../../sandbox/store';
import { mountPage, page, parse, PORTAL, seededStore, settle } from './ui-harness';

/**
 * The sandbox's `?variant=` pages (tests/sandbox/ui/variants.ts), read with crm-sweep's own page
 * readers: each variant shows its count through a different alternative of COUNT_SIGNALS /
 * TABLE_SELECTORS, and every one of them is read to the same numbers (or, for the variants
 * without a count, to none).
 */
let store: SandboxStore;
let win: Window | undefined;
beforeAll(() => {
  store = seededStore(300);
});
afterEach(() => {
  void win?.happyDOM.abort();
  win = undefined;
});

const tablePath = (variant: string) => `/contacts/${PORTAL}/objects/0-1/views/all/list?variant=${variant}`;
const contacts = () => store.listRecords('0-1').length;

describe('table variants', () => {
  it.each([
    ['current', 'framework-data-table', null],
    ['object-table', 'crm-object-table', null],
    ['grid', null, 'grid'],
  ])('%s: the table and its total are read through their own alternative', async (variant, testId, role) => {
    const doc = parse(await page(store, tablePath(variant)));
    const table = findTable(doc)!;
    expect(table.getAttribute('data-test-id')).toBe(testId);
    expect(table.getAttribute('role')).toBe(role);
    expect(tableRows(table)).toHaveLength(25);
    expect(readDisplayedTotal(doc)).toEqual({ count: contacts(), noun: 'records' });
  });

  it('no-total: rows but no total to read', async () => {
    const doc = parse(await page(store, tablePath('no-total')));
    expect(tableRows(findTable(doc)!)).toHaveLength(25);
    expect(readDisplayedTotal(doc)).toBeNull();
  });

  it('paging links keep the variant; an unknown variant renders the current table', async () => {
    const doc = parse(await page(store, tablePath('grid')));
    expect(doc.querySelector('[data-page-link][aria-label="Page 2"]')?.getAttribute('href')).toMatch(/variant=grid/);
    const unknown = parse(await page(store, tablePath('nonsense')));
    expect(findTable(unknown)?.getAttribute('data-test-id')).toBe('framework-data-table');
  });

  it('the list page has the same variants, counted in its own noun', async () => {
    const list = store.lists.all().find((l) => l.objectTypeId === '0-1' && store.listMembers(l.listId).length > 0)!;
    const path = (variant: string) => `/contacts/${PORTAL}/objectLists/${list.listId}?variant=${variant}`;
    const members = store.listMembers(list.listId).length;
    for (const variant of ['current', 'object-table', 'grid'])
      expect(readDisplayedTotal(parse(await page(store, path(variant)))), variant).toMatchObject({ count: members });
    expect(readDisplayedTotal(parse(await page(store, path('no-total'))))).toBeNull();
  });
});

describe('board variants', () => {
  const boardPath = (variant: string) => `/contacts/${PORTAL}/objects/0-3/views/all/board?autorefresh=0&variant=${variant}`;
  const read = (doc: Document) => boardColumns(doc).map((c) => readColumn(c as HTMLElement)!);

  it('every variant with a count reads the same stage names and counts; no-count reads names only', async () => {
    const expected = read(parse(await page(store, boardPath('current')))).map((c) => [c.label, c.shown]);
    expect(expected.every(([, shown]) => typeof shown === 'number')).toBe(true);
    for (const variant of ['count-in-name', 'aria-label', 'flat-cards'])
      expect(
        read(parse(await page(store, boardPath(variant)))).map((c) => [c.label, c.shown]),
        variant,
      ).toEqual(expected);
    expect(read(parse(await page(store, boardPath('no-count')))).map((c) => [c.label, c.shown])).toEqual(
      expected.map(([label]) => [label, null]),
    );
  });

  it('flat-cards: the older card markup and no board wrapper, read through their alternatives', async () => {
    win = mountPage(store, await page(store, boardPath('flat-cards')), boardPath('flat-cards'));
    const doc = win.document as unknown as Document;
    expect(doc.querySelector('[data-test-id="cdb-board"]')).toBeNull();
    expect(findBoard(doc)).toBe(doc.querySelector('[data-test-id="cdb-column"]')!.parentElement);
    const cards = [...doc.querySelectorAll('[data-test-id="cdb-column-item"]')];
    expect(cards.length).toBeGreaterThan(0);
    expect(doc.querySelector('[data-test-id="cdbc-title"], [data-rbd-draggable-id]')).toBeNull();
    for (const card of cards) {
      const identity = readCardIdentity(card)!;
      expect(identity.id).toBe(card.getAttribute('data-selenium-id'));
      expect(cardName(identity)).toBe(card.querySelector('a')!.textContent);
    }
  });

  it.each(['count-in-name', 'aria-label'])('%s: the search box updates the count where the variant shows it', async (variant) => {
    win = mountPage(store, await page(store, boardPath(variant)), boardPath(variant));
    const doc = win.document as unknown as Document;
    const before = read(doc)[0]!;
    const search = doc.querySelector<HTMLInputElement>('[data-board-search]')!;
    search.value = 'zzzz-no-such-deal';
    search.dispatchEvent(new (win as unknown as typeof globalThis).Event('input'));
    await settle();
    expect(before.shown).toBeGreaterThan(0);
    expect(read(doc)[0]).toMatchObject({ label: before.label, shown: 0 });
  });
});
