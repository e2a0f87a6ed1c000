/** Reading request bodies and writing results with node:http (no framework). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiResult } from './api-result';

/** HubSpot rejects very large payloads; 10 MB is far above any legal batch. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false; message: string };

/** An empty body parses to `undefined`; malformed JSON is a 400 for the caller to send. */
export function parseJson(text: string): ParsedBody {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `Invalid input JSON: ${(error as Error).message}` };
  }
}

export function writeResult(res: ServerResponse, result: ApiResult): void {
  if (res.headersSent || res.destroyed) return;
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
  if (result.raw) {
    res.writeHead(result.status, { 'Content-Type': result.raw.contentType });
    res.end(result.raw.text);
  } else if (result.body === undefined || result.status === 204) {
    res.writeHead(result.status);
    res.end();
  } else {
    res.writeHead(result.status, { 'Content-Type': 'application/json;charset=utf-8' });
    res.end(JSON.stringify(result.body));
  }
}
