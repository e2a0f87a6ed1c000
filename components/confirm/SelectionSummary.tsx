import type { StagedSelection } from '@/lib/db/rows';
import { parseHubSpotPage } from '@/lib/hubspot/page/url';
import { currentLanguage } from '@/lib/i18n/language';
import { t } from '@/lib/i18n/translate';
import { capitalised, formatWhen, items, objectName } from '../common/labels';
import { ActingIdentity } from './ActingIdentity';

/**
 * Object type, portal, exact count, where and by whom the records were picked, and which credential
 * acts: the facts to check first.
 */
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
        <dd>{sourceText(staged)}</dd>
        {staged.actor && (
          <>
            <dt>{t('confirm.pickedBy')}</dt>
            <dd class="picked-by">{staged.actor}</dd>
          </>
        )}
        <ActingIdentity portalId={staged.portalId} />
        <dt>{t('confirm.expires')}</dt>
        <dd>{formatWhen(staged.expiresAt)}</dd>
      </dl>
      {staged.apiCounted !== undefined && (
        <p class="notice" data-api-counted>
          {t('confirm.apiCounted', { counted: items(staged.objectTypeId, staged.apiCounted) })}
        </p>
      )}
      {mismatch && (
        <p class="notice notice-warn">
          {t('confirm.displayedMismatch', { displayed: items(staged.objectTypeId, staged.displayedTotal!), count })}
        </p>
      )}
    </div>
  );
}

/**
 * Where the records were picked. The overlay's description ("Delete: 6 picked deals on the HubSpot
 * board") is written in English, as the overlay is (lib/overlay/stage-selection.ts): a reader of
 * another language gets the kind of page in their own words instead.
 */
function sourceText(staged: StagedSelection): string {
  if (currentLanguage.value === 'en' && staged.source.description) return staged.source.description;
  const kind = parseHubSpotPage(staged.source.pageUrl)?.kind;
  return t(kind === 'board' || kind === 'table' || kind === 'list' ? `confirm.source.${kind}` : 'confirm.source.page');
}
