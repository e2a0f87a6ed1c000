import { text } from '@/lib/i18n/text';
import { storedText } from '@/lib/jobs/core/stored-text';
import { appendAudit } from '@/lib/db/audit-repo';
import { markArchiving, markBatch } from '@/lib/jobs/core/batch-transitions';
import type { Batch, FailedRecord } from '@/lib/db/rows';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { STILL_PRESENT } from '@/lib/jobs/core/job-facts';
import type { BatchEnv } from '@/lib/jobs/core/job-kind';
import { type RecordError, realFailures, recordErrorsOf, refusedRecord } from '@/lib/jobs/core/record-errors';

/**
 * Permanent (privacy-law) delete of contacts: one HubSpot call per contact, nothing kept but the
 * IDs, the count and the time in the audit log — keeping a copy would defeat its purpose. Cannot
 * be undone. A re-sent call for a contact already gone is harmless.
 */
export async function runGdprBatch(env: BatchEnv, batch: Batch): Promise<Batch> {
  const { db, api, job, signal } = env;
  let b = batch;
  if (b.state === 'pending' || b.state === 'archiving') {
    b = await markArchiving(db, job.id, b.seq, env.keepsSnapshots);
    for (const id of b.ids) {
      try {
        await api.objects.gdprDelete(id, signal);
      } catch (error) {
        // Already gone (a re-send after a crash, or deleted by someone else): verified below.
        if (!(error instanceof HubSpotError && error.kind === 'notFound')) throw error;
      }
    }
    b = await markBatch(db, job.id, b.seq, { to: 'archived' });
  }
  if (b.state === 'archived') {
    // Gone for good means neither active nor in the recycle bin; a read HubSpot refused for a
    // record (a 207 error other than not-found) proves nothing, so that record is not counted done.
    const [active, archived] = await Promise.all([
      api.objects.batchRead(job.objectTypeId, b.ids, ['hs_object_id'], { signal }),
      api.objects.batchRead(job.objectTypeId, b.ids, ['hs_object_id'], { archived: true, signal }),
    ]);
    const remaining = new Set([...active.results, ...archived.results].map((r) => r.id));
    const unverified = new Map<string, RecordError>();
    for (const [answer, what] of [
      [active, 'objects.batchRead'],
      [archived, 'objects.batchRead?archived'],
    ] as const) {
      const found = recordErrorsOf(answer.errors, b.ids, what);
      for (const e of realFailures(found)) if (!remaining.has(e.id)) unverified.set(e.id, e);
      if (found.unknown)
        for (const id of b.ids) if (!remaining.has(id) && !found.byId.has(id)) unverified.set(id, { id, category: 'UNKNOWN', message: '' });
    }
    const failedIds: FailedRecord[] = b.ids.flatMap((id): FailedRecord[] => {
      if (remaining.has(id)) return [{ id, category: STILL_PRESENT, ...storedText(text('record.gdprStillPresent')) }];
      const error = unverified.get(id);
      return error ? [{ ...refusedRecord(error, 'record.unverified'), uncertain: true }] : [];
    });
    b = await markBatch(db, job.id, b.seq, { to: 'verified', failedIds });
    const deleted = b.ids.filter((id) => !remaining.has(id) && !unverified.has(id));
    await appendAudit(db, {
      jobId: job.id,
      portalId: job.portalId,
      action: 'gdprDelete.batch',
      counts: { deleted: deleted.length },
      recordIds: deleted,
    });
  }
  return b;
}
