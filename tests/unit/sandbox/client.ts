/** A tiny HTTP client for the sandbox tests: real requests over loopback with fetch. */
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Client {
  get<T = any>(path: string): Promise<Reply<T>>;
  post<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  put<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  patch<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  del<T = any>(path: string): Promise<Reply<T>>;
  /** A request with a raw body and headers of the caller's choosing. */
  raw(path: string, init: RequestInit): Promise<Reply>;
}

export function clientFor(sandbox: Sandbox, token: string | null = sandbox.token): Client {
  const send = async (method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<Reply> => {
    const headers: Record<string, string> = { ...(init.headers as Record<string, string> | undefined) };
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${sandbox.url}${path}`, { method, headers, body: body === undefined ? init.body : JSON.stringify(body) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Not JSON (e.g. an HTML gateway page): keep the text.
    }
    return { status: res.status, headers: res.headers, body: parsed };
  };
  return {
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body),
    put: (path, body) => send('PUT', path, body),
    patch: (path, body) => send('PATCH', path, body),
    del: (path) => send('DELETE', path),
    raw: (path, init) => send(init.method ?? 'GET', path, undefined, init),
  };
}

/** Generous limits so functional tests are never throttled. */
export const UNTHROTTLED: SandboxOptions['rateLimit'] = { max: 100_000, windowMs: 10_000, daily: 10_000_000, searchPerSecond: 10_000 };

export async function openSandbox(options: SandboxOptions = {}): Promise<{ sandbox: Sandbox; api: Client }> {
  const sandbox = await startSandbox({ port: 0, rateLimit: UNTHROTTLED, ...options });
  return { sandbox, api: clientFor(sandbox) };
}

/** Active IDs of a type, ascending. */
export const activeIds = (sandbox: Sandbox, type: string): string[] =>
  sandbox.store.listRecords(type, { archived: false }).map((r) => r.id);
