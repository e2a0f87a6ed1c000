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
 *
 * Several at once, each on its own routes (`routes`: substrings of route templates, within
 * `onlyRoutes`), e.g. one record refused by archive and another by the association read:
 *
 *   sandbox.faults.set({ recordErrors: [{ ids: ['1201'], routes: ['batch/archive'] }, { ids: ['1202'], routes: ['associations/'] }] });
 */
export interface RecordErrorFault {
  /** Route template substrings this fault is limited to (default: every route `onlyRoutes` allows). */
  routes?: string[];
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

export function recordFaults(
  fault: RecordErrorFault | RecordErrorFault[] | null,
  applies: boolean,
  strictBodies: boolean,
  template = '',
): RecordFaults {
  if (!applies) return NO_RECORD_FAULTS;
  const faults = (Array.isArray(fault) ? fault : fault ? [fault] : []).filter(
    (f) => !f.routes || f.routes.some((part) => template.includes(part)),
  );
  const categoryOf = new Map<string, string>();
  for (const f of faults)
    for (const id of f.ids ?? []) if (!categoryOf.has(String(id))) categoryOf.set(String(id), f.category ?? 'VALIDATION_ERROR');
  const inputs = faults.flatMap((f) => (f.inputs ?? []).map((input) => [input, f.property ?? 'hs_required_field'] as const));
  const propertyOf = new Map(inputs);
  return {
    failsId: (id) => categoryOf.has(id),
    // One category per answer: the first fault's (a route's injected error names all its IDs at once).
    category: faults[0]?.category ?? 'VALIDATION_ERROR',
    failsInput: (index, traceId) => propertyOf.get(index) ?? (traceId !== undefined ? propertyOf.get(traceId) : undefined),
    strictBodies,
  };
}
