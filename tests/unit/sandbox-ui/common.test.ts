import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import type { SandboxStore } from '../../sandbox/store';
import { page, parse, PORTAL, seededStore, uiRequest } from './ui-harness';

let store: SandboxStore;
beforeAll(() => {
  store = seededStore(300);
});

/** One page of every kind. */
const everyPageKind = () => [
  '/',
  `/contacts/${PORTAL}/objects/0-1/views/all/list`,
  `/contacts/${PORTAL}/objects/0-1/views/101/list`,
  `/contacts/${PORTAL}/objects/0-3/views/all/board?autorefresh=0`,
  `/contacts/${PORTAL}/objectLists/`,
  `/contacts/${PORTAL}/objectLists/101`,
  `/contacts/${PORTAL}/record/0-1/${store.listRecords('0-1')[0]?.id}`,
  `/recycling-bin/${PORTAL}/restore/0-1`,
];

describe('every page', () => {
  it('is English, titled, and loads nothing from elsewhere (no CDN, no web fonts)', async () => {
    for (const path of everyPageKind()) {
      const html = await page(store, path);
      const doc = parse(html);
      expect(doc.documentElement.getAttribute('lang'), path).toBe('en');
      expect(doc.title, path).toMatch(/\| HubSpot$/);
      const external = [...doc.querySelectorAll('[src], link[href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href'));
      expect(
        external.filter((u) => u && !u.startsWith('data:')),
        path,
      ).toEqual([]);
      expect(html, path).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)|@import|url\(/);
      expect(doc.querySelector('header nav[aria-label="Main"]'), path).not.toBeNull();
      expect(doc.querySelector('[data-test-id="portal-id"]')?.textContent, path).toContain(String(PORTAL));
    }
  });

  it('uses only hashed class names, which change with the seed of each start', async () => {
    const tokens = new Set<string>();
    for (const path of everyPageKind()) {
      for (const el of parse(await page(store, path)).querySelectorAll('[class]')) for (const t of el.classList) tokens.add(t);
    }
    expect(tokens.size).toBeGreaterThan(20);
    expect([...tokens].filter((t) => !/^[a-z][a-z0-9]{6}$/.test(t))).toEqual([]);
    vi.stubEnv('SANDBOX_UI_CLASS_SEED', 'one');
    vi.resetModules();
    const one = (await import('../../sandbox/ui/class-names')).cx('row');
    vi.stubEnv('SANDBOX_UI_CLASS_SEED', 'two');
    vi.resetModules();
    const two = (await import('../../sandbox/ui/class-names')).cx('row');
    vi.unstubAllEnvs();
    expect(one).not.toBe(two);
  });

  it('the index links to every page kind, and every link it shows answers 200', async () => {
    const home = parse(await page(store, '/'));
    const hrefs = [...new Set([...home.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href') as string))];
    for (const kind of ['/views/all/list', '/views/101/list', '/board?pipeline=', '/objectLists/', '/record/', '/recycling-bin/']) {
      expect(
        hrefs.some((h) => h.includes(kind)),
        kind,
      ).toBe(true);
    }
    for (const href of hrefs) expect((await uiRequest(store, href)).status, href).toBe(200);
  });

  it('redirects the older /contacts/{portal}/contacts/list/view/all/ shape to the table', async () => {
    const reply = await uiRequest(store, `/contacts/${PORTAL}/contacts/list/view/all/`);
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toBe(`/contacts/${PORTAL}/objects/0-1/views/all/list`);
  });
});

describe('inside the real sandbox server', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ scale: 100 });
  });
  afterAll(() => sandbox.close());

  it('serves the pages without a token and lets their bulk delete archive', async () => {
    const res = await fetch(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const [id] = sandbox.store.listRecords('0-1').map((r) => r.id);
    const archive = await fetch(`${sandbox.url}/ui-api/${sandbox.portalId}/objects/0-1/archive`, {
      method: 'POST',
      body: JSON.stringify({ ids: [id] }),
    });
    expect(await archive.json()).toEqual({ archived: 1, ids: [id] });
    expect(sandbox.store.get('0-1', id as string)).toBeUndefined();
    expect((await fetch(`${sandbox.url}/no/such/page`)).status).toBe(404);
  });
});
