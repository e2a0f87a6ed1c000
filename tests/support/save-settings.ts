/** A Playwright (Chromium) or Puppeteer (Firefox) page: both evaluate a function with one argument. */
interface EvaluatingPage {
  evaluate(fn: (arg: ExtensionSettings) => Promise<any>, arg: ExtensionSettings): Promise<any>;
}

export interface ExtensionSettings {
  apiBase: string;
  /** A service key or a private-app token. */
  token: string;
  language?: 'auto' | 'en' | 'da' | 'nl';
  ratePercent?: number;
}

/**
 * What the options page does on "Test and save", done from an open extension page (Chromium or
 * Firefox): `settings/save` to the background, which tests the credential against the API base and
 * keeps it in the extension's database (never storage.local). Throws on a refusal.
 */
export async function saveSettingsFrom(page: EvaluatingPage, settings: ExtensionSettings): Promise<void> {
  // Runs in the page: Playwright serialises it, so it may use nothing from this module — nor
  // declare a named function: tsx (npm start, the bench) wraps those in a helper the page lacks.
  const reply = await page.evaluate(async (s) => {
    const g = globalThis as any;
    const runtime = (g.browser ?? g.chrome).runtime;
    const current = await runtime.sendMessage({ route: 'settings/get', payload: {} });
    if (!current?.ok) return current;
    const view = current.data;
    const payload = {
      apiBase: s.apiBase,
      token: s.token,
      ratePercent: String(s.ratePercent ?? view.ratePercent),
      dailyReservePercent: String(view.dailyReservePercent),
      retentionDays: String(view.retentionDays),
      language: s.language ?? view.language,
    };
    return runtime.sendMessage({ route: 'settings/save', payload });
  }, settings);
  if (!reply?.ok || !reply.data?.saved) throw new Error(`crm-sweep refused the settings: ${JSON.stringify(reply)}`);
}
