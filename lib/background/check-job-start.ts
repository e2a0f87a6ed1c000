import type { StagedSelection } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { getStagedSelection } from '@/lib/db/staged-repo';
import { formatCount, parseTypedCount, type TypedCountProblem } from '@/lib/format/typed-count';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { isDeletableObjectType, objectTypeFacts } from '@/lib/hubspot/object-types';
import { missingScopes, requiredScopes, type JobMode } from './required-scopes';

/** A refusal the user reads as is: what happened, that nothing changed, what to do next. */
export class StartRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartRefused';
  }
}

const TYPED_COUNT_PROBLEMS: Record<TypedCountProblem, string> = {
  empty: 'Type the number of records to confirm.',
  notANumber: 'The confirmation must be a whole number.',
  decimal: 'The confirmation looks like a decimal number; type the whole count.',
  wrongSeparator: "The confirmation uses a separator that is not this language's thousands separator; type the digits only.",
  badGrouping: 'The thousands separators in the confirmation are misplaced; type the digits only.',
};

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
  if (!staged)
    throw new StartRefused(
      'This selection has expired or was already used. Nothing was deleted. Select the records again on the HubSpot page.',
    );
  const typed = parseTypedCount(req.typedCount, req.locale);
  if (!typed.ok) throw new StartRefused(`${TYPED_COUNT_PROBLEMS[typed.reason]} Nothing was deleted.`);
  if (typed.value !== staged.ids.length) {
    throw new StartRefused(
      `You typed ${formatCount(typed.value, req.locale)}, but ${formatCount(staged.ids.length, req.locale)} records are selected. Nothing was deleted.`,
    );
  }
  if (!isDeletableObjectType(staged.objectTypeId))
    throw new StartRefused(`Records of type ${staged.objectTypeId} cannot be deleted in bulk. Nothing was deleted.`);
  if (req.mode === 'gdprDelete' && !objectTypeFacts(staged.objectTypeId)?.permanentDelete)
    throw new StartRefused('Permanent deletion exists for contacts only. Nothing was deleted.');
  if (req.mode === 'removeFromList') await checkList(api, staged);

  const account = await api.metadata.account();
  if (String(account.portalId) !== staged.portalId) {
    throw new StartRefused(
      `The access token belongs to HubSpot portal ${account.portalId}, but these records are in portal ${staged.portalId}. Nothing was deleted. Use a token of portal ${staged.portalId}.`,
    );
  }
  const granted = await grantedScopes(api, token);
  const missing = granted ? missingScopes(granted, requiredScopes(staged.objectTypeId, req.mode)) : [];
  if (missing.length > 0)
    throw new StartRefused(
      `The access token lacks ${missing.join(', ')}. Nothing was deleted. Add the scopes to the private app in HubSpot.`,
    );
  return staged;
}

async function checkList(api: HubSpotApi, staged: StagedSelection): Promise<void> {
  if (!staged.listId) throw new StartRefused('"Remove from list" needs a list page selection. Nothing was changed.');
  const list = await api.lists.get(staged.listId);
  if (list.processingType === 'DYNAMIC')
    throw new StartRefused(
      `"${list.name}" is an active list: HubSpot decides its members by its filters, so members cannot be removed by hand. Nothing was changed.`,
    );
  if (list.objectTypeId !== staged.objectTypeId)
    throw new StartRefused('The list holds a different kind of record than the selection. Nothing was changed.');
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
