import type { CredentialKind, StoredCredential } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { getCredential, putCredential } from '@/lib/db/credentials-repo';
import { settingsItem } from '@/lib/settings/settings';

/**
 * The HubSpot credential: a service key, or an existing (legacy) private-app token. It lives in the
 * extension origin's IndexedDB (table `credentials`, schema v4), which only the background and our
 * extension pages can open — a content script's IndexedDB is the page's, and storage.local, where
 * versions before issue 17 kept it, is readable by every content script.
 */

/** Private-app tokens start `pat-` (`pat-na1-…`, `pat-eu1-…`); anything else is taken for a service key. */
export function credentialKindOf(token: string): CredentialKind {
  return /^pat-/i.test(token) ? 'privateApp' : 'serviceKey';
}

/**
 * Moves a token an older version left in storage.local into the database and erases the old copy.
 * Runs on every worker start and before every read of the credential, so no read can miss it;
 * after the first run there is nothing left to move and it costs one storage read.
 */
export async function migrateLegacyToken(db: CrmSweepDb): Promise<boolean> {
  const stored = await settingsItem.getValue();
  if (!stored || !('token' in stored)) return false;
  const { token, ...settings } = stored;
  if (token) await putCredential(db, { token, kind: credentialKindOf(token) });
  await settingsItem.setValue(settings);
  return Boolean(token);
}

/** The saved credential, after moving a legacy one in. Background only. */
export async function loadCredential(db: CrmSweepDb): Promise<StoredCredential | undefined> {
  await migrateLegacyToken(db);
  return getCredential(db);
}
