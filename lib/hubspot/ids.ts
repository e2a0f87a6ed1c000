/**
 * The shapes of the identifiers crm-sweep handles — one definition each, read by every layer.
 * HubSpot record IDs are positive decimal strings that may exceed 2^53 (HUBSPOT.md §2): they are
 * never parsed to numbers, and a number that slipped through a message would already be rounded.
 */
export const RECORD_ID_PATTERN = /^[1-9]\d{0,19}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && RECORD_ID_PATTERN.test(value);
}

/** A pattern's body without its `^…$` anchors, to build a larger pattern (a URL path) from it. */
export function patternBody(pattern: RegExp): string {
  return pattern.source.replace(/^\^/, '').replace(/\$$/, '');
}

/** crm-sweep's own job, staged-selection and resolve IDs: `crypto.randomUUID()`. */
export const UUID_PATTERN = /^[0-9a-f-]{36}$/;

/** The most records one selection (and so one job) may hold: a 100,000-record list fits, a flood does not. */
export const MAX_SELECTION = 200_000;
