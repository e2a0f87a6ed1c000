import type { CrmSweepDb } from '@/lib/db/schema';
import type { Handlers } from '@/lib/messaging/router';

/**
 * The restore page's routes (issue 19): the content script there asks for its tab's plan and
 * reports what it ticked. TODO(issue 19, page side): implement.
 */
export function createRestorePageHandlers(_deps: {
  db: CrmSweepDb;
  /** Called once the page reports HubSpot's restore done: starts verify-and-repair (wired in start.ts). */
  onRestored?: (sessionId: string) => Promise<void>;
}): Pick<Handlers, 'restore/plan' | 'restore/report'> {
  return {
    'restore/plan': async () => null,
    'restore/report': async () => ({ recorded: false }),
  };
}
