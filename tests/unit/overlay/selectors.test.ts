// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCapped, isRestorePageBusy, isTicked, pageSelectedCount, restorePageShape, restoreRows } from '@/lib/hubspot/page/restore-page';
import { boardColumns, cardName, findBoard, readCardIdentity, readColumn, visibleCardsOf } from '@/lib/hubspot/page/board';
import {
  agreedRecordId,
  BOARD_SELECTORS,
  parseDisplayedCount,
  queryAll,
  readableText,
  recordIdFromHref,
  RESTORE_SELECTORS,
  TABLE_SELECTORS,
} from '@/lib/hubspot/page/selectors';
import { labelledCount, splitTrailingCount } from '@/lib/hubspot/page/counts';
import {
  countRows,
  findTable,
  linkedRowId,
  nameHeader,
  nameLinks,
  readDisplayedTotal,
  readRow,
  rowName,
  tableRows,
} from '@/lib/hubspot/page/table';

const readCard = (card: Element) => {
  const identity = readCardIdentity(card);
  return identity && { id: identity.id, name: cardName(identity) };
};

/** Loads a saved page from tests/fixtures into this test's document (scripts never run). */
function load(file: string): Document {
  const html = readFileSync(path.resolve(import.meta.dirname, '../../fixtures', file), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '').replace(/<\/?html[^>]*>/g, '');
  return document;
}

const ids = (rows: Element[]) => rows.map((r) => readRow(r)?.id ?? null);

describe('table selectors against saved pages', () => {
  it('sandbox table: finds the table, 25 rows with IDs and names, the page header and the total', () => {
    const doc = load('sandbox-table.html');
    const table = findTable(doc)!;
    expect(table.getAttribute('data-test-id')).toBe('framework-data-table');
    const rows = tableRows(table);
    expect(rows).toHaveLength(25);
    const first = readRow(rows[0]!)!;
    expect(first.id).toMatch(/^[1-9]\d*$/);
    // The avatar's initials are aria-hidden: the name is what a person reads.
    expect(rowName(first)).not.toMatch(/^[A-Z]{2}\S/);
    expect(rowName(first).split(' ').length).toBeGreaterThanOrEqual(1);
    expect(nameHeader(table)?.textContent).toMatch(/Name/);
    expect(readDisplayedTotal(doc)).toEqual({ count: 60, noun: 'records' });
  });

  it('sandbox list page: members table and "N contacts"', () => {
    const doc = load('sandbox-list.html');
    const table = findTable(doc)!;
    expect(tableRows(table).length).toBeGreaterThan(0);
    expect(ids(tableRows(table)).every((id) => id !== null)).toBe(true);
    expect(readDisplayedTotal(doc)).toMatchObject({ noun: 'contacts' });
  });

  it('crm-object-table variant: reads good rows, refuses conflicting, malformed and empty IDs', () => {
    const doc = load('variant-table-object-table.html');
    const table = findTable(doc)!;
    expect(table.getAttribute('data-test-id')).toBe('crm-object-table');
    expect(ids(tableRows(table))).toEqual(['101', '18446744073709551615', null, null, null, null, '104']);
    expect(rowName(readRow(tableRows(table)[0]!)!)).toBe('Ada Lovelace');
    expect(rowName(readRow(tableRows(table)[1]!)!)).toBe('Grace Hopper');
    expect(rowName(readRow(tableRows(table)[6]!)!)).toBe('Carl Linnaeus');
    // Read through the name links (the overlay's first pass): the same answers for rows that have one.
    const links = Array.from(nameLinks(table));
    expect(links.map((a) => a.closest('tr')!.getAttribute('data-test-id'))).toEqual(['row-101', 'row-18446744073709551615', 'row-102']);
    expect(links.map((a) => linkedRowId(a.closest('tr')!, a))).toEqual(['101', '18446744073709551615', null]);
    expect(countRows(table)).toBe(7);
    // "1.234" is a grouped whole number (Danish/German grouping), never 1.234.
    expect(readDisplayedTotal(doc)).toEqual({ count: 1234, noun: 'contacts' });
  });

  it('ARIA grid variant: table[role="grid"] without HubSpot\'s test ID', () => {
    const doc = load('variant-table-grid.html');
    const table = findTable(doc)!;
    expect(table.getAttribute('role')).toBe('grid');
    expect(ids(tableRows(table))).toEqual(['7001', '7002']);
    expect(readDisplayedTotal(doc)).toEqual({ count: 12, noun: 'records' });
  });

  it.each(['nonmatch-class-only.html', 'nonmatch-record.html', 'sandbox-board.html'])('%s: no table, no rows, no total', (file) => {
    const doc = load(file);
    expect(findTable(doc)).toBeNull();
    expect(queryAll(doc, TABLE_SELECTORS.row)).toHaveLength(0);
    if (file !== 'sandbox-board.html') expect(readDisplayedTotal(doc)).toBeNull();
  });
});

describe('board selectors against saved pages', () => {
  it('sandbox board: 7 stage columns with names and counts, cards with IDs that agree', () => {
    const doc = load('sandbox-board.html');
    const columns = boardColumns(doc).map((c) => readColumn(c)!);
    expect(columns.map((c) => c.label)).toEqual([
      'Appointment Scheduled',
      'Qualified To Buy',
      'Presentation Scheduled',
      'Decision Maker Bought-In',
      'Contract Sent',
      'Closed Won',
      'Closed Lost',
    ]);
    expect(columns.map((c) => c.shown)).toEqual([7, 7, 8, 5, 4, 8, 8]);
    expect(findBoard(doc)?.getAttribute('data-test-id')).toBe('cdb-board');
    const cards = queryAll(doc, BOARD_SELECTORS.card);
    expect(cards).toHaveLength(47);
    const records = cards.map((c) => readCard(c));
    expect(records.every((r) => r !== null && /^[1-9]\d*$/.test(r.id) && r.name.length > 0)).toBe(true);
    expect(new Set(records.map((r) => r!.id)).size).toBe(47);
  });

  it('nested-wrapper variant: reads titles without links, skips hidden cards in ranges, refuses disagreeing IDs', () => {
    const doc = load('variant-board-nested.html');
    const [newTicket, waiting] = boardColumns(doc);
    expect(readColumn(newTicket!)).toMatchObject({ label: 'New ticket', shown: 1204 });
    expect(readColumn(waiting!)).toMatchObject({ label: 'Waiting on contact', shown: null });
    expect(findBoard(doc)?.getAttribute('class')).toBe('b0ard');
    const cards = queryAll(newTicket!, BOARD_SELECTORS.card);
    expect(cards.map((c) => readCard(c)?.id ?? null)).toEqual(['501', '502', null, null, '9007199254740993']);
    expect(readCard(cards[4]!)!.name).toBe('Beyond 2^53');
    expect(visibleCardsOf(newTicket!).map((c) => c.getAttribute('data-selenium-id'))).toEqual(['501', '503', '5e3', '9007199254740993']);
    expect(queryAll(waiting!, BOARD_SELECTORS.card).map((c) => readCard(c))).toEqual([
      { id: '601', name: 'Refund request' },
      // Its only link is the associated company's: the ID comes from the card and its drag ID.
      { id: '602', name: 'Invoice question' },
    ]);
  });

  it.each(['nonmatch-class-only.html', 'nonmatch-record.html', 'sandbox-table.html'])('%s: no columns, no cards, no board', (file) => {
    const doc = load(file);
    expect(boardColumns(doc)).toHaveLength(0);
    expect(queryAll(doc, BOARD_SELECTORS.card)).toHaveLength(0);
    expect(findBoard(doc)).toBeNull();
  });
});

describe('counts from every signal HubSpot has used (COUNT_SIGNALS)', () => {
  it("table total in the ARIA grid's label when the visible one is abbreviated", () => {
    expect(readDisplayedTotal(load('variant-table-total-label.html'))).toEqual({ count: 1234, noun: 'companies' });
  });

  it('table total as plain "1,234 contacts" above the older table, not the decoys around it', () => {
    const doc = load('variant-table-total-text.html');
    expect(findTable(doc)?.getAttribute('data-test-id')).toBe('crm-object-table');
    expect(readDisplayedTotal(doc)).toEqual({ count: 1234, noun: 'contacts' });
    // Without the header's text nothing else on the page is taken for a total.
    doc.querySelector('.c4')!.remove();
    expect(readDisplayedTotal(doc)).toBeNull();
  });

  it('two different "N records" texts above the table are ambiguous: no total', () => {
    const doc = load('variant-table-total-text.html');
    doc.querySelector('.c4')!.insertAdjacentHTML('afterend', '<span>40 contacts</span>');
    expect(readDisplayedTotal(doc)).toBeNull();
  });

  it('a table that shows no total reads none', () => {
    expect(readDisplayedTotal(load('variant-table-no-total.html'))).toBeNull();
  });

  it('board columns: count element, ARIA label, trailing number, and names that merely end in a number', () => {
    const doc = load('variant-board-counts.html');
    expect(boardColumns(doc).map((c) => readColumn(c) && { label: readColumn(c)!.label, shown: readColumn(c)!.shown })).toEqual([
      { label: 'Appointment scheduled', shown: 37 },
      { label: 'Q3 2026', shown: null },
      { label: 'Closed won', shown: 1234 },
      { label: 'Stage 2', shown: 5 },
      { label: 'Stage 2', shown: 37 },
      { label: 'Contract sent', shown: 1204 },
      { label: 'Lost', shown: null },
    ]);
  });

  it('a count React renders as its own text node ({name} {count}) is split off; one text node is not', () => {
    const name = document.createElement('span');
    name.append('Appointment scheduled', ' ', '1,204');
    expect(splitTrailingCount(name)).toEqual({ name: 'Appointment scheduled', count: 1204 });
    const one = document.createElement('span');
    one.append('Appointment scheduled 1,204');
    expect(splitTrailingCount(one)).toBeNull();
    const onlyNumber = document.createElement('span');
    onlyNumber.append('2026');
    expect(splitTrailingCount(onlyNumber)).toBeNull();
    const notNumber = document.createElement('span');
    notNumber.innerHTML = 'Q3 <b>2026 plan</b>';
    expect(splitTrailingCount(notNumber)).toBeNull();
  });

  it.each([
    ['Appointment scheduled, 37 deals', { count: 37, noun: 'deals' }],
    ['Contacts: 1,234 records', { count: 1234, noun: 'records' }],
    ['Closed won (1.204 aftaler)', { count: 1204, noun: 'aftaler' }],
    ['12 contacts', { count: 12, noun: 'contacts' }],
  ])('reads the ARIA label "%s"', (label, expected) => {
    expect(labelledCount(label)).toEqual(expected);
  });

  it.each(['Q3 2026', 'Lost, 12', 'Stage 2 deals', 'Closed, 3 days', 'Deals', '1.2K deals'])(
    'does not read the ARIA label "%s"',
    (label) => {
      expect(labelledCount(label)).toBeNull();
    },
  );
});

describe('reading IDs and counts', () => {
  it('takes an ID only when every source agrees and all are decimal', () => {
    expect(agreedRecordId(['12', null, '12'])).toBe('12');
    expect(agreedRecordId(['12', '13'])).toBeNull();
    expect(agreedRecordId(['12', '1e3'])).toBeNull();
    expect(agreedRecordId([null, undefined])).toBeNull();
    expect(agreedRecordId(['007'])).toBeNull();
    expect(agreedRecordId(['123456789012345678901'])).toBeNull();
  });

  it('reads the record ID at the end of record links only', () => {
    expect(recordIdFromHref('/contacts/1/record/0-3/42')).toBe('42');
    expect(recordIdFromHref('https://app.hubspot.com/contacts/1/record/2-77/42/?x=1#y')).toBe('42');
    expect(recordIdFromHref('/contacts/1/record/0-3/42/activities')).toBeNull();
    expect(recordIdFromHref('/contacts/1/objects/0-3/views/all/list')).toBeNull();
  });

  it.each([
    ['1,234 records', { count: 1234, noun: 'records' }],
    ['1.234 kontakter', { count: 1234, noun: 'kontakter' }],
    ['1 234 deals', { count: 1234, noun: 'deals' }],
    ['12\u00a0345\u00a0678 records', { count: 12345678, noun: 'records' }],
    ['37', { count: 37, noun: '' }],
    ['0 records', { count: 0, noun: 'records' }],
    ['1.234 kontaktpersoner ', { count: 1234, noun: 'kontaktpersoner' }],
    ['12 sociale medier', { count: 12, noun: 'sociale medier' }],
    ['7 e-mails', { count: 7, noun: 'e-mails' }],
    ['3 åbne aftaler', { count: 3, noun: 'åbne aftaler' }],
    ['5 Übersichten', { count: 5, noun: 'Übersichten' }],
    ['1,234 件', { count: 1234, noun: '件' }],
    ['40 записей', { count: 40, noun: 'записей' }],
  ])('parses "%s"', (text, expected) => {
    expect(parseDisplayedCount(text)).toEqual(expected);
  });

  it.each([
    '1.2K records',
    'about 40 records',
    '1,23 records',
    '',
    'records',
    '12 records and more!',
    '50 %',
    '2026 Q3',
    '12 -records',
    '3 €',
    '4 записей!',
    '9 deals\n10',
  ])('refuses "%s"', (text) => {
    expect(parseDisplayedCount(text)).toBeNull();
  });
});

describe('readableText', () => {
  const text = (html: string) => {
    const host = document.createElement('a');
    host.innerHTML = html;
    return readableText(host);
  };
  it('reads what a person reads: hidden parts and ours left out, wherever they sit', () => {
    expect(text('<span>Åse  Jensen</span>')).toBe('Åse Jensen');
    expect(text('<span aria-hidden="true">ÅJ</span><span>Åse Jensen</span>')).toBe('Åse Jensen');
    expect(text('<span aria-hidden="true">ÅJ</span><span>Åse</span><span aria-hidden="true">★</span> Jensen')).toBe('Åse Jensen');
    expect(text('<span aria-hidden="true">ÅJ</span><span>Åse <i aria-hidden="true">(VIP)</i>Jensen</span>')).toBe('Åse Jensen');
    expect(text('<span>Åse</span><span aria-hidden="true">ÅJ</span> Jensen')).toBe('Åse Jensen');
    expect(text('lead <span aria-hidden="true">ÅJ</span>Åse')).toBe('lead Åse');
    expect(text('<span aria-hidden="true">ÅJ</span>Åse<input data-crmx-check="row" data-crmx="">')).toBe('Åse');
  });
});

describe('restore page selectors against saved pages', () => {
  it('sandbox restore page, table variant: 25 rows whose row and checkbox IDs agree, pager, page size, count', () => {
    const doc = load('sandbox-restore-table.html');
    expect(restorePageShape(doc)?.kind).toBe('records');
    const rows = restoreRows(doc);
    expect(rows).toHaveLength(25);
    for (const r of rows) expect(r.id).toMatch(/^[1-9]\d*$/);
    expect(rows.some((r) => isTicked(r.box))).toBe(false);
    expect(queryAll(doc, RESTORE_SELECTORS.nextPage)).toHaveLength(1);
    expect(queryAll(doc, RESTORE_SELECTORS.pageSize)).toHaveLength(1);
    expect(queryAll(doc, RESTORE_SELECTORS.pageCheckbox)).toHaveLength(1);
    expect(pageSelectedCount(doc)).toBe(0);
    expect(isRestorePageBusy(doc)).toBe(false);
    expect(isCapped(doc)).toBe(false);
  });

  it('sandbox restore page, grid variant: ARIA rows and checkboxes with the same IDs as the table', () => {
    const table = restoreRows(load('sandbox-restore-table.html')).map((r) => r.id);
    const doc = load('sandbox-restore-grid.html');
    const rows = restoreRows(doc);
    expect(rows.map((r) => r.id)).toEqual(table);
    expect(rows[0]!.box.getAttribute('role')).toBe('checkbox');
    expect(queryAll(doc, RESTORE_SELECTORS.pageSize)).toHaveLength(1);
    expect(queryAll(doc, RESTORE_SELECTORS.pageCheckbox)).toHaveLength(1);
  });

  it('a tampered row (row and checkbox IDs differ) or a row without a checkbox ID has no ID', () => {
    const doc = load('sandbox-restore-table.html');
    const [first, second] = restoreRows(doc);
    (first!.box as HTMLInputElement).value = '12345';
    second!.box.removeAttribute('value');
    const [a, b, c] = restoreRows(doc);
    expect([a!.id, b!.id]).toEqual([null, null]);
    expect(c!.id).not.toBeNull();
  });

  it('the permission page is recognised; other pages are neither', () => {
    expect(restorePageShape(load('sandbox-restore-no-permission.html'))).toEqual({ kind: 'noPermission' });
    expect(restorePageShape(load('sandbox-table.html'))).toBeNull();
    expect(restoreRows(load('sandbox-table.html'))).toEqual([]);
  });
});
