import { afterEach, describe, expect, it } from 'vitest';
import type { RecordSnapshot } from '@/lib/db/rows';
import { createHubSpotApi } from '@/lib/hubspot/api/client';
import { RateGovernor } from '@/lib/hubspot/api/rate/rate-governor';
import { findLostCreates } from '@/lib/jobs/undo/find-existing';
import { startSandbox, type Sandbox } from '../../sandbox/server';

/**
 * A create whose answer was lost (the worker died with it in flight; HubSpot may even carry it out
 * after the restart first looked — the fault matrix's undo kills found both): its records are
 * adopted, never created twice. Contacts without an email are recognised by every value the
 * create wrote for them.
 */
let sandbox: Sandbox | null = null;
afterEach(async () => {
  await sandbox?.close();
  sandbox = null;
});

const snapshot = (recordId: string, properties: Record<string, string>): RecordSnapshot =>
  ({ jobId: 'j', recordId, seq: 0, objectTypeId: '0-1', properties, associations: [], lists: [], capturedAt: 0 }) as RecordSnapshot;
const sent = (s: RecordSnapshot) => Object.fromEntries(Object.entries(s.properties).filter(([, v]) => v !== '')) as Record<string, string>;

describe('finding the records of a lost create', () => {
  it('adopts contacts by email, and contacts without one by every value written, none twice', async () => {
    sandbox = await startSandbox({ port: 0, seed: 5, scale: 40 });
    const api = createHubSpotApi({
      apiBase: sandbox.url,
      token: sandbox.token,
      governor: new RateGovernor({ sharePercent: 100, dailyReservePercent: 0 }),
    });
    const since = Date.now();
    // Re-created records carry their original create date (it is writable, and written back).
    const createdate = '2021-03-04T05:06:07.000Z';
    const withEmail = snapshot('9001', { email: 'lost@example.com', firstname: 'Lost', lastname: 'Create', createdate });
    const noEmail = snapshot('9002', { firstname: 'Nomail', lastname: 'Person', phone: '+45 1234 5678', jobtitle: 'Buyer', createdate });
    const twin = snapshot('9003', { firstname: 'Nomail', lastname: 'Person', phone: '+45 1234 5678', jobtitle: 'Buyer' });
    const notSent = snapshot('9004', { firstname: 'Never', lastname: 'Created', phone: '1' });
    // What the lost create made in HubSpot, plus a look-alike that differs in one value.
    const a = sandbox.store.create('contacts', sent(withEmail));
    const b = sandbox.store.create('contacts', sent(noEmail));
    sandbox.store.create('contacts', { ...sent(noEmail), jobtitle: 'Seller' });

    const found = await findLostCreates(api, '0-1', [withEmail, noEmail, twin, notSent], since, undefined, sent);
    expect([...found]).toEqual([
      ['9001', a.id],
      ['9002', b.id],
    ]);
    // Without the values written, a contact with no email cannot be recognised (as before).
    expect([...(await findLostCreates(api, '0-1', [noEmail], since))]).toEqual([]);
  });
});
