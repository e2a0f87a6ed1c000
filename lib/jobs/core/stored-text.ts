import { englishOf, type Text } from '@/lib/i18n/text';

/**
 * What a job writes into a row for people to read later (a pause reason, a job or batch error, a
 * failed record): the Text, which the popup puts into the reader's language, and its English
 * wording as `message`, which older popups and logs read.
 */
export function storedText(value: Text): { text: Text; message: string } {
  return { text: value, message: englishOf(value) };
}
