import type { Runtime } from 'webextension-polyfill';
import type { RestoreSession } from '@/lib/db/rows';
import { restoreSessionOfTab, updateRestoreSession } from '@/lib/db/restore-sessions-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import { parseHubSpotPage } from '@/lib/hubspot/page/url';
import { text, TextError } from '@/lib/i18n/text';
import type { Handlers } from '@/lib/messaging/router';
import { senderPageUrl } from './page-portal';

/**
 * The restore page's routes (issue 19). The content script on HubSpot's restore page asks for its
 * tab's plan and reports what it ticked. Who asks is taken from the sender (the tab the browser
 * vouches for), never from the payload: only the tab `restore/open` opened gets the plan, and only
 * while it shows the recycle-bin page of the session's portal and object type — a tab that
 * navigated elsewhere, or another HubSpot tab, learns nothing and can report nothing.
 */
export function createRestorePageHandlers(deps: {
  db: CrmSweepDb;
  /** Called once the page reports HubSpot's restore done: starts verify-and-repair (wired in start.ts). */
  onRestored?: (sessionId: string) => Promise<void>;
}): Pick<Handlers, 'restore/plan' | 'restore/report'> {
  const { db } = deps;

  /** The sender tab's session, when the tab shows that session's restore page; else undefined. */
  async function sessionOfSender(sender: Runtime.MessageSender): Promise<RestoreSession | undefined> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return undefined;
    const session = await restoreSessionOfTab(db, tabId);
    if (!session) return undefined;
    const page = parseHubSpotPage(senderPageUrl(sender));
    if (page?.kind !== 'recycleBin' || page.portalId !== session.portalId || page.objectTypeId !== session.objectTypeId) return undefined;
    return session;
  }

  return {
    'restore/plan': async (_payload, sender) => {
      const session = await sessionOfSender(sender);
      if (!session) return null;
      return {
        sessionId: session.id,
        jobId: session.jobId,
        portalId: session.portalId,
        objectTypeId: session.objectTypeId,
        recordIds: [...session.inBin],
        total: session.total,
        round: session.round,
        rounds: session.rounds,
      };
    },

    'restore/report': async (report, sender) => {
      const session = await sessionOfSender(sender);
      if (!session || session.id !== report.sessionId) throw new TextError(text('restore.reportRefused'));
      // Only the plan's own IDs can be "not shown": anything else is not this session's business.
      const planned = new Set(session.inBin);
      const notShown = report.notShown.filter((n) => planned.has(n.recordId));
      const selected = Math.min(report.selected, planned.size);
      const stored = await updateRestoreSession(db, session.id, (s) => ({
        ...s,
        report: {
          state: report.state,
          selected,
          notShown,
          ...(report.reason ? { reason: report.reason } : {}),
          ...(report.buttonLabel ? { buttonLabel: report.buttonLabel } : {}),
          at: Date.now(),
        },
      }));
      if (!stored) throw new TextError(text('restore.reportRefused'));
      // A repeated 'restored' report (a reload of the results page) starts verify once more:
      // verify-and-repair is idempotent (it never duplicates), so this is harmless.
      if (report.state === 'restored' && deps.onRestored) await deps.onRestored(session.id);
      return { recorded: true };
    },
  };
}
