import '@/lib/i18n/all-catalogues';
import { browser } from 'wxt/browser';
import { openDb } from '@/lib/db/open';
import { dropExpiredStaged } from '@/lib/db/staged-repo';
import { JobEngine } from '@/lib/jobs/core/engine';
import { JOB_KINDS } from '@/lib/jobs/kinds';
import { dispatch } from '@/lib/messaging/router';
import { refreshBadge, notifyJob } from './badge';
import { createConnector } from './connect';
import { createHandlers } from './handlers';
import { migrateLegacyToken } from './credentials';
import { createJobHandlers } from './job-handlers';
import { openConfirmation } from './open-confirmation';
import { createPreviewHandlers } from './preview-handlers';
import { createRestoreHandlers, startVerifyOfSession } from './restore-handlers';
import { createRestorePageHandlers } from './restore-page-handlers';
import { createSelectionHandlers } from './resolve-selection';
import { createSettingsHandlers } from './settings-handlers';
import { purgeExpiredSnapshots } from './snapshot-retention';

const WATCHDOG = 'crm-sweep-watchdog';

/**
 * Wires the service worker. Listeners are registered synchronously, before any await, so a worker
 * woken by a message or alarm never misses the event that woke it. Every start, and the alarm
 * watchdog once a minute, resumes jobs a dead worker left running (MV3 workers die when idle).
 * `options` exist for tests: a database of their own and a faster retry backoff.
 */
export function startBackground(options: { dbName?: string; baseBackoffMs?: number } = {}): JobEngine {
  const db = openDb(options.dbName);
  const connect = createConnector(db, { baseBackoffMs: options.baseBackoffMs });
  const engine = new JobEngine({
    db,
    // A job checks its credential's portal before its first call (a rotated key may be another portal's).
    connect: (portalId) => connect(portalId, { checkPortal: true }),
    kinds: JOB_KINDS,
    beforeResume: (job) => connect.forgetDaily(job.portalId),
    onChange: (job) => {
      void refreshBadge(db).catch(() => undefined);
      void notifyJob(db, job).catch(() => undefined);
    },
  });
  const handlers = {
    ...createHandlers(db),
    ...createJobHandlers({ db, engine, connect, openConfirmation }),
    ...createSettingsHandlers({ db }),
    ...createPreviewHandlers({ db, connect }),
    ...createSelectionHandlers({ db, connect, openConfirmation }),
    ...createRestoreHandlers({ db, engine, connect: (portalId) => connect(portalId, { checkPortal: true }) }),
    // HubSpot's restore done (the page's report): verify and repair at once, as the popup's button would.
    ...createRestorePageHandlers({ db, onRestored: (sessionId) => startVerifyOfSession({ db, engine }, sessionId) }),
  };
  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender, self, handlers));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== WATCHDOG) return;
    void engine.resumeInterrupted();
    void purgeExpiredSnapshots(db).catch(() => undefined); // at most once a day, by retention days
  });
  void browser.alarms.create(WATCHDOG, { periodInMinutes: 1 });
  // When this worker started: the options page shows it, and tests detect a real restart by it.
  void browser.storage.session?.set({ workerStartedAt: Date.now() }).catch(() => undefined);
  // Before anything reads the credential: a token an older version left in storage.local moves
  // into the database and the old copy is erased (every read also waits for this).
  void migrateLegacyToken(db).catch(() => undefined);
  void engine.resumeInterrupted();
  void dropExpiredStaged(db).catch(() => undefined);
  return engine;
}
