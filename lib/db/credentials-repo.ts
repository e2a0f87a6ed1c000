import type { CredentialKind, StoredCredential } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

const KEY = 'hubspot';

/** The saved HubSpot credential, or undefined. Only the background reads `token`. */
export function getCredential(db: CrmSweepDb): Promise<StoredCredential | undefined> {
  return db.credentials.get(KEY);
}

export async function putCredential(
  db: CrmSweepDb,
  input: { token: string; kind: CredentialKind; portalId?: string },
  now = Date.now(),
): Promise<StoredCredential> {
  const row: StoredCredential = { id: KEY, ...input, savedAt: now };
  await db.credentials.put(row);
  return row;
}

export function deleteCredential(db: CrmSweepDb): Promise<void> {
  return db.credentials.delete(KEY);
}
