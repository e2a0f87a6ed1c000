import type { CrmSweepDb } from '@/lib/db/schema';
import type { Handlers } from '@/lib/messaging/router';

/**
 * The popup's exact-restore routes (issue 19): open a session and HubSpot's restore page, show
 * it, and start the verify-and-repair job. TODO(issue 19, popup side): implement.
 */
export function createRestoreHandlers(_deps: { db: CrmSweepDb }): Pick<Handlers, 'restore/open' | 'restore/status' | 'restore/verify'> {
  return {
    'restore/open': async () => {
      throw new Error('not implemented');
    },
    'restore/status': async () => null,
    'restore/verify': async () => {
      throw new Error('not implemented');
    },
  };
}
