/**
 * What a route answers, and HubSpot's error body shape (HUBSPOT.md §3): every error is
 * `{ status:"error", message, correlationId, category, subCategory?, errors?, context? }` with a
 * fresh UUID correlationId.
 */
import { randomUUID } from 'node:crypto';

export interface ApiResult {
  status: number;
  /** JSON body; absent for 204. */
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (e.g. a gateway's HTML error page). */
  raw?: { contentType: string; text: string };
}

export interface ErrorExtras {
  subCategory?: string;
  errors?: unknown[];
  context?: Record<string, unknown>;
  [key: string]: unknown;
}

export function errorBody(category: string, message: string, extras: ErrorExtras = {}): Record<string, unknown> {
  return { status: 'error', message, correlationId: randomUUID(), category, ...extras };
}

export function apiError(status: number, category: string, message: string, extras?: ErrorExtras): ApiResult {
  return { status, body: errorBody(category, message, extras) };
}

export const validationError = (message: string, extras?: ErrorExtras): ApiResult => apiError(400, 'VALIDATION_ERROR', message, extras);

/** HubSpot's answer for an `{objectType}` it cannot resolve. */
export const unknownObjectType = (name: string): ApiResult => validationError(`Unable to infer object type from: ${name}`);

export const objectNotFound = (message: string, context?: Record<string, unknown>): ApiResult =>
  apiError(404, 'OBJECT_NOT_FOUND', message, context ? { context } : {});

export const ok = (body: unknown, status = 200): ApiResult => ({ status, body });

export const noContent = (): ApiResult => ({ status: 204 });

export function isApiResult(value: unknown): value is ApiResult {
  return typeof value === 'object' && value !== null && typeof (value as ApiResult).status === 'number';
}
