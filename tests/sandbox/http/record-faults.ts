/**
 * Per-record failures on demand (DESIGN.md §8: "can answer batch calls with 207 per-record
 * failures"). HubSpot documents 207 MULTI_STATUS for every batch route — results beside `errors`
 * (official client: `BatchResponse…WithErrors`, each error a `StandardError`) — so a test names the
 * records that should fail and the route answers them as errors instead of results:
 *
 *   sandbox.faults.set({ recordErrors: { ids: ['1201'] }, onlyRoutes: ['batch/read'] });
 *   sandbox.faults.set({ recordErrors: { inputs: [0, 'trace-7'], property: 'lastname' } });
 *
 * `ids` applies to batch read / archive / update, association batch read / create / archive (the
 * `from` ID), list membership add / remove (the record ID lands in `recordIdsMissing`) and the
 * records' memberships batch read. `inputs` applies to batch create: 0-based positions or
 * `objectWriteTraceId`s, failing with 2026-09-style validation (HUBSPOT.md §7: required properties
 * apply to API writes) for the missing required `property`.
 */
export interface RecordErrorFault {
  ids?: string[];
  inputs?: Array<number | string>;
  /** The required property create failures name as missing (default `hs_required_field`). */
  property?: string;
  /** Category of `ids` failures (default `VALIDATION_ERROR`). */
  category?: string;
}

/** What a route sees of the record faults (through RouteContext). */
export interface RecordFaults {
  /** True when this record (by ID) should fail on this route. */
  failsId(id: string): boolean;
  /** Category for `failsId` errors. */
  category: string;
  /** The missing property when this create input (by position or trace ID) should fail, else undefined. */
  failsInput(index: number, traceId: string | undefined): string | undefined;
  /** Refuse request bodies that leave out fields HubSpot's models mark required (see strictBodies). */
  strictBodies: boolean;
}

export const NO_RECORD_FAULTS: RecordFaults = {
  failsId: () => false,
  category: 'VALIDATION_ERROR',
  failsInput: () => undefined,
  strictBodies: false,
};

export function recordFaults(fault: RecordErrorFault | null, applies: boolean, strictBodies: boolean): RecordFaults {
  if (!applies) return NO_RECORD_FAULTS;
  const ids = new Set((fault?.ids ?? []).map(String));
  const inputs = new Set(fault?.inputs ?? []);
  const property = fault?.property ?? 'hs_required_field';
  return {
    failsId: (id) => ids.has(id),
    category: fault?.category ?? 'VALIDATION_ERROR',
    failsInput: (index, traceId) => (inputs.has(index) || (traceId !== undefined && inputs.has(traceId)) ? property : undefined),
    strictBodies,
  };
}
