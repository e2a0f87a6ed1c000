import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/server';
import { startHarness as startBackgroundHarness, type Harness } from '../jobs/sandbox-harness';

/** The harness, once the background's start-up reads are done (a test that ends sooner would
 * close the database under them). */
async function startHarness(): Promise<Harness> {
  const h = await startBackgroundHarness();
  await h.engine.resumeInterrupted();
  return h;
}

/**
 * "All N in view" resolved by the real background against the sandbox API: board pipelines and
 * columns (past the 10,000-result search cap), the unfiltered table view, list members — staged
 * only when the resolved count equals what the page displayed.
 */
const boardPath = (s: Sandbox, pipeline?: string) =>
  `/contacts/${s.portalId}/objects/0-3/views/all/board${pipeline ? `?pipeline=${pipeline}` : ''}`;

/** The board's columns as the page shows them: stage labels in order, counts per stage. */
function boardColumns(s: Sandbox, pipelineId: string, selected: (label: string) => boolean = () => true) {
  const pipeline = s.store.pipelines('0-3').find((p) => p.id === pipelineId)!;
  const deals = s.store.search('0-3', { filterGroups: [{ filters: [{ propertyName: 'pipeline', operator: 'EQ', value: pipelineId }] }] });
  const stages = [...pipeline.stages].sort((a, b) => a.displayOrder - b.displayOrder);
  const columns = stages.map((st) => ({
    label: st.label,
    shown: deals.filter((d) => d.properties.dealstage === st.id).length,
    selected: selected(st.label),
  }));
  const idsOf = (labels: string[]) => {
    const stageIds = stages.filter((st) => labels.includes(st.label)).map((st) => st.id);
    return deals.filter((d) => stageIds.includes(d.properties.dealstage ?? '')).map((d) => d.id);
  };
  return { columns, idsOf, total: columns.filter((c) => c.selected).reduce((n, c) => n + c.shown, 0) };
}

const resolve = (h: Harness, path: string, body: Record<string, unknown>) =>
  h.send(
    'selection/resolve',
    { resolveId: crypto.randomUUID(), include: [], exclude: [], description: 'test', ...body },
    h.contentOn(path),
  );

async function stagedIds(h: Harness, stagedId: string): Promise<string[]> {
  return (await h.db.staged.get(stagedId))!.ids;
}

describe('board: pipeline and columns', () => {
  it("stages every deal of the pipeline when the API count equals the board's", async () => {
    const h = await startHarness();
    const board = boardColumns(h.sandbox, 'default');
    const reply = await resolve(h, boardPath(h.sandbox, 'default'), {
      query: { kind: 'board', columns: board.columns },
      displayedTotal: board.total,
    });
    expect(reply.ok).toBe(true);
    expect(reply.data.resolved).toBe(board.total);
    expect(new Set(await stagedIds(h, reply.data.stagedId))).toEqual(new Set(board.idsOf(board.columns.map((c) => c.label))));
    const staged = await h.db.staged.get(reply.data.stagedId);
    expect(staged).toMatchObject({ objectTypeId: '0-3', portalId: String(h.sandbox.portalId), displayedTotal: board.total });
  });

  it('one column, minus unticked cards, plus cards picked in other columns', async () => {
    const h = await startHarness();
    const board = boardColumns(h.sandbox, 'default', (label) => label === 'Closed Won');
    const won = board.idsOf(['Closed Won']);
    const elsewhere = board.idsOf(['Closed Lost']).slice(0, 2);
    const reply = await resolve(h, boardPath(h.sandbox, 'default'), {
      query: { kind: 'board', columns: board.columns },
      displayedTotal: board.total,
      exclude: [won[0]!],
      include: elsewhere,
    });
    expect(reply.ok).toBe(true);
    expect(new Set(await stagedIds(h, reply.data.stagedId))).toEqual(new Set([...won.slice(1), ...elsewhere]));
  });

  it('finds the pipeline from the column names when the address does not name it', async () => {
    const h = await startHarness();
    const board = boardColumns(h.sandbox, '87654321', (label) => label === 'Joint proposal');
    const reply = await resolve(h, boardPath(h.sandbox), { query: { kind: 'board', columns: board.columns }, displayedTotal: board.total });
    expect(reply.ok).toBe(true);
    expect(new Set(await stagedIds(h, reply.data.stagedId))).toEqual(new Set(board.idsOf(['Joint proposal'])));
  });

  it('refuses when the board shows another count than the API finds, and stages nothing', async () => {
    const h = await startHarness();
    const board = boardColumns(h.sandbox, 'default', (label) => label === 'Closed Won');
    const columns = board.columns.map((c) => (c.selected ? { ...c, shown: c.shown + 1 } : c));
    const reply = await resolve(h, boardPath(h.sandbox, 'default'), { query: { kind: 'board', columns }, displayedTotal: board.total + 1 });
    expect(reply).toMatchObject({ ok: false });
    expect(reply.error!.message).toMatch(/shows .* but HubSpot's API finds .*Nothing was selected/);
    expect(await h.db.staged.count()).toBe(0);
  });

  it('refuses columns that are not stages of the pipeline, and a board whose pipeline it cannot tell', async () => {
    const h = await startHarness();
    const board = boardColumns(h.sandbox, 'default');
    const renamed = board.columns.map((c, i) => (i === 0 ? { ...c, label: 'Not a stage' } : c));
    const named = await resolve(h, boardPath(h.sandbox, 'default'), {
      query: { kind: 'board', columns: renamed },
      displayedTotal: board.total,
    });
    expect(named.error?.message).toMatch(/"Not a stage" is not a stage/);
    const unnamed = await resolve(h, boardPath(h.sandbox), { query: { kind: 'board', columns: renamed }, displayedTotal: board.total });
    expect(unnamed.error?.message).toMatch(/can't tell which pipeline/);
  });

  it('pages past the 10,000-result search cap', async () => {
    const h = await startHarness();
    for (let i = 0; i < 10_250; i++)
      h.sandbox.store.create('deals', { dealname: `Bulk ${i}`, pipeline: '87654321', dealstage: '87654322' });
    const board = boardColumns(h.sandbox, '87654321', (label) => label === 'Partner sourced');
    expect(board.total).toBeGreaterThan(10_250);
    const since = Date.now();
    const reply = await resolve(h, boardPath(h.sandbox, '87654321'), {
      query: { kind: 'board', columns: board.columns },
      displayedTotal: board.total,
    });
    expect(reply.ok).toBe(true);
    const ids = await stagedIds(h, reply.data.stagedId);
    expect(ids).toHaveLength(board.total);
    expect(new Set(ids).size).toBe(board.total);
    const searches = h.sandbox.calls.entries().filter((c) => c.atMs >= since && c.route.includes('/search'));
    expect(searches.length).toBe(Math.ceil(board.total / 200) + (board.total % 200 === 0 ? 1 : 0));
  }, 60_000); // ~52 searches at HubSpot's 5 per second
});

describe('table and list', () => {
  it('the unfiltered view resolves by object listing', async () => {
    const h = await startHarness();
    const all = h.sandbox.store.listRecords('0-1').map((r) => r.id);
    const reply = await resolve(h, `/contacts/${h.sandbox.portalId}/objects/0-1/views/all/list`, {
      query: { kind: 'view' },
      displayedTotal: all.length,
    });
    expect(reply.ok).toBe(true);
    expect(new Set(await stagedIds(h, reply.data.stagedId))).toEqual(new Set(all));
  });

  it('a filtered saved view refuses "select all" without asking HubSpot for anything', async () => {
    const h = await startHarness();
    const since = Date.now();
    const reply = await resolve(h, `/contacts/${h.sandbox.portalId}/objects/0-1/views/102/list`, {
      query: { kind: 'view' },
      displayedTotal: 40,
    });
    expect(reply.ok).toBe(false);
    expect(reply.error!.message).toMatch(/filtered view.*API can't see this view's filters/);
    expect(h.sandbox.calls.entries().filter((c) => c.atMs >= since)).toHaveLength(0);
    expect(await h.db.staged.count()).toBe(0);
  });

  it('a list resolves by its memberships and keeps the list on the staged selection', async () => {
    const h = await startHarness();
    const list = h.sandbox.store.lists.all().find((l) => l.processingType === 'MANUAL' && l.objectTypeId === '0-1')!;
    const members = h.sandbox.store.listMembers(list.listId);
    const path = `/contacts/${h.sandbox.portalId}/objectLists/${list.listId}`;
    const reply = await resolve(h, path, { query: { kind: 'list' }, displayedTotal: members.length });
    expect(reply.ok).toBe(true);
    expect(await h.db.staged.get(reply.data.stagedId)).toMatchObject({ listId: list.listId, objectTypeId: '0-1' });
    expect(new Set(await stagedIds(h, reply.data.stagedId))).toEqual(new Set(members));
    const wrong = await resolve(h, path, { query: { kind: 'list' }, displayedTotal: members.length - 1 });
    expect(wrong.error?.message).toMatch(/HubSpot shows .* in the list .* but its API lists more than/);
  });

  it('a query that does not fit the page is refused', async () => {
    const h = await startHarness();
    const reply = await resolve(h, `/contacts/${h.sandbox.portalId}/objects/0-1/views/all/list`, {
      query: { kind: 'list' },
      displayedTotal: 3,
    });
    expect(reply.error?.message).toMatch(/does not fit this table page/);
    const record = await resolve(h, `/contacts/${h.sandbox.portalId}/record/0-1/1`, { query: { kind: 'view' }, displayedTotal: 3 });
    expect(record.error?.message).toMatch(/not a HubSpot table, board or list/);
  });
});

describe('pages that show no total: the API counts the sets it alone defines (issue 20)', () => {
  const count = (h: Harness, path: string, query: unknown) => h.send('selection/count', { query }, h.contentOn(path));

  it('counts the unfiltered view, a list and a whole pipeline; the resolve checks against that count', async () => {
    const h = await startHarness();
    const contacts = h.sandbox.store.listRecords('0-1').length;
    const viewPath = `/contacts/${h.sandbox.portalId}/objects/0-1/views/all/list`;
    expect((await count(h, viewPath, { kind: 'view' })).data).toEqual({ count: contacts });

    const list = h.sandbox.store.lists.all().find((l) => l.processingType === 'MANUAL' && l.objectTypeId === '0-1')!;
    const listPath = `/contacts/${h.sandbox.portalId}/objectLists/${list.listId}`;
    expect((await count(h, listPath, { kind: 'list' })).data).toEqual({ count: h.sandbox.store.listMembers(list.listId).length });

    const board = boardColumns(h.sandbox, 'default');
    const unread = board.columns.map((c, i) => ({ ...c, shown: i === 2 ? null : c.shown }));
    const counted = await count(h, boardPath(h.sandbox, 'default'), { kind: 'board', columns: unread });
    expect(counted.data).toEqual({ count: board.total });
    const reply = await resolve(h, boardPath(h.sandbox, 'default'), {
      query: { kind: 'board', columns: unread },
      displayedTotal: counted.data.count,
      totalFrom: 'api',
    });
    expect(reply.ok).toBe(true);
    expect(new Set(await stagedIds(h, reply.data.stagedId))).toEqual(new Set(board.idsOf(board.columns.map((c) => c.label))));
    // The confirmation says the count was the API's, not one HubSpot displayed.
    expect(await h.db.staged.get(reply.data.stagedId)).toMatchObject({ apiCounted: board.total, displayedTotal: undefined });
  });

  it("a record deleted between the API's count and the resolve: refused in the API's words, nothing staged", async () => {
    const h = await startHarness();
    const viewPath = `/contacts/${h.sandbox.portalId}/objects/0-1/views/all/list`;
    const counted = (await count(h, viewPath, { kind: 'view' })).data.count;
    h.sandbox.store.archive('0-1', [h.sandbox.store.listRecords('0-1')[0]!.id]);
    const reply = await resolve(h, viewPath, { query: { kind: 'view' }, displayedTotal: counted, totalFrom: 'api' });
    expect(reply.error?.message).toBe(
      `HubSpot's API counted ${counted} records in this view when you selected them all, but now finds ${counted - 1}. Nothing was selected: records changed in the meantime. Select all again to see the new count.`,
    );
    expect(await h.db.staged.count()).toBe(0);
  });

  it('refuses a part of the board without counts, and a filtered view, as select-all is refused', async () => {
    const h = await startHarness();
    const board = boardColumns(h.sandbox, 'default', (label) => label === 'Closed Won');
    const unread = board.columns.map((c) => ({ ...c, shown: null }));
    const part = await resolve(h, boardPath(h.sandbox, 'default'), {
      query: { kind: 'board', columns: unread },
      displayedTotal: 5,
      totalFrom: 'api',
    });
    expect(part.error?.message).toMatch(/can't read every column's count/);
    expect((await count(h, boardPath(h.sandbox, 'default'), { kind: 'board', columns: unread })).error?.message).toMatch(
      /can't read every column's count/,
    );
    const filtered = await count(h, `/contacts/${h.sandbox.portalId}/objects/0-1/views/102/list`, { kind: 'view' });
    expect(filtered.error?.message).toMatch(/filtered view.*API can't see this view's filters/);
    // A board query whose columns lack counts is not staged without the API's count either.
    const noCount = await resolve(h, boardPath(h.sandbox, 'default'), {
      query: { kind: 'board', columns: boardColumns(h.sandbox, 'default').columns.map((c) => ({ ...c, shown: null })) },
      displayedTotal: 5,
    });
    expect(noCount.error?.message).toMatch(/can't read every column's count/);
    expect(await h.db.staged.count()).toBe(0);
  });
});
