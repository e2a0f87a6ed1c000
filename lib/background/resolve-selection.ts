import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { stageSelection } from '@/lib/jobs/core/stage-selection';
import { parseHubSpotPage } from '@/lib/hubspot/page/url';
import { MAX_SELECTION } from '@/lib/hubspot/ids';
import type { OverlayStatus } from '@/lib/messaging/payloads/in-page';
import type { Handlers } from '@/lib/messaging/router';
import { SelectionRefused } from '@/lib/selection/refusal';
import { text } from '@/lib/i18n/text';
import { selectAllSupport } from '@/lib/selection/query';
import { resolveSelection } from '@/lib/selection/resolve-query';
import { countSelection } from '@/lib/selection/count-query';
import { recordOverlayStatus, readOverlayStatuses } from './overlay-status';
import { checkPagePortal, selectablePage, senderPageUrl } from './page-portal';

/**
 * The overlay's background routes (issue 5): resolve a query selection ("all N in view") through
 * HubSpot's API and stage it, report progress to the page that asked, tell a list page what kind
 * of list it shows, and remember per tab whether the overlay could work there (for the popup).
 * Portal, object, view, list and pipeline always come from the sender's page URL as the browser
 * reports it (`senderPageUrl`), never from the payload.
 */
export interface SelectionHandlerDeps {
  db: CrmSweepDb;
  connect(portalId: string): Promise<HubSpotApi>;
  openConfirmation(stagedId: string): Promise<void>;
}

type SelectionRoutes = Pick<
  Handlers,
  'selection/resolve' | 'selection/count' | 'selection/progress' | 'page/list-info' | 'overlay/report' | 'overlay/status'
>;

interface Resolving {
  tabId: number | undefined;
  resolved: number;
  expected: number;
  controller: AbortController;
}

export function createSelectionHandlers(deps: SelectionHandlerDeps): SelectionRoutes {
  const running = new Map<string, Resolving>();

  return {
    'selection/resolve': async (request, sender) => {
      const page = selectablePage(sender, request.intent);
      if (running.has(request.resolveId)) throw new SelectionRefused(text('selection.alreadyResolving'));
      const job: Resolving = { tabId: sender.tab?.id, resolved: 0, expected: request.displayedTotal, controller: new AbortController() };
      running.set(request.resolveId, job);
      try {
        const api = await deps.connect(page.portalId);
        // A filtered view is refused without asking HubSpot anything (resolveSelection says why);
        // any other page's portal must be the token's before its records are read.
        if (selectAllSupport(page).ok) await checkPagePortal(api, page.portalId);
        const result = await resolveSelection(api, page, request, (n) => (job.resolved = n), job.controller.signal).catch(
          (error: unknown) => {
            if (job.controller.signal.aborted) throw new SelectionRefused(text('selection.cancelled'));
            throw error;
          },
        );
        if (result.ids.length > MAX_SELECTION) {
          throw new SelectionRefused(text('selection.tooMany', { found: result.ids.length, max: MAX_SELECTION }));
        }
        const staged = await stageSelection(deps.db, {
          portalId: page.portalId,
          objectTypeId: result.objectTypeId,
          listId: result.listId,
          ids: result.ids,
          // A count the API made is not what HubSpot displayed: the confirmation says which it was.
          displayedTotal: request.totalFrom === 'api' ? undefined : request.displayedTotal,
          apiCounted: request.totalFrom === 'api' ? request.displayedTotal : undefined,
          source: { pageUrl: senderPageUrl(sender), description: request.description },
          intent: request.intent,
          actor: request.actor,
        });
        await deps.openConfirmation(staged.id);
        return { stagedId: staged.id, count: staged.ids.length, resolved: result.resolved };
      } finally {
        running.delete(request.resolveId);
      }
    },

    'selection/count': async ({ query }, sender) => {
      const page = selectablePage(sender);
      const api = await deps.connect(page.portalId);
      // Refused for a filtered view before HubSpot is asked anything (countSelection says why).
      if (selectAllSupport(page).ok) await checkPagePortal(api, page.portalId);
      return { count: await countSelection(api, page, query) };
    },

    // Only the tab that started a resolution may watch or cancel it.
    'selection/progress': async ({ resolveId, cancel }, sender) => {
      const job = running.get(resolveId);
      if (!job || job.tabId !== sender.tab?.id) return null;
      if (cancel) job.controller.abort();
      return { resolved: job.resolved, expected: job.expected };
    },

    'page/list-info': async (_payload, sender) => {
      const page = selectablePage(sender);
      if (page.kind !== 'list') throw new SelectionRefused(text('selection.notList'));
      const list = await (await deps.connect(page.portalId)).lists.get(page.listId);
      return { listId: list.listId, name: list.name, processingType: list.processingType, objectTypeId: list.objectTypeId };
    },

    'overlay/report': async ({ state, reason }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { recorded: false };
      const url = senderPageUrl(sender);
      const status: OverlayStatus = {
        url,
        pageKind: parseHubSpotPage(url)?.kind ?? null,
        state,
        reason,
        at: Date.now(),
      };
      await recordOverlayStatus(tabId, status);
      return { recorded: true };
    },

    'overlay/status': async ({ tabId }) => (await readOverlayStatuses())[String(tabId)] ?? null,
  };
}
