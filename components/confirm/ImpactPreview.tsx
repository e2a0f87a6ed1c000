import type { StagedSelection } from '@/lib/db/rows';
import { showText } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import type { StagedPreview } from '@/lib/messaging/payloads/preview';
import { capitalised, maybeAbout, objectName } from '../common/labels';

export type PreviewState = { status: 'loading' } | { status: 'ready'; preview: StagedPreview } | { status: 'error'; message: string };

/**
 * What HubSpot says about the selection: a few records by name, and what deleting them touches.
 * Counts from a sample are labelled as estimates ("about …"), never passed off as exact.
 */
export function ImpactPreview({ staged, state }: { staged: StagedSelection; state: PreviewState }) {
  return (
    <section class="impact" aria-labelledby="impact-heading" aria-busy={state.status === 'loading'}>
      <h2 id="impact-heading">{t('preview.heading')}</h2>
      {state.status === 'loading' && <p class="muted">{t('preview.loading')}</p>}
      {state.status === 'error' && <p class="notice notice-warn">{t('preview.failed', { message: state.message })}</p>}
      {state.status === 'ready' && <PreviewBody staged={staged} preview={state.preview} />}
    </section>
  );
}

function PreviewBody({ staged, preview }: { staged: StagedSelection; preview: StagedPreview }) {
  const { impact } = preview;
  const total = staged.ids.length;
  const about = (value: number) => maybeAbout(value, impact.estimated);
  return (
    <>
      {preview.tokenPortalId && preview.tokenPortalId !== staged.portalId && (
        <p class="notice notice-error" role="alert">
          {t('preview.portalMismatch', { tokenPortal: preview.tokenPortalId, portal: staged.portalId })}
        </p>
      )}
      {preview.sample.length > 0 && (
        <>
          <h3>{t('preview.sample', { shown: preview.sample.length, total })}</h3>
          <ul class="sample">
            {preview.sample.map((record) => (
              <li key={record.id}>{record.name ?? t('preview.unnamed', { id: record.id })}</li>
            ))}
          </ul>
        </>
      )}
      {preview.sampleMissing > 0 && <p class="notice notice-warn">{t('preview.sampleMissing', { count: preview.sampleMissing })}</p>}
      <p class="muted">{impact.estimated ? t('preview.estimated', { sample: impact.sampleSize, total }) : t('preview.exact', { total })}</p>
      <ul class="impact-list">
        {impact.associations.length === 0 && <li>{t('preview.noAssociations')}</li>}
        {impact.associations.map((a) => (
          <li key={a.objectTypeId}>
            {t('preview.association', {
              object: capitalised(objectName(a.objectTypeId, 2)),
              links: about(a.links),
              records: about(a.records),
              count: a.links,
            })}
          </li>
        ))}
        {impact.openPipeline
          .filter((o) => o.count > 0)
          .map((o) => (
            <li key={`${o.objectTypeId}-${o.associated}`} class="emphasis">
              {capitalised(
                t(o.associated ? 'preview.openAssociated' : 'preview.openSelf', {
                  amount: about(o.count),
                  object: objectName(o.objectTypeId, o.associated ? o.count : 2),
                  count: o.count,
                }),
              )}
            </li>
          ))}
        {impact.lists &&
          (impact.lists.memberships === 0 ? (
            <li>{t('preview.noLists')}</li>
          ) : (
            <li>
              {capitalised(
                t('preview.lists', {
                  memberships: about(impact.lists.memberships),
                  count: impact.lists.listCount,
                  names: impact.lists.listNames.join(', '),
                }),
              )}
            </li>
          ))}
      </ul>
      {impact.associations.length > 0 && <p class="hint">{t('preview.associationsNote')}</p>}
      {preview.gaps.map((gap, i) => (
        <p class="notice notice-warn" key={i}>
          {t('preview.gap', { part: t(`preview.part.${gap.part}`), message: showText(gap) })}
        </p>
      ))}
    </>
  );
}
