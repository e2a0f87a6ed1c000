/**
 * The HubSpot-compatible sandbox (DESIGN.md §8): a node:http server on 127.0.0.1 that answers
 * HubSpot's CRM API paths in both spellings (legacy and date-versioned), the `/__sandbox/` admin
 * routes, and — for every other path — the HubSpot-shaped UI pages from ./ui.
 *
 *   const sandbox = await startSandbox({ scale: 500, rateLimit: { windowMs: 1000 } });
 *   fetch(`${sandbox.url}/crm/v3/objects/contacts`, { headers: { Authorization: `Bearer ${sandbox.token}` } });
 *   sandbox.faults.set({ errorRate: 0.1 }); sandbox.calls.filter({ route: 'batch/archive' });
 *   await sandbox.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isApiPath } from './api-version';
import { loadStore, saveStore } from './crm/persistence';
import { seedStore } from './crm/seed';
import { handleAdminRequest, type AdminDeps } from './http/admin';
import { CallLog } from './http/call-log';
import { dispatchApiRequest, type DispatchDeps } from './http/dispatch';
import { FaultController, type FaultConfig } from './http/faults';
import { DEFAULT_RATE_LIMITS, RateLimiter } from './http/rate-limiter';
import { ALL_SCOPES, defaultServiceKey, defaultToken, TokenRegistry, type TokenKind } from './http/tokens';
import { apiRoutes } from './routes';
import { SandboxStore } from './store';
import { handleUiRequest } from './ui/index';

export type { FaultConfig } from './http/faults';
export type { CallLogEntry } from './http/call-log';
export { CallLog } from './http/call-log';
export { FaultController } from './http/faults';
export { SandboxStore } from './store';

export interface SandboxOptions {
  /** 0 = ephemeral (default). */
  port?: number;
  /** Default 1; the same seed and scale give the same data. */
  seed?: number;
  /** Number of contacts (default 200); other objects scale with it (see crm/seed-records.ts). */
  scale?: number;
  portalId?: number;
  rateLimit?: { max?: number; windowMs?: number; daily?: number; searchPerSecond?: number };
  faults?: Partial<FaultConfig>;
  /** JSON save: loaded at start if present, written on close and on POST /__sandbox/save. */
  savePath?: string;
  /** Overrides the default token (which is derived from seed and portal, so it is stable). */
  token?: string;
  /** Overrides the default service key (also derived from seed and portal). */
  serviceKey?: string;
  /**
   * A Content-Security-Policy header for the UI pages, as HubSpot's app pages may send one: tests
   * check that crm-sweep's content script and the overlay module it imports work under it.
   */
  pagePolicy?: string;
}

export interface Sandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Private-app token (legacy) with every scope. */
  token: string;
  /** Service key with every scope: what a new HubSpot user creates (Development › Keys › Service keys). */
  serviceKey: string;
  portalId: number;
  store: SandboxStore;
  faults: FaultController;
  calls: CallLog;
  /** Live rate-limit settings (`rateLimiter.config = {...}` rescales a running sandbox). */
  rateLimiter: RateLimiter;
  /** Issues a token; its kind follows its look (`pat-…` private-app token, else service key) unless given. */
  addToken(token: string, scopes: string[], kind?: TokenKind): void;
  close(): Promise<void>;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const seed = opts.seed ?? 1;
  const portalId = opts.portalId ?? 4_242_424;
  const store = (opts.savePath ? loadStore(opts.savePath) : undefined) ?? seeded(portalId, seed, opts.scale ?? 200);
  const token = opts.token ?? defaultToken(seed, store.portalId);
  const tokens = new TokenRegistry();
  tokens.add(token, ALL_SCOPES, 'privateApp');
  const serviceKey = opts.serviceKey ?? defaultServiceKey(seed, store.portalId);
  tokens.add(serviceKey, ALL_SCOPES, 'serviceKey');
  const limiter = new RateLimiter({ ...DEFAULT_RATE_LIMITS, ...definedOnly(opts.rateLimit ?? {}) });
  const faults = new FaultController(seed, token, (remaining) => limiter.setDailyRemaining(remaining, Date.now()));
  if (opts.faults) faults.set(opts.faults);
  const calls = new CallLog();
  const save = () => {
    if (!opts.savePath) return undefined;
    saveStore(store, opts.savePath);
    return opts.savePath;
  };

  let base = '';
  const portal = { portalId: store.portalId, uiDomain: '' };
  const api: DispatchDeps = { store, routes: apiRoutes(limiter, tokens), tokens, limiter, faults, calls, portal, baseUrl: () => base };
  const admin: AdminDeps = { store, calls, faults, tokens, limiter, startedAt: Date.now(), save };
  const server = createServer((req, res) => {
    handle(api, admin, req, res, opts.pagePolicy).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`sandbox error: ${(error as Error).message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  portal.uiDomain = `127.0.0.1:${port}`;

  let closed = false;
  return {
    url: base,
    token,
    serviceKey,
    portalId: store.portalId,
    store,
    faults,
    calls,
    rateLimiter: limiter,
    addToken: (t, scopes, kind) => void tokens.add(t, scopes, kind),
    close: async () => {
      if (closed) return;
      closed = true;
      save();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

async function handle(api: DispatchDeps, admin: AdminDeps, req: IncomingMessage, res: ServerResponse, pagePolicy?: string): Promise<void> {
  const url = new URL(req.url ?? '/', api.baseUrl() || 'http://127.0.0.1');
  if (url.pathname.startsWith('/__sandbox/')) return handleAdminRequest(admin, req, res, url);
  if (isApiPath(url.pathname)) return dispatchApiRequest(api, req, res, url);
  // UI pages need no token and are not rate-limited.
  if (pagePolicy) res.setHeader('Content-Security-Policy', pagePolicy);
  if (await handleUiRequest(req, res, url, api.store)) return;
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

function seeded(portalId: number, seed: number, scale: number): SandboxStore {
  const store = new SandboxStore(portalId);
  seedStore(store, { seed, scale });
  return store;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
