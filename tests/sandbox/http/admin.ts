/**
 * Admin routes under `/__sandbox/` for tests, benchmarks and the UI's recycle-bin page: the call
 * log, faults, recycle-bin restore, saving, extra tokens, rate-limit settings and health. They need
 * no token and are not rate-limited, but answer only loopback clients.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toApiRecord } from '../routes/record-view';
import type { SandboxStore } from '../store';
import { apiError, noContent, ok, validationError, type ApiResult } from './api-result';
import type { CallLog } from './call-log';
import type { FaultConfig, FaultController } from './faults';
import { parseJson, readBody, writeResult } from './json-io';
import type { RateLimitConfig, RateLimiter } from './rate-limiter';
import type { TokenRegistry } from './tokens';

export interface AdminDeps {
  store: SandboxStore;
  calls: CallLog;
  faults: FaultController;
  tokens: TokenRegistry;
  limiter: RateLimiter;
  startedAt: number;
  /** Writes the save file; returns its path, or undefined when no savePath was configured. */
  save(): string | undefined;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export async function handleAdminRequest(deps: AdminDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? ''))
    return writeResult(res, apiError(403, 'FORBIDDEN', 'Admin routes answer loopback clients only.'));
  const parsed = parseJson(await readBody(req));
  if (!parsed.ok) return writeResult(res, validationError(parsed.message));
  writeResult(res, adminRoute(deps, `${req.method} ${url.pathname.replace(/\/+$/, '')}`, url.searchParams, parsed.value));
}

function adminRoute(deps: AdminDeps, route: string, query: URLSearchParams, body: unknown): ApiResult {
  const { store } = deps;
  const objectTypeOf = (name: unknown) => (typeof name === 'string' ? store.objectTypes.resolve(name) : undefined);
  switch (route) {
    case 'GET /__sandbox/health':
      return ok({ ok: true, portalId: store.portalId, uptimeMs: Date.now() - deps.startedAt, counts: store.counts() });
    case 'GET /__sandbox/calls': {
      const status = query.get('status');
      const calls = deps.calls.filter({
        route: query.get('route') ?? undefined,
        since: query.get('since') ?? undefined,
        method: query.get('method') ?? undefined,
        status: status === null ? undefined : Number(status),
      });
      return ok({ total: calls.length, dropped: deps.calls.dropped, calls });
    }
    case 'DELETE /__sandbox/calls':
      deps.calls.clear();
      return noContent();
    case 'GET /__sandbox/faults':
      return ok(deps.faults.state());
    case 'POST /__sandbox/faults':
      if (typeof body !== 'object' || body === null) return validationError('Send a JSON object of faults.');
      deps.faults.set(body as Partial<FaultConfig>);
      return ok(deps.faults.state());
    case 'DELETE /__sandbox/faults':
      deps.faults.clear();
      return ok(deps.faults.state());
    case 'POST /__sandbox/restore': {
      const { objectType, ids } = (body ?? {}) as { objectType?: unknown; ids?: unknown };
      const def = objectTypeOf(objectType);
      if (!def || !Array.isArray(ids)) return validationError('Send { objectType, ids: [...] }.');
      return ok({ objectTypeId: def.objectTypeId, results: store.restore(def.objectTypeId, ids.map(String)) });
    }
    case 'GET /__sandbox/recycle-bin': {
      const def = objectTypeOf(query.get('objectType') ?? 'contacts');
      if (!def) return validationError('Unknown objectType.');
      const bin = store.recycleBin(def.objectTypeId);
      const offset = Number(query.get('offset') ?? 0);
      const limit = Math.min(Number(query.get('limit') ?? 10_000), 10_000);
      const page = bin.slice(offset, offset + limit);
      return ok({ objectTypeId: def.objectTypeId, total: bin.length, results: page.map((r) => toApiRecord(store, def, r)) });
    }
    case 'POST /__sandbox/save': {
      const path = deps.save();
      return path ? ok({ savedTo: path }) : validationError('The sandbox was started without a savePath.');
    }
    case 'POST /__sandbox/tokens': {
      const { token, scopes, kind } = (body ?? {}) as { token?: unknown; scopes?: unknown; kind?: unknown };
      if (typeof token !== 'string' || token === '' || !Array.isArray(scopes)) return validationError('Send { token, scopes: [...] }.');
      if (kind !== undefined && kind !== 'privateApp' && kind !== 'serviceKey') return validationError('kind is privateApp or serviceKey.');
      const info = deps.tokens.add(token, scopes.map(String), kind);
      return ok({ token, kind: info.kind, scopes: [...info.scopes], appId: info.appId }, 201);
    }
    case 'GET /__sandbox/rate-limits':
      return ok({ config: deps.limiter.config, daily: deps.limiter.dailyUsage(Date.now()) });
    case 'POST /__sandbox/rate-limits':
      deps.limiter.config = { ...deps.limiter.config, ...((body ?? {}) as Partial<RateLimitConfig>) };
      return ok({ config: deps.limiter.config });
    default:
      return apiError(404, 'OBJECT_NOT_FOUND', `No admin route ${route}`);
  }
}
