// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { SelectablePage } from '@/lib/overlay/context';
import { initPageStyle } from '@/lib/overlay/page-style';
import { initTableRows } from '@/lib/overlay/table-rows';
import { checkbox, click, frames, loadFixture, pointerIn, PORTAL, rowBoxAt, startOn, withoutOurs, type Running } from './overlay-harness';

/**
 * Table rows get their box when someone comes for it (lib/overlay/box-demand.ts), every row once
 * anything is picked; the header's "select page" is always there and boxes the page itself.
 */
const TABLE: SelectablePage = { kind: 'table', portalId: PORTAL, objectTypeId: '0-1', viewId: 'all' };
let running: Running | null = null;
afterEach(() => {
  running?.page.abort();
  running = null;
});

async function table() {
  loadFixture('sandbox-table.html');
  running = startOn(TABLE, [initPageStyle, initTableRows]);
  await frames();
  return running;
}

const rows = () => [...document.querySelectorAll('tr[data-test-id^="row-"]')];
const rowBoxes = () => [...document.querySelectorAll<HTMLInputElement>('input[data-crmx-check="row"]')];
const nameLink = (row: Element) => row.querySelector<HTMLElement>('td[data-column-index="0"] a[href*="/record/"]')!;
const focusIn = (target: Element) => target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
const tab = (shiftKey = false) => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true }));

describe('table rows boxed on demand', () => {
  it('Tab moving forward into a row hands the focus to the box it brings; Shift+Tab and a script moving the focus do not', async () => {
    await table();
    tab();
    focusIn(nameLink(rows()[3]!));
    const box = rows()[3]!.querySelector('input[data-crmx-check="row"]');
    expect(box).not.toBeNull();
    expect(document.activeElement).toBe(box);

    tab(true);
    focusIn(nameLink(rows()[5]!));
    expect(rows()[5]!.querySelector('input[data-crmx-check="row"]')).not.toBeNull();
    expect(document.activeElement).toBe(box);

    await new Promise((resolve) => setTimeout(resolve, 150)); // long after any keystroke
    focusIn(nameLink(rows()[7]!));
    expect(rows()[7]!.querySelector('input[data-crmx-check="row"]')).not.toBeNull();
    expect(document.activeElement).toBe(box);
  });

  it("a forward Tab onto HubSpot's own row checkbox, before our box's place, leaves the focus there", async () => {
    await table();
    const own = rows()[2]!.querySelector<HTMLInputElement>('input[data-row-check]')!;
    own.focus();
    tab();
    focusIn(own);
    const box = rows()[2]!.querySelector('input[data-crmx-check="row"]');
    expect(box).not.toBeNull();
    expect(document.activeElement).toBe(own);
  });

  it('"select page" on a page with no row boxes yet boxes every row and picks all 25', async () => {
    const { ctx } = await table();
    expect(rowBoxes()).toHaveLength(0);
    const page = checkbox('Select all 25 records on this page');
    click(page);
    expect(rowBoxes()).toHaveLength(25);
    expect(ctx.model.count.value).toBe(25);
    expect(rowBoxes().every((box) => box.checked)).toBe(true);
    expect(page.checked).toBe(true);
    click(page);
    expect(ctx.model.count.value).toBe(0);
  });

  it('"select page" also picks the rows read row by row (no name link), and none whose IDs disagree', async () => {
    // Rows 101 and 18446744073709551615 have links that agree, 102's link names 999, 104 has no link.
    loadFixture('variant-table-object-table.html');
    running = startOn(TABLE, [initPageStyle, initTableRows]);
    await frames();
    click(checkbox('Select all 3 contacts on this page'));
    expect(running.ctx.model.pickedIds().sort()).toEqual(['101', '104', '18446744073709551615']);
  });

  it('one pick is not the whole page: no "select all" offer, the page box mixed once every row is boxed', async () => {
    const { ctx } = await table();
    click(rowBoxAt(4));
    expect(ctx.model.count.value).toBe(1);
    expect(ctx.bar.offer.value).toBeNull();
    expect(checkbox('Select all 25 records on this page').checked).toBe(false);
    await frames();
    expect(rowBoxes()).toHaveLength(25);
    expect(ctx.bar.offer.value).toBeNull();
    expect(checkbox('Select all 25 records on this page').indeterminate).toBe(true);
  });

  it('with nothing picked, rows HubSpot swaps in get no box until someone comes for them', async () => {
    const { ctx } = await table();
    click(rowBoxAt(0));
    click(rowBoxAt(0)); // unpicked: nothing is picked
    expect(ctx.model.isEmpty.value).toBe(true);
    await frames(); // the page's rows were boxed with the pick, and stay
    const tbody = document.querySelector('tbody')!;
    tbody.replaceChildren(...rows().slice(0, 10).map(withoutOurs));
    await frames();
    expect(rowBoxes()).toHaveLength(0);
    expect(checkbox('Select all 10 records on this page')).toBeTruthy();
    pointerIn(rows()[2]!);
    expect(rowBoxes()).toHaveLength(1);
  });

  it('a table HubSpot renders after the features started gets "select page" at once, named in the next frame, and no row box', async () => {
    loadFixture('sandbox-table.html');
    const mounted = document.querySelector('table')!;
    const place = document.createComment('table');
    mounted.replaceWith(place);
    running = startOn(TABLE, [initPageStyle, initTableRows]);
    await frames();
    place.replaceWith(mounted);
    for (let i = 0; i < 3; i++) await Promise.resolve();
    expect(mounted.querySelectorAll('input[data-crmx-check="page"]')).toHaveLength(1);
    await frames(1);
    expect(checkbox('Select all 25 records on this page')).toBeDefined();
    expect(rowBoxes()).toHaveLength(0);
  });

  it('a box HubSpot took out of a row the mouse came to is put back', async () => {
    await table();
    const box = rowBoxAt(6);
    box.remove();
    await frames();
    expect(rows()[6]!.querySelector('input[data-crmx-check="row"]')).not.toBeNull();
    expect(rowBoxes()).toHaveLength(1);
  });
});
