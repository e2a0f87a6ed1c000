import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox, SandboxOptions } from '../../sandbox/server';
import { clientFor, openSandbox } from './client';

const open: Sandbox[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function limited(rateLimit: SandboxOptions['rateLimit']) {
  const opened = await openSandbox({ rateLimit });
  open.push(opened.sandbox);
  return opened;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const header = (h: Headers, name: string) => h.get(`x-hubspot-ratelimit-${name}`);

describe('ten-secondly rolling window', () => {
  it('puts the rate-limit headers on every response, Remaining counting down', async () => {
    const { api } = await limited({ max: 10, windowMs: 10_000, daily: 1000 });
    const first = await api.get('/crm/v3/objects/contacts?limit=1');
    const second = await api.get('/crm/v3/objects/contacts?limit=1');
    expect(header(first.headers, 'max')).toBe('10');
    expect(header(first.headers, 'interval-milliseconds')).toBe('10000');
    expect(header(first.headers, 'daily')).toBe('1000');
    expect(header(first.headers, 'remaining')).toBe('9');
    expect(header(second.headers, 'remaining')).toBe('8');
    expect(header(second.headers, 'daily-remaining')).toBe('998');
  });

  it('answers 429 TEN_SECONDLY_ROLLING once the window is full, and admits again as it rolls', async () => {
    const { api } = await limited({ max: 5, windowMs: 1000, daily: 1000 });
    for (let i = 0; i < 3; i++) expect((await api.get('/crm/v3/objects/contacts?limit=1')).status).toBe(200);
    await sleep(400);
    for (let i = 0; i < 2; i++) expect((await api.get('/crm/v3/objects/contacts?limit=1')).status).toBe(200);
    const rejected = await api.get('/crm/v3/objects/contacts?limit=1');
    expect(rejected.status).toBe(429);
    expect(rejected.body).toMatchObject({
      status: 'error',
      errorType: 'RATE_LIMIT',
      policyName: 'TEN_SECONDLY_ROLLING',
      category: 'RATE_LIMITS',
      message: 'You have reached your ten_secondly_rolling limit.',
      correlationId: expect.any(String),
    });
    expect(header(rejected.headers, 'remaining')).toBe('0');
    // Rolling, not fixed buckets: after the first three leave the window, exactly three fit again.
    await sleep(700);
    for (let i = 0; i < 3; i++) expect((await api.get('/crm/v3/objects/contacts?limit=1')).status).toBe(200);
    expect((await api.get('/crm/v3/objects/contacts?limit=1')).status).toBe(429);
  });

  it('counts per app: another token has its own window', async () => {
    const { sandbox, api } = await limited({ max: 2, windowMs: 10_000, daily: 1000 });
    sandbox.addToken('pat-sandbox-other-app', ['crm.objects.contacts.read']);
    await api.get('/crm/v3/objects/contacts?limit=1');
    await api.get('/crm/v3/objects/contacts?limit=1');
    expect((await api.get('/crm/v3/objects/contacts?limit=1')).status).toBe(429);
    expect((await clientFor(sandbox, 'pat-sandbox-other-app').get('/crm/v3/objects/contacts?limit=1')).status).toBe(200);
  });
});

describe('daily budget', () => {
  it('answers 429 DAILY when the portal’s daily budget is spent', async () => {
    const { api } = await limited({ max: 100, windowMs: 10_000, daily: 3 });
    for (let i = 0; i < 3; i++) expect((await api.get('/crm/v3/objects/contacts?limit=1')).status).toBe(200);
    const rejected = await api.get('/crm/v3/objects/contacts?limit=1');
    expect(rejected.status).toBe(429);
    expect(rejected.body).toMatchObject({ policyName: 'DAILY', errorType: 'RATE_LIMIT', message: 'You have reached your daily limit.' });
    expect(header(rejected.headers, 'daily-remaining')).toBe('0');
    const usage = await api.get('/account-info/v3/api-usage/daily/private-apps');
    expect(usage.status).toBe(429);
  });
});

describe('search per-second limit', () => {
  it('limits search separately and omits the ten-secondly headers on search responses', async () => {
    const { api } = await limited({ max: 1000, windowMs: 10_000, daily: 1000, searchPerSecond: 3 });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await api.post('/crm/v3/objects/contacts/search', { limit: 1 }));
    expect(replies.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(replies[3]!.status).toBe(429);
    expect(replies[3]!.body.policyName).toBe('SECONDLY');
    expect(header(replies[0]!.headers, 'max')).toBeNull();
    expect(header(replies[0]!.headers, 'daily-remaining')).not.toBeNull();
    // The standard window is untouched by search calls.
    const standard = await api.get('/crm/v3/objects/contacts?limit=1');
    expect(standard.status).toBe(200);
    expect(header(standard.headers, 'remaining')).toBe('999');
  });
});
