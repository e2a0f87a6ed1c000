// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { OptionsPage } from '@/components/options/OptionsPage';
import { currentLanguage } from '@/lib/i18n/language';
import type { SettingsView } from '@/lib/messaging/payloads/settings';
import { answerRoutes, freshDb, renderPage } from '../popup/page-harness';

const view: SettingsView = {
  apiBase: 'https://api.hubapi.com',
  tokenHint: '…abcd',
  credentialKind: 'serviceKey',
  credentialPortalId: '4242424',
  ratePercent: 60,
  dailyReservePercent: 10,
  retentionDays: 90,
  language: 'auto',
};

describe('options page', () => {
  it('shows the settings with the key field empty: only the hint of the saved service key, how to create one and its scopes', async () => {
    answerRoutes({ 'settings/get': () => view });
    renderPage(<OptionsPage />, freshDb());
    const token = (await screen.findByLabelText('HubSpot service key (or an existing private-app token)')) as HTMLInputElement;
    expect(token.type).toBe('password');
    expect(token.value).toBe('');
    expect(screen.getByText(/The saved service key ends in …abcd/)).toBeTruthy();
    expect(document.body.textContent).toContain('Development › Keys › Service keys › Create service key');
    expect(document.body.textContent).toContain('crm.lists.read/write (list pages');
    expect((screen.getByLabelText('API address') as HTMLInputElement).value).toBe('https://api.hubapi.com');
    expect((screen.getByLabelText('Keep snapshots for (days)') as HTMLInputElement).value).toBe('90');
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy();
  });

  it('sends the fields as typed and shows each refusal next to its field, saving nothing', async () => {
    const sent = answerRoutes({
      'settings/get': () => view,
      'settings/save': () => ({
        saved: false,
        problems: [
          { field: 'apiBase', code: 'insecureUrl' },
          { field: 'ratePercent', code: 'outOfRange', min: 1, max: 100 },
        ],
      }),
    });
    renderPage(<OptionsPage />, freshDb());
    fireEvent.input(await screen.findByLabelText('API address'), { target: { value: 'http://example.com' } });
    fireEvent.input(screen.getByLabelText('Share of the rate limit (%)'), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test and save' }));
    expect(await screen.findByText('Nothing was saved. Correct the marked fields.')).toBeTruthy();
    expect(sent.find((r) => r.route === 'settings/save')?.payload).toEqual({
      apiBase: 'http://example.com',
      ratePercent: '150',
      dailyReservePercent: '10',
      retentionDays: '90',
      language: 'auto',
      removeToken: false,
    });
    const base = screen.getByLabelText('API address');
    expect(base.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('opt-apiBase-error')?.textContent).toContain(
      'Plain http:// is allowed only for 127.0.0.1 and localhost',
    );
    expect(document.getElementById('opt-ratePercent-error')?.textContent).toBe('Enter a number from 1 to 100.');
    expect(screen.getByLabelText('Daily reserve (%)').getAttribute('aria-invalid')).toBe('false');
  });

  it('sends a new token only when one is typed, then shows the portal and the scopes it lacks', async () => {
    const sent = answerRoutes({
      'settings/get': () => view,
      'settings/save': () => ({
        saved: true,
        settings: { ...view, tokenHint: '…9999', language: 'da' },
        connection: {
          portalId: '4242424',
          kind: 'privateApp',
          scopesKnown: true,
          required: ['crm.objects.contacts.read', 'crm.lists.write'],
          granted: ['crm.objects.contacts.read'],
          missing: ['crm.lists.write'],
        },
      }),
    });
    renderPage(<OptionsPage />, freshDb());
    fireEvent.input(await screen.findByLabelText('HubSpot service key (or an existing private-app token)'), {
      target: { value: 'pat-na1-new-9999' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Test and save' }));
    // The reply switched the language to Danish: the page follows at once.
    expect(await screen.findByText('Nøglen (private app-token) hører til HubSpot-portal 4242424.')).toBeTruthy();
    expect(currentLanguage.value).toBe('da');
    expect(screen.getByText('Det mangler 1 scope, som crm-sweep bruger:')).toBeTruthy();
    expect(
      screen.getByRole('row', { name: /crm\.lists\.write lister ✗ Mangler — Uden det kan crm-sweep ikke arbejde på listesider/ }),
    ).toBeTruthy();
    expect((sent.find((r) => r.route === 'settings/save')?.payload as { token?: string } | undefined)?.token).toBe('pat-na1-new-9999');
    await waitFor(() =>
      expect((screen.getByLabelText('HubSpot-servicenøgle (eller et eksisterende private app-token)') as HTMLInputElement).value).toBe(''),
    );
  });

  it('shows what one read per object type found for a service key, with what each missing scope disables', async () => {
    answerRoutes({
      'settings/get': () => view,
      'settings/save': () => ({
        saved: true,
        settings: view,
        connection: {
          portalId: '4242424',
          kind: 'serviceKey',
          scopesKnown: false,
          probes: [
            { objectTypeId: '0-1', scope: 'crm.objects.contacts.read', readable: true },
            { objectTypeId: '0-3', scope: 'crm.objects.deals.read', readable: false },
          ],
          required: [],
          granted: ['crm.objects.contacts.read'],
          missing: ['crm.objects.deals.read'],
        },
      }),
    });
    renderPage(<OptionsPage />, freshDb());
    fireEvent.input(await screen.findByLabelText('HubSpot service key (or an existing private-app token)'), {
      target: { value: 'key-new-0001' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Test and save' }));
    expect(await screen.findByText('This service key belongs to HubSpot portal 4242424.')).toBeTruthy();
    expect(screen.getByRole('row', { name: /crm\.objects\.contacts\.read contacts ✓ Read one record/i })).toBeTruthy();
    expect(
      screen.getByRole('row', { name: /crm\.objects\.deals\.read deals ✗ Missing — Without it, crm-sweep cannot delete or undo deals/i }),
    ).toBeTruthy();
  });

  it('tests the saved connection on request and shows a refusal word for word', async () => {
    answerRoutes({
      'settings/get': () => view,
      'settings/test': () => Promise.reject(new Error('HubSpot did not accept the access token (it may have been revoked or expired).')),
    });
    renderPage(<OptionsPage />, freshDb());
    fireEvent.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'HubSpot did not accept the access token (it may have been revoked or expired).',
    );
  });
});
