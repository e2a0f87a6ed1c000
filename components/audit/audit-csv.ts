import type { AuditEntry, Job } from '@/lib/db/rows';
import { toCsv } from '@/lib/format/csv';

/** The counts any entry may carry (lib/jobs, lib/db/snapshots-repo): one column each. */
const COUNT_COLUMNS = ['total', 'done', 'failed', 'remaining', 'deleted', 'snapshots', 'associations'] as const;

/**
 * The audit log as CSV for a spreadsheet or a compliance file: machine-readable columns (ISO time,
 * IDs, the action code, the counts), not the popup's sentences, so the file reads the same in every
 * language. Record IDs appear only for permanent deletes, as the log keeps them (space-separated).
 */
export function auditCsv(entries: readonly AuditEntry[], jobs: ReadonlyMap<string, Job>): string {
  const header = ['at', 'portalId', 'actor', 'action', 'jobId', 'objectTypeId', ...COUNT_COLUMNS, 'recordIds'];
  const rows = entries.map((e) => [
    new Date(e.at).toISOString(),
    e.portalId,
    e.actor ?? '',
    e.action,
    e.jobId,
    jobs.get(e.jobId)?.objectTypeId ?? '',
    ...COUNT_COLUMNS.map((c) => (e.counts[c] === undefined ? '' : String(e.counts[c]))),
    e.recordIds?.join(' ') ?? '',
  ]);
  return toCsv(header, rows);
}
