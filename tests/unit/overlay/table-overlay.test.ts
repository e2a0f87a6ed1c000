// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initActionBar } from '@/lib/overlay/action-bar-start';
import { LIVE_SETTLE_MS } from '@/lib/overlay/bar-region';
import type { SelectablePage } from '@/lib/overlay/context';
import { initKeyboard } from '@/lib/overlay/keyboard';
import { initListActions } from '@/lib/overlay/list-actions';
import { initPageStyle } from '@/lib/overlay/page-style';
import { readableText } from '@/lib/hubspot/page/selectors';
import { readRow, rowName } from '@/lib/hubspot/page/table';
import { initTableRows } from '@/lib/overlay/table-rows';
import {
  checkbox,
  click,
  frames,
  loadFixture,
  pointerIn,
  PORTAL,
  rowBoxAt,
  startOn,
  toolbarIn,
  withoutOurs,
  type Running,
} from './overlay-harness';

const TABLE: SelectablePage = { kind: 'table', portalId: PORTAL, objectTypeId: '0-1', viewId: 'all' };
const LIST: SelectablePage = { kind: 'list', portalId: PORTAL, listId: '7' };

let running: Running | null = null;
afterEach(() => {
  running?.page.abort();
  running = null;
});

async function table(
  page: SelectablePage = TABLE,
  fixture = 'sandbox-table.html',
  features = [initPageStyle, initTableRows, initKeyboard, initActionBar],
) {
  loadFixture(fixture);
  running = startOn(page, features);
  await frames();
  return running;
}

/** A box's accessible name as the browser computes it: the referenced elements' text without
 * aria-hidden parts when named by reference, else its aria-label. */
const accessibleName = (box: Element) =>
  box.ariaLabelledByElements ? box.ariaLabelledByElements.map((e) => readableText(e)).join(' ') : box.getAttribute('aria-label');

/** ARIA element reflection, as Chromium and Firefox have it (happy-dom has not): a plain property. */
function withElementReflection(): () => void {
  const refs = new WeakMap<Element, readonly Element[] | null>();
  Object.defineProperty(Element.prototype, 'ariaLabelledByElements', {
    configurable: true,
    get(this: Element) {
      return refs.get(this) ?? null;
    },
    set(this: Element, value: readonly Element[] | null) {
      refs.set(this, value ? [...value] : null);
    },
  });
  return () => delete (Element.prototype as { ariaLabelledByElements?: unknown }).ariaLabelledByElements;
}
/** Whether the last row's box sits in front of its (current) name link. */
const boxInFrontOfLastLink = (tbody: Element) =>
  tbody.lastElementChild!.querySelector('a')!.previousElementSibling?.getAttribute('data-crmx-check') === 'row';
const rowBoxes = () => [...document.querySelectorAll<HTMLInputElement>('input[data-crmx-check="row"]')];
const button = (root: ShadowRoot, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

/** Picks record `id` as if by an earlier pick: from then on every row has its box. */
function pickRecord(id: string): void {
  running!.ctx.model.toggle(id, ['view']);
}

/** Stands in for the background: records what the overlay asks and answers like it. */
function fakeBackground(answer: (route: string, payload: any) => unknown) {
  const sent: { route: string; payload: any }[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: any) => {
    sent.push(message);
    return { ok: true, data: answer(message.route, message.payload) };
  });
  return sent;
}

describe('table rows', () => {
  it('a checkbox per row, named "Select <record name>", and a page checkbox named for the page', async () => {
    await table();
    // Until something is picked a row gets its box when the mouse or the focus comes to it.
    expect(rowBoxes()).toHaveLength(0);
    expect(checkbox('Select all 25 records on this page')).toBeTruthy();
    // Without element reflection: named from the link's text, without the avatar's aria-hidden initials.
    const first = rowBoxAt(0);
    expect(rowBoxes()).toEqual([first]);
    const link = first.closest('tr')!.querySelector('a[href*="/record/"]')!;
    expect(accessibleName(first)).toBe(`Select ${rowName(readRow(first.closest('tr')!)!)}`);
    expect(accessibleName(first)).toMatch(/^Select [^\d]/);
    expect(accessibleName(first)).not.toContain(link.querySelector('[aria-hidden="true"]')!.textContent!);
    // The first pick boxes every row.
    click(first);
    await frames();
    expect(rowBoxes()).toHaveLength(25);
    expect(checkbox('Select all 25 records on this page').indeterminate).toBe(true);
  });

  it('where the browser reflects ARIA element references, a box is named by reference to "Select" and the name link, which stays untouched', async () => {
    const restore = withElementReflection();
    try {
      const { page } = await table();
      const first = rowBoxAt(0);
      const link = first.closest('tr')!.querySelector('a[href*="/record/"]')!;
      const [word, named] = first.ariaLabelledByElements!;
      expect(named).toBe(link);
      expect((word as HTMLElement).hidden).toBe(true);
      expect(accessibleName(first)).toBe(`Select ${rowName(readRow(first.closest('tr')!)!)}`);
      expect(first.hasAttribute('aria-label')).toBe(false);
      expect(link.hasAttribute('id')).toBe(false);
      // HubSpot re-renders and drops our word: the same element comes back, so every box still refers to it.
      word!.remove();
      document.querySelector('tbody')!.append(document.createElement('tr'));
      await frames();
      expect(word!.isConnected).toBe(true);
      page.abort();
      running = null;
      expect(word!.isConnected).toBe(false);
      expect(document.querySelector('[data-crmx]')).toBeNull();
    } finally {
      restore();
    }
  });

  it('a name link HubSpot replaces during a long first pass: the row is read again and its box goes in front of the new link', async () => {
    loadFixture('sandbox-table.html');
    const tbody = document.querySelector('tbody')!;
    const template = tbody.querySelector('tr')!;
    for (let i = 0; i < 60; i++) {
      const row = template.cloneNode(true) as Element;
      row.setAttribute('data-test-id', `row-${9000 + i}`);
      row.querySelector('a')!.setAttribute('href', `/contacts/${PORTAL}/record/0-1/${9000 + i}`);
      tbody.append(row);
    }
    // A very slow machine: every clock reading (one per 32 rows) is 200 ms later, so a table's
    // 250 ms slice ends after 64 rows and the pass takes two frames.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 200));
    try {
      running = startOn(TABLE, [initPageStyle, initTableRows]);
      pickRecord('9059'); // every row is boxed once anything is picked
      await frames(1);
      expect(rowBoxes().length).toBeLessThan(85);
      const last = tbody.lastElementChild!;
      const fresh = last.querySelector('a')!.cloneNode(true) as Element;
      last.querySelector('a')!.replaceWith(fresh);
      await frames(6);
    } finally {
      now.mockRestore();
    }
    expect(rowBoxes()).toHaveLength(85);
    expect(boxInFrontOfLastLink(tbody)).toBe(true);
  });

  it('rows read through their name links, and rows without a link (or with a link that names another ID) row by row', async () => {
    // Rows 101 and 18446744073709551615 have links that agree, 102's link names 999, 104 has no link.
    await table(TABLE, 'variant-table-object-table.html');
    pickRecord('101');
    await frames();
    const boxed = rowBoxes().map((box) => box.closest('tr')!.getAttribute('data-test-id'));
    expect(boxed).toEqual(['row-101', 'row-18446744073709551615', 'row-104']);
    expect(accessibleName(rowBoxes()[2]!)).toBe('Select Carl Linnaeus');
  });

  it('a name cell with two record links gets one box, in front of the first', async () => {
    loadFixture('sandbox-table.html');
    const first = document.querySelector('tbody tr')!;
    const link = first.querySelector('a')!;
    link.after(link.cloneNode(true));
    running = startOn(TABLE, [initPageStyle, initTableRows]);
    pointerIn(first);
    expect(first.querySelectorAll('input[data-crmx-check="row"]')).toHaveLength(1);
    pickRecord(first.getAttribute('data-test-id')!.slice(4));
    await frames();
    expect(first.querySelectorAll('input[data-crmx-check="row"]')).toHaveLength(1);
    expect(link.previousElementSibling?.getAttribute('data-crmx-check')).toBe('row');
    expect(rowBoxes()).toHaveLength(document.querySelectorAll('tbody tr').length);
  });

  it('select page, then "Select all 60 records" as HubSpot displays it; unticking a row leaves 59', async () => {
    const { ctx, root } = await table();
    click(checkbox('Select all 25 records on this page'));
    expect(ctx.model.count.value).toBe(25);
    expect(ctx.bar.offer.value?.label).toBe('Select all 60 records');
    await toolbarIn(root);
    click(button(root, 'Select all 60 records')!);
    expect(ctx.model.count.value).toBe(60);
    click(rowBoxes()[3]!);
    expect(ctx.model.count.value).toBe(59);
    expect(ctx.buildQuery!()).toEqual({ query: { kind: 'view' }, displayedTotal: 60 });
  });

  it('a filtered view refuses "select all" with a message saying why, and keeps the page selected', async () => {
    const { ctx } = await table({ ...TABLE, viewId: '102' });
    click(checkbox('Select all 25 records on this page'));
    ctx.bar.offer.value!.run();
    expect(ctx.model.count.value).toBe(25);
    expect(ctx.bar.notice.value).toMatchObject({ tone: 'error' });
    expect(ctx.bar.notice.value!.text).toMatch(/can't select all 60 records in a filtered view/);
  });

  it("rows that arrive with the next page are decorated and show the model's state", async () => {
    const { ctx } = await table();
    click(rowBoxAt(0));
    const tbody = document.querySelector('tbody')!;
    tbody.replaceChildren(...[...tbody.querySelectorAll('tr')].map(withoutOurs));
    await frames();
    expect(rowBoxes()).toHaveLength(25);
    expect(rowBoxes()[0]!.checked).toBe(true);
    expect(ctx.model.count.value).toBe(1);
  });
  it('a page swapped in as a new table is boxed in the mutation observer callback, before the next frame', async () => {
    await table();
    click(rowBoxAt(0));
    await frames();
    // A page turn comes frames after the last slice (happy-dom's frames can be closer than 16 ms).
    await new Promise((resolve) => setTimeout(resolve, 20));
    const old = document.querySelector('table')!;
    const fresh = withoutOurs(old);
    old.replaceWith(fresh);
    for (let i = 0; i < 3; i++) await Promise.resolve();
    expect(fresh.querySelectorAll('input[data-crmx-check="row"]')).toHaveLength(25);
    expect(boxInFrontOfLastLink(fresh.querySelector('tbody')!)).toBe(true);
  });

  it('a table HubSpot renders after the features started is boxed in the next animation frame, not in the task that put it in', async () => {
    loadFixture('sandbox-table.html');
    const mounted = document.querySelector('table')!;
    const place = document.createComment('table');
    mounted.replaceWith(place);
    running = startOn(TABLE, [initPageStyle, initTableRows, initKeyboard, initActionBar]);
    pickRecord('1'); // picked on an earlier page
    await frames();
    place.replaceWith(mounted);
    for (let i = 0; i < 3; i++) await Promise.resolve();
    expect(rowBoxes()).toHaveLength(0);
    await frames(1);
    expect(rowBoxes()).toHaveLength(25);
    expect(boxInFrontOfLastLink(mounted.querySelector('tbody')!)).toBe(true);
    expect(checkbox('Select all 25 records on this page')).toBeDefined();
  });
});

describe('action bar', () => {
  it('a labelled toolbar with a live count, Clear and Delete…; nothing in the page before a pick', async () => {
    const { root } = await table();
    expect(root.host.isConnected).toBe(false);
    click(rowBoxAt(0));
    click(rowBoxAt(1));
    expect(root.host.isConnected).toBe(true);
    const toolbar = await toolbarIn(root);
    expect(toolbar.getAttribute('aria-label')).toBe('crm-sweep selection');
    expect(toolbar.closest('section')!.getAttribute('aria-label')).toBeTruthy();
    expect(toolbar.textContent).toContain('2 selected');
    // The live region appeared with this pick: its words wait until it has been in the page a moment.
    const live = root.querySelector('[role="status"][aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    await new Promise((resolve) => setTimeout(resolve, LIVE_SETTLE_MS + 20));
    expect(live.textContent).toBe('2 selected');
    click(button(root, 'Clear')!);
    await frames(1);
    expect(root.querySelector('[role="toolbar"]')).toBeNull();
    expect(live.textContent).toBe('Selection cleared');
  });

  it('the bar’s region comes into the page when the user first reaches a box, before the pick', async () => {
    const { root } = await table();
    const box = rowBoxAt(2);
    box.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(root.host.isConnected).toBe(true);
    expect(root.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
    expect(root.querySelector('[role="toolbar"]')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, LIVE_SETTLE_MS + 20));
    click(box);
    await frames(1);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('1 selected');
  });

  it('Delete… stages picked rows by ID and says where to confirm', async () => {
    const sent = fakeBackground(() => ({ stagedId: 'x', count: 2 }));
    const { root } = await table();
    click(rowBoxAt(0));
    click(rowBoxAt(4));
    await frames(1);
    click(button(root, 'Delete…')!);
    await frames(2);
    expect(sent[0]).toMatchObject({
      route: 'selection/stage',
      payload: {
        ids: [
          rowBoxes()[0]!.closest('tr')!.getAttribute('data-test-id')!.slice(4),
          rowBoxes()[4]!.closest('tr')!.getAttribute('data-test-id')!.slice(4),
        ],
      },
    });
    expect(root.textContent).toContain('2 records are ready: confirm in the crm-sweep window');
  });

  it('Delete… after "select all" asks the background to resolve the view, with the rows unticked', async () => {
    const sent = fakeBackground((route) =>
      route === 'selection/resolve' ? { stagedId: 'x', count: 59, resolved: 60 } : { resolved: 10, expected: 60 },
    );
    const { ctx, root } = await table();
    click(checkbox('Select all 25 records on this page'));
    ctx.bar.offer.value!.run();
    click(rowBoxes()[2]!);
    await frames(1);
    click(button(root, 'Delete…')!);
    await frames(2);
    const resolve = sent.find((m) => m.route === 'selection/resolve')!;
    expect(resolve.payload).toMatchObject({
      query: { kind: 'view' },
      displayedTotal: 60,
      include: [],
      exclude: [rowBoxes()[2]!.closest('tr')!.getAttribute('data-test-id')!.slice(4)],
    });
    expect(root.textContent).toContain('59 records are ready');
  });

  it('a refusal from the background is shown as an alert in its own words', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({
      ok: false,
      error: { code: 'failed', message: 'HubSpot shows 60 records in this view, but its API lists 61.' },
    }));
    const { ctx, root } = await table();
    click(checkbox('Select all 25 records on this page'));
    ctx.bar.offer.value!.run();
    await frames(1);
    click(button(root, 'Delete…')!);
    await frames(2);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('but its API lists 61');
  });
});

describe('counts from other signals, and no total at all (issue 20)', () => {
  it('a plain "1,234 contacts" above the older table is the total "Select all" offers', async () => {
    const { ctx } = await table(TABLE, 'variant-table-total-text.html');
    click(checkbox('Select all 2 contacts on this page'));
    expect(ctx.bar.offer.value?.label).toBe('Select all 1,234 contacts');
  });

  it('no total on the unfiltered view: "Select all records in this view", counted by the API and sent as its count', async () => {
    const sent = fakeBackground((route) =>
      route === 'selection/count' ? { count: 1234 } : route === 'selection/resolve' ? { stagedId: 'x', count: 1234, resolved: 1234 } : null,
    );
    const { ctx, root } = await table(TABLE, 'variant-table-no-total.html');
    click(checkbox('Select all 1 records on this page'));
    expect(ctx.bar.offer.value?.label).toBe('Select all records in this view');
    ctx.bar.offer.value!.run();
    await frames(2);
    expect(sent.find((m) => m.route === 'selection/count')?.payload).toEqual({ query: { kind: 'view' } });
    expect(root.textContent).toContain('HubSpot shows no total here; the API counts 1,234 records.');
    expect(ctx.model.count.value).toBe(1234);
    expect(ctx.bar.offer.value).toBeNull();
    click(button(root, 'Delete…')!);
    await frames(2);
    expect(sent.find((m) => m.route === 'selection/resolve')?.payload).toMatchObject({
      query: { kind: 'view' },
      displayedTotal: 1234,
      totalFrom: 'api',
    });
  });

  it('no total on a filtered view: refused with the reason, and the API is not asked', async () => {
    const sent = fakeBackground(() => ({ count: 5 }));
    const { ctx, root } = await table({ ...TABLE, viewId: '102' }, 'variant-table-no-total.html');
    click(checkbox('Select all 1 records on this page'));
    ctx.bar.offer.value!.run();
    await frames(1);
    expect(root.textContent).toMatch(/can't select all records in a filtered view/);
    expect(sent).toHaveLength(0);
    expect(ctx.model.count.value).toBe(1);
  });
});

describe('list page', () => {
  it('offers "Remove from list…" on a manual list and names the delete button "Delete records…"', async () => {
    fakeBackground(() => ({ listId: '7', name: 'VIP', processingType: 'MANUAL', objectTypeId: '0-1' }));
    const { root } = await table(LIST, 'sandbox-list.html', [initPageStyle, initTableRows, initListActions, initKeyboard, initActionBar]);
    click(rowBoxAt(0));
    await frames(2);
    expect(button(root, 'Remove from list…')).toBeTruthy();
    expect(button(root, 'Delete records…')).toBeTruthy();
  });

  it('offers no "Remove from list…" on an active list', async () => {
    fakeBackground(() => ({ listId: '7', name: 'All leads', processingType: 'DYNAMIC', objectTypeId: '0-1' }));
    const { root } = await table(LIST, 'sandbox-list.html', [initPageStyle, initTableRows, initListActions, initKeyboard, initActionBar]);
    click(rowBoxAt(0));
    await frames(2);
    expect(button(root, 'Remove from list…')).toBeUndefined();
  });
});
