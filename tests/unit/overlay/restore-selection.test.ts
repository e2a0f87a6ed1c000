// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { RestorePlan } from '@/lib/messaging/payloads/restore';
import { selectPlan } from '@/lib/overlay/restore/select-plan';

/**
 * The restore page's selection (lib/overlay/restore): exactly the plan's records, by IDs that two
 * sources agree on, across the page's own pager; never a look-alike, never a tampered row; stale
 * ticks outside the plan taken off; what the page never showed listed with why.
 * The page here is a small stand-in with the restore page's DOM contract (RESTORE_SELECTORS): it
 * keeps its own selection across pages and redraws every row after each click and page change,
 * as a React table does.
 */
interface FakeRow {
  rowId: string;
  boxId: string;
  name: string;
}

function fakeRestorePage(pages: FakeRow[][], options: { capped?: boolean; preTicked?: string[] } = {}) {
  const ticked = new Set(options.preTicked ?? []);
  let current = 0;
  document.body.innerHTML = `<div data-test-id="restore-page" aria-busy="false">
    ${options.capped ? '<p data-test-id="restore-cap-notice">Showing the 10,000 most recently deleted of 12,000 contacts.</p>' : ''}
    <span data-test-id="restore-selected-count"></span>
    <div data-rows></div>
    <nav><button aria-label="Previous page">Prev</button><span data-test-id="restore-page-status"></span><button aria-label="Next page">Next</button>
    <select aria-label="Records per page"><option value="25">25</option><option value="100">100</option></select></nav></div>`;
  const root = document.querySelector('[data-test-id="restore-page"]')!;
  const draw = () => {
    const rows = pages[current]!;
    root.querySelector('[data-rows]')!.innerHTML =
      `<table data-test-id="restore-table"><thead><tr><th><input type="checkbox" data-test-id="restore-select-page"></th></tr></thead><tbody>${rows
        .map(
          (r) =>
            `<tr data-test-id="row-${r.rowId}"><td><input type="checkbox" data-row-check value="${r.boxId}"${ticked.has(r.boxId) ? ' checked' : ''}></td><td>${r.name}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    root.querySelector('[data-test-id="restore-page-status"]')!.textContent = `Page ${current + 1} of ${pages.length}`;
    (root.querySelector('[aria-label="Previous page"]') as HTMLButtonElement).disabled = current === 0;
    (root.querySelector('[aria-label="Next page"]') as HTMLButtonElement).disabled = current === pages.length - 1;
    root.querySelector('[data-test-id="restore-selected-count"]')!.textContent = `${ticked.size} selected`;
  };
  const goTo = (page: number) => {
    root.setAttribute('aria-busy', 'true');
    setTimeout(() => {
      current = page;
      draw();
      root.setAttribute('aria-busy', 'false');
    }, 1);
  };
  root.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.tagName === 'SELECT') return goTo(0);
    if (box.hasAttribute('data-row-check')) {
      if (box.checked) ticked.add(box.value);
      else ticked.delete(box.value);
    } else for (const r of pages[current]!) box.checked ? ticked.add(r.boxId) : ticked.delete(r.boxId);
    draw();
  });
  root.addEventListener('click', (event) => {
    const label = (event.target as Element).getAttribute('aria-label');
    if (label === 'Next page') goTo(current + 1);
    if (label === 'Previous page') goTo(current - 1);
  });
  draw();
  return { ticked, goTo };
}

const row = (id: string, name = `Person ${id}`): FakeRow => ({ rowId: id, boxId: id, name });
const plan = (recordIds: string[], total = recordIds.length): RestorePlan => ({
  sessionId: crypto.randomUUID(),
  jobId: crypto.randomUUID(),
  portalId: '1',
  objectTypeId: '0-1',
  recordIds,
  total,
  round: 1,
  rounds: 1,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('selecting a restore plan on the restore page', () => {
  it("ticks exactly the plan's records across pages, with the page's own selection", async () => {
    const page = fakeRestorePage([
      [row('1'), row('2'), row('3')],
      [row('4'), row('5')],
      [row('6'), row('9007199254740993')],
    ]);
    const result = await selectPlan(plan(['2', '5', '9007199254740993']), new AbortController().signal);
    expect([...page.ticked].sort()).toEqual(['2', '5', '9007199254740993']);
    expect(result).toMatchObject({
      selected: ['2', '5', '9007199254740993'],
      notShown: [],
      unticked: 0,
      unreadable: 0,
      pageCount: 3,
      pages: 3,
    });
  });

  it('never ticks a look-alike (same name, other ID) nor a row whose ID sources disagree', async () => {
    const page = fakeRestorePage([
      [row('10', 'Ada Lovelace'), row('11', 'Ada Lovelace'), { rowId: '12', boxId: '13', name: 'Tampered' }],
      [{ rowId: '14', boxId: '', name: 'No box ID' }, row('15')],
    ]);
    const result = await selectPlan(plan(['10', '12', '14', '15']), new AbortController().signal);
    expect([...page.ticked].sort()).toEqual(['10', '15']);
    expect(result.selected).toEqual(['10', '15']);
    expect(result.unreadable).toBe(2);
    expect(result.notShown).toEqual([
      { recordId: '12', reason: 'notOnPage' },
      { recordId: '14', reason: 'notOnPage' },
    ]);
  });

  it('takes stale ticks off records outside the plan, and says how many', async () => {
    const page = fakeRestorePage(
      [
        [row('1'), row('2')],
        [row('3'), { rowId: '4', boxId: '5', name: 'Tampered' }],
      ],
      { preTicked: ['1', '5'] },
    );
    const result = await selectPlan(plan(['2', '3']), new AbortController().signal);
    expect([...page.ticked].sort()).toEqual(['2', '3']);
    expect(result.unticked).toBe(2);
    expect(result.pageCount).toBe(2);
  });

  it('uses "select all on this page" for a page made only of plan records, and starts from page 1', async () => {
    const page = fakeRestorePage([
      [row('1'), row('2')],
      [row('3'), row('4')],
    ]);
    page.goTo(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await selectPlan(plan(['1', '2', '3']), new AbortController().signal);
    expect([...page.ticked].sort()).toEqual(['1', '2', '3']);
    expect(result.pages).toBe(2);
  });

  it('names records beyond the page cap as overCap when the page says it is capped', async () => {
    fakeRestorePage([[row('1'), row('2')]], { capped: true });
    const result = await selectPlan(plan(['2', '77', '78'], 5), new AbortController().signal);
    expect(result.selected).toEqual(['2']);
    expect(result.notShown).toEqual([
      { recordId: '77', reason: 'overCap' },
      { recordId: '78', reason: 'overCap' },
    ]);
  });
});
