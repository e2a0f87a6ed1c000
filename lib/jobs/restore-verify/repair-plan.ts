import { updateBatch } from '@/lib/db/batches-repo';
import type { Batch } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

/**
 * The repairs a verify step is about to write, written ahead on its batch (Batch.repairPlan).
 *
 * Every repair reads before it writes, so a step re-run after a kill writes nothing twice — but it
 * then finds the dead run's writes already in place and, without this, would report those records
 * as restored exactly by HubSpot, when crm-sweep re-added part of them. A part the re-run finds in
 * place that an earlier run planned was that run's repair; one nobody planned was HubSpot's.
 */
export interface RepairPlan {
  /** Keys (listRepairKey, associationRepairKey) an earlier run of this step wrote ahead. */
  planned: ReadonlySet<string>;
  /** Durably adds `keys` to the batch's plan; resolves before the repairs they name may be sent. */
  writeAhead: (keys: readonly string[]) => Promise<void>;
}

export const listRepairKey = (recordId: string, listId: string) => `list ${recordId} ${listId}`;

export const associationRepairKey = (fromId: string, toType: string, toId: string) => `association ${fromId} ${toType} ${toId}`;

/** The plan of a verify job's `batch`, read as the step starts and added to before each write. */
export function repairPlanOf(db: CrmSweepDb, batch: Batch): RepairPlan {
  return {
    planned: new Set(batch.repairPlan ?? []),
    writeAhead: async (keys) => {
      if (keys.length === 0) return;
      await updateBatch(
        db,
        batch.jobId,
        batch.seq,
        () => false,
        (stored) => ({ ...stored, repairPlan: [...new Set([...(stored.repairPlan ?? []), ...keys])] }),
      );
    },
  };
}

/** A plan for code that keeps nothing across runs (unit tests of a single pass). */
export const NO_PLAN: RepairPlan = { planned: new Set(), writeAhead: async () => undefined };
