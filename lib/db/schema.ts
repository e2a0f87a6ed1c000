import { Dexie, type EntityTable, type Table } from 'dexie';
import { declareMigrations } from '@/lib/db/migrations';
import type {
  AuditEntry,
  Batch,
  IdMapping,
  Job,
  RecordSnapshot,
  RestoreSession,
  StagedSelection,
  StoredCredential,
  StoredGovernorState,
} from '@/lib/db/rows';

/**
 * The extension's database. Only the background and extension pages open it: a content script's
 * IndexedDB would belong to HubSpot's origin (DESIGN.md §7).
 *
 * Typings follow dexie.org/docs/EntityTable: `EntityTable` where the key is auto-generated
 * (audit), `Table<Row, Key>` where the caller supplies it — including compound keys as tuples.
 * The properties are `declare`d because Dexie creates them at runtime from the schema.
 */
export class CrmSweepDb extends Dexie {
  declare readonly jobs: Table<Job, string>;
  declare readonly batches: Table<Batch, [jobId: string, seq: number]>;
  declare readonly snapshots: Table<RecordSnapshot, [jobId: string, recordId: string]>;
  declare readonly idMap: Table<IdMapping, [jobId: string, oldId: string]>;
  declare readonly audit: EntityTable<AuditEntry, 'id'>;
  declare readonly staged: Table<StagedSelection, string>;
  declare readonly governor: Table<StoredGovernorState, string>;
  declare readonly credentials: Table<StoredCredential, string>;
  declare readonly restoreSessions: Table<RestoreSession, string>;

  constructor(name: string) {
    super(name);
    declareMigrations(this);
  }
}
