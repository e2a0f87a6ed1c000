import { browser } from 'wxt/browser';
import { getJob } from '@/lib/db/jobs-repo';
import { restoreSessionOfJob, updateRestoreSession } from '@/lib/db/restore-sessions-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { recycleBinUrl } from '@/lib/hubspot/page/url';
import { text, TextError } from '@/lib/i18n/text';
import type { JobEngine } from '@/lib/jobs/core/engine';
import { uiOriginOf } from '@/lib/jobs/job-facts';
import { planRestore } from '@/lib/jobs/restore-verify/plan-restore';
import { verifyJobFor } from '@/lib/jobs/restore-verify/start-verify';
import type { Handlers } from '@/lib/messaging/router';
import { restoreSessionView } from './restore-view';

export interface RestoreHandlerDeps {
  db: CrmSweepDb;
  engine: JobEngine;
  /** A governed client for the portal, checked against the credential's portal (reads only here). */
  connect(portalId: string): Promise<HubSpotApi>;
  /** Opens HubSpot's restore page; the tab's ID is what the page's content script is known by. */
  openTab?(url: string): Promise<number | undefined>;
}

const openTabInBrowser = async (url: string) => (await browser.tabs.create({ url, active: true })).id;

/**
 * The popup's exact-restore routes (issue 19). `restore/open` re-validates everything in the
 * background (planRestore), saves the round's session and opens HubSpot's restore page for the
 * type; `restore/status` is the session's view; `restore/verify` starts (or returns the open)
 * verify-and-repair job.
 */
export function createRestoreHandlers(deps: RestoreHandlerDeps): Pick<Handlers, 'restore/open' | 'restore/status' | 'restore/verify'> {
  const { db } = deps;
  const openTab = deps.openTab ?? openTabInBrowser;
  return {
    'restore/open': async ({ jobId }) => {
      const job = await getJob(db, jobId);
      if (!job) throw new TextError(text('undo.refused.notInLog'));
      const planned = await planRestore(db, await deps.connect(job.portalId), jobId);
      if (planned.state === 'notApplicable') return planned;
      const url = recycleBinUrl(uiOriginOf(planned.job), planned.job.portalId, planned.job.objectTypeId);
      const tabId = await openTab(url);
      const session = (await updateRestoreSession(db, planned.session.id, (s) => ({ ...s, tabId }))) ?? planned.session;
      return { state: 'opened', session: await restoreSessionView(db, session), url };
    },
    'restore/status': async ({ jobId }) => {
      const session = await restoreSessionOfJob(db, jobId);
      return session ? restoreSessionView(db, session) : null;
    },
    'restore/verify': async ({ jobId }) => ({ jobId: await startVerify(deps, jobId) }),
  };
}

/** Starts the delete job's verify-and-repair job (or returns the one already open); its ID. */
export async function startVerify(deps: Pick<RestoreHandlerDeps, 'db' | 'engine'>, deleteJobId: string): Promise<string> {
  const { job } = await verifyJobFor(deps.db, deleteJobId);
  if (job.state === 'staged') {
    // Asked twice at once (the page's report and the popup's button), the other call may have started it.
    await deps.engine.start(job.id).catch(async (error: unknown) => {
      if ((await getJob(deps.db, job.id))?.state === 'staged') throw error;
    });
  }
  return job.id;
}

/** For the restore page's "restored" report (wired in start.ts): verify-and-repair of its session's job. */
export async function startVerifyOfSession(deps: Pick<RestoreHandlerDeps, 'db' | 'engine'>, sessionId: string): Promise<void> {
  const session = await deps.db.restoreSessions.get(sessionId);
  if (session) await startVerify(deps, session.jobId);
}
