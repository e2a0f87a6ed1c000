import type { Runtime } from 'webextension-polyfill';
import { getJob } from '@/lib/db/jobs-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import { deleteForJob } from '@/lib/db/snapshots-repo';
import { claimStagedSelection } from '@/lib/db/staged-repo';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { createJob } from '@/lib/jobs/core/create-job';
import type { JobEngine } from '@/lib/jobs/core/engine';
import { stageSelection } from '@/lib/jobs/core/stage-selection';
import { createUndoJob } from '@/lib/jobs/undo/start-undo';
import type { Handlers } from '@/lib/messaging/router';
import { checkJobStart, selectionGone } from './check-job-start';
import { loadCredential } from './credentials';
import { checkPagePortal, selectablePage, senderPageUrl } from './page-portal';

export interface JobHandlerDeps {
  db: CrmSweepDb;
  engine: JobEngine;
  connect(portalId: string): Promise<HubSpotApi>;
  openConfirmation(stagedId: string): Promise<void>;
}

type JobRoutes = Pick<
  Handlers,
  'selection/stage' | 'job/start' | 'job/pause' | 'job/resume' | 'job/cancel' | 'job/undo' | 'snapshots/clear'
>;

/** Staging (from the content script) and job control (from our pages only; the router enforces it). */
export function createJobHandlers(deps: JobHandlerDeps): JobRoutes {
  const { db, engine } = deps;
  return {
    'selection/stage': async ({ ids, displayedTotal, description, intent, actor }, sender: Runtime.MessageSender) => {
      // Which portal, object and list come from the URL the browser says the sender is on.
      const page = selectablePage(sender, intent);
      const api = await deps.connect(page.portalId);
      await checkPagePortal(api, page.portalId);
      const objectTypeId = page.kind === 'list' ? (await api.lists.get(page.listId)).objectTypeId : page.objectTypeId;
      const staged = await stageSelection(db, {
        portalId: page.portalId,
        objectTypeId,
        listId: page.kind === 'list' ? page.listId : undefined,
        ids,
        displayedTotal,
        source: { pageUrl: senderPageUrl(sender), description },
        intent,
        actor,
      });
      await deps.openConfirmation(staged.id);
      return { stagedId: staged.id, count: staged.ids.length };
    },
    'job/start': async (req) => {
      const stagedRow = await db.staged.get(req.stagedId);
      if (!stagedRow) throw await selectionGone(db, req.stagedId);
      const credential = await loadCredential(db);
      const api = await deps.connect(stagedRow.portalId);
      const staged = await checkJobStart(db, api, { token: credential?.token ?? '', kind: credential?.kind ?? 'serviceKey' }, req);
      // One confirmation, one job: the selection is claimed in the transaction that creates the
      // job. A second start (another popup, a double click, a replayed message) finds it claimed.
      const job = await db.transaction('rw', db.staged, db.jobs, db.batches, async () => {
        if (!(await claimStagedSelection(db, staged.id))) throw await selectionGone(db, staged.id);
        return createJob(db, {
          kind: req.mode,
          portalId: staged.portalId,
          objectTypeId: staged.objectTypeId,
          listId: staged.listId,
          source: staged.source,
          stagedId: staged.id,
          actor: staged.actor,
          recordIds: staged.ids,
        });
      });
      await engine.start(job.id);
      return { jobId: job.id };
    },
    'job/pause': async ({ jobId }) => ({ state: (await engine.pause(jobId)).state }),
    'job/resume': async ({ jobId }) => ({ state: (await engine.resume(jobId)).state }),
    'job/cancel': async ({ jobId }) => ({ state: (await engine.cancel(jobId)).state }),
    'job/undo': async ({ jobId, binRefusalAccepted }) => {
      // Re-validated here: contacts still in HubSpot's bin are re-created only by explicit choice.
      const job = await getJob(db, jobId);
      const api = job?.kind === 'delete' && !binRefusalAccepted ? await deps.connect(job.portalId) : undefined;
      const undo = await createUndoJob(db, jobId, { api, binRefusalAccepted });
      await engine.start(undo.id);
      return { jobId: undo.id };
    },
    'snapshots/clear': async ({ jobId }) => ({ removed: await deleteForJob(db, jobId) }),
  };
}
