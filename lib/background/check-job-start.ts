import type { CredentialKind, StagedSelection } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { jobStartedFrom } from '@/lib/db/jobs-repo';
import { getStagedSelection } from '@/lib/db/staged-repo';
import { text, TextError } from '@/lib/i18n/text';
import { typedCountProblem } from '@/lib/i18n/typed-count-problem';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { isDeletableObjectType, objectTypeFacts } from '@/lib/hubspot/object-types';
import { missingScopes, requiredScopes, type JobMode } from './required-scopes';

/** A refusal the user reads: what happened, that nothing changed, what to do next. */
export class StartRefused extends TextError {}

/** The staged selection is gone (expired, dismissed or claimed by a job). */
export const SELECTION_EXPIRED = text('start.expired');

/**
 * Why a start found no selection: "already started" naming the job that claimed it (a second popup,
 * a double click, a replayed message), else expired.
 */
export async function selectionGone(db: CrmSweepDb, stagedId: string): Promise<StartRefused> {
  const job = await jobStartedFrom(db, stagedId);
  if (!job) return new StartRefused(SELECTION_EXPIRED);
  return new StartRefused(
    text('start.alreadyStarted', { job: job.id.slice(0, 8), description: job.source?.description ?? job.objectTypeId, count: job.total }),
  );
}

export interface JobStartRequest {
  stagedId: string;
  typedCount: string;
  locale: string;
  mode: JobMode;
}

/**
 * Every check the background makes before a destructive job exists, whatever the popup already
 * checked: the frozen selection, the typed count, the mode, the portal and the token's scopes.
 */
export async function checkJobStart(
  db: CrmSweepDb,
  api: HubSpotApi,
  credential: { token: string; kind: CredentialKind },
  req: JobStartRequest,
): Promise<StagedSelection> {
  const staged = await getStagedSelection(db, req.stagedId);
  if (!staged) throw await selectionGone(db, req.stagedId);
  // The popup's own check, with the same words: the popup never accepts what is refused here.
  const problem = typedCountProblem(req.typedCount, staged.ids.length, req.locale);
  if (problem) throw new StartRefused(text('start.typedProblem', { problem }));
  if (!isDeletableObjectType(staged.objectTypeId))
    throw new StartRefused(text('start.notDeletable', { objectTypeId: staged.objectTypeId }));
  if (req.mode === 'gdprDelete' && !objectTypeFacts(staged.objectTypeId)?.permanentDelete)
    throw new StartRefused(text('start.gdprContactsOnly'));
  if (req.mode === 'removeFromList') await checkList(api, staged);

  const account = await api.metadata.account();
  if (String(account.portalId) !== staged.portalId) {
    throw new StartRefused(text('start.portalMismatch', { tokenPortal: String(account.portalId), portal: staged.portalId }));
  }
  const granted = await grantedScopes(api, credential.token, credential.kind);
  const missing = granted ? missingScopes(granted, requiredScopes(staged.objectTypeId, req.mode)) : [];
  if (missing.length > 0) throw new StartRefused(text('start.missingScopes', { scopes: missing.join(', ') }));
  return staged;
}

async function checkList(api: HubSpotApi, staged: StagedSelection): Promise<void> {
  if (!staged.listId) throw new StartRefused(text('start.removeNeedsList'));
  const list = await api.lists.get(staged.listId);
  if (list.processingType === 'DYNAMIC') throw new StartRefused(text('start.activeList', { list: list.name }));
  if (list.objectTypeId !== staged.objectTypeId) throw new StartRefused(text('start.listObjectMismatch'));
}

/**
 * The credential's scopes, or null when HubSpot will not say: a service key (access-token-info is a
 * private-app endpoint, so it is not even asked), or a token it answers 4xx for. Then the API's own
 * 403s decide. A service key is never refused because a private-app-only endpoint said no.
 */
async function grantedScopes(api: HubSpotApi, token: string, kind: CredentialKind): Promise<string[] | null> {
  if (kind !== 'privateApp') return null;
  try {
    return (await api.metadata.tokenInfo(token)).scopes;
  } catch (error) {
    if (error instanceof HubSpotError && !error.transient) return null;
    throw error;
  }
}
