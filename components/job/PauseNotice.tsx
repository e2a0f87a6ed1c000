import type { PauseReason } from '@/lib/db/rows';
import { showText } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';

/** Pauses the watchdog lifts by itself (lib/jobs/core/engine.ts AUTO_RESUME); the others need the user. */
const RESUMES_BY_ITSELF: readonly PauseReason['code'][] = ['rateLimit', 'network'];

/**
 * Why a job is paused: a short title in the user's language, then the background's explanation
 * (what happened, what was not changed, what to do): its Text in the user's language, or the
 * English stored by versions before texts.
 */
export function PauseNotice({ reason }: { reason: PauseReason }) {
  const byUser = reason.code === 'user';
  const explanation = showText(reason);
  return (
    <div class={`notice ${byUser ? 'notice-info' : 'notice-warn'}`} role="status">
      <strong>{t(`pause.${reason.code}`)}</strong>
      {!byUser && explanation && <p>{explanation}</p>}
      {RESUMES_BY_ITSELF.includes(reason.code) && <p>{t('pause.auto')}</p>}
    </div>
  );
}
