import type { PauseReason } from '@/lib/db/rows';
import { HubSpotError } from '@/lib/hubspot/api/errors';

/** Errors after which the same work may succeed later: the job pauses instead of failing. */
export function pauseReasonFor(error: unknown): PauseReason | null {
  if (!(error instanceof HubSpotError)) return null;
  switch (error.kind) {
    case 'auth':
      return { code: 'auth', message: error.message };
    case 'scopes':
    case 'forbidden':
      return { code: 'scopes', message: error.message };
    case 'dailyLimit':
    case 'dailyReserve':
      return { code: 'dailyReserve', message: error.message };
    case 'rateLimit':
      return { code: 'rateLimit', message: 'HubSpot kept answering "too many requests". Paused; crm-sweep resumes by itself in a minute.' };
    case 'server':
    case 'network':
      return {
        code: 'network',
        message: `HubSpot could not be reached reliably. Paused; crm-sweep retries by itself in a minute. (${error.message})`,
      };
    case 'cancelled':
      return { code: 'user', message: 'Stopped.' };
    default:
      return null;
  }
}

export function storedError(error: unknown) {
  if (error instanceof HubSpotError) {
    return { message: error.message, category: error.details.category, correlationId: error.details.correlationId };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}
