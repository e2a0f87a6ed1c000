import { EmptySelectionError, InvalidRecordIdError } from '@/lib/db/errors';

/** HubSpot's batch read/archive endpoints take at most 100 inputs per call (HUBSPOT.md). */
export const MAX_BATCH_SIZE = 100;

// Record IDs travel as strings of digits: HubSpot IDs exceed Number.MAX_SAFE_INTEGER, and a
// number that slipped through a message would already have been rounded.
const RECORD_ID = /^[0-9]+$/;

/**
 * The distinct record IDs in first-seen order. Throws on anything that is not a string of digits
 * (a number, '12a', '') rather than store an ID that could point at a different record.
 */
export function dedupeRecordIds(ids: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string' || !RECORD_ID.test(id)) throw new InvalidRecordIdError(id);
    seen.add(id);
  }
  return [...seen];
}

/** Splits a selection into batches of ≤ `size` distinct IDs, keeping the user's order. */
export function planBatches(ids: readonly unknown[], size = MAX_BATCH_SIZE): string[][] {
  if (!Number.isInteger(size) || size < 1 || size > MAX_BATCH_SIZE) {
    throw new RangeError(`Batch size must be 1…${MAX_BATCH_SIZE}, got ${size}.`);
  }
  const distinct = dedupeRecordIds(ids);
  if (distinct.length === 0) throw new EmptySelectionError();
  const batches: string[][] = [];
  for (let start = 0; start < distinct.length; start += size) batches.push(distinct.slice(start, start + size));
  return batches;
}
