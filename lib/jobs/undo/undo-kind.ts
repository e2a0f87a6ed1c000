import type { JobKindPlugin } from '@/lib/jobs/core/job-kind';
import { runUndo } from './run-undo';

/** Undo of a delete or remove-from-list job: re-creates or re-adds; it deletes nothing itself. */
export const undoKind: JobKindPlugin = {
  keepsSnapshots: false,
  run: runUndo,
};
