import { DailyReserveReached } from './rate/daily-reserve';
import type { CallKind } from './rate/governor-types';
import type { RateGovernor } from './rate/rate-governor';
import { readRateHeaders } from './rate/rate-headers';
import { text } from '@/lib/i18n/text';
import { errorFromResponse, HubSpotError, type HubSpotErrorBody } from './errors';

/** A request stopped because its job was paused or cancelled, or its page left. */
const CANCELLED = text('hubspot.cancelled');

export interface HttpConfig {
  apiBase: string;
  token: string;
  governor: RateGovernor;
  fetch?: typeof fetch;
  /** Attempts for 5xx and network failures (jittered exponential backoff between them). */
  maxAttempts?: number;
  /** 429s waited out before giving up and pausing the job. */
  max429Waits?: number;
  baseBackoffMs?: number;
}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  kind?: CallKind;
  /**
   * False for calls that must not be sent twice blindly (batch create): after a 5xx or a lost
   * response the caller reconciles instead. 429s are always retried — HubSpot rejected them unprocessed.
   */
  idempotent?: boolean;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  status: number;
  data: T;
}

/** One HubSpot HTTP call: through the governor, with HubSpot's retry rules (HUBSPOT.md §4). */
export class HubSpotHttp {
  constructor(private readonly config: HttpConfig) {}

  async call<T>(req: ApiRequest): Promise<ApiResponse<T>> {
    const { maxAttempts = 6, max429Waits = 60, baseBackoffMs = 500 } = this.config;
    let failures = 0;
    let waits429 = 0;
    for (;;) {
      const permit = await this.acquire(req);
      let response: Response;
      try {
        response = await (this.config.fetch ?? fetch)(this.url(req), this.init(req));
      } catch (error) {
        permit.release(null);
        if (req.signal?.aborted) throw new HubSpotError('cancelled', CANCELLED);
        failures += 1;
        if (req.idempotent === false || failures >= maxAttempts) {
          const detail = error instanceof Error ? error.message : String(error);
          throw new HubSpotError('network', text('hubspot.noAnswer', { detail }));
        }
        await backoff(baseBackoffMs, failures, req.signal);
        continue;
      }
      const headers = readRateHeaders(response.headers);
      const body = await readBody(response);
      const errorBody = response.ok ? null : (body as HubSpotErrorBody | null);
      permit.release({ status: response.status, headers, policyName: errorBody?.policyName });
      if (response.ok) return { status: response.status, data: body as T };
      const error = errorFromResponse(response.status, errorBody);
      if (response.status === 429 && error.kind === 'rateLimit' && ++waits429 < max429Waits) continue;
      if (response.status >= 500 && req.idempotent !== false && ++failures < maxAttempts) {
        await backoff(baseBackoffMs, failures, req.signal);
        continue;
      }
      throw error;
    }
  }

  private async acquire(req: ApiRequest) {
    try {
      return await this.config.governor.acquire(req.kind ?? 'standard', req.signal);
    } catch (error) {
      if (error instanceof DailyReserveReached) throw new HubSpotError('dailyReserve', error.text);
      if (req.signal?.aborted) throw new HubSpotError('cancelled', CANCELLED);
      throw error;
    }
  }

  private url(req: ApiRequest): string {
    const url = new URL(req.path, this.config.apiBase.replace(/\/?$/, '/'));
    for (const [key, value] of Object.entries(req.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  private init(req: ApiRequest): RequestInit {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.config.token}`, Accept: 'application/json' };
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';
    return { method: req.method, headers, body: req.body === undefined ? undefined : JSON.stringify(req.body), signal: req.signal };
  }
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 300) };
  }
}

/** Full-jitter exponential backoff: 0.5–1 × base·2^n, capped at 30 s. */
function backoff(baseMs: number, failures: number, signal?: AbortSignal): Promise<void> {
  const ceiling = Math.min(30_000, baseMs * 2 ** (failures - 1));
  const ms = ceiling * (0.5 + Math.random() * 0.5);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new HubSpotError('cancelled', CANCELLED));
      },
      { once: true },
    );
  });
}
