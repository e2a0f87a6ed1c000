import type { AuditEntry, Job, JobKind } from '@/lib/db/rows';
import { t } from '@/lib/i18n/translate';
import { items, jobKindLabel } from '../common/labels';

/** One log entry as people read it: what happened, to how many, how it ended. */
export interface AuditEntryView {
  what: string;
  howMany: string;
  outcome: string;
}

const JOB_KINDS: readonly JobKind[] = ['delete', 'gdprDelete', 'removeFromList', 'undo'];
const OUTCOMES = ['started', 'finished', 'failed', 'cancelled'] as const;
type Outcome = (typeof OUTCOMES)[number];

/**
 * Actions are written as `<job kind>.<outcome>` by the job engine, plus a few of their own
 * (`gdprDelete.batch`, `snapshots.purged|cleared`, `undo.associationsSkipped`). An action this
 * version does not know is shown by its name rather than hidden: the log must not lose entries.
 */
export function describeAuditEntry(entry: AuditEntry, job: Job | undefined): AuditEntryView {
  const [scope = '', step = ''] = entry.action.split('.');
  const of = (count: number | undefined) => (count === undefined ? '' : job ? items(job.objectTypeId, count) : String(count));
  if (JOB_KINDS.includes(scope as JobKind) && (OUTCOMES as readonly string[]).includes(step)) {
    const c = entry.counts;
    const howMany =
      step === 'started'
        ? of(c.total)
        : t('audit.counts', { done: c.done ?? 0, failed: c.failed ?? 0, remaining: c.remaining ?? 0, items: of(c.total) });
    return { what: jobKindLabel(scope as JobKind), howMany, outcome: t(`audit.outcome.${step as Outcome}`) };
  }
  if (entry.action === 'gdprDelete.batch') {
    return { what: jobKindLabel('gdprDelete'), howMany: of(entry.counts.deleted), outcome: t('audit.outcome.erased') };
  }
  if (scope === 'snapshots' && (step === 'purged' || step === 'cleared')) {
    return { what: t('audit.what.snapshots'), howMany: of(entry.counts.snapshots), outcome: t(`audit.outcome.${step}`) };
  }
  if (entry.action === 'undo.associationsSkipped') {
    return {
      what: jobKindLabel('undo'),
      howMany: t('audit.associations', { count: entry.counts.associations ?? 0 }),
      outcome: t('audit.outcome.associationsSkipped'),
    };
  }
  return {
    what: entry.action,
    howMany: Object.entries(entry.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
    outcome: '',
  };
}
