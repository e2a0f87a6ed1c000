import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { dispatch, senderTrust, type Handlers } from '@/lib/messaging/router';
import { IN_PAGE_WORDS } from '@/lib/i18n/in-page-words';

const self = { extensionId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const popup: Runtime.MessageSender = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const optionsTab: Runtime.MessageSender = {
  id: 'our-id',
  url: 'chrome-extension://our-id/options.html',
  tab: {
    id: 3,
    index: 0,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: false,
    url: 'chrome-extension://our-id/options.html',
  },
};
const contentScript: Runtime.MessageSender = {
  id: 'our-id',
  url: 'https://app.hubspot.com/contacts/1/objects/0-1/views/all/list',
  tab: {
    id: 7,
    index: 0,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: false,
    url: 'https://app.hubspot.com/contacts/1/objects/0-1/views/all/list',
  },
};
const otherExtension: Runtime.MessageSender = { id: 'evil-id', url: 'chrome-extension://evil-id/page.html' };

/** Only the routes these tests call; the others would never be reached. */
function handlers() {
  const h = {
    'page/context': vi.fn(async () => ({ page: null, configured: false, language: 'en' as const, words: IN_PAGE_WORDS.en })),
    'settings/get': vi.fn(async () => ({
      apiBase: 'x',
      tokenHint: null,
      credentialKind: null,
      credentialPortalId: null,
      ratePercent: 60,
      dailyReservePercent: 10,
      retentionDays: 90,
      language: 'auto',
    })),
  } satisfies Partial<Handlers>;
  return h as typeof h & Handlers;
}

describe('senderTrust', () => {
  it('trusts our popup and our pages in tabs as extension', () => {
    expect(senderTrust(popup, self)).toBe('extension');
    expect(senderTrust(optionsTab, self)).toBe('extension');
  });
  it('treats our content script in a web page as content', () => {
    expect(senderTrust(contentScript, self)).toBe('content');
  });
  it('refuses another extension, even one that claims our page URL', () => {
    expect(senderTrust(otherExtension, self)).toBeNull();
    expect(senderTrust({ ...popup, id: 'evil-id' }, self)).toBeNull();
  });
  it('does not upgrade a content script whose frame URL looks like ours but sits in a web tab', () => {
    const spoof = { ...contentScript, url: 'chrome-extension://our-id/popup.html' };
    expect(senderTrust(spoof, self)).toBe(null);
  });
});

describe('dispatch', () => {
  it('answers a content route from the content script', async () => {
    const h = handlers();
    const reply = await dispatch({ route: 'page/context', payload: { url: 'https://app.hubspot.com/' } }, contentScript, self, h);
    expect(reply).toEqual({ ok: true, data: { page: null, configured: false, language: 'en', words: IN_PAGE_WORDS.en } });
    expect(h['page/context']).toHaveBeenCalledOnce();
  });

  it('refuses an extension-only route from a content script and never calls the handler', async () => {
    const h = handlers();
    const reply = await dispatch({ route: 'settings/get', payload: {} }, contentScript, self, h);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(h['settings/get']).not.toHaveBeenCalled();
  });

  it('refuses messages from another extension', async () => {
    const h = handlers();
    const reply = await dispatch({ route: 'page/context', payload: { url: 'x' } }, otherExtension, self, h);
    expect(reply).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    expect(h['page/context']).not.toHaveBeenCalled();
  });

  it.each([
    ['unknown route', { route: 'job/nuke', payload: {} }, 'unknown-route'],
    ['inherited property as route', { route: 'constructor', payload: {} }, 'unknown-route'],
    ['not an object', 'page/context', 'invalid-payload'],
    ['missing field', { route: 'page/context', payload: {} }, 'invalid-payload'],
    ['wrong type', { route: 'page/context', payload: { url: 42 } }, 'invalid-payload'],
    ['extra field', { route: 'page/context', payload: { url: 'x', ids: ['1'] } }, 'invalid-payload'],
    ['oversized field', { route: 'page/context', payload: { url: 'x'.repeat(5000) } }, 'invalid-payload'],
  ])('refuses %s with a typed error', async (_name, message, code) => {
    const h = handlers();
    const reply = await dispatch(message, contentScript, self, h);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(h['page/context']).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const h = handlers();
    h['settings/get'].mockRejectedValueOnce(new Error('storage broke'));
    const reply = await dispatch({ route: 'settings/get', payload: {} }, popup, self, h);
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'storage broke' } });
  });
});
