/**
 * The verdicts of a fault-matrix row, from the sandbox's own state and call log and the extension's
 * IndexedDB (snapshots, batches) — never from what crm-sweep says about itself.
 *  - delete: exactly once (every selected contact archived once, nothing else), write-ahead (a
 *    snapshot captured before each archive call), and records someone else deleted first reported;
 *  - undo: every restorable record back exactly once (counted by its identifying property in the
 *    store: email, or name, phone, title and city for the few contacts without one), with the
 *    associations and manual/snapshot list memberships it had before the delete.
 */
import type { Page } from '@playwright/test';
import type { CallLogEntry, SandboxStore } from '../sandbox/server';
import type { CrmRecord } from '../sandbox/store';
import type { RowResult } from './result';

/** What a person would recognise a re-created contact by. */
export function fingerprint(r: CrmRecord): string {
  const p = r.properties;
  return p.email ? `email:${p.email.toLowerCase()}` : `name:${p.firstname}|${p.lastname}|${p.phone}|${p.jobtitle}|${p.city}`;
}

/** Snapshot rows of a job (record ID → capturedAt), read from the extension's IndexedDB. */
export function readSnapshots(page: Page, jobId: string): Promise<[string, number][]> {
  return page.evaluate(
    (id) =>
      new Promise<[string, number][]>((resolve, reject) => {
        const open = indexedDB.open('crm-sweep');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const rows: [string, number][] = [];
          const cursor = open.result.transaction('snapshots').objectStore('snapshots').index('jobId').openCursor(IDBKeyRange.only(id));
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) {
              open.result.close();
              resolve(rows);
              return;
            }
            rows.push([c.value.recordId, c.value.capturedAt]);
            c.continue();
          };
          cursor.onerror = () => reject(cursor.error);
        };
      }),
    jobId,
  );
}

/** Batches of a job (state and the records it reported), read from the extension's IndexedDB. */
export function readBatches(
  page: Page,
  jobId: string,
): Promise<{ seq: number; state: string; failedIds?: { id: string; category?: string }[] }[]> {
  return page.evaluate(
    (id) =>
      new Promise<any[]>((resolve, reject) => {
        const open = indexedDB.open('crm-sweep');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('batches').objectStore('batches').index('jobId').getAll(IDBKeyRange.only(id));
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result.map((b: any) => ({ seq: b.seq, state: b.state, failedIds: b.failedIds })));
          };
          get.onerror = () => reject(get.error);
        };
      }),
    jobId,
  );
}

export interface DeleteEvidence {
  store: SandboxStore;
  archiveLog: CallLogEntry[];
  /** Every active → archived transition the store saw, by `objectTypeId:id`. */
  archiveEvents: ReadonlyMap<string, number>;
  selected: readonly string[];
  snapshots: ReadonlyMap<string, number>;
  /** Selected records HubSpot was made to refuse (partial-207): not archived, and not lost. */
  refused?: ReadonlySet<string>;
}

/** Exactly once and write-ahead, from the call log, the store's archive events and the snapshots. */
export function judgeDelete(result: RowResult, e: DeleteEvidence): void {
  const selectedSet = new Set(e.selected);
  result.archiveCalls = e.archiveLog.length;
  const accepted = e.archiveLog.filter((c) => c.status === 204);
  result.archiveCallsAccepted = accepted.length;
  const sentBefore = new Set<string>();
  for (const c of accepted) {
    const ids = c.ids ?? [];
    if (ids.length > 0 && ids.every((id) => sentBefore.has(id))) result.resent++;
    for (const id of ids) sentBefore.add(id);
  }
  for (const id of e.selected) {
    if (e.refused?.has(id)) continue;
    const events = e.archiveEvents.get(`0-1:${id}`) ?? 0;
    if (e.store.get('contacts', id, { archived: true }) === undefined || events === 0) result.lost++;
    else if (events > 1) result.archivedTwice++;
  }
  const extraIds = new Set<string>();
  for (const [key, n] of e.archiveEvents) {
    const [type, id] = key.split(':') as [string, string];
    if (n > 0 && (type !== '0-1' || !selectedSet.has(id))) extraIds.add(key);
  }
  for (const c of e.archiveLog) for (const id of c.ids ?? []) if (!selectedSet.has(id)) extraIds.add(`call:${id}`);
  result.extra = extraIds.size;
  // Write-ahead: every ID of every archive call (whatever its answer) has a snapshot row of this
  // job captured no later than the call reached HubSpot.
  for (const c of e.archiveLog) {
    for (const id of c.ids ?? []) {
      const capturedAt = e.snapshots.get(id);
      if (capturedAt === undefined || capturedAt > c.atMs) result.unsnapshotted++;
    }
  }
}

/** A selected contact's links before the delete, read from the sandbox store. */
export interface LinksBefore {
  associations: { toObjectTypeId: string; toObjectId: string }[];
  /** Manual and snapshot lists only: HubSpot re-evaluates active lists by itself. */
  lists: string[];
}

export function captureLinks(store: SandboxStore, ids: readonly string[]): Map<string, LinksBefore> {
  const lists = store.lists.all().filter((l) => l.objectTypeId === '0-1' && l.processingType !== 'DYNAMIC');
  const members = lists.map((l) => [l.listId, new Set(store.listMembers(l.listId))] as const);
  return new Map(
    ids.map((id) => [
      id,
      {
        associations: store.associationsOf('contacts', id).map((a) => ({ toObjectTypeId: a.toObjectTypeId, toObjectId: a.toObjectId })),
        lists: members.filter(([, m]) => m.has(id)).map(([listId]) => listId),
      },
    ]),
  );
}

/** Undo: restored exactly once by identifying property, and every association and membership back. */
export function judgeUndo(
  result: RowResult,
  store: SandboxStore,
  e: {
    originalIds: ReadonlySet<string>;
    restorable: readonly string[];
    goneBefore: ReadonlySet<string>;
    links: ReadonlyMap<string, LinksBefore>;
  },
): void {
  // Back = an active contact made by the undo with the original's email (or name, phone, title).
  const created = store.listRecords('contacts', { archived: false }).filter((r) => !e.originalIds.has(r.id));
  const byPrint = new Map<string, CrmRecord[]>();
  for (const r of created) byPrint.set(fingerprint(r), [...(byPrint.get(fingerprint(r)) ?? []), r]);
  const copiesOf = (id: string) => {
    const original = store.get('contacts', id, { archived: 'any' });
    return original ? (byPrint.get(fingerprint(original)) ?? []) : [];
  };
  for (const id of e.restorable) if (copiesOf(id).length > 0) result.restored++;
  for (const id of e.goneBefore) if (copiesOf(id).length > 0) result.goneRecreated++;
  result.duplicates = created.length - result.restored - result.goneRecreated;
  if (result.duplicates > 0) {
    const explained = new Set([...e.restorable, ...e.goneBefore].flatMap((id) => copiesOf(id).map((r) => r.id)));
    const originals = new Map([...e.originalIds].map((id) => [fingerprint(store.get('contacts', id, { archived: 'any' })!), id]));
    for (const r of created.filter((c) => !explained.has(c.id)))
      console.log(
        `undo made ${r.id}, a copy of ${originals.get(fingerprint(r)) ?? 'no original'}, which is not among the restorable records`,
      );
  }

  // Links: each original association (its target mapped to its re-created self when the target
  // was deleted in the same job) and membership must be on the one re-created record.
  const newIdOf = new Map(e.restorable.flatMap((id) => (copiesOf(id).length === 1 ? [[id, copiesOf(id)[0]!.id] as const] : [])));
  const membersNow = new Map<string, Set<string>>();
  const isMember = (listId: string, id: string) => {
    if (!membersNow.has(listId)) membersNow.set(listId, new Set(store.listMembers(listId)));
    return membersNow.get(listId)!.has(id);
  };
  for (const id of e.restorable) {
    const before = e.links.get(id);
    const newId = newIdOf.get(id);
    if (!before) continue;
    const now = newId ? store.associationsOf('contacts', newId) : [];
    for (const a of before.associations) {
      const target = a.toObjectTypeId === '0-1' ? (newIdOf.get(a.toObjectId) ?? a.toObjectId) : a.toObjectId;
      // A target someone else deleted meanwhile cannot be linked again: not counted.
      if (store.get(a.toObjectTypeId, target) === undefined) continue;
      result.associationsBefore++;
      if (now.some((n) => n.toObjectTypeId === a.toObjectTypeId && n.toObjectId === target)) result.associationsBack++;
    }
    for (const listId of before.lists) {
      result.membershipsBefore++;
      if (newId && isMember(listId, newId)) result.membershipsBack++;
    }
  }
}

/** Every way a row can fail, in words; empty when the row proves what it should. */
export function problemsOf(r: RowResult): string[] {
  const problems: string[] = [];
  if (r.error) problems.push(r.error);
  if (r.kills + r.killsSkipped !== r.killsPlanned)
    problems.push(`${r.kills} of ${r.killsPlanned} kills happened (${r.killsSkipped} not reached)`);
  if (r.kills < 1) problems.push('no kill happened');
  if (r.restarts !== r.kills) problems.push(`${r.restarts} restarts seen for ${r.kills} kills`);
  if (r.jobState !== 'done') problems.push(`job ended ${r.jobState || 'never'}`);
  if (r.lost) problems.push(`${r.lost} lost`);
  if (r.miscounted) problems.push(`${r.miscounted} records miscounted (counted done ≠ done in HubSpot)`);
  if (r.refusedReported !== r.refusedInjected)
    problems.push(`${r.refusedReported} of ${r.refusedInjected} records HubSpot refused reported with its category`);
  if (r.archivedTwice) problems.push(`${r.archivedTwice} archived twice`);
  if (r.extra) problems.push(`${r.extra} extra`);
  if (r.unsnapshotted) problems.push(`${r.unsnapshotted} unsnapshotted`);
  if (r.goneReported !== r.goneBefore) problems.push(`${r.goneBefore - r.goneReported} records deleted by someone else not reported`);
  if (r.undoState !== 'done') problems.push(`undo ended ${r.undoState || 'never'}`);
  if (r.restored !== r.restorable) problems.push(`undo restored ${r.restored} of ${r.restorable}`);
  if (r.goneRecreated) problems.push(`undo re-created ${r.goneRecreated} records crm-sweep never deleted`);
  if (r.duplicates)
    problems.push(
      r.row === 'exact-undo'
        ? `${r.duplicates} duplicated by verify and repair (contacts created, or writes repeated after they had landed)`
        : `${r.duplicates} duplicate contacts after undo`,
    );
  if (r.undoKills + r.undoKillsSkipped !== r.undoKillsPlanned)
    problems.push(`${r.undoKills} of ${r.undoKillsPlanned} undo kills happened (${r.undoKillsSkipped} not reached)`);
  if (r.undoKillsPlanned > 0 && r.undoKills < 1) problems.push('no kill happened during the undo');
  if (r.undoRestarts !== r.undoKills) problems.push(`${r.undoRestarts} restarts seen for ${r.undoKills} undo kills`);
  if (r.associationsBack !== r.associationsBefore)
    problems.push(`undo re-linked ${r.associationsBack} of ${r.associationsBefore} associations`);
  if (r.membershipsBack !== r.membershipsBefore)
    problems.push(`undo re-added ${r.membershipsBack} of ${r.membershipsBefore} list memberships`);
  for (const n of r.notes) if (/no restart|have no snapshot|should have deleted|expected a/.test(n)) problems.push(n);
  // Found by this row once (tests/unit/jobs/daily-resume.sandbox.test.ts): resume must work in the same worker.
  if (r.stuckResumes > 0) problems.push('resume after the daily limit was lifted re-paused at once in the same worker');
  return problems;
}
