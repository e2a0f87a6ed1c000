/**
 * Per-record errors inside a 207 batch answer. HubSpot's official client models each one as a
 * `StandardError` whose `status`, `category`, `message`, `context` (string arrays by key), `errors`
 * (`ErrorDetail[]`) and `links` are all required — so every entry carries all six, empty when there
 * is nothing to say.
 */
import type { RecordFaults } from '../http/record-faults';

export interface ErrorDetail {
  message: string;
  code?: string;
  in?: string;
  subCategory?: string;
  context?: Record<string, string[]>;
}

export interface StandardError {
  status: 'error';
  category: string;
  subCategory?: string;
  message: string;
  context: Record<string, string[]>;
  errors: ErrorDetail[];
  links: Record<string, string>;
}

export function standardError(
  category: string,
  message: string,
  context: Record<string, string[]>,
  extras: { subCategory?: string; errors?: ErrorDetail[] } = {},
): StandardError {
  return {
    status: 'error',
    category,
    ...(extras.subCategory ? { subCategory: extras.subCategory } : {}),
    message,
    context,
    errors: extras.errors ?? [],
    links: {},
  };
}

/** One error naming the records an injected fault failed (record-faults.ts), or none. */
export function injectedErrors(faults: RecordFaults, ids: readonly string[], what: string): StandardError[] {
  if (ids.length === 0) return [];
  return [standardError(faults.category, `Sandbox fault: ${what} failed for these records.`, { ids: [...ids] })];
}

/**
 * The 2026-09 write validation (HUBSPOT.md §7: required properties of the Create form apply to
 * API writes), as a per-input batch-create error naming the missing property.
 */
export function missingRequiredProperty(property: string, traceId: string | undefined): StandardError {
  const message = `Property values were not valid: required property "${property}" is missing.`;
  return standardError(
    'VALIDATION_ERROR',
    message,
    traceId === undefined ? { propertyName: [property] } : { propertyName: [property], objectWriteTraceId: [traceId] },
    {
      errors: [{ message: `${property} is required`, code: 'REQUIRED_PROPERTY', in: property, context: { propertyName: [property] } }],
    },
  );
}

/** Splits IDs into those an injected fault fails and the rest. */
export function partitionFailed(faults: RecordFaults, ids: readonly string[]): { failed: string[]; kept: string[] } {
  const failed = ids.filter((id) => faults.failsId(id));
  return { failed, kept: ids.filter((id) => !faults.failsId(id)) };
}
