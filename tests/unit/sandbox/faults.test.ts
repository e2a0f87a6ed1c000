import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox, SandboxOptions } from '../../sandbox/server';
import { activeIds, openSandbox } from './client';

const open: Sandbox[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
async function start(options: SandboxOptions = {}) {
  const opened = await openSandbox(options);
  open.push(opened.sandbox);
  return opened;
}

const LIST = '/crm/v3/objects/contacts?limit=1';

describe('server errors', () => {
  it('answers 500 / 502 / 503 at errorRate 1, JSON for 500 and 503, an HTML gateway page for 502', async () => {
    const { sandbox, api } = await start({ faults: { errorRate: 1 } });
    const statuses = new Set<number>();
    for (let i = 0; i < 30; i++) {
      const reply = await api.get(LIST);
      statuses.add(reply.status);
      if (reply.status === 502) expect(reply.body).toContain('502 Bad Gateway');
      else expect(reply.body).toMatchObject({ status: 'error', correlationId: expect.any(String) });
    }
    expect([...statuses].sort()).toEqual([500, 502, 503]);
    expect(sandbox.calls.entries().every((c) => c.fault === 'error' && c.status >= 500)).toBe(true);
  });

  it('picks failures deterministically for the same seed', async () => {
    const run = async () => {
      const { api } = await start({ seed: 42, faults: { errorRate: 0.5 } });
      const statuses = [];
      for (let i = 0; i < 20; i++) statuses.push((await api.get(LIST)).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(200);
    expect(first.some((s) => s >= 500)).toBe(true);
    expect(await run()).toEqual(first);
  });

  it('restricts faults to matching routes with onlyRoutes', async () => {
    const { sandbox, api } = await start({ faults: { errorRate: 1, onlyRoutes: ['batch/archive'] } });
    expect((await api.get(LIST)).status).toBe(200);
    const [id] = activeIds(sandbox, 'contacts');
    expect((await api.post('/crm/v3/objects/contacts/batch/archive', { inputs: [{ id }] })).status).toBeGreaterThanOrEqual(500);
    expect(sandbox.store.get('contacts', id!)).toBeDefined();
    sandbox.faults.clear();
    expect((await api.post('/crm/v3/objects/contacts/batch/archive', { inputs: [{ id }] })).status).toBe(204);
  });
});

describe('latency and resets', () => {
  it('delays answers by latencyMs', async () => {
    const { api } = await start({ faults: { latencyMs: 150 } });
    const t0 = Date.now();
    expect((await api.get(LIST)).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('destroys the connection without an answer at resetRate 1, and logs it', async () => {
    const { sandbox, api } = await start({ faults: { resetRate: 1 } });
    await expect(api.get(LIST)).rejects.toThrow();
    expect(sandbox.calls.entries()[0]).toMatchObject({ fault: 'reset', status: 0, route: 'GET /crm/v3/objects/{type}' });
  });
});

describe('429 storms', () => {
  it('answers 429 with Retry-After for a count of calls, then recovers', async () => {
    const { sandbox, api } = await start();
    sandbox.faults.set({ storm429: { count: 3, retryAfterSeconds: 2 } });
    for (let i = 0; i < 3; i++) {
      const reply = await api.get(LIST);
      expect(reply.status).toBe(429);
      expect(reply.headers.get('retry-after')).toBe('2');
      expect(reply.body).toMatchObject({ policyName: 'TEN_SECONDLY_ROLLING', errorType: 'RATE_LIMIT' });
    }
    expect((await api.get(LIST)).status).toBe(200);
    expect(sandbox.calls.count({ status: 429 })).toBe(3);
  });

  it('storms without Retry-After until a deadline', async () => {
    const { sandbox, api } = await start();
    sandbox.faults.set({ storm429: { forMs: 200, retryAfterSeconds: null } });
    const during = await api.get(LIST);
    expect(during.status).toBe(429);
    expect(during.headers.get('retry-after')).toBeNull();
    await new Promise((r) => setTimeout(r, 250));
    expect((await api.get(LIST)).status).toBe(200);
  });
});

describe('token revocation and daily budget', () => {
  it('revokes the token after N more calls: 401 from then on, until faults are cleared', async () => {
    const { sandbox, api } = await start({ faults: { revokeTokenAfterCalls: 2 } });
    expect((await api.get(LIST)).status).toBe(200);
    expect((await api.get(LIST)).status).toBe(200);
    const revoked = await api.get(LIST);
    expect(revoked.status).toBe(401);
    expect(revoked.body.category).toBe('INVALID_AUTHENTICATION');
    expect((await api.get('/account-info/v3/details')).status).toBe(401);
    expect(sandbox.calls.entries().at(-1)?.fault).toBe('revoked');
    sandbox.faults.clear();
    expect((await api.get(LIST)).status).toBe(200);
  });

  it('runs the daily budget down with dailyRemaining', async () => {
    const { api } = await start();
    await fetch(`${(open.at(-1) as Sandbox).url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ dailyRemaining: 1 }) });
    expect((await api.get(LIST)).status).toBe(200);
    const rejected = await api.get(LIST);
    expect(rejected.status).toBe(429);
    expect(rejected.body.policyName).toBe('DAILY');
  });
});

describe('admin routes', () => {
  it('sets, reads and clears faults and reads / clears the call log over HTTP', async () => {
    const { sandbox, api } = await start();
    const admin = (path: string, init?: RequestInit) =>
      fetch(`${sandbox.url}/__sandbox/${path}`, init).then(async (r) => ({
        status: r.status,
        body: r.status === 204 ? undefined : await r.json(),
      }));
    expect(
      (await admin('faults', { method: 'POST', body: JSON.stringify({ errorRate: 1, onlyRoutes: ['/search'] }) })).body.faults,
    ).toMatchObject({ errorRate: 1, onlyRoutes: ['/search'] });
    expect((await api.post('/crm/v3/objects/contacts/search', {})).status).toBeGreaterThanOrEqual(500);
    await api.get(LIST);
    const calls = (await admin('calls?route=search')).body;
    expect(calls.total).toBe(1);
    expect(calls.calls[0]).toMatchObject({
      method: 'POST',
      route: 'POST /crm/v3/objects/{type}/search',
      objectType: '0-1',
      fault: 'error',
    });
    expect((await admin(`calls?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).body.total).toBe(0);
    expect((await admin('faults', { method: 'DELETE' })).body.faults.errorRate).toBe(0);
    expect((await admin('calls', { method: 'DELETE' })).status).toBe(204);
    expect(sandbox.calls.entries()).toHaveLength(0);
    expect((await admin('health')).body).toMatchObject({ ok: true, portalId: sandbox.portalId });
  });

  it('records the IDs of batch calls in the call log', async () => {
    const { sandbox, api } = await start();
    const ids = activeIds(sandbox, 'contacts').slice(0, 3);
    await api.post('/crm/v3/objects/contacts/batch/archive', { inputs: ids.map((id) => ({ id })) });
    expect(sandbox.calls.filter({ route: 'batch/archive' })).toEqual([expect.objectContaining({ status: 204, objectType: '0-1', ids })]);
  });
});
