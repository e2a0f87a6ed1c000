import { objectTypeOfScope } from '@/lib/hubspot/object-types';
import { t } from '@/lib/i18n/translate';
import type { ConnectionReport } from '@/lib/messaging/payloads/settings';
import { objectName } from '../common/labels';

/** What a scope is for, in words: "contacts", "lists", … */
function neededFor(scope: string): string {
  if (scope.startsWith('crm.lists.')) return t('connection.lists');
  const type = objectTypeOfScope(scope);
  return type ? objectName(type, 2) : '';
}

/** The portal a token belongs to, and each scope crm-sweep needs: granted or missing. */
export function ConnectionReportView({ report }: { report: ConnectionReport }) {
  const missing = new Set(report.missing);
  return (
    <section class="connection" aria-labelledby="connection-portal" role="status">
      <p id="connection-portal">
        <strong>{t('connection.portal', { portalId: report.portalId })}</strong>
      </p>
      {!report.scopesKnown ? (
        <p class="notice notice-warn">{t('connection.scopesUnknown')}</p>
      ) : (
        <>
          <p class={missing.size > 0 ? 'notice notice-warn' : 'notice notice-ok'}>
            {missing.size > 0 ? t('connection.missing', { count: missing.size }) : t('connection.allScopes')}
          </p>
          <table class="scopes">
            <thead>
              <tr>
                <th scope="col">{t('connection.scope')}</th>
                <th scope="col">{t('connection.neededFor')}</th>
                <th scope="col">{t('connection.status')}</th>
              </tr>
            </thead>
            <tbody>
              {report.required.map((scope) => (
                <tr key={scope} class={missing.has(scope) ? 'scope-missing' : 'scope-granted'}>
                  <td>
                    <code>{scope}</code>
                  </td>
                  <td>{neededFor(scope)}</td>
                  <td>{missing.has(scope) ? `✗ ${t('connection.lacks')}` : `✓ ${t('connection.has')}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
