import { storage } from 'wxt/utils/storage';
import { purgeAuditBefore } from '@/lib/db/audit-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import { purgeOlderThan } from '@/lib/db/snapshots-repo';
import { loadSettings } from '@/lib/settings/settings';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the retention purge last ran; it runs at most once a day, whatever wakes the worker. */
const lastPurgeItem = storage.defineItem<number>('local:snapshotsPurgedAt', { fallback: 0 });

/**
 * Retention: deletes snapshots and activity-log entries older than the `retentionDays` setting (default 90, like HubSpot's
 * recycle bin), at most once a day unless forced (a shorter retention was just saved). Called from
 * the alarm watchdog; returns the rows removed, or null when it was not yet time.
 */
export async function purgeExpiredSnapshots(db: CrmSweepDb, { now = Date.now(), force = false } = {}): Promise<number | null> {
  if (!force && now - (await lastPurgeItem.getValue()) < DAY_MS) return null;
  const { retentionDays } = await loadSettings();
  const removed = await purgeOlderThan(db, retentionDays * DAY_MS, now);
  // The activity log keeps what the snapshots keep (issue 17: retention follows the setting).
  await purgeAuditBefore(db, now - retentionDays * DAY_MS);
  await lastPurgeItem.setValue(now);
  return removed;
}
