/**
 * resolve_100k_ratio: 100,000 deals of one pipeline resolved by the background through the sandbox
 * API at HubSpot's search limit (5/s): wall time ÷ (search calls ÷ 5 per second).
 */
import { sendFromContentScript } from '../e2e/extension-pages';
import { startSandbox } from '../sandbox/server';
import { configureExtension, launchWithExtension } from '../support/extension';
import { row, type BenchRow } from './results';

export async function benchResolve(records: number): Promise<BenchRow> {
  // HubSpot's own limits: 190 calls / 10 s, search 5 / s. The extension may spend all of it here.
  const sandbox = await startSandbox({ port: 0, seed: 5, scale: 200 });
  const stage = 'appointmentscheduled';
  const existing = sandbox.store.search('0-3', {
    filterGroups: [{ filters: [{ propertyName: 'pipeline', operator: 'EQ', value: 'default' }] }],
  }).length;
  for (let i = existing; i < records; i++)
    sandbox.store.create('deals', { dealname: `Bench deal ${i}`, pipeline: 'default', dealstage: stage });
  const pipeline = sandbox.store.pipelines('0-3').find((p) => p.id === 'default')!;
  const inPipeline = sandbox.store.search('0-3', {
    filterGroups: [{ filters: [{ propertyName: 'pipeline', operator: 'EQ', value: 'default' }] }],
  });
  const columns = [...pipeline.stages]
    .sort((a, b) => a.displayOrder - b.displayOrder)
    .map((s) => ({ label: s.label, shown: inPipeline.filter((d) => d.properties.dealstage === s.id).length, selected: true }));
  const ext = await launchWithExtension();
  try {
    await configureExtension(ext, { apiBase: sandbox.url, token: sandbox.token });
    await ext.worker.evaluate(async () => {
      const c = (globalThis as any).chrome;
      const { settings } = await c.storage.local.get('settings');
      await c.storage.local.set({ settings: { ...settings, ratePercent: 100 } });
    });
    const page = await ext.context.newPage();
    const url = `${sandbox.url}/contacts/${sandbox.portalId}/objects/0-3/views/all/board?pipeline=default`;
    await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>board</title><p>Board</p>' }));
    await page.goto(url);
    await page.waitForTimeout(500);
    const since = Date.now();
    const t0 = performance.now();
    const reply = await sendFromContentScript(page, 'selection/resolve', {
      resolveId: crypto.randomUUID(),
      query: { kind: 'board', columns },
      displayedTotal: records,
      include: [],
      exclude: [],
      description: 'bench',
    });
    const wall = (performance.now() - t0) / 1000;
    if (!reply?.ok) throw new Error(`resolve failed: ${JSON.stringify(reply).slice(0, 300)}`);
    const calls = sandbox.calls.entries().filter((c) => c.atMs >= since);
    const searchCalls = calls.filter((c) => c.route.includes('/search'));
    const searches = searchCalls.length;
    const bound = searches / 5;
    const serverMs = searchCalls.map((c) => c.durationMs ?? 0).sort((a, b) => a - b);
    return row(wall / bound, 'ratio', 1.1, 'max', {
      records,
      resolved: reply.data.resolved,
      staged: reply.data.count,
      wallSeconds: wall,
      searchCalls: searches,
      otherCalls: calls.length - searches,
      rejected429: calls.filter((c) => c.status === 429).length,
      bound: `${searches} searches ÷ 5 per second = ${bound.toFixed(1)} s`,
      medianSearchServerMs: serverMs[Math.floor(serverMs.length / 2)],
      note: 'pages are sequential (each starts after the last ID of the one before); the rate governor counts a search from its send + 20 ms + any latency above the fastest search seen (never later than its answer), so at best 5 searches per (1 s + ~20 ms + latency jitter)',
    });
  } finally {
    await ext.close();
    await sandbox.close();
  }
}
