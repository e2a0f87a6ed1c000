import { expect, test } from './fixtures';
import { extensionPage, killServiceWorker, readJob, sendFrom, sendFromContentScript, workerStartedAt } from './extension-pages';

// A slow portal (20 calls per 2 s) so the job is still running when the worker is killed.
test.use({ sandboxOptions: { scale: 800, rateLimit: { max: 20, windowMs: 2000 } } });

test('a delete job survives its service worker being killed mid-job', async ({ sandbox, extension }) => {
  test.setTimeout(120_000);
  const ids = sandbox.store
    .listRecords('contacts', { archived: false })
    .slice(0, 600)
    .map((r) => r.id);
  const hubspot = await extension.context.newPage();
  await hubspot.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list`);
  // The overlay is running once its "select page" box is in (row boxes and the bar's host come
  // when the user comes to them).
  await expect(hubspot.locator('input[data-crmx-check="page"]')).toBeAttached();
  const staged = await sendFromContentScript(hubspot, 'selection/stage', { ids, description: 'e2e' });
  expect(staged).toMatchObject({ ok: true, data: { count: 600 } });

  const popup = await extensionPage(extension);
  const started = await sendFrom(popup, 'job/start', { stagedId: staged.data.stagedId, typedCount: '600', locale: 'en', mode: 'delete' });
  expect(started).toMatchObject({ ok: true });
  const jobId = started.data.jobId as string;

  // Kill the worker once HubSpot has received the first archive call, i.e. mid-job.
  await expect.poll(() => sandbox.calls.count({ route: 'batch/archive' }), { timeout: 30_000 }).toBeGreaterThan(0);
  const bootBefore = await workerStartedAt(popup);
  await killServiceWorker(extension.context, extension.extensionId);
  const archivedAtKill = sandbox.calls.count({ route: 'batch/archive' });
  expect(archivedAtKill).toBeLessThan(6); // the job was not finished

  // Any event wakes a fresh worker, which resumes the job from IndexedDB.
  await expect.poll(async () => (await sendFrom(popup, 'settings/get', {}).catch(() => null))?.ok, { timeout: 20_000 }).toBe(true);
  await expect.poll(() => workerStartedAt(popup), { timeout: 20_000 }).not.toBe(bootBefore);
  await expect.poll(async () => (await readJob(popup, jobId))?.state, { timeout: 90_000 }).toBe('done');

  for (const id of ids) expect(sandbox.store.get('contacts', id)).toBeUndefined();
  const sent = sandbox.calls.filter({ route: 'batch/archive', status: 204 }).flatMap((c) => c.ids ?? []);
  expect(new Set(sent)).toEqual(new Set(ids));
  expect(sandbox.store.listRecords('contacts', { archived: false })).toHaveLength(200);
});
