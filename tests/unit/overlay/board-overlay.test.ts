// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initBoardCards } from '@/lib/overlay/board-cards';
import { initBoardColumns } from '@/lib/overlay/board-columns';
import type { SelectablePage } from '@/lib/overlay/context';
import { initKeyboard } from '@/lib/overlay/keyboard';
import { initPageStyle } from '@/lib/overlay/page-style';
import { checkbox, click, frames, framesUntil, loadFixture, PORTAL, startOn, type Running } from './overlay-harness';

const BOARD: SelectablePage = { kind: 'board', portalId: PORTAL, objectTypeId: '0-3', viewId: 'all', pipelineId: 'default' };
const FEATURES = [initPageStyle, initBoardCards, initBoardColumns, initKeyboard];

let running: Running | null = null;
afterEach(() => {
  running?.page.abort();
  running = null;
});

const cards = (column = 0) => [
  ...document.querySelectorAll('[data-test-id="cdb-column"]')[column]!.querySelectorAll<HTMLElement>('[data-test-id="cdb-column-item"]'),
];
const boxIn = (card: Element) => card.querySelector<HTMLInputElement>(':scope > input[data-crmx-check="card"]');
const pointer = (type: string, target: Element, pointerType = 'mouse') =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerType }));
/** The card's box, put there by the mouse moving in the card, as a user's mouse does first. */
const boxOf = (card: Element) => {
  pointer('pointermove', card.querySelector('[data-test-id="cdbc-title"]') ?? card);
  return boxIn(card)!;
};
const allBoxes = () => document.querySelectorAll('input[data-crmx-check="card"]');

async function board(fixture = 'sandbox-board.html', page = BOARD): Promise<Running> {
  loadFixture(fixture);
  running = startOn(page, FEATURES);
  await frames();
  return running;
}

describe('board cards', () => {
  it('gives a card its checkbox when the pointer moves in it, and every card one once anything is picked', async () => {
    const { ctx } = await board();
    expect(allBoxes()).toHaveLength(0);
    const [first, second, third] = cards(0);
    pointer('pointerover', second!); // a column passing under a still mouse: no box
    expect(boxIn(second!)).toBeNull();
    pointer('pointerover', third!, 'touch'); // a finger has no hover: the touch itself asks
    expect(boxIn(third!)).not.toBeNull();
    const box = boxOf(first!);
    const title = first!.querySelector('[data-test-id="cdbc-title"]')!.textContent!.trim();
    expect(box.getAttribute('aria-label')).toBe(`Select ${title}`);
    expect(box.type).toBe('checkbox');
    expect(allBoxes()).toHaveLength(2);
    click(box);
    expect(ctx.model.count.value).toBe(1);
    // The picked card carries the mark its ring is drawn from; unpicked, it goes.
    expect(first!.hasAttribute('data-crmx-picked')).toBe(true);
    await frames();
    expect(allBoxes()).toHaveLength(document.querySelectorAll('[data-test-id="cdb-column-item"]').length);
    // Cards the board adds while something is picked get theirs as they come.
    const body = document.querySelectorAll('[data-test-id="cdb-column-body"]')[1]!;
    const added = cards(1)[0]!.cloneNode(true) as HTMLElement;
    added.querySelector('[data-crmx-check]')!.remove();
    body.append(added);
    await frames();
    expect(boxIn(added)).not.toBeNull();
  });

  it('gives a card its box when the focus comes into it: a forward Tab lands on the box', async () => {
    await board();
    const [first, second] = cards(0);
    const link = (card: Element) => card.querySelector<HTMLElement>('a[href]')!;
    // A script (or a click) focusing the card's link: the box comes, the focus stays.
    link(first!).focus();
    expect(boxIn(first!)).not.toBeNull();
    expect(document.activeElement).toBe(link(first!));
    // Tab: the browser moves the focus after the keydown; the box is before the link, so it gets it.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    link(second!).focus();
    expect(document.activeElement).toBe(boxIn(second!));
  });

  it('skips cards whose IDs disagree or are malformed', async () => {
    const { ctx } = await board('variant-board-nested.html', { ...BOARD, objectTypeId: '0-5', pipelineId: '0' });
    ctx.model.toggle('1', ['pipeline']); // once anything is picked, every card that can have a box has one
    await frames();
    const labels = [...allBoxes()].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual([
      'Select Printer on fire',
      'Select Hidden by search',
      'Select Beyond 2^53',
      'Select Refund request',
      'Select Invoice question',
    ]);
  });

  it('click toggles; shift-click selects the range in the column; ctrl-click keeps the anchor', async () => {
    const { ctx } = await board();
    const column = cards(0);
    click(boxOf(column[0]!));
    expect(ctx.model.count.value).toBe(1);
    click(boxOf(column[3]!), { shiftKey: true });
    expect(ctx.model.count.value).toBe(4);
    expect(column.slice(0, 4).every((c) => boxOf(c).checked)).toBe(true);
    click(boxOf(column[5]!), { ctrlKey: true });
    expect(ctx.model.anchor).toBe(column[0]!.getAttribute('data-selenium-id'));
    click(boxOf(column[1]!), { metaKey: true });
    expect(boxOf(column[1]!).checked).toBe(false);
    expect(ctx.model.count.value).toBe(4);
  });

  it('a shift-click in another column than the anchor just toggles that card', async () => {
    const { ctx } = await board();
    click(boxOf(cards(0)[0]!));
    click(boxOf(cards(1)[2]!), { shiftKey: true });
    expect(ctx.model.count.value).toBe(2);
  });

  it('keeps the checked state when the board replaces its card nodes, and when React drops our box', async () => {
    const { ctx } = await board();
    const id = cards(2)[1]!.getAttribute('data-selenium-id')!;
    click(boxOf(cards(2)[1]!));
    // A refresh: every card replaced by a fresh node without our box.
    const body = document.querySelectorAll('[data-test-id="cdb-column-body"]')[2]!;
    const fresh = cards(2).map((c) => {
      const copy = c.cloneNode(true) as HTMLElement;
      copy.querySelector('[data-crmx]')?.remove();
      return copy;
    });
    body.replaceChildren(...fresh);
    await frames();
    const again = document.querySelector(`[data-test-id="cdb-column-item"][data-selenium-id="${id}"]`)!;
    expect(again).toBe(fresh[1]);
    expect(boxOf(again).checked).toBe(true);
    // React's reconcile removes foreign children: the box comes back on a later frame.
    boxOf(again).remove();
    await frames();
    expect(boxOf(again).checked).toBe(true);
    expect(ctx.model.count.value).toBe(1);
  });

  it('a picked card whose box React took out loses its ring mark when the box comes back unpicked', async () => {
    const { ctx } = await board();
    const card = cards(0)[1]!;
    click(boxOf(card));
    expect(card.hasAttribute('data-crmx-picked')).toBe(true);
    boxIn(card)!.remove();
    ctx.model.clear();
    await frames();
    expect(boxIn(card)).not.toBeNull();
    expect(card.hasAttribute('data-crmx-picked')).toBe(false);
  });

  it('space toggles the focused card and Esc clears everything', async () => {
    const { ctx } = await board();
    const handle = cards(0)[2]!.querySelector<HTMLElement>('[data-rbd-draggable-id]')!;
    handle.focus();
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    handle.dispatchEvent(space);
    expect(space.defaultPrevented).toBe(true);
    expect(ctx.model.count.value).toBe(1);
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ctx.model.isEmpty.value).toBe(true);
  });

  it('leaves Space on one of our checkboxes to the checkbox (no second toggle)', async () => {
    const { ctx } = await board();
    const box = boxOf(cards(0)[1]!);
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    box.dispatchEvent(space);
    expect(space.defaultPrevented).toBe(false);
    expect(ctx.model.isEmpty.value).toBe(true);
  });
});

describe('columns and pipeline', () => {
  it('"Select column <stage>" selects the stage by its displayed count, cards included', async () => {
    const { ctx } = await board();
    const won = checkbox('Select column Closed Won');
    click(won);
    expect(won.checked).toBe(true);
    expect(ctx.model.count.value).toBe(8);
    expect(cards(5).every((c) => boxOf(c).checked)).toBe(true);
    expect(cards(4).some((c) => boxOf(c).checked)).toBe(false);
    const built = ctx.buildQuery!();
    expect(built).toMatchObject({ displayedTotal: 8, query: { kind: 'board' } });
  });

  it('"Select all in pipeline" covers every column; unticking one column keeps the others', async () => {
    const { ctx } = await board();
    click(checkbox('Select all in pipeline'));
    expect(ctx.model.count.value).toBe(47);
    click(checkbox('Select column Closed Lost'));
    expect(ctx.model.count.value).toBe(39);
    expect(checkbox('Select all in pipeline').checked).toBe(false);
    expect(checkbox('Select column Closed Won').checked).toBe(true);
    expect(ctx.model.scopes.value.map((s) => s.key)).not.toContain('pipeline');
  });

  it('a filtered board view refuses whole columns with a clear message', async () => {
    const { ctx } = await board('sandbox-board.html', { ...BOARD, viewId: '301' });
    click(checkbox('Select column Closed Won'));
    expect(ctx.model.isEmpty.value).toBe(true);
    expect(checkbox('Select column Closed Won').checked).toBe(false);
    expect(ctx.bar.notice.value?.text).toMatch(/filtered view: HubSpot's API can't see this view's filters/);
  });

  it('a column without a readable count gets no control', async () => {
    await board('variant-board-nested.html', { ...BOARD, objectTypeId: '0-5', pipelineId: '0' });
    expect(() => checkbox('Select column New ticket')).not.toThrow();
    expect(() => checkbox('Select column Waiting on contact')).toThrow(/0 checkboxes/);
  });
});

describe('column counts from other signals, and a board without every count (issue 20)', () => {
  it("reads each column's count where it is shown, keeps it out of the stage name, and offers the pipeline by the API's count", async () => {
    const sent: { route: string; payload: any }[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: any) => {
      sent.push(message);
      return { ok: true, data: { count: 1500 } };
    });
    const { ctx } = await board('variant-board-counts.html');
    ctx.bar.noun.value = 'deals'; // as startFeatures names a deal board's records
    expect(() => checkbox('Select column Appointment scheduled')).not.toThrow();
    expect(() => checkbox('Select column Closed won')).not.toThrow();
    expect(() => checkbox('Select column Contract sent')).not.toThrow();
    // "Q3 2026" is a name, not a count; "Lost, 12" names no noun: neither gets a control.
    expect(() => checkbox('Select column Q3 2026')).toThrow(/0 checkboxes/);
    expect(() => checkbox('Select column Lost')).toThrow(/0 checkboxes/);
    click(checkbox('Select column Appointment scheduled'));
    expect(ctx.model.count.value).toBe(37);
    click(checkbox('Select column Appointment scheduled'));
    click(checkbox('Select all in pipeline'));
    await frames(2);
    const count = sent.find((m) => m.route === 'selection/count')!;
    expect(count.payload.query.columns.map((c: any) => [c.label, c.shown])).toEqual([
      ['Appointment scheduled', 37],
      ['Q3 2026', null],
      ['Closed won', 1234],
      ['Stage 2', 5],
      ['Stage 2', 37],
      ['Contract sent', 1204],
      ['Lost', null],
    ]);
    expect(ctx.model.count.value).toBe(1500);
    expect(checkbox('Select all in pipeline').checked).toBe(true);
    expect(ctx.bar.notice.value?.text).toBe('HubSpot shows no total here; the API counts 1,500 deals.');
    expect(ctx.buildQuery!()).toMatchObject({ displayedTotal: 1500, totalFrom: 'api', query: { kind: 'board' } });
  });

  it('a single column of a board without every count still resolves by its own count', async () => {
    const { ctx } = await board('variant-board-counts.html');
    click(checkbox('Select column Closed won'));
    expect(ctx.buildQuery!()).toMatchObject({ refused: { key: 'overlay.columnCountsUnreadable' } });
  });
});

describe('teardown', () => {
  it('removes every node it added when the page signal aborts', async () => {
    const { page } = await board();
    click(checkbox('Select all in pipeline'));
    await framesUntil(() => document.querySelectorAll('[data-crmx-picked]').length > 40);
    expect(document.querySelectorAll('[data-crmx]').length).toBeGreaterThan(40);
    expect(document.querySelectorAll('[data-crmx-picked]').length).toBeGreaterThan(40);
    page.abort();
    running = null;
    expect(document.querySelectorAll('[data-crmx]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-crmx-picked]')).toHaveLength(0);
    // …and adds nothing afterwards, whatever the page does.
    document.querySelector('[data-test-id="cdb-column-body"]')!.append(cards(1)[0]!.cloneNode(true));
    await frames();
    expect(document.querySelectorAll('[data-crmx]')).toHaveLength(0);
  });
});
