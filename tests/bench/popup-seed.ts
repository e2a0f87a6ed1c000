/**
 * A long undo log for popup_first_paint_ms: 1,000 batches (jobs) with the rows the engine leaves
 * behind (lib/jobs/core/create-job.ts createJob, snapshots-repo.ts commitSnapshot, batches-repo.ts
 * markBatch, lib/jobs/undo/start-undo.ts), and exactly SNAPSHOT_ROWS snapshot rows spread over the
 * restorable deletes. Deterministic (seeded), typed against lib/db/rows.ts.
 */
import type { Batch, Job, JobKind, JobState, RecordSnapshot } from '@/lib/db/rows';
import { planBatches } from '@/lib/jobs/core/plan-batches';
import { ALREADY_GONE } from '@/lib/jobs/core/job-facts';
import { Prng } from '../sandbox/prng';

export const JOBS = 1000;
export const SNAPSHOT_ROWS = 100_000;
const PORTAL = '4242424';
const DAY = 86_400_000;
const OBJECTS = [
  ['0-1', 50],
  ['0-2', 15],
  ['0-3', 15],
  ['0-5', 10],
  ['0-48', 5],
  ['2-3456789', 5],
] as const;
const NAMES: Record<string, string[]> = {
  '0-1': ['email', 'firstname', 'lastname', 'phone', 'company', 'lifecyclestage', 'jobtitle', 'city'],
  '0-2': ['name', 'domain', 'industry', 'city', 'phone', 'numberofemployees'],
  '0-3': ['dealname', 'pipeline', 'dealstage', 'amount', 'closedate', 'hubspot_owner_id'],
  '0-5': ['subject', 'hs_pipeline', 'hs_pipeline_stage', 'hs_ticket_priority', 'content'],
  '0-48': ['hs_call_title', 'hs_timestamp', 'hs_call_duration', 'hs_call_body'],
  '2-3456789': ['machine_name', 'serial_number', 'site'],
};

export interface SeedData {
  jobs: Job[];
  batches: Batch[];
  /** Per delete job, so the page can write them in bounded chunks. */
  snapshots: { jobId: string; rows: RecordSnapshot[] }[];
  summary: Record<string, number>;
}

/** Record counts with a long tail, like real clean-ups: mostly small, a few in the thousands. */
function drawSize(rng: Prng): number {
  return rng.weighted([
    [rng.int(1, 20), 45],
    [rng.int(21, 200), 35],
    [rng.int(201, 1500), 17],
    [rng.int(1501, 6000), 3],
  ] as const);
}

function snapshotRow(rng: Prng, jobId: string, seq: number, recordId: string, objectTypeId: string, capturedAt: number): RecordSnapshot {
  // HubSpot's batch read returns every requested property, most of them empty (null).
  const properties: Record<string, string | null> = { hs_object_id: recordId, createdate: new Date(capturedAt - 400 * DAY).toISOString() };
  for (const name of NAMES[objectTypeId]!) properties[name] = rng.chance(0.8) ? `${name} of ${recordId}` : null;
  for (let i = 0; i < 20; i++) properties[`custom_field_${i}`] = i % 4 === 0 ? `value ${i}` : null;
  const associations = Array.from({ length: rng.int(0, 5) }, (_, i) => ({
    toObjectTypeId: i % 2 ? '0-2' : '0-3',
    toObjectId: String(7_000_000 + rng.int(0, 99_999)),
    types: [{ category: 'HUBSPOT_DEFINED', typeId: 279 + i, label: i === 0 ? 'Primary' : null }],
  }));
  const lists = objectTypeId === '0-1' && rng.chance(0.4) ? [{ listId: String(rng.int(10, 60)), processingType: 'MANUAL' as const }] : [];
  return { jobId, recordId, seq, objectTypeId, properties, associations, lists, capturedAt };
}

interface Plan {
  kind: JobKind;
  size: number;
  state: JobState;
  /** Share of the batches that got past pending before a failure or cancel. */
  share: number;
}

/** Batches that got past pending (the failed one included: its snapshot was written first). */
function reachedBatches(plan: Plan): number {
  const batches = Math.ceil(plan.size / 100);
  if (plan.state === 'done') return batches;
  return Math.min(batches, Math.floor(plan.share * batches) + (plan.state === 'failed' ? 1 : 0));
}

/** Snapshot rows a restorable delete leaves: every record of every batch past pending. */
function snapshotRows(plan: Plan): number {
  return plan.kind === 'delete' ? Math.min(plan.size, reachedBatches(plan) * 100) : 0;
}

/** What each of the JOBS batches was, sized so the deletes leave exactly SNAPSHOT_ROWS rows. */
function planJobs(rng: Prng): Plan[] {
  const plans = Array.from(
    { length: JOBS },
    (): Plan => ({
      kind: rng.weighted<JobKind>([
        ['delete', 70],
        ['gdprDelete', 10],
        ['removeFromList', 20],
      ]),
      size: drawSize(rng),
      // Most run to the end; some failed or were cancelled part-way.
      state: rng.weighted<JobState>([
        ['done', 88],
        ['failed', 6],
        ['cancelled', 6],
      ]),
      share: rng.next(),
    }),
  );
  const deletes = plans.filter((p) => p.kind === 'delete');
  const total = () => deletes.reduce((s, p) => s + snapshotRows(p), 0);
  for (let pass = 0; pass < 3; pass++) {
    const scale = SNAPSHOT_ROWS / total();
    for (const p of deletes) p.size = Math.max(1, Math.round(p.size * scale));
  }
  const biggest = deletes.filter((p) => p.state === 'done').reduce((a, b) => (a.size >= b.size ? a : b));
  biggest.size += SNAPSHOT_ROWS - total();
  return plans;
}

export function seedUndoLog(seed = 7): SeedData {
  const rng = new Prng(seed);
  const now = Date.now();
  const data: SeedData = { jobs: [], batches: [], snapshots: [], summary: {} };
  let nextRecord = 90_071_992_547_409n; // HubSpot-sized IDs, as strings
  planJobs(rng).forEach((plan, i) => {
    const { kind, state } = plan;
    const objectTypeId = kind === 'gdprDelete' ? '0-1' : rng.weighted(OBJECTS);
    const createdAt = now - (JOBS - i) * 80 * 60_000 - rng.int(0, 60_000); // one every ~80 min: 55 days
    const planned = planBatches(Array.from({ length: plan.size }, () => String(nextRecord++)));
    const reached = reachedBatches(plan);
    const finishedAt = createdAt + 5_000 + planned.length * 1_200;
    const job: Job = {
      id: crypto.randomUUID(),
      kind,
      portalId: PORTAL,
      objectTypeId,
      state,
      total: plan.size,
      createdAt,
      updatedAt: finishedAt,
      startedAt: createdAt + 2_000,
      finishedAt,
      source: {
        pageUrl: `https://app-eu1.hubspot.com/contacts/${PORTAL}/objects/${objectTypeId}/views/all/list`,
        description: `View ${i % 7}`,
      },
      ...(kind === 'removeFromList' ? { listId: String(rng.int(10, 60)) } : {}),
      ...(state === 'failed'
        ? {
            error: { message: 'HubSpot answered 500 five times in a row.', category: 'INTERNAL_ERROR', correlationId: crypto.randomUUID() },
          }
        : {}),
    };
    data.jobs.push(job);
    const rows: RecordSnapshot[] = [];
    const removed: string[] = [];
    planned.forEach((batchIds, seq) => {
      const failedHere = state === 'failed' && seq === reached - 1;
      const batch: Batch = {
        jobId: job.id,
        seq,
        ids: batchIds,
        state: seq < reached ? 'verified' : 'pending',
        attempts: seq < reached ? 1 : 0,
        updatedAt: finishedAt,
      };
      if (failedHere) Object.assign(batch, { state: 'failed', attempts: 5, error: job.error });
      else if (seq < reached && rng.chance(0.03))
        batch.failedIds = [{ id: batchIds[0]!, category: ALREADY_GONE, message: 'HubSpot no longer had this record.' }];
      if (batch.state === 'verified') removed.push(...batchIds);
      data.batches.push(batch);
      // commitSnapshot wrote rows for every batch that got past pending (the failed one too).
      if (kind === 'delete' && batch.state !== 'pending')
        for (const id of batchIds) rows.push(snapshotRow(rng, job.id, seq, id, objectTypeId, createdAt + 3_000));
    });
    if (rows.length > 0) data.snapshots.push({ jobId: job.id, rows });
    // About one in ten was undone: an undo job (shown inside its batch) with batches of its own.
    if (kind !== 'gdprDelete' && removed.length > 0 && rng.chance(0.1)) {
      const undo = undoJob(rng, job, removed.length);
      data.jobs.push(undo);
      planBatches(removed).forEach((ids, seq) =>
        data.batches.push({ jobId: undo.id, seq, ids, state: 'verified', attempts: 1, updatedAt: undo.updatedAt }),
      );
    }
  });
  const count = (kind: JobKind) => data.jobs.filter((j) => j.kind === kind).length;
  data.summary = {
    jobs: data.jobs.length,
    batchesInLog: JOBS,
    delete: count('delete'),
    gdprDelete: count('gdprDelete'),
    removeFromList: count('removeFromList'),
    undo: count('undo'),
    batchRows: data.batches.length,
    snapshotRows: data.snapshots.reduce((s, j) => s + j.rows.length, 0),
  };
  return data;
}

function undoJob(rng: Prng, of: Job, total: number): Job {
  const at = of.finishedAt! + rng.int(60_000, 3_600_000);
  const state = rng.weighted<JobState>([
    ['done', 85],
    ['failed', 5],
    ['cancelled', 10],
  ]);
  return {
    id: crypto.randomUUID(),
    kind: 'undo',
    undoOf: of.id,
    portalId: of.portalId,
    objectTypeId: of.objectTypeId,
    listId: of.listId,
    state,
    total,
    createdAt: at,
    updatedAt: at + 30_000,
    startedAt: at + 1_000,
    finishedAt: at + 30_000,
    source: of.source,
  };
}
