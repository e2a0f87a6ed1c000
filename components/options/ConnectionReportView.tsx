import { objectTypeOfScope } from '@/lib/hubspot/object-types';
import { t } from '@/lib/i18n/translate';
import type { ConnectionReport, ScopeProbe } from '@/lib/messaging/payloads/settings';
import { objectName } from '../common/labels';

/** What a scope is for, in words: "contacts", "lists", … */
function neededFor(scope: string): string {
  if (scope.startsWith('crm.lists.')) return t('connection.lists');
  const type = objectTypeOfScope(scope);
  return type ? objectName(type, 2) : '';
}

/** What crm-sweep cannot do without a scope. */
function disables(scope: string): string {
  if (scope.startsWith('crm.lists.')) return t('connection.disables.lists');
  const type = objectTypeOfScope(scope);
  return type ? t('connection.disables', { objects: objectName(type, 2) }) : '';
}

/**
 * The portal a credential belongs to, and each scope crm-sweep needs: granted or missing (a
 * private-app token, whose scopes HubSpot lists), or what one read per object type showed (a
 * service key) — each missing scope with what it disables.
 */
export function ConnectionReportView({ report }: { report: ConnectionReport }) {
  const missing = new Set(report.missing);
  const kind = t(`credential.${report.kind}`);
  return (
    <section class="connection" aria-labelledby="connection-portal" role="status">
      <p id="connection-portal">
        <strong>{t('connection.portal', { portalId: report.portalId, kind })}</strong>
      </p>
      {!report.scopesKnown ? (
        <>
          <p class={missing.size > 0 ? 'notice notice-warn' : 'notice'}>
            {missing.size > 0 ? `${t('connection.missing', { count: missing.size })} ` : ''}
            {t('connection.scopesUnknown')}
          </p>
          {report.probes && report.probes.length > 0 && <ProbeTable probes={report.probes} />}
        </>
      ) : (
        <>
          <p class={missing.size > 0 ? 'notice notice-warn' : 'notice notice-ok'}>
            {missing.size > 0 ? t('connection.missing', { count: missing.size }) : t('connection.allScopes')}
          </p>
          <table class="scopes">
            <ScopeTableHead />
            <tbody>
              {report.required.map((scope) => (
                <tr key={scope} class={missing.has(scope) ? 'scope-missing' : 'scope-granted'}>
                  <td>
                    <code>{scope}</code>
                  </td>
                  <td>{neededFor(scope)}</td>
                  <td>{missing.has(scope) ? `✗ ${t('connection.lacks')} — ${disables(scope)}` : `✓ ${t('connection.has')}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function ProbeTable({ probes }: { probes: ScopeProbe[] }) {
  return (
    <table class="scopes">
      <ScopeTableHead />
      <tbody>
        {probes.map((probe) => (
          <tr key={probe.scope} class={probe.readable === false ? 'scope-missing' : 'scope-granted'}>
            <td>
              <code>{probe.scope}</code>
            </td>
            <td>{objectName(probe.objectTypeId, 2)}</td>
            <td>
              {probe.readable === true
                ? `✓ ${t('connection.probed')}`
                : probe.readable === false
                  ? `✗ ${t('connection.lacks')} — ${disables(probe.scope)}`
                  : t('connection.probeFailed')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Both scope tables (granted scopes, read probes) have the same columns. */
function ScopeTableHead() {
  return (
    <thead>
      <tr>
        <th scope="col">{t('connection.scope')}</th>
        <th scope="col">{t('connection.neededFor')}</th>
        <th scope="col">{t('connection.status')}</th>
      </tr>
    </thead>
  );
}
