// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initActionBar } from '@/lib/overlay/action-bar-start';
import { initBoardCards } from '@/lib/overlay/board-cards';
import type { OverlayFeature, SelectablePage } from '@/lib/overlay/context';
import { initRecordIdentityGuard, staleRecordBoxes } from '@/lib/overlay/record-identity';
import { initTableRows } from '@/lib/overlay/table-rows';
import { click, frames, loadFixture, pointerIn, PORTAL, startOn, toolbarIn, type Running } from './overlay-harness';

/**
 * React re-draws a row or card in place as another record (or a page script rewrites its ID
 * attributes) after our box was made for the old one: a click on that box selects nothing, and
 * Delete… stages nothing, until the box stands for what the node shows.
 */
const TABLE: SelectablePage = { kind: 'table', portalId: PORTAL, objectTypeId: '0-1', viewId: 'all' };
const BOARD: SelectablePage = { kind: 'board', portalId: PORTAL, objectTypeId: '0-3', viewId: 'all', pipelineId: 'default' };

let running: Running | null = null;
afterEach(() => {
  running?.page.abort();
  running = null;
});

async function start(page: SelectablePage, fixture: string, features: OverlayFeature[]) {
  loadFixture(fixture);
  running = startOn(page, [initRecordIdentityGuard, ...features, initActionBar]);
  await frames();
  return running;
}

const rows = () => [...document.querySelectorAll('tr[data-test-id^="row-"]')];
const boxIn = (node: Element) => node.querySelector<HTMLInputElement>('input[data-crmx-check]');
/** A row's box, with the mouse moved into the row first (until a pick, boxes come on demand). */
const hoveredBox = (row: Element) => {
  pointerIn(row);
  return boxIn(row)!;
};
const button = (root: ShadowRoot, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

/** Rewrites a row as record `id`: its `row-{id}` and its name link, as a React re-render would. */
function redrawRow(row: Element, id: string): void {
  row.setAttribute('data-test-id', `row-${id}`);
  const link = row.querySelector('td[data-column-index="0"] a')!;
  link.setAttribute('href', link.getAttribute('href')!.replace(/\d+$/, id));
}

function fakeBackground() {
  const sent: { route: string; payload: any }[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: any) => {
    sent.push(message);
    return { ok: true, data: { stagedId: 'x', count: message.payload.ids?.length ?? 0 } };
  });
  return sent;
}

describe('record identity of a box', () => {
  it('a click on a row re-drawn as another record selects nothing and says why; the fresh box selects the new record', async () => {
    const { ctx, root } = await start(TABLE, 'sandbox-table.html', [initTableRows]);
    const row = rows()[2]!;
    const old = hoveredBox(row);
    redrawRow(row, '987654321');
    expect(staleRecordBoxes()).toEqual([old]);
    click(old);
    expect(ctx.model.isEmpty.value).toBe(true);
    expect(ctx.bar.notice.value?.text).toMatch(/^This row changed to another record just before your click/);
    await frames();
    const fresh = boxIn(row)!;
    expect(fresh).not.toBe(old);
    click(fresh);
    expect(ctx.model.pickedIds()).toEqual(['987654321']);
    expect((await toolbarIn(root)).textContent).toContain('1 selected');
  });

  it('a row with an unreadable ID after the re-draw gets no box back', async () => {
    const { ctx } = await start(TABLE, 'sandbox-table.html', [initTableRows]);
    const row = rows()[0]!;
    const box = hoveredBox(row);
    row.setAttribute('data-test-id', 'row-12a');
    click(box);
    expect(ctx.model.isEmpty.value).toBe(true);
    await frames();
    expect(boxIn(row)).toBeNull();
  });

  it('Delete… after a ticked row was re-drawn as another record stages nothing and takes the tick off', async () => {
    const sent = fakeBackground();
    const { ctx, root } = await start(TABLE, 'sandbox-table.html', [initTableRows]);
    click(hoveredBox(rows()[0]!));
    click(hoveredBox(rows()[1]!));
    const kept = rows()[1]!.getAttribute('data-test-id')!.slice(4);
    redrawRow(rows()[0]!, '987654321');
    await toolbarIn(root);
    click(button(root, 'Delete…'));
    await frames(2);
    expect(sent).toEqual([]);
    expect(ctx.bar.notice.value?.text).toBe(
      'A row changed to another record after its checkbox was drawn (HubSpot re-drew it). Nothing was selected for deletion. Its tick was taken off. Check what is ticked and press Delete… again.',
    );
    expect(ctx.model.pickedIds()).toEqual([kept]);
    click(button(root, 'Delete…'));
    await frames(2);
    expect(sent).toEqual([expect.objectContaining({ route: 'selection/stage', payload: expect.objectContaining({ ids: [kept] }) })]);
  });

  it('a board card whose data-selenium-id changed under its box is refused the same way', async () => {
    const { ctx } = await start(BOARD, 'sandbox-board.html', [initBoardCards]);
    const card = document.querySelector('[data-test-id="cdb-column-item"]')!;
    pointerIn(card); // boxes come with the pointer
    const box = boxIn(card)!;
    card.setAttribute('data-selenium-id', '123456789');
    click(box);
    expect(ctx.model.isEmpty.value).toBe(true);
    expect(ctx.bar.notice.value?.text).toMatch(/^This card changed to another record/);
  });
});
