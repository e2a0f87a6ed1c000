/**
 * One row of the fault matrix, start to finish, on a fresh sandbox and Chromium profile:
 *   stage a seeded random selection from crm-sweep's content script on a sandbox table page →
 *   `job/start` from an extension page → while the job runs, the row's fault is applied and the
 *   worker is killed at seeded points (kill-scheduler.ts) → expected pauses are lifted as the user
 *   would → the delete is judged (judge.ts) → `job/undo`, killed again a few times on its own
 *   clock → the undo is judged: every restorable record back once, with its links. The exact-undo
 *   row's undo is HubSpot's restore and crm-sweep's verify-and-repair job instead (exact-undo.ts).
 */
import type { LoadedExtension } from '../support/extension';
import type { Sandbox } from '../sandbox/server';
import { Prng } from '../sandbox/prng';
import { extensionPage, sendFrom, sendFromContentScript, workerStartedAt } from '../e2e/extension-pages';
import { driveJob, startUndo } from './drive-job';
import { runExactUndo } from './exact-undo';
import { expectOk, seedOf, shuffle } from './job-control';
import { captureLinks, judgeDelete, judgeUndo, readBatches, readSnapshots } from './judge';
import { KillScheduler, planKills, type KillPhase } from './kill-scheduler';
import { judgePartial, type PartialPlan, planPartial, setDeleteFaults, setUndoFaults } from './partial-207';
import { newResult, type RowResult } from './result';
import type { RowContext, RowSpec } from './scenarios';
import { estimatedCalls, estimatedUndoCalls, type MatrixSize } from './sizes';

const ARCHIVE = { name: 'archive', matches: (t: string) => t.includes('batch/archive') };
/** The undo's write: a records batch create (not an associations one). */
const CREATE = { name: 'create', matches: (t: string) => /\/objects\/[^/]+\/batch\/create$/.test(t) };

/** Runs one row; never throws for a finding (it goes into the result). */
export async function runRow(spec: RowSpec, size: MatrixSize, sandbox: Sandbox, extension: LoadedExtension): Promise<RowResult> {
  const t0 = Date.now();
  const deadline = t0 + size.rowBudgetMs;
  const rng = new Prng(seedOf(`${spec.id}:${size.name}`));
  const { store, calls } = sandbox;
  const result = newResult(spec, size);
  const note = (text: string) => void result.notes.push(text);

  // Exactly once, from the sandbox itself: every active → archived transition of a contact.
  const originalIds = new Set(store.listRecords('contacts', { archived: false }).map((r) => r.id));
  const archiveEvents = new Map<string, number>();
  const unsubscribe = store.subscribe((change) => {
    if (change.kind !== 'archive') return;
    for (const id of change.ids)
      archiveEvents.set(`${change.objectTypeId}:${id}`, (archiveEvents.get(`${change.objectTypeId}:${id}`) ?? 0) + 1);
  });

  const page = await extensionPage(extension);
  const scheduler = new KillScheduler(sandbox, extension, page, (await workerStartedAt(page)) ?? 0, {
    onArchiveCall: (e) =>
      result.timeline.push(
        `${e.atMs - t0} archive ${e.status} ${e.ids?.length ?? 0} ids from ${e.ids?.[0]}${e.fault ? ` (${e.fault})` : ''}`,
      ),
    onError: (message) => void (result.error ??= message),
  });
  const uninstall = scheduler.install();
  let jobId = '';
  const estimate = estimatedCalls(size.records);
  const plannedKills = planKills(spec.expectedPause ? size.kills - 1 : size.kills, estimate, rng, spec.killWindow);
  const ctx: RowContext = {
    sandbox,
    page,
    estimate,
    rng,
    note,
    get jobId() {
      return jobId;
    },
    kill: (label) => scheduler.kill(label),
    callsSinceStart: () => scheduler.callsSinceStart(),
    stuckResume: () => void result.stuckResumes++,
    sameWorkerUntested: () => {
      result.sameWorkerResumeTested = false;
      note('a kill landed between the pause and the resume: resume in the same worker not tried');
    },
    holdKills: (hold) => {
      // A row with its own kill window wants its kills before the pause; one not fired yet (a
      // restart takes a few calls' time) would land after it, where the job may already be over:
      // it is dropped and counted, never silently lost.
      if (hold && spec.killWindow) result.killsSkipped += scheduler.dropRemaining();
      scheduler.hold(hold);
    },
  };
  const deletePhase: KillPhase = {
    plans: plannedKills,
    estimate,
    write: ARCHIVE,
    faults: (spec.at ?? []).map((f) => ({ fraction: f.fraction, apply: () => f.apply(ctx) })),
    onKill: (label, where, killedAt) => {
      result.kills++;
      result.timeline.push(`${killedAt - t0} kill #${result.kills} (${label}) after ${where}`);
      result.killPoints[where] = (result.killPoints[where] ?? 0) + 1;
    },
    onRestart: (restarted, label) => (restarted ? void result.restarts++ : note(`kill "${label}": no restart seen within 20 s`)),
  };

  try {
    // Stage from crm-sweep's content script on a HubSpot (sandbox) table page, as the overlay does.
    const selected = shuffle([...originalIds], rng).slice(0, size.records);
    const hubspot = await extension.context.newPage();
    await hubspot.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list`);
    // The overlay has started once its "select page" box is in the table's header.
    await hubspot.locator('input[data-crmx-check="page"]').waitFor({ state: 'attached', timeout: 20_000 });
    const staged = expectOk(
      await sendFromContentScript(hubspot, 'selection/stage', { ids: selected, description: `fault matrix: ${spec.id}` }),
      'selection/stage',
    );
    if (staged.count !== selected.length) throw new Error(`staged ${staged.count} of ${selected.length}`);
    const goneBefore = new Set(spec.afterStaging?.(sandbox, selected, rng) ?? []);
    const plan: PartialPlan | null = spec.partial ? planPartial(sandbox, selected, rng) : null;
    if (plan) setDeleteFaults(sandbox, plan);
    const refused = new Set(plan ? [...plan.archiveRefused, ...plan.unreadable] : []);
    result.goneBefore = goneBefore.size;
    const links = captureLinks(
      store,
      selected.filter((id) => !goneBefore.has(id)),
    );

    const tJob = Date.now();
    const started = expectOk(
      await sendFrom(page, 'job/start', { stagedId: staged.stagedId, typedCount: String(selected.length), locale: 'en', mode: 'delete' }),
      'job/start',
    );
    jobId = started.jobId;
    // The job's clock starts once its ID is known (job/start's own checks are not counted).
    scheduler.open(deletePhase);
    result.jobState = await driveJob(page, jobId, spec, ctx, result, scheduler, [deadline, size.rowBudgetMs], 'the job');
    // On a busy machine a small job can end before its last planned kills: count them, do not hide them.
    const notReached = await scheduler.close();
    if (notReached > 0) {
      result.killsSkipped += notReached;
      note(`${notReached} planned kill(s) not reached: the job ended first`);
    }
    result.jobMs = Date.now() - tJob;
    if (spec.expectedPause && !result.pauses.includes(spec.expectedPause)) note(`expected a ${spec.expectedPause} pause; none came`);

    // ---- The delete, judged from the sandbox ----
    const snapshots = new Map(await readSnapshots(page, jobId));
    judgeDelete(result, { store, archiveLog: calls.filter({ route: 'batch/archive' }), archiveEvents, selected, snapshots, refused });
    // Records someone else archived first: reported by the job ("already gone"), not counted.
    const batches = await readBatches(page, jobId);
    const reported = new Set(batches.flatMap((b) => (b.failedIds ?? []).filter((f) => f.category === 'ALREADY_GONE').map((f) => f.id)));
    result.goneReported = [...goneBefore].filter((id) => reported.has(id)).length;
    const wronglyReported = [...reported].filter((id) => !goneBefore.has(id)).length;
    if (wronglyReported > 0) note(`${wronglyReported} records reported "already gone" that crm-sweep should have deleted`);

    // ---- Undo, with kills of its own ----
    // A record HubSpot refused to archive is not undone — unless it ended up archived after all (an
    // archive request cut off by a kill can land after the refused re-send): then undo restores it.
    const restorable = selected.filter((id) => !goneBefore.has(id) && !(refused.has(id) && store.get('contacts', id) !== undefined));
    result.restorable = restorable.length;
    const missingSnapshots = restorable.filter((id) => !snapshots.has(id)).length;
    if (missingSnapshots > 0) note(`${missingSnapshots} deleted records have no snapshot`);
    if (spec.exactUndo) {
      await runExactUndo({ page, sandbox, scheduler, result, ctx, spec, size, jobId, restorable, links, deadline, t0 });
      return result;
    }
    const undoRng = new Prng(seedOf(`${spec.id}:${size.name}:undo`));
    const undoEstimate = estimatedUndoCalls(restorable.length);
    const tUndo = Date.now();
    // The undo's clock starts before job/undo: the undo runs at once, often before the reply.
    scheduler.open({
      // The undo's creates all come first (its links after): one kill waits for the first create
      // request to arrive (a create in flight), the others land at seeded calls of its first half.
      plans:
        size.undoKills > 0 ? [{ atCall: 0, waitForWrite: true }, ...planKills(size.undoKills - 1, undoEstimate, undoRng, [0.15, 0.6])] : [],
      estimate: undoEstimate,
      write: CREATE,
      onKill: (label, where, killedAt) => {
        result.undoKills++;
        result.timeline.push(`${killedAt - t0} undo kill #${result.undoKills} (${label}) after ${where}`);
        result.undoKillPoints[where] = (result.undoKillPoints[where] ?? 0) + 1;
      },
      onRestart: (restarted, label) => (restarted ? void result.undoRestarts++ : note(`undo kill "${label}": no restart seen within 20 s`)),
    });
    sandbox.faults.set({ recordErrors: null });
    const endUndoFaults = plan ? setUndoFaults(sandbox, plan) : () => undefined;
    const undoId = await startUndo(page, jobId);
    result.undoState = await driveJob(page, undoId, null, ctx, result, scheduler, [deadline, size.rowBudgetMs], 'the undo');
    const undoNotReached = await scheduler.close();
    if (undoNotReached > 0) {
      result.undoKillsSkipped += undoNotReached;
      note(`${undoNotReached} planned undo kill(s) not reached: the undo ended first`);
    }
    result.undoMs = Date.now() - tUndo;
    // What the undo itself reported (conflicts, records it could not bring back), for reading a row.
    const undoBatches = await readBatches(page, undoId);
    const reportedByUndo = new Map<string, number>();
    for (const b of undoBatches)
      for (const f of b.failedIds ?? []) reportedByUndo.set(f.category ?? '?', (reportedByUndo.get(f.category ?? '?') ?? 0) + 1);
    const undoStates = undoBatches.map((b) => b.state).filter((state) => state !== 'verified');
    if (reportedByUndo.size > 0 || undoStates.length > 0)
      note(
        `undo reported ${[...reportedByUndo].map(([c, n]) => `${n} ${c}`).join(', ') || 'nothing'}${undoStates.length ? `; batches left ${undoStates.join(', ')}` : ''}`,
      );
    endUndoFaults();
    if (plan) {
      // Counted done ⇔ done in the sandbox; what HubSpot refused is not expected back, nor its links.
      const verdict = await judgePartial(page, sandbox, { jobId, undoId, selected, originalIds, plan });
      result.miscounted = verdict.deleteMiscounted + verdict.undoMiscounted;
      result.refusedInjected = refused.size + plan.createRefused.length;
      result.refusedReported =
        refused.size - verdict.unreported.length + plan.createRefused.filter((id) => verdict.undoNotBack.has(id)).length;
      // A refused record archived after all — even during the undo, by a request a kill cut off —
      // is one undo must bring back (it reads each uncertain record back first).
      const lateArchived = selected.filter((id) => refused.has(id) && !restorable.includes(id) && store.get('contacts', id) === undefined);
      const expectedBack = [...restorable, ...lateArchived].filter((id) => !verdict.undoNotBack.has(id));
      note(
        `207s: delete miscounted ${verdict.deleteMiscounted}, undo miscounted ${verdict.undoMiscounted}; ${verdict.excusedLinks.size} records' links excused (snapshot gaps, refused re-links)`,
      );
      for (const id of verdict.excusedLinks) links.delete(id);
      result.restorable = expectedBack.length;
      judgeUndo(result, store, { originalIds, restorable: expectedBack, goneBefore, links });
    } else judgeUndo(result, store, { originalIds, restorable, goneBefore, links });
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    uninstall();
    unsubscribe();
    await scheduler.idle();
    result.wallMs = Date.now() - t0;
  }
  return result;
}
