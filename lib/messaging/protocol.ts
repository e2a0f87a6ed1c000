import { MAX_SELECTION, RECORD_ID_PATTERN, UUID_PATTERN } from '@/lib/hubspot/ids';
import { BUTTON_LABEL_PATTERN, RESTORE_BUTTON_LABEL_MAX } from '@/lib/hubspot/page/restore-page';
import { isText, type Text } from '@/lib/i18n/text';
import { arrayOf, bool, int, object, oneOf, optional, PayloadError, str, type Validator } from '@/lib/validate/validators';
import type { StageIntent } from '@/lib/db/rows';
import type { ListPageInfo, OverlayState, OverlayStatus, PageContext, StagedReply } from './payloads/in-page';
import type { StagedExportPage, StagedPreview } from './payloads/preview';
import type { RestoreOpenReply, RestorePageReport, RestorePlan, RestoreSessionView } from './payloads/restore';
import type { ConnectionReport, SettingsInput, SettingsSaveReply, SettingsView } from './payloads/settings';
import {
  countRequestValidator,
  progressRequestValidator,
  resolveRequestValidator,
  stageIntentValidator,
  type CountRequest,
  type ResolveProgress,
  type ResolveReply,
  type ResolveRequest,
} from '@/lib/selection/query';

/**
 * Every message route: its payload validator, its response type and who may call it. The payload
 * and reply types live per feature in ./payloads/, where both ends of a route import them.
 * - `content`: our content script in a HubSpot tab (untrusted input; may stage and read only).
 * - `extension`: our own popup/options pages (may start, pause, cancel and undo jobs, change
 *   settings). Extension pages may also call content routes.
 * The router enforces this table in one place; handlers never check the sender themselves.
 */
export type Trust = 'content' | 'extension';

export interface RouteSpec<Req, Res> {
  trust: Trust;
  validate: Validator<Req>;
  /** Phantom field carrying the response type. */
  response?: Res;
}

const route = <Req, Res>(trust: Trust, validate: Validator<Req>): RouteSpec<Req, Res> => ({ trust, validate });

const jobId = object({ jobId: str({ pattern: UUID_PATTERN }) });

/** A Text from the content script (the overlay's reason): a known key, small, parameters plain. */
const reasonText: Validator<Text> = (value, path) => {
  if (!isText(value) || JSON.stringify(value).length > 1000) throw new PayloadError(path, 'expected a catalogue text');
  return value;
};

export const PROTOCOL = {
  'page/context': route<{ url: string }, PageContext>('content', object({ url: str({ max: 4096 }) })),
  // The page is identified from sender.url (vouched for by the browser), never from the payload.
  // `actor`: the signed-in user the page's header shows (for the activity log only; trusts nothing).
  'selection/stage': route<
    { ids: string[]; displayedTotal?: number; description: string; intent?: StageIntent; actor?: string },
    StagedReply
  >(
    'content',
    object({
      ids: arrayOf(str({ max: 20, pattern: RECORD_ID_PATTERN }), { min: 1, max: MAX_SELECTION }),
      displayedTotal: optional(int({ min: 0, max: 100_000_000 })),
      description: str({ max: 200 }),
      intent: stageIntentValidator,
      actor: optional(str({ max: 200 })),
    }),
  ),
  'job/start': route<
    { stagedId: string; typedCount: string; locale: string; mode: 'delete' | 'gdprDelete' | 'removeFromList' },
    { jobId: string }
  >(
    'extension',
    object({
      stagedId: str({ pattern: UUID_PATTERN }),
      typedCount: str({ max: 32 }),
      locale: str({ max: 35, pattern: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/ }),
      mode: oneOf(['delete', 'gdprDelete', 'removeFromList'] as const),
    }),
  ),
  'job/pause': route<{ jobId: string }, { state: string }>('extension', jobId),
  'job/resume': route<{ jobId: string }, { state: string }>('extension', jobId),
  'job/cancel': route<{ jobId: string }, { state: string }>('extension', jobId),
  // Re-create from the snapshot. `binRefusalAccepted`: the user chose it knowing HubSpot will then
  // refuse the exact restore of contacts still in the bin (issue 19); without it such an undo is refused.
  'job/undo': route<{ jobId: string; binRefusalAccepted?: boolean }, { jobId: string }>(
    'extension',
    object({ jobId: str({ pattern: UUID_PATTERN }), binRefusalAccepted: optional(bool) }),
  ),
  // Exact undo through HubSpot's restore page (issue 19; payloads/restore.ts).
  'restore/open': route<{ jobId: string }, RestoreOpenReply>('extension', jobId),
  'restore/status': route<{ jobId: string }, RestoreSessionView | null>('extension', jobId),
  'restore/verify': route<{ jobId: string }, { jobId: string }>('extension', jobId),
  // From the content script on the restore page: the tab is identified from the sender (tab ID and
  // URL vouched for by the browser), never from the payload.
  'restore/plan': route<Record<string, never>, RestorePlan | null>('content', object({})),
  'restore/report': route<RestorePageReport, { recorded: boolean }>(
    'content',
    object({
      sessionId: str({ pattern: UUID_PATTERN }),
      state: oneOf(['selected', 'noPermission', 'unavailable', 'restored'] as const),
      selected: int({ min: 0, max: MAX_SELECTION }),
      notShown: arrayOf(
        object({ recordId: str({ max: 20, pattern: RECORD_ID_PATTERN }), reason: oneOf(['overCap', 'notOnPage'] as const) }),
        { max: MAX_SELECTION },
      ),
      reason: optional(reasonText),
      // Shown in the popup as the page's own word (Preact writes it as text, never as markup).
      buttonLabel: optional(str({ max: RESTORE_BUTTON_LABEL_MAX, pattern: BUTTON_LABEL_PATTERN })),
    }),
  ),
  'snapshots/clear': route<{ jobId: string }, { removed: number }>('extension', jobId),
  'settings/get': route<Record<string, never>, SettingsView>('extension', object({})),
  // Popup confirmation and options (issue 6).
  'staged/preview': route<{ stagedId: string }, StagedPreview>('extension', object({ stagedId: str({ pattern: UUID_PATTERN }) })),
  'staged/export-page': route<{ stagedId: string; offset: number }, StagedExportPage>(
    'extension',
    object({ stagedId: str({ pattern: UUID_PATTERN }), offset: int({ min: 0, max: MAX_SELECTION }) }),
  ),
  'staged/dismiss': route<{ stagedId: string }, { dismissed: boolean }>('extension', object({ stagedId: str({ pattern: UUID_PATTERN }) })),
  'settings/save': route<SettingsInput, SettingsSaveReply>(
    'extension',
    object({
      apiBase: str({ max: 2048 }),
      ratePercent: str({ max: 16 }),
      dailyReservePercent: str({ max: 16 }),
      retentionDays: str({ max: 16 }),
      language: oneOf(['auto', 'en', 'da', 'nl'] as const),
      token: optional(str({ max: 1024 })),
      removeToken: optional(bool),
    }),
  ),
  'settings/test': route<Record<string, never>, ConnectionReport>('extension', object({})),
  // In-page overlay (issue 5): "all N in view" resolved by the background, then staged; progress
  // for the page that asked; the list page's kind of list; whether the overlay works in a tab.
  'selection/resolve': route<ResolveRequest, ResolveReply>('content', resolveRequestValidator),
  // A page that shows no total: the API's count for a set it alone defines (shown as the API's).
  'selection/count': route<CountRequest, { count: number }>('content', countRequestValidator),
  'selection/progress': route<{ resolveId: string; cancel?: boolean }, ResolveProgress | null>('content', progressRequestValidator),
  'page/list-info': route<Record<string, never>, ListPageInfo>('content', object({})),
  'overlay/report': route<{ state: OverlayState; reason?: Text }, { recorded: boolean }>(
    'content',
    object({ state: oneOf(['unavailable', 'unsupported', 'notLoaded'] as const), reason: optional(reasonText) }),
  ),
  'overlay/status': route<{ tabId: number }, OverlayStatus | null>('extension', object({ tabId: int({ min: 0, max: 2 ** 31 }) })),
} as const;

export type RouteName = keyof typeof PROTOCOL;
export type RequestOf<R extends RouteName> = (typeof PROTOCOL)[R] extends RouteSpec<infer Q, unknown> ? Q : never;
export type ResponseOf<R extends RouteName> = (typeof PROTOCOL)[R] extends RouteSpec<unknown, infer S> ? S : never;

export interface Envelope {
  route: string;
  payload: unknown;
}

export type ErrorCode = 'foreign-sender' | 'forbidden' | 'unknown-route' | 'invalid-payload' | 'failed';

/**
 * A refusal or failure: `text` is what the page shows, in its reader's language (absent only for
 * errors from code that has no Text yet); `message` is the English wording, for logs and for
 * replies read by older pages.
 */
export interface Refusal {
  code: ErrorCode;
  message: string;
  text?: Text;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: Refusal };
