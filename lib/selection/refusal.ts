import { text, TextError } from '@/lib/i18n/text';

/** A selection the background will not stage, with the reason as a Text the page words. */
export class SelectionRefused extends TextError {}

/** "Remove from list…" staged from a page that is not a list (a forged or confused request). */
export const REMOVE_NEEDS_LIST = text('selection.removeNeedsList');
