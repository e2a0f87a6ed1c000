import { browser } from 'wxt/browser';
import type { Reply, RequestOf, ResponseOf, RouteName } from './protocol';

export class RequestRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RequestRefused';
  }
}

/** Sends a typed request to the background and unwraps its reply; refusals become errors. */
export async function request<R extends RouteName>(route: R, payload: RequestOf<R>): Promise<ResponseOf<R>> {
  const reply = (await browser.runtime.sendMessage({ route, payload })) as Reply<ResponseOf<R>> | undefined;
  if (!reply) throw new RequestRefused('no-reply', 'crm-sweep did not answer. Reload the page and try again.');
  if (!reply.ok) throw new RequestRefused(reply.error.code, reply.error.message);
  return reply.data;
}
