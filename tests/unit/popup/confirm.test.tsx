// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmSelection } from '@/components/confirm/ConfirmSelection';
import type { StagedPreview } from '@/lib/messaging/payloads/preview';
import { answerRoutes, freshDb, renderPage } from './page-harness';
import { stagedRow } from './seed-rows';

vi.mock('@/components/common/save-file', async (original) => ({ ...(await original<object>()), saveTextFile: vi.fn() }));
const { saveTextFile } = await import('@/components/common/save-file');

const preview = (over: Partial<StagedPreview> = {}): StagedPreview => ({
  stagedId: stagedRow().id,
  sample: [
    { id: '1001', name: 'Åse Jensen (aase@example.com)' },
    { id: '1124', name: null },
  ],
  sampleMissing: 0,
  impact: {
    sampleSize: 100,
    estimated: true,
    associations: [{ objectTypeId: '0-2', records: 987, links: 1000 }],
    lists: { memberships: 50, listCount: 2, listNames: ['Newsletter', 'Leads'] },
    openPipeline: [{ objectTypeId: '0-3', count: 37, associated: true }],
  },
  tokenPortalId: '4242424',
  gaps: [],
  ...over,
});

function show(language: 'en' | 'da' | 'nl' = 'en', staged = stagedRow(), previewed = preview()) {
  const onStarted = vi.fn();
  const sent = answerRoutes({
    'staged/preview': () => previewed,
    'job/start': () => ({ jobId: '33333333-3333-4333-8333-333333333333' }),
    'staged/dismiss': () => ({ dismissed: true }),
    'staged/export-page': ({ offset }) => ({
      records:
        offset === 0
          ? [{ id: '1001', properties: { email: 'aase@example.com', firstname: 'Åse', notes: 'likes "quotes", commas' } }]
          : [{ id: '1002', properties: { email: 'b@example.com', firstname: null } }],
      missing: offset === 0 ? [] : ['1003'],
      nextOffset: offset === 0 ? 500 : null,
      total: staged.ids.length,
    }),
  });
  renderPage(<ConfirmSelection staged={staged} onStarted={onStarted} onDismissed={() => undefined} />, freshDb(), language);
  return { onStarted, sent };
}

const typeCount = (name: string | RegExp, value: string) => fireEvent.input(screen.getByRole('textbox', { name }), { target: { value } });

describe('confirmation of a staged selection', () => {
  it('says who acts: the service key, its portal, that HubSpot’s per-user Bulk delete permission does not apply, and who picked', async () => {
    answerRoutes({
      'staged/preview': () => preview(),
      'settings/get': () => ({
        apiBase: 'https://api.hubapi.com',
        tokenHint: '…4f2a',
        credentialKind: 'serviceKey',
        credentialPortalId: '4242424',
        ratePercent: 60,
        dailyReservePercent: 10,
        retentionDays: 90,
        language: 'en',
      }),
    });
    renderPage(
      <ConfirmSelection
        staged={{ ...stagedRow(), actor: 'Ada Admin (ada@example.com)' }}
        onStarted={vi.fn()}
        onDismissed={() => undefined}
      />,
      freshDb(),
      'en',
    );
    expect(
      await screen.findByText(
        'Service key …4f2a on portal 4242424 — acts with the key’s scopes; HubSpot’s per-user Bulk delete permission does not apply.'.replace(
          /’/g,
          "'",
        ),
      ),
    ).toBeTruthy();
    expect(screen.getByText('Ada Admin (ada@example.com)')).toBeTruthy();
  });

  it('shows object, portal and the exact count, and keeps Delete disabled until the count matches', async () => {
    const { sent, onStarted } = show();
    expect(screen.getByText('1,234 contacts')).toBeTruthy();
    expect(screen.getByText('4242424')).toBeTruthy();
    const del = screen.getByRole('button', { name: 'Delete 1,234 contacts' }) as HTMLButtonElement;
    expect(del.disabled).toBe(true);

    typeCount('Type 1,234 to confirm', '1.234');
    await screen.findByText('“1.234” reads as a decimal number here. Type the whole count: 1,234 or 1234.');
    expect(del.disabled).toBe(true);

    typeCount('Type 1,234 to confirm', '1,234');
    await waitFor(() => expect(del.disabled).toBe(false));
    fireEvent.click(del);
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith('33333333-3333-4333-8333-333333333333'));
    expect(sent.find((r) => r.route === 'job/start')?.payload).toEqual({
      stagedId: stagedRow().id,
      typedCount: '1,234',
      locale: 'en',
      mode: 'delete',
    });
  });

  it('in Danish, accepts "1.234", refuses "1,234" and names the button "Slet 1.234 kontakter"', async () => {
    const { sent } = show('da');
    const del = screen.getByRole('button', { name: 'Slet 1.234 kontakter' }) as HTMLButtonElement;
    typeCount('Skriv 1.234 for at bekræfte', '1,234');
    await screen.findByText(/læses her som et decimaltal/);
    expect(del.disabled).toBe(true);
    typeCount('Skriv 1.234 for at bekræfte', '1.234');
    await waitFor(() => expect(del.disabled).toBe(false));
    fireEvent.click(del);
    await waitFor(() => expect(sent.find((r) => r.route === 'job/start')?.payload).toMatchObject({ typedCount: '1.234', locale: 'da' }));
  });

  it("says when the count was the API's because HubSpot showed no total, in the reader's language, and asks for the typed count as usual", async () => {
    show('da', stagedRow({ apiCounted: 1234 }));
    expect(
      screen.getByText('HubSpot viste intet samlet antal på siden; dets API talte 1.234 kontakter, da du valgte dem alle.'),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Skriv 1.234 for at bekræfte' })).toBeTruthy();
  });

  it("says nothing about the API's count when HubSpot displayed the total", () => {
    show('en', stagedRow({ displayedTotal: 1234 }));
    expect(screen.queryByText(/HubSpot showed no total/)).toBeNull();
  });

  it('in Dutch, refuses another number with both numbers in the message', async () => {
    show('nl');
    typeCount('Typ 1.234 om te bevestigen', '1.235');
    await screen.findByText('U typte 1.235, maar er zijn 1.234 records geselecteerd.');
    expect((screen.getByRole('button', { name: '1.234 contactpersonen verwijderen' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the background’s refusal word for word', async () => {
    answerRoutes({
      'job/start': () =>
        Promise.reject(
          new Error('The access token belongs to HubSpot portal 1, but these records are in portal 4242424. Nothing was deleted.'),
        ),
    });
    show();
    typeCount('Type 1,234 to confirm', '1234');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete 1,234 contacts' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The access token belongs to HubSpot portal 1, but these records are in portal 4242424. Nothing was deleted.',
    );
  });

  it('offers permanent deletion for contacts, with the stricter wording and no undo', async () => {
    const { sent } = show();
    fireEvent.click(screen.getByRole('radio', { name: 'Delete permanently (privacy law)' }));
    const warning = await screen.findByText(/Permanent deletion cannot be undone/);
    expect(warning.textContent).toContain('crm-sweep keeps no copy');
    typeCount('Type 1,234 to confirm', '1,234');
    const del = await screen.findByRole('button', { name: 'Delete 1,234 contacts permanently' });
    expect(del.getAttribute('aria-describedby')).toBe('permanent-warning');
    fireEvent.click(del);
    await waitFor(() => expect(sent.find((r) => r.route === 'job/start')?.payload).toMatchObject({ mode: 'gdprDelete' }));
  });

  it('offers no permanent deletion for deals', () => {
    show('en', stagedRow({ objectTypeId: '0-3' }));
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete 1,234 deals' })).toBeTruthy();
  });

  it('offers "remove from list" for a manual list selection, not for an active list', async () => {
    show('en', stagedRow({ listId: '77' }), preview({ list: { listId: '77', name: 'Newsletter', processingType: 'MANUAL' } }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Only remove from the list “Newsletter”' }));
    expect(await screen.findByRole('button', { name: 'Remove 1,234 contacts from the list' })).toBeTruthy();
  });

  it('opens on "remove from list" when the user pressed Remove from list… on the page, and starts that', async () => {
    const { sent } = show(
      'en',
      stagedRow({ listId: '77', intent: 'removeFromList' }),
      preview({ list: { listId: '77', name: 'Newsletter', processingType: 'MANUAL' } }),
    );
    const button = await screen.findByRole('button', { name: 'Remove 1,234 contacts from the list' });
    expect((screen.getByRole('radio', { name: 'Only remove from the list “Newsletter”' }) as HTMLInputElement).checked).toBe(true);
    typeCount(/Type 1,234/, '1234');
    fireEvent.click(button);
    await waitFor(() => expect(sent.find((r) => r.route === 'job/start')?.payload).toMatchObject({ mode: 'removeFromList' }));
  });

  it('says so when the list turns out not to allow removal, instead of quietly offering delete', async () => {
    show(
      'en',
      stagedRow({ listId: '78', intent: 'removeFromList' }),
      preview({ list: { listId: '78', name: 'Active', processingType: 'DYNAMIC' } }),
    );
    expect(await screen.findByText(/does not allow removing records/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete 1,234 contacts' })).toBeTruthy();
  });

  it('does not offer "remove from list" for an active (dynamic) list', async () => {
    show('en', stagedRow({ listId: '78' }), preview({ list: { listId: '78', name: 'Active', processingType: 'DYNAMIC' } }));
    await screen.findByText(/Sample by name/);
    expect(screen.queryByRole('radio', { name: /remove from the list/ })).toBeNull();
  });

  it('shows a sample by name and says the impact is estimated from a sample', async () => {
    show();
    expect(await screen.findByText('Åse Jensen (aase@example.com)')).toBeTruthy();
    expect(screen.getByText('Record 1124')).toBeTruthy();
    expect(screen.getByText('Estimated from a sample of 100 of the 1,234 selected records.')).toBeTruthy();
    expect(screen.getByText('Companies: about 1,000 links, on about 987 of the selected records')).toBeTruthy();
    expect(screen.getByText('About 37 associated deals are in open pipeline stages.')).toBeTruthy();
  });

  it('exports a backup CSV of every page the background reads', async () => {
    const { sent } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Export backup CSV' }));
    await screen.findByText(/Saved crm-sweep-backup-4242424-0-1-.*\.csv with 2 records\./);
    expect(sent.filter((r) => r.route === 'staged/export-page').map((r) => r.payload)).toEqual([
      { stagedId: stagedRow().id, offset: 0 },
      { stagedId: stagedRow().id, offset: 500 },
    ]);
    const csv = vi.mocked(saveTextFile).mock.calls.at(-1)![1];
    expect(csv).toBe(
      '\uFEFFhs_object_id,email,firstname,notes\r\n1001,aase@example.com,Åse,"likes ""quotes"", commas"\r\n1002,b@example.com,,\r\n',
    );
    expect(screen.getByText(/1 record no longer exists in HubSpot/)).toBeTruthy();
  });
});
