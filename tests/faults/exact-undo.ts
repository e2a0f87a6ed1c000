/**
 * The "exact undo" row (issue 19): after the delete, HubSpot's restore page brings most records
 * back (same IDs and associations, not their static list memberships; a contact whose email a new
 * contact took meanwhile is refused; some are left in the bin; HubSpot loses an association here
 * and there), then crm-sweep's verify-and-repair job runs with real service-worker kills. Judged
 * from the sandbox: every restored record counted back and put back in its lists and associations
 * (nothing left unrepaired), no write landed twice and nothing created (nothing duplicated), the
 * refused and still-in-bin ones counted as such.
 */
import type { Page } from '@playwright/test';
import type { CallLogEntry, Sandbox } from '../sandbox/server';
import { Prng } from '../sandbox/prng';
import { extensionTable, sendFrom } from '../e2e/extension-pages';
import { driveJob } from './drive-job';
import { expectOk, seedOf, shuffle, sleep } from './job-control';
import type { LinksBefore } from './judge';
import type { KillScheduler } from './kill-scheduler';
import { planKills } from './kill-scheduler';
import type { RowResult } from './result';
import type { RowContext, RowSpec } from './scenarios';
import type { MatrixSize } from './sizes';

/** API calls a kill-free verify makes: reads (active, bin, emails, lists, associations) and repairs per 100. */
export const estimatedVerifyCalls = (records: number) => 2 + Math.ceil(records / 100) * 12;
const LIST_ADD = { name: 'list add', matches: (t: string) => t.includes('memberships/add') };

interface ExactPlan {
  stillInBin: string[];
  conflicts: string[];
  lostLinks: string[];
}

/** What a person pressing Restore on HubSpot's page gets, with the row's seeded imperfections. */
function restoreInHubSpot(sandbox: Sandbox, restorable: readonly string[], rng: Prng): ExactPlan {
  const { store } = sandbox;
  const n = Math.max(2, Math.round(restorable.length / 25));
  const pool = shuffle([...restorable], rng);
  const stillInBin = pool.splice(0, n);
  const conflicts = pool.filter((id) => store.get('contacts', id, { archived: true })?.properties.email).slice(0, n);
  for (const id of conflicts) {
    const email = store.get('contacts', id, { archived: true })!.properties.email!;
    store.create('contacts', { email, firstname: 'Took', lastname: 'The address' });
  }
  const restored = store
    .restore('contacts', pool)
    .filter((r) => r.status === 'RESTORED')
    .map((r) => r.id);
  for (const id of restored)
    for (const { list } of store.lists.listsOf('0-1', id))
      if (list.processingType !== 'DYNAMIC') store.lists.remove(list, [id], Date.now());
  const lostLinks = restored.filter((id) => store.associationsOf('contacts', id).length > 0).slice(0, n);
  for (const id of lostLinks) {
    const a = store.associationsOf('contacts', id)[0]!;
    store.associations.unlinkAll('0-1', id, a.toObjectTypeId, a.toObjectId);
  }
  return { stillInBin, conflicts, lostLinks };
}

/**
 * Writes sent again although the repair could have seen the first one: an identical earlier write
 * had landed (2xx) before a read of that record's lists or associations reached HubSpot, and the
 * write still came after that read — the repair wrote without reading what was there. A write in
 * flight when the worker died may land after the restarted worker read (the kill scheduler holds it
 * 500 ms): sending that one again is right (list adds and association creates are idempotent in
 * HubSpot) and is counted apart as `inFlightResent`.
 */
function repeatedWrites(calls: readonly CallLogEntry[]): { repeated: number; inFlightResent: number } {
  // The log's atMs is when a call arrived; it was carried out durationMs later.
  const arrival = (c: CallLogEntry) => c.atMs;
  const isWrite = (c: CallLogEntry) => LIST_ADD.matches(c.route) || /associations\/.*\/batch\/create/.test(c.route);
  const readsOf = (id: string, lists: boolean) =>
    calls.filter(
      (c) =>
        (lists ? c.route.includes('memberships/batch/read') : /associations\/.*\/batch\/read/.test(c.route)) && (c.ids ?? []).includes(id),
    );
  const landedAt = new Map<string, number>();
  let repeated = 0;
  let inFlightResent = 0;
  for (const c of calls.filter(isWrite).sort((a, b) => arrival(a) - arrival(b))) {
    const target = c.path.split('?')[0]!.replace(/\/batch\/create$|\/memberships\/add$/, '');
    const ids = [...new Set(c.ids ?? [])];
    for (const id of ids) {
      const landed = landedAt.get(`${target} ${id}`);
      if (landed === undefined) continue;
      const sawIt = readsOf(id, LIST_ADD.matches(c.route)).some((r) => arrival(r) > landed && arrival(r) < arrival(c));
      if (sawIt) repeated++;
      else inFlightResent++;
    }
    if (c.status >= 200 && c.status < 300)
      for (const id of ids) if (!landedAt.has(`${target} ${id}`)) landedAt.set(`${target} ${id}`, c.atMs + (c.durationMs ?? 0));
  }
  return { repeated, inFlightResent };
}

export interface ExactUndoInput {
  page: Page;
  sandbox: Sandbox;
  scheduler: KillScheduler;
  result: RowResult;
  ctx: RowContext;
  spec: RowSpec;
  size: MatrixSize;
  jobId: string;
  restorable: readonly string[];
  links: ReadonlyMap<string, LinksBefore>;
  deadline: number;
  t0: number;
}

/** The exact undo of a row's delete, killed on its own clock, judged into the row's undo columns. */
export async function runExactUndo(e: ExactUndoInput): Promise<void> {
  const { page, sandbox, scheduler, result } = e;
  const { store } = sandbox;
  const rng = new Prng(seedOf(`${e.spec.id}:${e.size.name}:exact`));
  const opened = expectOk(await sendFrom(page, 'restore/open', { jobId: e.jobId }), 'restore/open');
  if (opened.state !== 'opened') throw new Error(`restore/open: ${JSON.stringify(opened)}`);
  const plan = restoreInHubSpot(sandbox, e.restorable, rng);
  const created: string[] = [];
  const unsubscribe = store.subscribe((c) => {
    if (c.kind === 'create') created.push(...c.ids);
  });
  const since = Date.now();
  const estimate = estimatedVerifyCalls(e.restorable.length);
  scheduler.open({
    plans: e.size.undoKills > 0 ? [{ atCall: 0, waitForWrite: true }, ...planKills(e.size.undoKills - 1, estimate, rng, [0.15, 0.7])] : [],
    estimate,
    write: LIST_ADD,
    onKill: (label, where, killedAt) => {
      result.undoKills++;
      result.timeline.push(`${killedAt - e.t0} verify kill #${result.undoKills} (${label}) after ${where}`);
      result.undoKillPoints[where] = (result.undoKillPoints[where] ?? 0) + 1;
    },
    onRestart: (restarted, label) =>
      restarted ? void result.undoRestarts++ : void result.notes.push(`verify kill "${label}": no restart seen within 20 s`),
  });
  const verifyId = await startVerify(page, e.jobId);
  result.undoState = await driveJob(page, verifyId, null, e.ctx, result, scheduler, [e.deadline, e.size.rowBudgetMs], 'the undo');
  const notReached = await scheduler.close();
  if (notReached > 0) {
    result.undoKillsSkipped += notReached;
    result.notes.push(`${notReached} planned verify kill(s) not reached: the verify ended first`);
  }
  result.undoMs = Date.now() - since;
  unsubscribe();

  // ---- Judged from the sandbox ----
  const batches = (
    (await extensionTable(page, 'batches')) as {
      jobId: string;
      ids: string[];
      state: string;
      failedIds?: { id: string; category?: string }[];
    }[]
  ).filter((b) => b.jobId === verifyId);
  const counted = new Map<string, string>();
  for (const b of batches) {
    const failed = new Map((b.failedIds ?? []).map((f) => [f.id, f.category ?? '?']));
    for (const id of b.ids) counted.set(id, b.state !== 'verified' ? 'not verified' : (failed.get(id) ?? 'back'));
  }
  const bin = new Set(plan.stillInBin);
  const refused = new Set(plan.conflicts);
  const expected = (id: string) => (bin.has(id) ? 'STILL_IN_BIN' : refused.has(id) ? 'EMAIL_IN_USE' : 'back');
  const back = e.restorable.filter((id) => expected(id) === 'back');
  result.restorable = back.length;
  result.restored = back.filter((id) => counted.get(id) === 'back' && store.get('contacts', id) !== undefined).length;
  result.miscounted = e.restorable.filter((id) => counted.get(id) !== expected(id)).length;
  const phase = sandbox.calls.filter({ since });
  const writes = phase.filter((c) => LIST_ADD.matches(c.route) || /associations\/.*\/batch\/create/.test(c.route));
  const { repeated, inFlightResent } = repeatedWrites(phase);
  result.duplicates = created.length + repeated;
  for (const id of back) {
    const before = e.links.get(id);
    if (!before) continue;
    const now = store.associationsOf('contacts', id);
    for (const a of before.associations) {
      if (store.get(a.toObjectTypeId, a.toObjectId) === undefined) continue;
      result.associationsBefore++;
      if (now.some((n) => n.toObjectTypeId === a.toObjectTypeId && n.toObjectId === a.toObjectId)) result.associationsBack++;
    }
    for (const listId of before.lists) {
      result.membershipsBefore++;
      if (store.listMembers(listId).includes(id)) result.membershipsBack++;
    }
  }
  result.notes.push(
    `exact undo: ${back.length} restored in HubSpot, ${plan.stillInBin.length} left in the bin, ${plan.conflicts.length} refused (email taken), ${plan.lostLinks.length} lost an association; ${writes.length} repair writes; ${inFlightResent} record writes in flight at a kill sent again`,
  );
}

/** restore/verify from the popup; a kill may close the channel first: then the job is looked up. */
async function startVerify(page: Page, jobId: string): Promise<string> {
  const reply = await sendFrom(page, 'restore/verify', { jobId }).catch(() => null);
  if (reply?.ok) return reply.data.jobId as string;
  for (let attempt = 0; attempt < 50; attempt++) {
    const jobs = (await extensionTable(page, 'jobs')) as { id: string; kind: string; undoOf?: string }[];
    const found = jobs.find((j) => j.undoOf === jobId && j.kind === 'restoreVerify')?.id;
    if (found) return found;
    await sleep(200);
  }
  return expectOk(reply, 'restore/verify').jobId;
}
