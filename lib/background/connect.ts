import { loadGovernorState, saveGovernorState } from '@/lib/db/governor-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import { createHubSpotApi, type HubSpotApi } from '@/lib/hubspot/api/client';
import type { HttpConfig } from '@/lib/hubspot/api/http';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { RateGovernor } from '@/lib/hubspot/api/rate/rate-governor';
import { text } from '@/lib/i18n/text';
import { loadSettings } from '@/lib/settings/settings';

/**
 * HubSpot clients for the background: one rate governor per portal, shared by every job and by
 * undo, restored from Dexie after a worker restart. The token is read here and sent only to the
 * configured API base.
 */
export function createConnector(db: CrmSweepDb, http: Pick<HttpConfig, 'baseBackoffMs' | 'maxAttempts'> = {}) {
  const governors = new Map<string, Promise<RateGovernor>>();

  const governorFor = (portalId: string, sharePercent: number, dailyReservePercent: number) => {
    let governor = governors.get(portalId);
    if (!governor) {
      governor = loadGovernorState(db, portalId).then(
        (stored) =>
          new RateGovernor({
            sharePercent,
            dailyReservePercent,
            initial: stored ? { notBefore: stored.notBefore, max: stored.max ?? 100, windowMs: stored.windowMs ?? 10_000 } : undefined,
            onPersist: (s) => void saveGovernorState(db, { portalId, notBefore: s.notBefore, max: s.max, windowMs: s.windowMs }),
          }),
      );
      governors.set(portalId, governor);
    }
    return governor;
  };

  const connect = async function connect(portalId: string): Promise<HubSpotApi> {
    const settings = await loadSettings();
    if (!settings.token) throw new HubSpotError('auth', text('start.noToken'));
    const governor = await governorFor(portalId, settings.ratePercent, settings.dailyReservePercent);
    governor.configure({ sharePercent: settings.ratePercent, dailyReservePercent: settings.dailyReservePercent });
    return createHubSpotApi({ ...http, apiBase: settings.apiBase, token: settings.token, governor });
  };
  /** Before a user-resumed job: the portal's daily figure may be out of date (see RateGovernor). */
  const forgetDaily = async (portalId: string) => (await governors.get(portalId))?.forgetDaily();
  return Object.assign(connect, { forgetDaily });
}
