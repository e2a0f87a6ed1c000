import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/lib/background/start';
import type { JobEngine } from '@/lib/jobs/core/engine';
import { loadSettings } from '@/lib/settings/settings';

const content = (url = 'https://app.hubspot.com/contacts/1/objects/0-1/views/all/list') => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url },
});
const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const send = async (route: string, payload: unknown, sender: object) =>
  (await fakeBrowser.runtime.onMessage.trigger({ route, payload }, sender)).find(Boolean);

describe('the popup and options routes are for our own pages only', () => {
  // A database per test, left in place: the worker's start-up reads (resume, expiry sweep) run
  // unawaited, and deleting the database under them would only test the teardown.
  let engine: JobEngine;
  beforeEach(() => {
    engine = startBackground({ dbName: `crm-sweep-trust-${crypto.randomUUID()}` });
  });
  afterEach(() => engine.idle());

  for (const [route, payload] of [
    [
      'settings/save',
      {
        apiBase: 'https://evil.example',
        ratePercent: '100',
        dailyReservePercent: '0',
        retentionDays: '1',
        language: 'en',
        token: 'pat-na1-stolen-0000',
      },
    ],
    ['settings/test', {}],
    ['staged/preview', { stagedId: '11111111-1111-4111-8111-111111111111' }],
    ['staged/export-page', { stagedId: '11111111-1111-4111-8111-111111111111', offset: 0 }],
    ['staged/dismiss', { stagedId: '11111111-1111-4111-8111-111111111111' }],
  ] as const) {
    it(`refuses ${route} from a content script`, async () => {
      expect(await send(route, payload, content())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    });
  }

  it('leaves the settings untouched after a refused settings/save', async () => {
    await send(
      'settings/save',
      { apiBase: 'https://evil.example', ratePercent: '100', dailyReservePercent: '0', retentionDays: '1', language: 'en' },
      content(),
    );
    expect((await loadSettings()).apiBase).toBe('https://api.hubapi.com');
  });

  it('refuses numbers sent as numbers, and unknown fields, before any handler runs', async () => {
    expect(
      await send(
        'settings/save',
        { apiBase: 'https://api.hubapi.com', ratePercent: 60, dailyReservePercent: '10', retentionDays: '90', language: 'en' },
        popup,
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(
      await send(
        'settings/save',
        {
          apiBase: 'https://api.hubapi.com',
          ratePercent: '60',
          dailyReservePercent: '10',
          retentionDays: '90',
          language: 'en',
          token: 'x'.repeat(20),
          extra: 1,
        },
        popup,
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('answers settings/save from the options page', async () => {
    const reply = await send(
      'settings/save',
      { apiBase: 'https://api.hubapi.com', ratePercent: '50', dailyReservePercent: '10', retentionDays: '90', language: 'nl' },
      { ...popup, url: fakeBrowser.runtime.getURL('/options.html') },
    );
    expect(reply).toMatchObject({ ok: true, data: { saved: true, settings: { ratePercent: 50, language: 'nl' } } });
  });
});
