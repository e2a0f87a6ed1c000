import type { BatchState } from '@/lib/db/rows';

/**
 * Errors the storage layer throws on purpose. Each message says what happened and that nothing
 * was changed, so callers can show it as is; `instanceof` tells them apart.
 */
export class StorageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class JobNotFoundError extends StorageError {
  constructor(readonly jobId: string) {
    super(`Job ${jobId} does not exist (it may have been cleared). Nothing was changed.`);
  }
}

export class BatchNotFoundError extends StorageError {
  constructor(
    readonly jobId: string,
    readonly seq: number,
  ) {
    super(`Batch ${seq} of job ${jobId} does not exist. Nothing was changed.`);
  }
}

export class IllegalBatchTransitionError extends StorageError {
  constructor(
    readonly jobId: string,
    readonly seq: number,
    readonly from: BatchState,
    readonly to: BatchState,
    why = '',
  ) {
    super(`Batch ${seq} of job ${jobId} is ${from} and cannot become ${to}${why ? ` (${why})` : ''}. Nothing was changed.`);
  }
}

/** Refused snapshot writes: wrong kind of job, or rows that do not belong to the batch. */
export class SnapshotRefusedError extends StorageError {}

/** Audit entries may carry record IDs only for GDPR deletes (DESIGN.md §6). */
export class AuditRecordIdsRefusedError extends StorageError {
  constructor(readonly action: string) {
    super(`Audit entries for "${action}" may not list record IDs; only gdprDelete entries do. Nothing was stored.`);
  }
}
