import type { CrmSweepDb } from '@/lib/db/schema';
import { deleteCredential, putCredential } from '@/lib/db/credentials-repo';
import {
  SETTINGS_LIMITS,
  type ConnectionReport,
  type SettingsInput,
  type SettingsProblem,
  type SettingsView,
} from '@/lib/messaging/payloads/settings';
import type { Handlers } from '@/lib/messaging/router';
import { loadSettings, settingsItem, tokenHint, type Settings } from '@/lib/settings/settings';
import { loadCredential } from './credentials';
import { text, TextError } from '@/lib/i18n/text';
import { testConnection } from './connection-test';
import { purgeExpiredSnapshots } from './snapshot-retention';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const TOKEN = /^[\x21-\x7e]{8,512}$/;

type Parsed = { ok: true; settings: Settings; newToken?: string } | { ok: false; problems: SettingsProblem[] };

/** Checks every field of the options form; returns the normalised settings or every problem at once. */
export function parseSettingsInput(input: SettingsInput): Parsed {
  const problems: SettingsProblem[] = [];
  const apiBase = parseApiBase(input.apiBase.trim(), problems);
  const number = (field: keyof typeof SETTINGS_LIMITS): number => {
    const text = input[field].trim();
    const { min, max } = SETTINGS_LIMITS[field];
    if (text === '') problems.push({ field, code: 'required' });
    else if (!/^\d{1,9}$/.test(text)) problems.push({ field, code: 'notWholeNumber' });
    else if (Number(text) < min || Number(text) > max) problems.push({ field, code: 'outOfRange', min, max });
    return Number(text);
  };
  const ratePercent = number('ratePercent');
  const dailyReservePercent = number('dailyReservePercent');
  const retentionDays = number('retentionDays');
  const token = input.removeToken ? undefined : input.token?.trim() || undefined;
  if (token !== undefined && !TOKEN.test(token)) problems.push({ field: 'token', code: 'tokenFormat' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { apiBase, ratePercent, dailyReservePercent, retentionDays, language: input.language }, newToken: token };
}

function parseApiBase(text: string, problems: SettingsProblem[]): string {
  if (text === '') {
    problems.push({ field: 'apiBase', code: 'required' });
    return text;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    problems.push({ field: 'apiBase', code: 'invalidUrl' });
    return text;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    problems.push({ field: 'apiBase', code: url.protocol === 'http:' ? 'insecureUrl' : 'invalidUrl' });
  } else if (url.username || url.password || url.search || url.hash) {
    problems.push({ field: 'apiBase', code: 'urlHasExtras' });
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

const isReport = (r: ConnectionReport | SettingsProblem): r is ConnectionReport => 'portalId' in r;

/** What the options page may know of the saved credential: its kind, portal and last four characters. */
export async function settingsView(db: CrmSweepDb): Promise<SettingsView> {
  const settings = await loadSettings();
  const credential = await loadCredential(db);
  return {
    ...settings,
    tokenHint: tokenHint(credential?.token ?? null),
    credentialKind: credential?.kind ?? null,
    credentialPortalId: credential?.portalId ?? null,
  };
}

/**
 * settings/save and settings/test. Nothing is stored unless every field and the credential pass.
 * The credential goes to the database (credentials table), the rest to storage.local.
 */
export function createSettingsHandlers(deps: { db: CrmSweepDb; fetch?: typeof fetch }): Pick<Handlers, 'settings/save' | 'settings/test'> {
  const { db } = deps;
  return {
    'settings/save': async (input) => {
      const parsed = parseSettingsInput(input);
      if (!parsed.ok) return { saved: false, problems: parsed.problems };
      const stored = await loadSettings();
      const saved = await loadCredential(db);
      const token = input.removeToken ? null : (parsed.newToken ?? saved?.token ?? null);
      let connection: ConnectionReport | null = null;
      // A new credential, or the old one going to a new address, is tried before it is kept.
      if (token && (parsed.newToken !== undefined || parsed.settings.apiBase !== stored.apiBase)) {
        const result = await testConnection(parsed.settings.apiBase, token, deps.fetch);
        if (!isReport(result)) return { saved: false, problems: [result] };
        connection = result;
      }
      if (!token) await deleteCredential(db);
      else if (connection) await putCredential(db, { token, kind: connection.kind, portalId: connection.portalId });
      await settingsItem.setValue({ ...stored, ...parsed.settings });
      if (parsed.settings.retentionDays < stored.retentionDays) await purgeExpiredSnapshots(db, { force: true });
      return { saved: true, settings: await settingsView(db), connection };
    },
    'settings/test': async () => {
      const { apiBase } = await loadSettings();
      const credential = await loadCredential(db);
      if (!credential) throw new TextError(text('settings.noToken'));
      const result = await testConnection(apiBase, credential.token, deps.fetch);
      // HubSpot's own explanation, when it gave one, is shown as it is (untranslated).
      if (!isReport(result)) throw result.detail ? new Error(result.detail) : new TextError(text('settings.tokenRefused'));
      if (result.portalId !== credential.portalId) await putCredential(db, { ...credential, portalId: result.portalId });
      return result;
    },
  };
}
