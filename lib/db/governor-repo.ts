import type { StoredGovernorState } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

/**
 * The per-portal rate governor's memory. A service worker can die at any moment (MV3), and a new
 * one must not fire requests while HubSpot's Retry-After is still running, nor forget what it
 * learnt about the portal's window and daily allowance.
 */
export function loadGovernorState(db: CrmSweepDb, portalId: string): Promise<StoredGovernorState | undefined> {
  return db.governor.get(portalId);
}

export async function saveGovernorState(db: CrmSweepDb, state: StoredGovernorState): Promise<void> {
  await db.governor.put({ ...state });
}
