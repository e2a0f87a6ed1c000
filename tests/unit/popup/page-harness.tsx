import { cleanup, render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DbContext } from '@/components/common/db-context';
import { deleteDb, openDb } from '@/lib/db/open';
import type { CrmSweepDb } from '@/lib/db/schema';
import { setLanguage } from '@/lib/i18n/language';
import type { RequestOf, ResponseOf, RouteName } from '@/lib/messaging/protocol';

/**
 * Extension pages under test: a database of their own, the language, and the background played by
 * a listener on WXT's fake `runtime.onMessage` (the fake `sendMessage` delivers to it), so the
 * real client code path — request() → sendMessage → reply envelope — is what runs.
 */
export type RouteAnswers = { [R in RouteName]?: (payload: RequestOf<R>) => ResponseOf<R> | Promise<ResponseOf<R>> };

export interface SentRequest {
  route: string;
  payload: unknown;
}

const dbNames: string[] = [];

afterEach(async () => {
  cleanup();
  for (const name of dbNames.splice(0)) await deleteDb(name);
});

export function freshDb(): CrmSweepDb {
  const name = `crm-sweep-page-${crypto.randomUUID()}`;
  dbNames.push(name);
  return openDb(name);
}

/** Answers routes as the background would; unknown routes are refused like the router does. */
export function answerRoutes(answers: RouteAnswers): SentRequest[] {
  const sent: SentRequest[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const { route, payload } = message as SentRequest;
    sent.push({ route, payload });
    const answer = answers[route as RouteName] as ((p: unknown) => unknown) | undefined;
    if (!answer) return { ok: false, error: { code: 'unknown-route', message: `No answer for ${route} in this test.` } };
    try {
      return { ok: true, data: await answer(payload) };
    } catch (error) {
      return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
    }
  });
  return sent;
}

export function renderPage(ui: ComponentChild, db: CrmSweepDb, language: 'en' | 'da' | 'nl' = 'en') {
  setLanguage(language);
  return render(<DbContext.Provider value={db}>{ui}</DbContext.Provider>);
}
