/**
 * Drives the sandbox's UI hook in-process: a seeded store, fake request/response objects around
 * `handleUiRequest`, an HTML parser, and a way to run a page's inline script in the test's
 * happy-dom document with `fetch` routed back to the same hook (so the page talks to the store
 * under test, with no server).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { Window } from 'happy-dom';
import { seedStore } from '../../sandbox/crm/seed';
import { SandboxStore } from '../../sandbox/store';
import { handleUiRequest } from '../../sandbox/ui/index';

export const PORTAL = 4242424;

export function seededStore(scale = 300, seed = 1): SandboxStore {
  const store = new SandboxStore(PORTAL);
  seedStore(store, { seed, scale });
  return store;
}

export interface UiReply {
  handled: boolean;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface UiRequestInit {
  method?: string;
  body?: string;
  contentType?: string;
}

/** Sends one request through handleUiRequest; `handled: false` means the server would answer 404. */
export function uiRequest(store: SandboxStore, path: string, init: UiRequestInit = {}): Promise<UiReply> {
  const method = init.method ?? 'GET';
  const req = Object.assign(Readable.from(init.body === undefined ? [] : [Buffer.from(init.body)]), {
    method,
    url: path,
    headers: { host: '127.0.0.1', 'content-type': init.contentType ?? 'application/json' },
    socket: { remoteAddress: '127.0.0.1' },
  }) as unknown as IncomingMessage;
  return new Promise<UiReply>((resolve, reject) => {
    const reply: UiReply = { handled: true, status: 0, headers: {}, body: '' };
    const res = {
      headersSent: false,
      writeHead(status: number, headers: Record<string, string | number> = {}) {
        reply.status = status;
        for (const [k, v] of Object.entries(headers)) reply.headers[k.toLowerCase()] = String(v);
        res.headersSent = true;
        return res;
      },
      end(body?: string | Buffer) {
        reply.body = body === undefined ? '' : String(body);
        resolve(reply);
      },
    };
    try {
      const handled = handleUiRequest(req, res as unknown as ServerResponse, new URL(path, 'http://127.0.0.1'), store);
      if (!handled) resolve({ ...reply, handled: false });
    } catch (error) {
      reject(error);
    }
  });
}

/** GETs a page and insists it was answered with 200. */
export async function page(store: SandboxStore, path: string): Promise<string> {
  const reply = await uiRequest(store, path);
  if (!reply.handled || reply.status !== 200) throw new Error(`${path}: handled=${reply.handled} status=${reply.status}`);
  return reply.body;
}

const parserWindow = new Window();

/** Parses a page without running its scripts. */
export function parse(html: string): Document {
  return new parserWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export const rowIds = (doc: ParentNode): string[] =>
  [...doc.querySelectorAll('table[data-test-id="framework-data-table"] tr[data-test-id^="row-"]')].map((r) =>
    (r.getAttribute('data-test-id') as string).slice('row-'.length),
  );

/**
 * Loads a page into a fresh happy-dom window and runs its inline script there, with `fetch`
 * routed back to the UI hook. happy-dom does not run scripts set through innerHTML, so the script
 * is run by hand with the window's globals passed in: each page gets its own window, and listeners
 * of one test's page never see another test's clicks.
 */
export function mountPage(store: SandboxStore, html: string, path = '/'): Window {
  const win = new Window({ url: `http://127.0.0.1${path}` });
  const parsed = parse(html);
  win.document.head.innerHTML = parsed.head.innerHTML;
  win.document.body.innerHTML = parsed.body.innerHTML;
  const routedFetch = async (input: unknown, init?: { method?: string; body?: string }) => {
    const reply = await uiRequest(store, String(input), { method: init?.method, body: init?.body });
    if (!reply.handled) return new Response('Not found', { status: 404 });
    return new Response(reply.body, { status: reply.status, headers: { 'content-type': reply.headers['content-type'] ?? 'text/plain' } });
  };
  const script = [...parsed.querySelectorAll('script:not([type])')].map((s) => s.textContent).join('\n');
  const globals = {
    window: win,
    document: win.document,
    location: win.location,
    fetch: routedFetch,
    DOMParser: win.DOMParser,
    setInterval: win.setInterval.bind(win),
    setTimeout: win.setTimeout.bind(win),
  };
  new Function(...Object.keys(globals), script)(...Object.values(globals));
  return win;
}

/** Lets pending fetches, JSON parsing and re-renders settle. */
export async function settle(times = 10): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
