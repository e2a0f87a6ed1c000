import { loadGovernorState, saveGovernorState } from '@/lib/db/governor-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import { createHubSpotApi, type HubSpotApi } from '@/lib/hubspot/api/client';
import type { HttpConfig } from '@/lib/hubspot/api/http';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { RateGovernor } from '@/lib/hubspot/api/rate/rate-governor';
import { text } from '@/lib/i18n/text';
import { loadSettings } from '@/lib/settings/settings';
import { loadCredential } from './credentials';

/**
 * HubSpot clients for the background: one rate governor per portal, shared by every job and by
 * undo, restored from Dexie after a worker restart. The credential is read here (from the database,
 * never storage.local) and sent only to the configured API base. A credential is checked once
 * against the portal it is used for (account-info, a read): a key of another portal is refused
 * before any call that changes data, and a job pauses with both portal numbers; a new key of the
 * same portal (rotated after a revoke) is simply used on resume.
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

  /** `${apiBase} ${token} ${portalId}` checked against account-info: the same key is not asked twice. */
  const portalChecked = new Set<string>();

  const connect = async function connect(portalId: string, opts: { checkPortal?: boolean } = {}): Promise<HubSpotApi> {
    const settings = await loadSettings();
    const credential = await loadCredential(db);
    if (!credential) throw new HubSpotError('auth', text('start.noToken'));
    const governor = await governorFor(portalId, settings.ratePercent, settings.dailyReservePercent);
    governor.configure({ sharePercent: settings.ratePercent, dailyReservePercent: settings.dailyReservePercent });
    const api = createHubSpotApi({ ...http, apiBase: settings.apiBase, token: credential.token, governor });
    const checkKey = `${settings.apiBase} ${credential.token} ${portalId}`;
    if (opts.checkPortal && !portalChecked.has(checkKey)) {
      const keyPortal = String((await api.metadata.account()).portalId);
      if (keyPortal !== portalId) throw new HubSpotError('auth', text('connect.otherPortal', { keyPortal, portal: portalId }));
      portalChecked.add(checkKey);
    }
    return api;
  };
  /** Before a user-resumed job: the portal's daily figure may be out of date (see RateGovernor). */
  const forgetDaily = async (portalId: string) => (await governors.get(portalId))?.forgetDaily();
  return Object.assign(connect, { forgetDaily });
}
