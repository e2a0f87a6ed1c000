import { browser } from 'wxt/browser';
import { dispatch } from '@/lib/messaging/router';
import { createHandlers } from './handlers';

/**
 * Wires the service worker. Listeners are registered synchronously, before any await, so a worker
 * woken by a message or alarm never misses the event that woke it.
 */
export function startBackground(): void {
  const handlers = createHandlers();
  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender, self, handlers));
}
