import { MAX_SELECTION, RECORD_ID_PATTERN, UUID_PATTERN } from '@/lib/hubspot/ids';
import type { HubSpotPage } from '@/lib/hubspot/page/url';
import { arrayOf, bool, int, object, oneOf, optional, str, type Validator } from '@/lib/validate/validators';
import type { StageIntent } from '@/lib/db/rows';
import {
  progressRequestValidator,
  resolveRequestValidator,
  stageIntentValidator,
  type ResolveProgress,
  type ResolveReply,
  type ResolveRequest,
} from '@/lib/selection/query';

/**
 * Every message route: its payload validator, its response type and who may call it.
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

export interface PageContext {
  page: HubSpotPage | null;
  /** True when an API token is configured, so the overlay can say what is missing. */
  configured: boolean;
}

export interface SettingsView {
  apiBase: string;
  tokenHint: string | null;
  ratePercent: number;
  dailyReservePercent: number;
  retentionDays: number;
  language: string;
}

export interface StagedReply {
  stagedId: string;
  count: number;
}

const jobId = object({ jobId: str({ pattern: UUID_PATTERN }) });

export const PROTOCOL = {
  'page/context': route<{ url: string }, PageContext>('content', object({ url: str({ max: 4096 }) })),
  // The page is identified from sender.url (vouched for by the browser), never from the payload.
  'selection/stage': route<{ ids: string[]; displayedTotal?: number; description: string; intent?: StageIntent }, StagedReply>(
    'content',
    object({
      ids: arrayOf(str({ max: 20, pattern: RECORD_ID_PATTERN }), { min: 1, max: MAX_SELECTION }),
      displayedTotal: optional(int({ min: 0, max: 100_000_000 })),
      description: str({ max: 200 }),
      intent: stageIntentValidator,
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
  'job/undo': route<{ jobId: string }, { jobId: string }>('extension', jobId),
  'job/check-restored': route<{ jobId: string }, { restored: number; total: number }>('extension', jobId),
  'snapshots/clear': route<{ jobId: string }, { removed: number }>('extension', jobId),
  'settings/get': route<Record<string, never>, SettingsView>('extension', object({})),
  // Popup confirmation and options (issue 6); types below the table.
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
  'selection/progress': route<{ resolveId: string; cancel?: boolean }, ResolveProgress | null>('content', progressRequestValidator),
  'page/list-info': route<Record<string, never>, ListPageInfo>('content', object({})),
  'overlay/report': route<{ state: OverlayState; reason?: string }, { recorded: boolean }>(
    'content',
    object({ state: oneOf(['ready', 'unavailable', 'unsupported'] as const), reason: optional(str({ max: 500 })) }),
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

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

// ---------------------------------------------------------------------------------------------
// Popup confirmation preview, backup export and options (issue 6).

export interface SampleRecord {
  id: string;
  /** What a person recognises the record by (name, email, deal name…); null when it has none. */
  name: string | null;
}

export interface AssociationImpact {
  objectTypeId: string;
  /** Selected records linked to at least one record of this type (scaled up when estimated). */
  records: number;
  /** Links to records of this type (scaled up when estimated). */
  links: number;
}

export interface OpenPipelineImpact {
  /** '0-3' deals or '0-5' tickets. */
  objectTypeId: string;
  /** Deals/tickets in a stage that is not closed (scaled up when estimated). */
  count: number;
  /** True: associated with the selection; false: part of the selection itself. */
  associated: boolean;
}

/** What HubSpot says about a staged selection before anything is deleted. */
export interface StagedPreview {
  stagedId: string;
  /** Up to 10 records, read by ID. */
  sample: SampleRecord[];
  /** Records of the name sample HubSpot no longer has (already deleted or merged). */
  sampleMissing: number;
  impact: {
    /** Records examined for the impact counts. */
    sampleSize: number;
    /** True when fewer records were examined than selected: the counts are scaled estimates. */
    estimated: boolean;
    associations: AssociationImpact[];
    /** Lists the examined records belong to (names of the first few); null when unreadable. */
    lists: { memberships: number; listCount: number; listNames: string[] } | null;
    openPipeline: OpenPipelineImpact[];
  };
  /** The list the selection came from (list pages only). */
  list?: { listId: string; name: string; processingType: 'MANUAL' | 'SNAPSHOT' | 'DYNAMIC' };
  /** The portal the configured token belongs to, to warn before a job/start refusal. */
  tokenPortalId?: string;
  /** Parts of the preview HubSpot would not give, with its own words. */
  gaps: { part: 'sample' | 'associations' | 'lists' | 'pipelines' | 'account'; message: string }[];
}

/** One page of a staged selection's records, read from HubSpot for the backup CSV. */
export interface StagedExportPage {
  records: { id: string; properties: Record<string, string | null> }[];
  /** IDs HubSpot no longer has. */
  missing: string[];
  /** Pass as `offset` for the next page; null after the last. */
  nextOffset: number | null;
  total: number;
}

/**
 * Options as typed. Numbers arrive as the text in the field (like job/start's typed count) so the
 * background — the one validator — can say which field is wrong and why instead of refusing the
 * whole message. `token` replaces the stored token; omitted, the stored one is kept.
 */
export interface SettingsInput {
  apiBase: string;
  ratePercent: string;
  dailyReservePercent: string;
  retentionDays: string;
  language: 'auto' | 'en' | 'da' | 'nl';
  token?: string;
  removeToken?: boolean;
}

export type SettingsField = 'apiBase' | 'token' | 'ratePercent' | 'dailyReservePercent' | 'retentionDays';

export type SettingsProblemCode =
  | 'required'
  | 'notWholeNumber'
  | 'outOfRange'
  | 'invalidUrl'
  | 'insecureUrl'
  | 'urlHasExtras'
  | 'tokenFormat'
  | 'tokenRejected'
  | 'unreachable';

/** A refused field: the options page words it in the user's language; `detail` is HubSpot's own. */
export interface SettingsProblem {
  field: SettingsField;
  code: SettingsProblemCode;
  min?: number;
  max?: number;
  detail?: string;
}

/** The portal a token belongs to and the scopes crm-sweep needs that it has and lacks. */
export interface ConnectionReport {
  portalId: string;
  uiDomain?: string;
  /** False when HubSpot would not list the token's scopes (e.g. a service key). */
  scopesKnown: boolean;
  /** Every scope some crm-sweep job needs. */
  required: string[];
  granted: string[];
  missing: string[];
}

export type SettingsSaveReply =
  | { saved: true; settings: SettingsView; connection: ConnectionReport | null }
  | { saved: false; problems: SettingsProblem[] };

// ---------------------------------------------------------------------------------------------
// In-page overlay (issue 5).

/** The list a list page shows, as HubSpot's lists API describes it. */
export interface ListPageInfo {
  listId: string;
  name: string;
  processingType: 'MANUAL' | 'SNAPSHOT' | 'DYNAMIC';
  objectTypeId: string;
}

/** ready: selection works; unavailable: the page's DOM did not match (HubSpot changed it);
 * unsupported: a HubSpot page without bulk selection (a record, the recycle bin). */
export type OverlayState = 'ready' | 'unavailable' | 'unsupported';

/** What the overlay last reported for a tab, so the popup can say why nothing shows. */
export interface OverlayStatus {
  url: string;
  pageKind: string | null;
  state: OverlayState;
  reason?: string;
  at: number;
}
