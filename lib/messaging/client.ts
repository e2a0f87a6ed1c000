import { browser } from 'wxt/browser';
import { englishOf, isText, text, type Text } from '@/lib/i18n/text';
import type { Reply, RequestOf, ResponseOf, RouteName } from './protocol';

/**
 * The background refused or failed a request. `text` is what to show (in the page's language, with
 * `showError`); `message` is the English wording, for logs and for errors that carry no Text.
 */
export class RequestRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly text?: Text,
  ) {
    super(message);
    this.name = 'RequestRefused';
  }
}

const NO_REPLY = text('request.noReply');

/** Sends a typed request to the background and unwraps its reply; refusals become errors. */
export async function request<R extends RouteName>(route: R, payload: RequestOf<R>): Promise<ResponseOf<R>> {
  const reply = (await browser.runtime.sendMessage({ route, payload })) as Reply<ResponseOf<R>> | undefined;
  if (!reply) throw new RequestRefused('no-reply', englishOf(NO_REPLY), NO_REPLY);
  if (!reply.ok) throw new RequestRefused(reply.error.code, reply.error.message, isText(reply.error.text) ? reply.error.text : undefined);
  return reply.data;
}
