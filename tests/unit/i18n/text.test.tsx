// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { failedRecordsOf } from '@/components/job/failed-records';
import { PauseNotice } from '@/components/job/PauseNotice';
import type { Batch } from '@/lib/db/rows';
import { JobNotFoundError } from '@/lib/db/errors';
import { errorFromResponse } from '@/lib/hubspot/api/errors';
import { currentLanguage } from '@/lib/i18n/language';
import { isText, showError, showText, text, TextError } from '@/lib/i18n/text';
import { RequestRefused } from '@/lib/messaging/client';
import { dispatch, type Handlers } from '@/lib/messaging/router';
import { StartRefused } from '@/lib/background/check-job-start';
import { createHandlers } from '@/lib/background/handlers';
import { nameAsText } from '@/lib/overlay/box-names';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings/settings';
import { openDb } from '@/lib/db/open';

afterEach(() => {
  currentLanguage.value = 'en';
});

describe('text references', () => {
  it('keep the English wording as the error message and word it in the reader’s language', () => {
    const error = new StartRefused(text('start.typedProblem', { problem: text('typed.problem.empty') }));
    expect(error.message).toBe('Type the number of records to confirm. Nothing was deleted.');
    expect(showError(error, 'da')).toBe('Skriv antallet af poster for at bekræfte. Intet blev slettet.');
    expect(showError(error, 'nl')).toMatch(/Er is niets verwijderd\.$/);
  });

  it('leave HubSpot’s own words untranslated inside a translated sentence', () => {
    const error = errorFromResponse(401, { message: 'Authentication credentials not found.' });
    expect(error.message).toMatch(/^HubSpot did not accept the service key .* HubSpot said: "Authentication credentials not found."$/);
    expect(showError(error, 'nl')).toMatch(
      /^HubSpot accepteerde de servicesleutel niet .* HubSpot meldde: "Authentication credentials not found."$/,
    );
  });

  it('format numbers in the reader’s language', () => {
    const refusal = text('selection.tooMany', { found: 12345, max: 10000 });
    expect(showText({ text: refusal }, 'en')).toBe(
      'That is 12,345 records; crm-sweep handles at most 10,000 at a time. Nothing was selected.',
    );
    expect(showText({ text: refusal }, 'da')).toMatch(/^Det er 12\.345 poster; crm-sweep håndterer højst 10\.000/);
  });

  it('refuse keys the catalogue does not have, and malformed parameters', () => {
    expect(isText({ key: 'start.expired' })).toBe(true);
    expect(isText({ key: 'no.such.key' })).toBe(false);
    expect(isText({ key: 'start.notDeletable', params: { objectTypeId: { nested: true } } })).toBe(false);
    expect(isText('start.expired')).toBe(false);
  });

  it('show the stored English message of rows written before texts existed', () => {
    currentLanguage.value = 'da';
    expect(showText({ message: 'HubSpot could not be reached reliably.' })).toBe('HubSpot could not be reached reliably.');
    // A row from a later version whose key this one lacks: its English message again.
    expect(showText({ message: 'Stopped.', text: { key: 'pause.future' } })).toBe('Stopped.');
    expect(showText({ message: 'Stopped.', text: text('job.state.cancelled') })).toBe('Annulleret');
  });
});

describe('rows with and without a text', () => {
  it('renders an old pause reason (message only) as stored, and a new one in the chosen language', () => {
    currentLanguage.value = 'nl';
    const { unmount } = render(<PauseNotice reason={{ code: 'network', message: 'HubSpot could not be reached reliably.' }} />);
    expect(screen.getByText('HubSpot could not be reached reliably.')).toBeTruthy();
    unmount();
    render(<PauseNotice reason={{ code: 'auth', message: 'English for logs', text: text('hubspot.auth') }} />);
    expect(screen.getByText(/^HubSpot accepteerde de servicesleutel niet/)).toBeTruthy();
    expect(screen.queryByText('English for logs')).toBeNull();
  });

  it('lists failed records of old rows by their stored message', () => {
    currentLanguage.value = 'da';
    const batch: Batch = {
      jobId: 'j',
      seq: 0,
      ids: ['1', '2'],
      state: 'verified',
      attempts: 1,
      updatedAt: 0,
      failedIds: [
        { id: '1', message: 'HubSpot still lists this record as a member.' },
        { id: '2', message: 'Batch 0 of job j does not exist.', text: text('storage.batchNotFound', { seq: '0', jobId: 'j' }) },
      ],
    };
    expect(failedRecordsOf([batch]).map((r) => r.message)).toEqual([
      'HubSpot still lists this record as a member.',
      'Parti 0 af job j findes ikke. Intet blev ændret.',
    ]);
  });
});

describe('message replies', () => {
  const self = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
  const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

  it('carry a handler error’s Text beside its English message, for the page to word', async () => {
    const handlers = { 'job/pause': async () => Promise.reject(new JobNotFoundError('abc')) } as unknown as Handlers;
    const reply = await dispatch({ route: 'job/pause', payload: { jobId: crypto.randomUUID() } }, popup, self, handlers);
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'Job abc does not exist (it may have been cleared). Nothing was changed.',
        text: { key: 'storage.jobNotFound', params: { jobId: 'abc' } },
      },
    });
    if (reply.ok) return;
    const refused = new RequestRefused(reply.error.code, reply.error.message, reply.error.text);
    expect(showError(refused, 'nl')).toBe('Taak abc bestaat niet (misschien is die opgeruimd). Er is niets gewijzigd.');
  });

  it('word the router’s own refusals too', async () => {
    const reply = await dispatch({ route: 'job/pause', payload: {} }, { id: 'other' }, self, {} as Handlers);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.message).toBe('Message refused: it did not come from crm-sweep itself.');
    expect(showError(new TextError(reply.error.text!), 'da')).toBe('Beskeden blev afvist: den kom ikke fra crm-sweep selv.');
  });

  it('keep errors without a Text readable by their English message', () => {
    expect(showError(new Error('plain'), 'da')).toBe('plain');
    expect(showError('thrown string', 'da')).toBe('thrown string');
  });
});

describe('the overlay’s language', () => {
  it('is the one chosen in the options, told by page/context (the content script never reads settings)', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'nl', token: 'secret-token' });
    const context = await createHandlers(openDb(`crm-sweep-text-${crypto.randomUUID()}`))['page/context'](
      { url: 'https://app.hubspot.com/' },
      {},
    );
    expect(context.language).toBe('nl');
    expect(JSON.stringify(context)).not.toContain('secret-token');
  });

  it('names record checkboxes in that language', () => {
    currentLanguage.value = 'da';
    const box = document.createElement('input');
    nameAsText(box, 'Acme A/S');
    expect(box.getAttribute('aria-label')).toBe('Vælg Acme A/S');
  });
});
