import type { Window } from 'happy-dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxStore } from '../../sandbox/store';
import { mountPage, page, parse, PORTAL, seededStore, settle } from './ui-harness';

/** The board renders its cards in the browser, so these tests run its script in happy-dom. */
let store: SandboxStore;
let win: Window | undefined;
beforeAll(() => {
  store = seededStore(1000); // 500 deals: ~80 per stage of the default pipeline
});
afterEach(() => {
  void win?.happyDOM.abort();
  win = undefined;
});

const boardPath = (typeId = '0-3', query = '?autorefresh=0', view = 'all') =>
  `/contacts/${PORTAL}/objects/${typeId}/views/${view}/board${query}`;

async function openBoard(path = boardPath()): Promise<{ doc: Document; hook: BoardHook }> {
  win = mountPage(store, await page(store, path), path);
  return { doc: win.document as unknown as Document, hook: (win as unknown as { __sandboxBoard: BoardHook }).__sandboxBoard };
}
interface BoardHook {
  refresh(): Promise<void>;
  removeForeignNodes(): number;
  renderedCount(stageId: string): number;
}

/** Active deals of a stage, newest first, as the board orders them. */
function stageIds(pipeline: string, stage: string): string[] {
  return store
    .listRecords('0-3')
    .filter((r) => r.properties.pipeline === pipeline && r.properties.dealstage === stage)
    .map((r) => r.id)
    .reverse();
}
const columns = (doc: Document) => [...doc.querySelectorAll('[data-test-id="cdb-column"]')];
const cardIds = (column: Element) =>
  [...column.querySelectorAll('[data-test-id="cdb-column-item"]')].map((c) => c.getAttribute('data-selenium-id'));

describe('board view', () => {
  it('has one column per stage in stage order, with the live count of each stage', async () => {
    const { doc } = await openBoard();
    const stages = store.pipelines('0-3').find((p) => p.id === 'default')?.stages ?? [];
    expect(columns(doc).map((c) => c.querySelector('[data-test-id="cdb-column-name"]')?.textContent)).toEqual(stages.map((s) => s.label));
    expect(columns(doc).map((c) => c.querySelector('[data-test-id="cdb-column-count"]')?.textContent)).toEqual(
      stages.map((s) => String(stageIds('default', s.id).length)),
    );
    expect(columns(doc).every((c) => c.querySelector('[data-test-id="cdb-column-body"]'))).toBe(true);
  });

  it('nests cards as HubSpot does and carries the record ID twice (data-selenium-id and the title link)', async () => {
    const { doc } = await openBoard();
    const item = doc.querySelector('[data-test-id="cdb-column-item"]') as Element;
    const id = item.getAttribute('data-selenium-id') as string;
    const card = item.querySelector(`:scope > [data-rbd-draggable-id="${id}"] > [data-test-id="cdb-card"] > [data-test-id="cdbc-card"]`);
    expect(card).not.toBeNull();
    expect(
      card?.querySelector(`[data-test-id="cdbc-title"] a[data-test-id="board-card-section-title-link"][href$="/record/0-3/${id}"]`),
    ).not.toBeNull();
    const deal = store.get('0-3', id);
    expect(card?.querySelector('[data-test-id="cdbc-title"]')?.textContent).toBe(deal?.properties.dealname);
    expect(card?.querySelector('[data-test-id="cdbc-property-0"] [data-test-id="cdbc-property-value"]')?.textContent).toMatch(
      /^DKK\s[\d,]+\.\d\d$/,
    );
    expect(card?.querySelector('[data-test-id="cdbc-property-1"] [data-test-id="cdbc-property-value"]')?.textContent).toMatch(
      /^[A-Z][a-z]{2} \d{1,2}, \d{4}$/,
    );
  });

  it('renders the first 20 cards of a column and 20 more when its body is scrolled to the bottom', async () => {
    const { doc, hook } = await openBoard();
    const column = columns(doc)[0] as Element;
    const stage = column.getAttribute('data-stage-id') as string;
    const ids = stageIds('default', stage);
    expect(ids.length).toBeGreaterThan(40);
    expect(cardIds(column)).toEqual(ids.slice(0, 20));
    column.querySelector('[data-test-id="cdb-column-body"]')?.dispatchEvent(new (win as Window).Event('scroll') as unknown as Event);
    expect(cardIds(column)).toEqual(ids.slice(0, 40));
    expect(hook.renderedCount(stage)).toBe(40);
  });

  it('replaces every card node on refresh (same IDs, new elements) and drops foreign children', async () => {
    const { doc, hook } = await openBoard();
    const before = doc.querySelector('[data-test-id="cdb-column-item"]') as Element & { marker?: number };
    const id = before.getAttribute('data-selenium-id');
    before.marker = 1;
    const foreign = doc.createElement('span');
    foreign.setAttribute('data-crmx-check', '');
    before.querySelector('[data-test-id="cdbc-card"]')?.prepend(foreign);
    expect(hook.removeForeignNodes()).toBe(1);
    expect(doc.querySelector('[data-crmx-check]')).toBeNull();
    expect(before.isConnected).toBe(true); // the reconcile pass keeps the card itself
    await hook.refresh();
    const after = doc.querySelector(`[data-selenium-id="${id}"]`) as Element & { marker?: number };
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
    expect(after.marker).toBeUndefined();
    expect(before.isConnected).toBe(false);
  });

  it('shows an archive after a refresh: the card goes and the stage count drops', async () => {
    const { doc, hook } = await openBoard();
    const column = columns(doc)[1] as Element;
    const [victim] = cardIds(column) as string[];
    const count = Number(column.querySelector('[data-test-id="cdb-column-count"]')?.textContent);
    store.archive('0-3', [victim as string]);
    await hook.refresh();
    await settle();
    expect(cardIds(column)).not.toContain(victim);
    expect(column.querySelector('[data-test-id="cdb-column-count"]')?.textContent).toBe(String(count - 1));
    // …and a fresh page load does not have it either.
    expect(await page(store, boardPath())).not.toContain(`"id":"${victim}"`);
  });

  it('hides cards that do not match the search box with display:none, leaving them in the DOM', async () => {
    const { doc } = await openBoard();
    const search = doc.querySelector('input[data-board-search]') as HTMLInputElement;
    const rendered = doc.querySelectorAll('[data-test-id="cdb-column-item"]').length;
    search.value = 'zzz-no-such-deal';
    search.dispatchEvent(new (win as Window).Event('input') as unknown as Event);
    const items = [...doc.querySelectorAll<HTMLElement>('[data-test-id="cdb-column-item"]')];
    expect(items.length).toBeGreaterThanOrEqual(rendered);
    expect(items.every((i) => i.style.display === 'none')).toBe(true);
    expect([...doc.querySelectorAll('[data-test-id="cdb-column-count"]')].every((c) => c.textContent === '0')).toBe(true);
  });

  it('switches pipelines by ?pipeline, defaults to the first one, and shows tickets by stage too', async () => {
    const partner = parse(await page(store, boardPath('0-3', '?pipeline=87654321&autorefresh=0')));
    expect([...partner.querySelectorAll('[data-test-id="cdb-column-name"]')].map((c) => c.textContent)).toEqual([
      'Partner sourced',
      'Joint proposal',
      'Partner won',
      'Partner lost',
    ]);
    expect(
      parse(await page(store, boardPath('0-3', ''))).querySelector('select[aria-label="Pipeline"] option[selected]')?.textContent,
    ).toBe('Sales Pipeline');
    const { doc } = await openBoard(boardPath('0-5'));
    expect(columns(doc).map((c) => c.querySelector('[data-test-id="cdb-column-name"]')?.textContent)).toEqual([
      'New',
      'Waiting on contact',
      'Waiting on us',
      'Closed',
    ]);
    const tickets = store.listRecords('0-5');
    expect(doc.querySelectorAll('[data-test-id="cdb-column-item"]').length).toBe(
      Math.min(tickets.filter((t) => t.properties.hs_pipeline_stage === '1').length, 20) +
        ['2', '3', '4'].reduce((n, s) => n + Math.min(tickets.filter((t) => t.properties.hs_pipeline_stage === s).length, 20), 0),
    );
  });

  it('turns the timed refresh off with ?autorefresh=0 and tunes it with ?refreshMs', async () => {
    const config = (html: string) => JSON.parse(parse(html).querySelector('script[type="application/json"]')?.textContent ?? '{}');
    expect(config(await page(store, boardPath('0-3', ''))).refreshMs).toBe(5000);
    expect(config(await page(store, boardPath('0-3', '?autorefresh=0'))).refreshMs).toBe(0);
    expect(config(await page(store, boardPath('0-3', '?refreshMs=1000'))).refreshMs).toBe(1000);
    expect(config(await page(store, boardPath('0-3', '?autorefresh=0'))).batchSize).toBe(20);
  });

  it('applies a saved view on the board: fewer cards, its own total', async () => {
    const big = store.listRecords('0-3').filter((r) => r.properties.pipeline === 'default' && Number(r.properties.amount) >= 100_000);
    const doc = parse(await page(store, boardPath('0-3', '?autorefresh=0', '301')));
    const counts = [...doc.querySelectorAll('[data-test-id="cdb-column-count"]')].map((c) => Number(c.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(big.length);
    expect(doc.querySelector('[data-test-id="record-count"]')?.textContent).toBe(`${big.length} records`);
  });

  it('escapes card data: a deal named </script><script> cannot break out of the JSON block', async () => {
    const deal = store.create('deals', {
      dealname: '</script><script>window.pwned=1</script>',
      pipeline: 'default',
      dealstage: 'qualifiedtobuy',
      amount: '1',
    });
    const html = await page(store, boardPath());
    expect(html).not.toContain('</script><script>window.pwned');
    const { doc } = await openBoard();
    expect(doc.querySelector(`[data-selenium-id="${deal.id}"] [data-test-id="cdbc-title"]`)?.textContent).toBe(
      '</script><script>window.pwned=1</script>',
    );
    expect((win as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});
