import type { PauseReason, StoredError } from '@/lib/db/rows';
import { text, type Text } from '@/lib/i18n/text';
import { storedText } from './stored-text';
import { HubSpotError } from '@/lib/hubspot/api/errors';

/** Errors after which the same work may succeed later: the job pauses instead of failing. */
export function pauseReasonFor(error: unknown): PauseReason | null {
  if (!(error instanceof HubSpotError)) return null;
  switch (error.kind) {
    case 'auth':
      return { code: 'auth', ...wordsOf(error) };
    case 'scopes':
    case 'forbidden':
      return { code: 'scopes', ...wordsOf(error) };
    case 'dailyLimit':
    case 'dailyReserve':
      return { code: 'dailyReserve', ...wordsOf(error) };
    case 'rateLimit':
      return { code: 'rateLimit', ...storedText(text('pause.rateLimit.detail')) };
    case 'server':
    case 'network':
      return { code: 'network', ...storedText(text('pause.network.detail', { detail: error.text ?? error.message })) };
    case 'cancelled':
      return { code: 'user', ...storedText(text('pause.stopped')) };
    default:
      return null;
  }
}

/** An error's words for a row: its Text when it has one (with the English message), else the message. */
function wordsOf(error: Error & { text?: Text }): { message: string; text?: Text } {
  return error.text ? storedText(error.text) : { message: error.message };
}

export function storedError(error: unknown): StoredError {
  if (error instanceof HubSpotError) {
    return { ...wordsOf(error), category: error.details.category, correlationId: error.details.correlationId };
  }
  return error instanceof Error ? wordsOf(error) : { message: String(error) };
}
