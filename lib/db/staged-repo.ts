import type { StagedSelection } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

/**
 * How long a staged selection waits for the user's confirmation. Long enough to read the preview
 * and export a backup; short enough that a forgotten popup cannot start a delete of what the page
 * showed an hour ago.
 */
export const STAGED_SELECTION_TTL_MS = 30 * 60 * 1000;

export type NewStagedSelection = Omit<StagedSelection, 'id' | 'createdAt' | 'expiresAt' | 'ids'> & {
  ids: readonly string[];
  /** Defaults to STAGED_SELECTION_TTL_MS. */
  ttlMs?: number;
};

/**
 * Stores a selection as given (the jobs layer's stageSelection checks and dedupes the IDs first)
 * and returns it with its new id.
 */
export async function saveStagedSelection(db: CrmSweepDb, input: NewStagedSelection, now = Date.now()): Promise<StagedSelection> {
  const { ttlMs = STAGED_SELECTION_TTL_MS, ids, ...described } = input;
  const staged: StagedSelection = {
    ...described,
    id: crypto.randomUUID(),
    createdAt: now,
    expiresAt: now + ttlMs,
    ids: [...ids],
  };
  await db.staged.add(staged);
  return staged;
}

/** The selection, or undefined when unknown or expired (expired ones count as gone even before
 * dropExpiredStaged removes them). */
export async function getStagedSelection(db: CrmSweepDb, id: string, now = Date.now()): Promise<StagedSelection | undefined> {
  const staged = await db.staged.get(id);
  return staged && staged.expiresAt > now ? staged : undefined;
}

/**
 * Claims a selection for the job being created: removes it and says whether it was still there.
 * Call it inside the transaction that creates the job (tables `staged`, `jobs`, `batches`):
 * of two starts of one confirmation only one finds the selection — one confirmation, one job.
 */
export async function claimStagedSelection(db: CrmSweepDb, id: string): Promise<boolean> {
  if (!(await db.staged.get(id))) return false;
  await db.staged.delete(id);
  return true;
}

/** Removes a selection once its job exists (or the user dismissed it). */
export function deleteStagedSelection(db: CrmSweepDb, id: string): Promise<void> {
  return db.staged.delete(id);
}

/** Deletes every expired selection; returns how many. Run on worker start and from the alarm. */
export function dropExpiredStaged(db: CrmSweepDb, now = Date.now()): Promise<number> {
  return db.staged.where('expiresAt').belowOrEqual(now).delete();
}
