import type { Dexie, Transaction } from 'dexie';

/**
 * The database's history, one entry per released schema version, applied in order. Released
 * entries never change: a user may still have any of them on disk. To change the schema, append
 * an entry (only the tables that change; Dexie keeps the others) and add a test that opens data
 * written by the previous version (tests/unit/db/migrations.test.ts).
 *
 * Dexie stores version × 10 in IndexedDB; that is expected (dexie.org/docs/Dexie/Dexie.version()).
 */
export interface Migration {
  version: number;
  /** Dexie schema strings: primary key first, then indexes; `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Runs once, inside the version-change transaction, only when upgrading an existing database. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** portalId given to audit entries whose job was cleared before v2 could copy it. */
export const UNKNOWN_PORTAL_ID = 'unknown';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    stores: {
      jobs: 'id, state, createdAt, [portalId+createdAt], undoOf',
      batches: '[jobId+seq], jobId, [jobId+state]',
      snapshots: '[jobId+recordId], jobId, [jobId+seq], capturedAt',
      idMap: '[jobId+oldId], jobId',
      // v1 audit rows had no portalId: the audit view looked it up through the job.
      audit: '++id, jobId, at',
      staged: 'id, expiresAt',
      governor: 'portalId',
    },
  },
  {
    // v2: audit rows carry their own portalId, indexed with time, so a portal's history stays
    // listable (and in order) after its jobs and snapshots are cleared.
    version: 2,
    stores: { audit: '++id, jobId, at, [portalId+at]' },
    upgrade: copyPortalIdIntoAudit,
  },
  {
    // v3: idMap indexed by how each record came back, so the popup counts "re-created" and
    // "restored in HubSpot" with two key counts instead of reading every mapping of a job on each
    // live update (10,000 rows per batch of a 10,000-record undo). IndexedDB builds the index.
    version: 3,
    stores: { idMap: '[jobId+oldId], jobId, [jobId+how]' },
  },
  {
    // v4 (issue 17): the HubSpot credential moves out of storage.local, which every content script
    // can read, into this database (extension origin only); jobs are indexed by the staged selection
    // they were started from, so a second start of one confirmation can name the job it made.
    version: 4,
    stores: { credentials: 'id', jobs: 'id, state, createdAt, [portalId+createdAt], undoOf, stagedId' },
  },
  {
    // v5 (issue 19): exact-restore sessions, found by their delete job (popup) and by the tab on
    // HubSpot's restore page (content script's plan). A new table: nothing to upgrade.
    version: 5,
    stores: { restoreSessions: 'id, jobId, tabId' },
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Declares versions 1…`upTo` on `db`; tests pass an older `upTo` to create old-shaped data. */
export function declareMigrations(db: Dexie, upTo = LATEST_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version > upTo) break;
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
}

async function copyPortalIdIntoAudit(tx: Transaction): Promise<void> {
  const audit = tx.table<{ jobId: string; portalId?: string }>('audit');
  const jobs = tx.table<{ id: string; portalId: string }>('jobs');
  const jobIds = [...new Set((await audit.toArray()).map((row) => row.jobId))];
  const portalByJob = new Map<string, string>();
  for (const job of await jobs.bulkGet(jobIds)) if (job) portalByJob.set(job.id, job.portalId);
  await audit.toCollection().modify((row) => {
    row.portalId ??= portalByJob.get(row.jobId) ?? UNKNOWN_PORTAL_ID;
  });
}
