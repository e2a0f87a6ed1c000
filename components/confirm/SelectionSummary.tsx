import type { StagedSelection } from '@/lib/db/rows';
import { t } from '@/lib/i18n/translate';
import { capitalised, formatWhen, items, objectName } from '../common/labels';

/** Object type, portal, exact count and where the records were picked: the facts to check first. */
export function SelectionSummary({ staged }: { staged: StagedSelection }) {
  const count = staged.ids.length;
  const mismatch = staged.displayedTotal !== undefined && staged.displayedTotal !== count;
  return (
    <div class="summary">
      <dl class="facts">
        <dt>{t('confirm.objectType')}</dt>
        <dd>
          {capitalised(objectName(staged.objectTypeId, 2))} <span class="muted">({staged.objectTypeId})</span>
        </dd>
        <dt>{t('confirm.portal')}</dt>
        <dd>{staged.portalId}</dd>
        <dt>{t('confirm.count')}</dt>
        <dd class="big-count">{items(staged.objectTypeId, count)}</dd>
        <dt>{t('confirm.source')}</dt>
        <dd>{staged.source.description || staged.source.pageUrl}</dd>
        <dt>{t('confirm.expires')}</dt>
        <dd>{formatWhen(staged.expiresAt)}</dd>
      </dl>
      {mismatch && <p class="notice notice-warn">{t('confirm.displayedMismatch', { displayed: items(staged.objectTypeId, staged.displayedTotal!), count })}</p>}
    </div>
  );
}
