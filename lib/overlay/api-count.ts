import { request } from '@/lib/messaging/client';
import { showError } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import type { SelectionQuery } from '@/lib/selection/query';
import type { OverlayContext } from './context';

/**
 * "Select all" where HubSpot shows no total (issue 20): the background counts the set through the
 * API — only where the API alone defines it; a filtered view comes back refused with the reason —
 * and the bar says whose count it is: "HubSpot shows no total here; the API counts 1,234 deals".
 * Null (and the reason in the bar) when there is nothing to select or the count was refused.
 */
export async function askApiCount(ctx: OverlayContext, query: SelectionQuery, noun: string, signal: AbortSignal): Promise<number | null> {
  const { bar } = ctx;
  if (bar.busy.value) return null;
  bar.busy.value = true;
  bar.notice.value = { tone: 'info', text: t('overlay.counting') };
  try {
    const { count } = await request('selection/count', { query });
    if (signal.aborted) return null;
    bar.notice.value = { tone: 'info', text: t('overlay.apiCounted', { count, noun }) };
    return count > 0 ? count : null;
  } catch (error) {
    if (!signal.aborted) bar.notice.value = { tone: 'error', text: showError(error) };
    return null;
  } finally {
    bar.busy.value = false;
  }
}
