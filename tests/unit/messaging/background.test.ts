import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/lib/background/start';
import { settingsItem, DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { IN_PAGE_WORDS } from '@/lib/i18n/in-page-words';
import { daInPage } from '@/lib/i18n/in-page-da';
import type { PageContext } from '@/lib/messaging/payloads/in-page';

// The fake's sendMessage passes an empty sender; trigger the listener with a real-looking one.
const popupSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
async function send(message: unknown, sender: object = popupSender) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return replies.find(Boolean);
}

describe('background wiring', () => {
  beforeEach(() => startBackground());

  it('answers page/context from an extension page through runtime messaging', async () => {
    const reply = await send({
      route: 'page/context',
      payload: { url: 'https://app.hubspot.com/contacts/5/objects/0-3/views/all/board?pipeline=default' },
    });
    expect(reply).toEqual({
      ok: true,
      data: {
        page: { kind: 'board', portalId: '5', objectTypeId: '0-3', viewId: 'all', pipelineId: 'default' },
        configured: false,
        language: 'en',
        words: IN_PAGE_WORDS.en,
      },
    });
  });

  it("sends the overlay's words in the chosen language with the page's context (the content script carries none)", async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'da' });
    const reply = (await send({ route: 'page/context', payload: { url: 'https://app.hubspot.com/' } })) as { data: PageContext };
    expect(reply.data.language).toBe('da');
    expect(reply.data.words['overlay.clear']).toBe(daInPage['overlay.clear']);
    expect(reply.data.words).toEqual(daInPage);
  });

  it('never returns the stored token, only a hint', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, token: 'pat-sandbox-abcdef123456' });
    const reply = (await send({ route: 'settings/get', payload: {} })) as { ok: boolean; data: Record<string, unknown> };
    expect(JSON.stringify(reply)).not.toContain('abcdef12');
    expect(reply.data.tokenHint).toBe('…3456');
  });

  it('refuses a message with no sender identity (e.g. from another extension)', async () => {
    expect(await send({ route: 'page/context', payload: { url: 'x' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'foreign-sender' },
    });
  });
});
