import type { FailedRecord, RecordSnapshot } from '@/lib/db/rows';
import type { BatchError } from '@/lib/hubspot/api/types';
import { refusedRecord } from '@/lib/jobs/core/record-errors';
import type { UndoEnv } from './undo-env';
import { writableValues } from './writable-properties';

/** What one batch create did, input by input. */
export interface CreateOutcome {
  /** Old ID → new ID, for results whose `objectWriteTraceId` is an old ID we sent. */
  created: Map<string, string>;
  /** Inputs HubSpot refused in a 207 (2026-09 validation, HUBSPOT.md §7), with its reason. */
  refused: FailedRecord[];
  /** Inputs the answer neither created nor refused by name: HubSpot may or may not have made them. */
  unaccounted: RecordSnapshot[];
}

/**
 * Creates the snapshots' records in one batch (≤100), each input tagged with its old ID as
 * `objectWriteTraceId`: HubSpot echoes it on each result and names it on each refused input, so
 * results (unordered) and errors are matched to inputs by it. A result or error that names no input
 * we sent is logged and leaves the inputs it may have meant `unaccounted` — never counted done.
 */
export async function createFromSnapshots(env: UndoEnv, todo: RecordSnapshot[]): Promise<CreateOutcome> {
  const type = env.deleteJob.objectTypeId;
  const created = await env.api.objects.batchCreate(
    type,
    todo.map((s) => ({ properties: writableValues(env.defs, s.properties), objectWriteTraceId: s.recordId })),
    env.signal,
  );
  const sent = new Set(todo.map((s) => s.recordId));
  const outcome: CreateOutcome = { created: new Map(), refused: [], unaccounted: [] };
  for (const r of created) {
    if (r.objectWriteTraceId && sent.has(r.objectWriteTraceId) && r.id) outcome.created.set(r.objectWriteTraceId, String(r.id));
    else console.warn(`crm-sweep: batch create answered a record (${String(r.id)}) for no input we sent`, r.objectWriteTraceId);
  }
  for (const error of created.errors) {
    const oldId = inputOf(error, todo);
    if (oldId && sent.has(oldId) && !outcome.created.has(oldId)) {
      outcome.refused.push(
        refusedRecord({ id: oldId, category: error.category ?? 'UNKNOWN', message: error.message ?? '' }, 'record.recreateRefused'),
      );
    } else console.warn('crm-sweep: batch create answered an error for no input we sent', error);
  }
  const refused = new Set(outcome.refused.map((f) => f.id));
  outcome.unaccounted = todo.filter((s) => !outcome.created.has(s.recordId) && !refused.has(s.recordId));
  return outcome;
}

/**
 * The input an error is about: its `objectWriteTraceId` (2026-09 names it when the input carried
 * one), else an input index if HubSpot gave one in the context.
 */
function inputOf(error: BatchError, todo: RecordSnapshot[]): string | undefined {
  const trace = error.context?.objectWriteTraceId?.[0];
  if (trace !== undefined) return String(trace);
  const index = Number(error.context?.inputIndex?.[0] ?? error.context?.index?.[0]);
  return Number.isInteger(index) ? todo[index]?.recordId : undefined;
}
