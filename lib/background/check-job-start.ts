import type { StagedSelection } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
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
export async function checkJobStart(db: CrmSweepDb, api: HubSpotApi, token: string, req: JobStartRequest): Promise<StagedSelection> {
  const staged = await getStagedSelection(db, req.stagedId);
  if (!staged) throw new StartRefused(SELECTION_EXPIRED);
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
  const granted = await grantedScopes(api, token);
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

/** The token's scopes, or null when HubSpot will not say (e.g. a service key): then the API's own 403s decide. */
async function grantedScopes(api: HubSpotApi, token: string): Promise<string[] | null> {
  try {
    return (await api.metadata.tokenInfo(token)).scopes;
  } catch (error) {
    if (error instanceof HubSpotError && (error.kind === 'notFound' || error.kind === 'invalid')) return null;
    throw error;
  }
}
