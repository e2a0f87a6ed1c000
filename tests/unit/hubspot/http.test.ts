import { describe, expect, it, vi } from 'vitest';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { HubSpotHttp } from '@/lib/hubspot/api/http';
import { RateGovernor } from '@/lib/hubspot/api/rate/rate-governor';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function client(responses: (Response | Error)[], extra: Partial<ConstructorParameters<typeof HubSpotHttp>[0]> = {}) {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    if (next instanceof Error) throw next;
    return next;
  });
  const governor = new RateGovernor({ sharePercent: 100, dailyReservePercent: 0, maxInFlight: 4 });
  const http = new HubSpotHttp({ apiBase: 'https://api.example.test', token: 'tok', governor, fetch, baseBackoffMs: 1, ...extra });
  return { http, fetch, governor };
}

describe('HubSpotHttp', () => {
  it('sends the bearer token and JSON body to the configured base', async () => {
    const { http, fetch } = client([json(200, { ok: 1 })]);
    await http.call({
      method: 'POST',
      path: '/crm/objects/2026-03/contacts/batch/read',
      query: { archived: 'true' },
      body: { inputs: [] },
    });
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('https://api.example.test/crm/objects/2026-03/contacts/batch/read?archived=true');
    expect((init!.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(init!.body).toBe('{"inputs":[]}');
  });

  it('retries 5xx and network failures, then succeeds', async () => {
    const { http, fetch } = client([
      json(502, { status: 'error', message: 'bad gateway' }),
      new TypeError('socket hang up'),
      json(200, { fine: true }),
    ]);
    await expect(http.call({ method: 'GET', path: '/x' })).resolves.toEqual({ status: 200, data: { fine: true } });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("gives up after maxAttempts with a server error that keeps HubSpot's correlationId", async () => {
    const body = { status: 'error', message: 'internal', correlationId: 'c-1', category: 'INTERNAL_ERROR' };
    const { http } = client([json(500, body), json(500, body), json(500, body)], { maxAttempts: 3 });
    const error = await http.call({ method: 'GET', path: '/x' }).catch((e) => e);
    expect(error).toBeInstanceOf(HubSpotError);
    expect(error).toMatchObject({ kind: 'server', details: { correlationId: 'c-1', status: 500 } });
  });

  it('never re-sends a non-idempotent call after a lost answer', async () => {
    const { http, fetch } = client([new TypeError('connection reset'), json(201, {})]);
    await expect(http.call({ method: 'POST', path: '/create', idempotent: false })).rejects.toMatchObject({ kind: 'network' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('waits out a ten-secondly 429 and retries it, even for non-idempotent calls', async () => {
    const limited = json(429, { status: 'error', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' }, { 'Retry-After': '0' });
    const { http, fetch } = client([limited, json(201, { results: [] })]);
    await expect(http.call({ method: 'POST', path: '/create', idempotent: false })).resolves.toMatchObject({ status: 201 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('stops at once on the daily limit, a revoked token and missing scopes', async () => {
    for (const [status, body, kind] of [
      [429, { status: 'error', policyName: 'DAILY', message: 'daily' }, 'dailyLimit'],
      [401, { status: 'error', category: 'INVALID_AUTHENTICATION', message: 'expired' }, 'auth'],
      [403, { status: 'error', category: 'MISSING_SCOPES', message: 'scopes' }, 'scopes'],
    ] as const) {
      const { http, fetch } = client([json(status, body), json(200, {})]);
      const error = await http.call({ method: 'GET', path: '/x' }).catch((e) => e);
      expect(error).toMatchObject({ kind });
      expect(error.message).toMatch(/Nothing more was changed/);
      expect(fetch).toHaveBeenCalledTimes(1);
    }
  });

  it('returns null data for 204 (batch archive)', async () => {
    const { http } = client([json(204, null)]);
    await expect(http.call({ method: 'POST', path: '/archive' })).resolves.toEqual({ status: 204, data: null });
  });

  it('reports a cancelled call as cancelled, not as a network failure', async () => {
    const abort = new AbortController();
    const fetchThatAborts = vi.fn(async () => {
      abort.abort();
      throw new DOMException('aborted', 'AbortError');
    });
    const cancelled = new HubSpotHttp({
      apiBase: 'https://a.test',
      token: 't',
      governor: new RateGovernor({ sharePercent: 100, dailyReservePercent: 0 }),
      fetch: fetchThatAborts,
    });
    await expect(cancelled.call({ method: 'GET', path: '/x', signal: abort.signal })).rejects.toMatchObject({ kind: 'cancelled' });
  });
});
