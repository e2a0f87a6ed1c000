// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SelectablePage } from '@/lib/overlay/context';
import { type PageDom, watchPageDom } from '@/lib/overlay/page-dom';

const TABLE_PAGE: SelectablePage = { kind: 'table', portalId: '4242424', objectTypeId: '0-1', viewId: 'all' };

function putTableIn(): void {
  const table = document.createElement('table');
  table.setAttribute('data-test-id', 'framework-data-table');
  document.body.append(table);
}

describe('watchPageDom', () => {
  let page: AbortController;
  beforeEach(() => {
    document.body.innerHTML = '<div data-index-region aria-busy="true"><p role="status">Loading contacts…</p></div>';
    page = new AbortController();
  });
  afterEach(() => {
    page.abort();
    vi.useRealTimers();
  });

  it('settles at once where the table is there already, as not just appeared', () => {
    putTableIn();
    const seen: PageDom[] = [];
    watchPageDom(TABLE_PAGE, page.signal, (dom) => seen.push(dom));
    expect(seen).toEqual([{ problem: null, appearedInFrame: false }]);
  });

  it('settles inside the mutation callback of the task that puts the table in, not a microtask later', async () => {
    const order: string[] = [];
    watchPageDom(TABLE_PAGE, page.signal, (dom) => order.push(`settled:${dom.problem === null}:${dom.appearedInFrame}`));
    const before = order.length;
    // The page's own code: the table goes in, then the page's next promise step is queued.
    putTableIn();
    queueMicrotask(() => order.push('page microtask'));
    expect(order.length).toBe(before); // not synchronously with the insertion: in its mutation callback
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual(['settled:true:true', 'page microtask']);
  });

  it('gives up with the reason once the wait is over, and once only', () => {
    vi.useFakeTimers();
    const seen: PageDom[] = [];
    watchPageDom(TABLE_PAGE, page.signal, (dom) => seen.push(dom), 1000);
    vi.advanceTimersByTime(999);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([{ problem: { key: 'overlay.noTable' }, appearedInFrame: false }]);
    page.abort();
    expect(seen).toHaveLength(1);
  });

  it('says the page changed when it is left before its table came', () => {
    const seen: PageDom[] = [];
    watchPageDom(TABLE_PAGE, page.signal, (dom) => seen.push(dom));
    page.abort();
    expect(seen).toEqual([{ problem: { key: 'overlay.pageChanged' }, appearedInFrame: false }]);
  });
});
