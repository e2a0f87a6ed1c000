import type { Runtime } from 'webextension-polyfill';
import { PayloadError } from '@/lib/validate/validators';
import {
  PROTOCOL,
  type Envelope,
  type ErrorCode,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type RouteName,
  type Trust,
} from './protocol';

export type Handlers = { [R in RouteName]: (payload: RequestOf<R>, sender: Runtime.MessageSender) => Promise<ResponseOf<R>> };

export interface SenderIdentity {
  extensionId: string;
  /** `runtime.getURL('')`, e.g. `chrome-extension://<id>/`. */
  extensionOrigin: string;
}

const MAX_MESSAGE_CHARS = 2_000_000;

const fail = (code: ErrorCode, message: string): Reply<never> => ({ ok: false, error: { code, message } });

/** Who sent this message, as far as the browser vouches for it; null for anyone we do not serve. */
export function senderTrust(sender: Runtime.MessageSender, self: SenderIdentity): Trust | null {
  if (sender.id !== self.extensionId) return null;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(self.extensionOrigin);
  // Our pages opened in a tab carry a tab whose URL is also ours; a content script's tab is a web page.
  const tabUrl = sender.tab?.url;
  if (fromOwnPage && (!sender.tab || tabUrl === undefined || tabUrl.startsWith(self.extensionOrigin))) return 'extension';
  if (sender.tab && typeof sender.url === 'string' && /^https?:\/\//.test(sender.url)) return 'content';
  return null;
}

/** Validates, authorises and dispatches one message. Never throws: errors come back as values. */
export async function dispatch(
  message: unknown,
  sender: Runtime.MessageSender,
  self: SenderIdentity,
  handlers: Handlers,
): Promise<Reply<unknown>> {
  const trust = senderTrust(sender, self);
  if (!trust) return fail('foreign-sender', 'Message refused: it did not come from crm-sweep itself.');
  if (typeof message !== 'object' || message === null) return fail('invalid-payload', 'Message refused: not an object.');
  const { route, payload } = message as Envelope;
  if (typeof route !== 'string' || !Object.hasOwn(PROTOCOL, route))
    return fail('unknown-route', `Unknown request "${String(route).slice(0, 64)}".`);
  const spec = PROTOCOL[route as RouteName];
  if (spec.trust === 'extension' && trust !== 'extension') {
    return fail('forbidden', `"${route}" can only be requested from the crm-sweep popup or options page.`);
  }
  try {
    if (JSON.stringify(payload ?? null).length > MAX_MESSAGE_CHARS) return fail('invalid-payload', 'Message refused: payload too large.');
    const valid = spec.validate(payload, 'payload');
    const handler = handlers[route as RouteName] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    return { ok: true, data: await handler(valid, sender) };
  } catch (error) {
    if (error instanceof PayloadError) return fail('invalid-payload', `Request refused, nothing was changed: ${error.message}.`);
    return fail('failed', error instanceof Error ? error.message : String(error));
  }
}
