/**
 * The UI's one door into lib/jobs: pure facts over stored rows (lib/db/rows.ts) — which job
 * states are final, which records a job removed, the categories of records it left alone.
 * Components import this module only; nothing here pulls engine code into a page.
 *
 * The facts live in core/job-facts.ts because the engine and the kinds read them too and may not
 * import this folder's top-level files (kinds.ts lives here: that would be a folder cycle).
 */
export {
  ALREADY_GONE,
  EMAIL_IN_USE,
  isFinishedJobState,
  PURGED,
  RECYCLE_BIN_DAYS,
  type RestoreOutcome,
  removedRecordIds,
  restoreOutcomeOf,
  STILL_IN_BIN,
  STILL_PRESENT,
  uiOriginOf,
} from './core/job-facts';
