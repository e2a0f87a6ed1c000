import { showText } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import type { NotInBinReason, NotShownReason, RestoreSessionView } from '@/lib/messaging/payloads/restore';
import { type PopupRestoreSession, restoreButtonWord } from './restore-session-view';
import { items } from '../common/labels';

/** IDs listed per reason; the rest are counted, so a 2,000-record remainder stays readable. */
const SHOWN_IDS = 20;

/**
 * Where the exact restore stands on HubSpot's restore page, live: the round, what crm-sweep ticked
 * there ("184 of this batch's 250 records are selected — press Restore there"), records the page
 * could not show and why, records that were not in the bin at all, and HubSpot's permission page
 * explained (Account access + Add and edit users, HUBSPOT.md §7) with re-create offered instead.
 */
export function RestoreSessionStatus({
  session,
  objectTypeId,
  recreateId,
}: {
  session: PopupRestoreSession;
  objectTypeId: string;
  recreateId: string;
}) {
  const { report } = session;
  return (
    <div class="restore-session">
      {/* Between rounds no page is open: the result and "Restore the remaining" say what is next. */}
      {!session.betweenRounds && (
        <>
          <p class="restore-round">{t('exactRestore.round', { round: session.round, rounds: session.rounds })}</p>
          <div role="status">
            <PageState session={session} />
          </div>
        </>
      )}
      {report?.state === 'noPermission' && <NoPermission recreateId={recreateId} />}
      {/* Once checked, the per-class result says it all; a later round's plan counts the records
          the earlier rounds restored as "already back". */}
      {!session.outcome && <NotInBin notInBin={session.notInBin} objectTypeId={objectTypeId} />}
      {report && report.notShown.length > 0 && <NotShown notShown={report.notShown} />}
    </div>
  );
}

function PageState({ session }: { session: RestoreSessionView }) {
  const { report } = session;
  if (!report) return <p>{t('exactRestore.page.waiting', { count: session.inBin })}</p>;
  switch (report.state) {
    case 'selected':
      return (
        <p class="notice notice-info">
          <strong>
            {t('exactRestore.page.selected', {
              count: report.selected,
              total: session.total,
              button: restoreButtonWord(session),
            })}
          </strong>
        </p>
      );
    case 'restored':
      return <p class="notice notice-ok">{t('exactRestore.page.restored')}</p>;
    case 'noPermission':
      return <p class="notice notice-danger">{t('exactRestore.page.noPermission')}</p>;
    case 'unavailable':
      return (
        <p class="notice notice-warn">
          {t('exactRestore.page.unavailable', {
            reason: report.reason ? showText({ text: report.reason }) : t('exactRestore.page.unknown'),
          })}
        </p>
      );
  }
}

function NoPermission({ recreateId }: { recreateId: string }) {
  return (
    <div class="restore-permission">
      <p>{t('exactRestore.permission.needs')}</p>
      <p>{t('exactRestore.permission.who')}</p>
      <button type="button" class="link" onClick={() => document.getElementById(recreateId)?.focus()}>
        {t('exactRestore.permission.recreate')}
      </button>
    </div>
  );
}

const NOT_IN_BIN: readonly NotInBinReason[] = ['alreadyBack', 'purged', 'unreadable'];

function NotInBin({ notInBin, objectTypeId }: { notInBin: RestoreSessionView['notInBin']; objectTypeId: string }) {
  const reasons = NOT_IN_BIN.filter((reason) => notInBin[reason] > 0);
  if (reasons.length === 0) return null;
  return (
    <ul class="restore-not-in-bin">
      {reasons.map((reason) => (
        <li key={reason}>
          {t(`exactRestore.notInBin.${reason}`, { count: notInBin[reason], items: items(objectTypeId, notInBin[reason]) })}
        </li>
      ))}
    </ul>
  );
}

const NOT_SHOWN: readonly NotShownReason[] = ['overCap', 'notOnPage'];

function NotShown({ notShown }: { notShown: { recordId: string; reason: NotShownReason }[] }) {
  return (
    <>
      {NOT_SHOWN.map((reason) => {
        const ids = notShown.filter((r) => r.reason === reason).map((r) => r.recordId);
        if (ids.length === 0) return null;
        return (
          <details key={reason} class="restore-not-shown">
            <summary>{t(`exactRestore.notShown.${reason}`, { count: ids.length })}</summary>
            <ul>
              {ids.slice(0, SHOWN_IDS).map((id) => (
                <li key={id}>
                  <code>{id}</code>
                </li>
              ))}
              {ids.length > SHOWN_IDS && <li class="muted">{t('failed.more', { count: ids.length - SHOWN_IDS })}</li>}
            </ul>
          </details>
        );
      })}
    </>
  );
}
