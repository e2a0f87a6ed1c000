import type { BatchState } from '@/lib/db/rows';
import { text, TextError, type Text } from '@/lib/i18n/text';

/**
 * Errors the storage layer throws on purpose. Each says what happened and that nothing was
 * changed, as a Text a page can show in its language; `instanceof` tells them apart. Job and batch
 * states are code names ("running"), left as they are.
 */
export class StorageError extends TextError {}

export class JobNotFoundError extends StorageError {
  constructor(readonly jobId: string) {
    super(text('storage.jobNotFound', { jobId }));
  }
}

export class BatchNotFoundError extends StorageError {
  constructor(
    readonly jobId: string,
    readonly seq: number,
  ) {
    super(text('storage.batchNotFound', { seq: String(seq), jobId }));
  }
}

export class IllegalBatchTransitionError extends StorageError {
  constructor(
    readonly jobId: string,
    readonly seq: number,
    readonly from: BatchState,
    readonly to: BatchState,
    why?: Text,
  ) {
    const params = { seq: String(seq), jobId, from, to };
    super(why ? text('storage.batchTransitionWhy', { ...params, why }) : text('storage.batchTransition', params));
  }
}

/** Refused snapshot writes: wrong kind of job, or rows that do not belong to the batch. */
export class SnapshotRefusedError extends StorageError {}

/** Audit entries may carry record IDs only for GDPR deletes (DESIGN.md §6). */
export class AuditRecordIdsRefusedError extends StorageError {
  constructor(readonly action: string) {
    super(text('storage.auditRecordIds', { action }));
  }
}
