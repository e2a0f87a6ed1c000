import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * HubSpot-shaped UI pages (table, board, list, record, recycle bin) served by the sandbox.
 * Returns true when it answered the request. `store` is the sandbox's live in-memory CRM.
 */
export function handleUiRequest(
  _req: IncomingMessage,
  _res: ServerResponse,
  _url: URL,
  _store: unknown,
): boolean {
  return false;
}
