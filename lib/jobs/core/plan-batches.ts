import { text, TextError } from '@/lib/i18n/text';
import { isRecordId } from '@/lib/hubspot/ids';

/** HubSpot's batch read/archive endpoints take at most 100 inputs per call (HUBSPOT.md). */
export const MAX_BATCH_SIZE = 100;

/** A selection held something that is not a HubSpot record ID; nothing was stored. */
export class InvalidRecordIdError extends TextError {
  constructor(readonly value: unknown) {
    super(text('storage.invalidRecordId', { value: JSON.stringify(value) ?? String(value) }));
  }
}

/** A selection with no records: there is no job (or staged selection) to make of it. */
export class EmptySelectionError extends TextError {
  constructor() {
    super(text('storage.emptySelection'));
  }
}

/**
 * The distinct record IDs in first-seen order. Throws on anything that is not a record ID (a
 * number, '12a', '') rather than store an ID that could point at a different record: IDs travel
 * as strings because HubSpot's exceed Number.MAX_SAFE_INTEGER (lib/hubspot/ids.ts).
 */
export function dedupeRecordIds(ids: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const id of ids) {
    if (!isRecordId(id)) throw new InvalidRecordIdError(id);
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
