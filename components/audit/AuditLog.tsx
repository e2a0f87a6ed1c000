import { useSignal } from '@preact/signals';
import { listAuditPortals, listRecentAudit } from '@/lib/db/audit-repo';
import type { Job } from '@/lib/db/rows';
import { t } from '@/lib/i18n/translate';
import { formatWhen } from '../common/labels';
import { useDb } from '../common/db-context';
import { ErrorNotice } from '../common/ErrorNotice';
import { saveTextFile } from '../common/save-file';
import { useLiveQuery } from '../common/use-live-query';
import { auditCsv } from './audit-csv';
import { describeAuditEntry } from './audit-entry-view';

const PAGE = 50;

/** The entries of one portal (or all), newest first, with the jobs they belong to (for object names). */
async function readAudit(db: ReturnType<typeof useDb>, portalId: string, limit: number | 'all') {
  const entries = await listRecentAudit(db, { limit, portalId: portalId || undefined });
  const jobIds = [...new Set(entries.map((e) => e.jobId))];
  const jobs = new Map<string, Job>();
  for (const job of await db.jobs.bulkGet(jobIds)) if (job) jobs.set(job.id, job);
  return { entries, jobs, portals: await listAuditPortals(db) };
}

/**
 * The local audit log (DESIGN.md §5): who did what, when, to how many records, with what outcome —
 * per job and undo, per portal. It keeps what the snapshots keep (the retention setting). Export
 * writes the shown portal's whole log, not only the page on screen.
 */
export function AuditLog({ retentionDays }: { retentionDays: number }) {
  const db = useDb();
  const portal = useSignal('');
  const limit = useSignal(PAGE);
  const live = useLiveQuery(() => readAudit(db, portal.value, limit.value), [db, portal.value, limit.value]);

  const exportCsv = async () => {
    const all = await readAudit(db, portal.value, 'all');
    const stamp = new Date().toISOString().slice(0, 10);
    saveTextFile(`crm-sweep-audit-${portal.value || 'all'}-${stamp}.csv`, auditCsv(all.entries, all.jobs));
  };

  if (live.status === 'error') return <ErrorNotice message={live.error.message} />;
  if (live.status === 'loading') return <p class="muted">{t('app.loading')}</p>;
  const { entries, jobs, portals } = live.value;
  return (
    <div class="audit">
      <p class="hint">{t('audit.retention', { days: retentionDays })}</p>
      <div class="actions">
        <label>
          {t('audit.portal')}{' '}
          <select value={portal.value} onChange={(e) => (portal.value = (e.target as HTMLSelectElement).value)}>
            <option value="">{t('audit.allPortals')}</option>
            {portals.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="secondary" disabled={entries.length === 0} onClick={() => void exportCsv()}>
          {t('audit.export')}
        </button>
      </div>
      {entries.length === 0 && <p class="muted">{t('audit.empty')}</p>}
      {entries.length > 0 && (
        <table class="audit-table">
          <caption class="visually-hidden">{t('audit.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.col.when')}</th>
              <th scope="col">{t('audit.col.what')}</th>
              <th scope="col">{t('audit.col.outcome')}</th>
              <th scope="col">{t('audit.col.who')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const view = describeAuditEntry(entry, jobs.get(entry.jobId));
              return (
                <tr key={entry.id}>
                  <td>{formatWhen(entry.at)}</td>
                  <td>
                    {view.what}
                    {view.howMany && <span class="muted"> · {view.howMany}</span>}
                  </td>
                  <td>{view.outcome}</td>
                  <td>
                    {entry.actor ?? t('audit.actor.key')}
                    <span class="muted"> · {t('audit.portalShort', { portal: entry.portalId })}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {entries.length === limit.value && (
        <button type="button" class="secondary" onClick={() => (limit.value += PAGE)}>
          {t('audit.more')}
        </button>
      )}
    </div>
  );
}
