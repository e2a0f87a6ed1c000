import type { Job, StagedSelection } from '@/lib/db/rows';

/**
 * The popup's opening read with plain IndexedDB: the popup's first frame must not wait for Dexie's
 * code to load (components/popup/first-read.ts). It lives with the schema because it names the
 * stores and indexes lib/db/migrations.ts declares, and it never creates or upgrades the database.
 */
export interface OpeningRows {
  staged: StagedSelection | undefined;
  active: Job[];
  /** The newest batches of the undo log (newest first) and how many the log holds. */
  recent: { jobs: Job[]; total: number };
}

/*
 * The ordering rules both reads apply — this one and the popup views' live queries through Dexie
 * (components/popup/live-reads.ts) — kept here, in the module without Dexie, so the two cannot
 * drift apart.
 */

/** The newest of the selections still waiting: what the popup confirms when opened without an id. */
export const newestOf = (waiting: StagedSelection[]): StagedSelection | undefined => waiting.sort((a, b) => b.createdAt - a.createdAt)[0];

/** Jobs in the order "In progress" lists them: oldest first. */
export const oldestFirst = (jobs: Job[]): Job[] => jobs.sort((a, b) => a.createdAt - b.createdAt);

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * The database as it is, without Dexie (whose code the first frame would otherwise wait for) and
 * without ever creating or upgrading it: no database yet means no data (undefined), and the
 * views' live queries, which open it through Dexie, take over.
 */
function openExisting(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    const open = indexedDB.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      if (db.objectStoreNames.contains('jobs') && db.objectStoreNames.contains('staged')) resolve(db);
      else {
        db.close();
        resolve(undefined);
      }
    };
  });
}

/** IndexedDB's getAllRecords (Chromium 141+): one request for records in either direction. */
type WithGetAllRecords = IDBIndex & {
  getAllRecords?(options: { direction: IDBCursorDirection; count: number }): IDBRequest<{ value: unknown }[]>;
};

/**
 * The newest `limit` batches (undo jobs belong to their batch and are left out), newest first.
 * Where the browser has getAllRecords this is one request for twice the page (undo jobs are
 * rarer than that); a cursor, which costs a round trip per row, covers the rest.
 */
/** As jobs-repo's belongsToABatch (not imported: this first read stays free of Dexie). */
const undoesABatch = (job: Job) => job.kind === 'undo' || job.kind === 'restoreVerify' || job.undoOf !== undefined;

async function newestBatches(jobs: IDBObjectStore, limit: number): Promise<Job[]> {
  const index = jobs.index('createdAt') as WithGetAllRecords;
  if (index.getAllRecords) {
    const asked = limit * 2;
    const records = await request(index.getAllRecords({ direction: 'prev', count: asked }));
    const batches = records.map((r) => r.value as Job).filter((job) => !undoesABatch(job));
    if (batches.length >= limit || records.length < asked) return batches.slice(0, limit);
  }
  return new Promise((resolve, reject) => {
    const found: Job[] = [];
    const cursor = index.openCursor(null, 'prev');
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return resolve(found);
      const job = at.value as Job;
      if (!undoesABatch(job)) found.push(job);
      if (found.length === limit) resolve(found);
      else at.continue();
    };
  });
}

async function waitingSelection(staged: IDBObjectStore, stagedId: string | null, now: number): Promise<StagedSelection | undefined> {
  if (stagedId) {
    const one = (await request(staged.get(stagedId))) as StagedSelection | undefined;
    return one && one.expiresAt > now ? one : undefined;
  }
  return newestOf((await request(staged.index('expiresAt').getAll(IDBKeyRange.lowerBound(now, true)))) as StagedSelection[]);
}

/**
 * The popup's opening data in one read-only transaction: the waiting selection, the jobs running
 * or paused (oldest first), and the first page of the undo log. The same answers as the views'
 * live queries (components/popup/live-reads.ts, tested side by side in tests/unit/popup/first-read.test.tsx), read with plain IndexedDB.
 */
export async function readOpeningRows(
  dbName: string,
  stagedId: string | null,
  recentLimit: number,
  now = Date.now(),
): Promise<OpeningRows | undefined> {
  const db = await openExisting(dbName);
  performance.mark('crm-sweep:db-open');
  if (!db) return undefined;
  try {
    const tx = db.transaction(['jobs', 'staged'], 'readonly');
    const jobs = tx.objectStore('jobs');
    const [staged, paused, running, recentJobs, all, undos] = await Promise.all([
      waitingSelection(tx.objectStore('staged'), stagedId, now),
      request(jobs.index('state').getAll('paused')) as Promise<Job[]>,
      request(jobs.index('state').getAll('running')) as Promise<Job[]>,
      newestBatches(jobs, recentLimit),
      request(jobs.count()),
      // Only undo jobs have `undoOf`; rows without the key path are not in that index.
      request(jobs.index('undoOf').count()),
    ]);
    return { staged, active: oldestFirst([...paused, ...running]), recent: { jobs: recentJobs, total: all - undos } };
  } finally {
    db.close();
  }
}
