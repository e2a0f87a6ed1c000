import type { JobKind } from '@/lib/db/rows';
import { objectTypeFacts } from '@/lib/hubspot/object-types';
import { localeOf, currentLanguage } from '@/lib/i18n/language';
import { t, type MessageKey } from '@/lib/i18n/translate';

/** The catalogue's object names; the facts table names each type's key (a unit test checks they exist). */
type ObjectNameKey = Extract<MessageKey, `object.${string}`>;

/** "contact" / "contacts", in the current language; a type we do not know reads as a custom object. */
export function objectName(objectTypeId: string, count: number): string {
  const key = (objectTypeFacts(objectTypeId)?.labelKey ?? 'object.custom') as ObjectNameKey;
  return t(key, { count });
}

/** "1,234 contacts" / "1.234 kontakter". */
export function items(objectTypeId: string, count: number): string {
  return t('common.items', { count, object: objectName(objectTypeId, count) });
}

export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function jobKindLabel(kind: JobKind): string {
  return t(`job.kind.${kind}` as MessageKey & `job.kind.${JobKind}`);
}

// Building an Intl.DateTimeFormat loads locale data each time; a list of batches formats dozens
// of dates in one render, so each locale and style is built once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(style: 'when' | 'date'): Intl.DateTimeFormat {
  const locale = localeOf(currentLanguage.value);
  let format = dateFormats.get(`${style}:${locale}`);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, style === 'when' ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
    dateFormats.set(`${style}:${locale}`, format);
  }
  return format;
}

/** A moment, the way the reader writes dates ("5 May 2026, 14:30"). */
export function formatWhen(epochMs: number): string {
  return dateFormat('when').format(epochMs);
}

export function formatDate(epochMs: number): string {
  return dateFormat('date').format(epochMs);
}

/** "12 seconds", "4 minutes", "3 hours": rounded up, since a job rarely finishes early. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return t('duration.seconds', { count: seconds });
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return t('duration.minutes', { count: minutes });
  return t('duration.hours', { count: Math.round(minutes / 60) });
}

/** A number that is an estimate reads "about 1,200". */
export function maybeAbout(value: number, estimated: boolean): string {
  const formatted = new Intl.NumberFormat(localeOf(currentLanguage.value)).format(value);
  return estimated ? t('common.about', { value: formatted }) : formatted;
}
