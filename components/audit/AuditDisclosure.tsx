import { useSignal } from '@preact/signals';
import { t } from '@/lib/i18n/translate';
import { AuditLog } from './AuditLog';

/**
 * The activity log under the recent batches, closed by default: most visits are about one batch.
 * Its database reads start only when it is opened, so the popup's first frame does not pay for it.
 */
export function AuditDisclosure({ retentionDays }: { retentionDays: number }) {
  const open = useSignal(false);
  return (
    <details class="audit-log" onToggle={(e) => (open.value = (e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('audit.heading')}</summary>
      {open.value && <AuditLog retentionDays={retentionDays} />}
    </details>
  );
}
