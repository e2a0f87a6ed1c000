import type { KeepsSnapshots } from '@/lib/db/batches-repo';
import type { Job, RecordSnapshot } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import type { PropertyDefinition } from '@/lib/hubspot/api/types';

/** What every undo step needs: storage, the client, the undo job and the delete job it undoes. */
export interface UndoEnv {
  db: CrmSweepDb;
  api: HubSpotApi;
  undoJob: Job;
  deleteJob: Job;
  keepsSnapshots: KeepsSnapshots;
  defs: PropertyDefinition[];
  signal?: AbortSignal;
}

export function snapshotsOf(env: UndoEnv, ids: string[]): Promise<RecordSnapshot[]> {
  return env.db.snapshots
    .bulkGet(ids.map((id) => [env.deleteJob.id, id] as [string, string]))
    .then((rows) => rows.filter((r): r is RecordSnapshot => r !== undefined));
}
