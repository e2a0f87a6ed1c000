import type { FailedRecord } from '@/lib/db/rows';
import type { BatchError } from '@/lib/hubspot/api/types';
import { text } from '@/lib/i18n/text';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { storedText } from './stored-text';

/**
 * Per-record failures out of a 207 (HUBSPOT.md §3: "Batch reads that partly fail answer 207 with
 * both results and errors"; batch create, archive, association and list writes do the same), read
 * record by record so that no record is counted done that HubSpot did not do.
 */

/** One record HubSpot named in a 207's errors, with its category and its own (English) message. */
export interface RecordError {
  id: string;
  category: string;
  message: string;
}

export interface RecordErrors {
  /** Records we sent that an error named. */
  byId: Map<string, RecordError>;
  /**
   * An error named no record, or one we did not send: which of ours it meant is unknown, so the
   * caller re-checks the records it cannot otherwise account for (and never counts them done).
   */
  unknown: boolean;
}

/** HubSpot's category for "no such record" in a batch read's 207. */
export const OBJECT_NOT_FOUND = 'OBJECT_NOT_FOUND';

/** Reads `errors` against the IDs sent; `what` names the call in the console warning for bad input. */
export function recordErrorsOf(errors: readonly BatchError[], sent: readonly string[], what: string): RecordErrors {
  const ours = new Set(sent);
  const byId = new Map<string, RecordError>();
  let unknown = false;
  for (const error of errors) {
    const ids = Array.isArray(error.context?.ids) ? error.context.ids.map(String) : [];
    const category = error.category ?? 'UNKNOWN';
    const message = error.message ?? '';
    if (ids.length === 0) {
      console.warn(`crm-sweep: ${what} answered an error naming no record`, error);
      unknown = true;
    }
    for (const id of ids) {
      if (ours.has(id)) byId.set(id, { id, category, message });
      else {
        console.warn(`crm-sweep: ${what} answered an error for record ${id}, which was not sent`, error);
        unknown = true;
      }
    }
  }
  return { byId, unknown };
}

/** Errors other than "not found": the record may exist, but this call could not do it. */
export function realFailures(found: RecordErrors): RecordError[] {
  return [...found.byId.values()].filter((e) => e.category !== OBJECT_NOT_FOUND);
}

/** Catalogue messages that say what HubSpot refused; each takes {category} and {said}. */
type RefusalKey = Extract<
  MessageKey,
  | 'record.archiveRefused'
  | 'record.archiveRefusedResent'
  | 'record.unreadable'
  | 'record.unverified'
  | 'record.recreateRefused'
  | 'record.notChecked'
  | 'record.linkRefused'
>;

/** A failed record with HubSpot's category, its message as `detail`, and our words for it. */
export function refusedRecord(error: RecordError, key: RefusalKey): FailedRecord {
  return {
    id: error.id,
    category: error.category,
    detail: error.message,
    ...storedText(text(key, { category: error.category, said: error.message || error.category })),
  };
}
