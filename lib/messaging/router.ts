import type { Runtime } from 'webextension-polyfill';
import { englishOf, isText, text, type Text } from '@/lib/i18n/text';
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

const fail = (code: ErrorCode, refusal: Text): Reply<never> => ({ ok: false, error: { code, message: englishOf(refusal), text: refusal } });

/** A handler's error as a reply: its Text when it carries one (TextError), else its English message. */
function failed(error: unknown): Reply<never> {
  const message = error instanceof Error ? error.message : String(error);
  const carried = typeof error === 'object' && error !== null ? (error as { text?: unknown }).text : undefined;
  return { ok: false, error: { code: 'failed', message, ...(isText(carried) ? { text: carried } : {}) } };
}

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
  if (!trust) return fail('foreign-sender', text('request.foreignSender'));
  if (typeof message !== 'object' || message === null) return fail('invalid-payload', text('request.notObject'));
  const { route, payload } = message as Envelope;
  if (typeof route !== 'string' || !Object.hasOwn(PROTOCOL, route))
    return fail('unknown-route', text('request.unknownRoute', { route: String(route).slice(0, 64) }));
  const spec = PROTOCOL[route as RouteName];
  if (spec.trust === 'extension' && trust !== 'extension') {
    return fail('forbidden', text('request.forbidden', { route }));
  }
  try {
    if (JSON.stringify(payload ?? null).length > MAX_MESSAGE_CHARS) return fail('invalid-payload', text('request.tooLarge'));
    const valid = spec.validate(payload, 'payload');
    const handler = handlers[route as RouteName] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    return { ok: true, data: await handler(valid, sender) };
  } catch (error) {
    // The validator's words ("payload.ids: expected a list") stay English: only a bug or a hostile
    // sender gets them, and they name code, not anything the user did.
    if (error instanceof PayloadError) return fail('invalid-payload', text('request.invalid', { problem: error.message }));
    return failed(error);
  }
}
