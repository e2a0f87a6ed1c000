import type { KeepsSnapshots } from '@/lib/db/batches-repo';
import { type JobKinds, snapshotRuleOf } from './core/job-kind';
import { deleteKind } from './delete/delete-kind';
import { gdprDeleteKind } from './gdpr-delete/gdpr-delete-kind';
import { removeFromListKind } from './remove-from-list/remove-from-list-kind';
import { restoreVerifyKind } from './restore-verify/run-verify';
import { undoKind } from './undo/undo-kind';

/**
 * Every kind of job crm-sweep runs, one line each. Adding a kind: its folder (a JobKindPlugin) and
 * a line here (the JobKind union in lib/db/rows.ts names it; this Record makes the line required).
 * The background hands this to the engine; the core never imports it.
 */
export const JOB_KINDS: JobKinds = {
  delete: deleteKind,
  gdprDelete: gdprDeleteKind,
  removeFromList: removeFromListKind,
  undo: undoKind,
  restoreVerify: restoreVerifyKind,
};

/** The kinds' snapshot rule, for callers of the storage guards outside a run (tests, tools). */
export const keepsSnapshots: KeepsSnapshots = snapshotRuleOf(JOB_KINDS);
