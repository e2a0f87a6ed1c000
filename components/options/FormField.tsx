import type { ComponentChildren } from 'preact';
import type { SettingsProblem } from '@/lib/messaging/payloads/settings';
import { t } from '@/lib/i18n/translate';

/** A refused field, in the reader's language; HubSpot's own words (`detail`) are kept verbatim. */
export function problemText(problem: SettingsProblem): string {
  switch (problem.code) {
    case 'outOfRange':
      return t('problem.outOfRange', { min: problem.min ?? 0, max: problem.max ?? 0 });
    case 'tokenRejected':
      return t('problem.tokenRejected', { detail: problem.detail ?? '' });
    case 'unreachable':
      return t('problem.unreachable', { detail: problem.detail ?? '' });
    default:
      return t(`problem.${problem.code}`);
  }
}

interface Props {
  id: string;
  label: string;
  help?: ComponentChildren;
  problem?: SettingsProblem;
  /** The input, which must carry `id`, `aria-describedby={describedBy}` and `aria-invalid`. */
  children: (a11y: { id: string; describedBy: string; invalid: boolean }) => ComponentChildren;
}

/** Label, input, help and the field's own error, wired together for screen readers. */
export function FormField({ id, label, help, problem, children }: Props) {
  const describedBy = [help ? `${id}-help` : null, problem ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div class={`field${problem ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(problem) })}
      {help && (
        <p class="hint" id={`${id}-help`}>
          {help}
        </p>
      )}
      {problem && (
        <p class="field-error" id={`${id}-error`}>
          {problemText(problem)}
        </p>
      )}
    </div>
  );
}
