import { currentLanguage, type Language } from '@/lib/i18n/language';
import { t, translate } from '@/lib/i18n/translate';
import { OURS } from './mutations';

/**
 * Names record checkboxes "Select <name>" by reference: the box's `ariaLabelledByElements` (ARIA
 * element reflection) are our own hidden word "Select" and the page's element that shows the
 * record's name (the row's name link). The browser then computes the name exactly as assistive
 * technology reads the link — its text without aria-hidden parts such as an avatar's initials —
 * and the overlay neither reads the text nor changes the page's element (an `aria-labelledby`
 * id list would need an id on every name link). On the 5,000-row benchmark table, naming by
 * reference costs about as much as cloning the box; ids cost twice that.
 *
 * A browser without element reflection (Chrome before 135) gets the name as text instead: `name`
 * says so, and the caller reads the text only then (no closure per box for a text rarely read).
 */
export class BoxNamer {
  private word: HTMLElement | null = null;
  private readonly byReference = 'ariaLabelledByElements' in Element.prototype;
  /** The browser copies the list it is given, so one array serves every box. */
  private readonly references: Element[] = [];

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.word?.remove(), { once: true });
  }

  /** Names `box` after `nameElement`; false when this browser cannot: then use `nameAsText`. */
  name(box: Element, nameElement: Element): boolean {
    if (!this.byReference) return false;
    this.references[0] = this.word ?? this.restoreWord();
    this.references[1] = nameElement;
    box.ariaLabelledByElements = this.references;
    return true;
  }

  /**
   * The hidden word, put back if the page took it out — the same element, since every box refers
   * to it. Called once per decoration pass, not per box.
   */
  restoreWord(): HTMLElement {
    if (this.word === null) {
      this.word = document.createElement('span');
      this.word.setAttribute(OURS, '');
      this.word.hidden = true;
      this.word.textContent = t('overlay.select');
    }
    if (this.byReference && !this.word.isConnected && !this.signal.aborted) document.body.append(this.word);
    return this.word;
  }
}

/** "Select {name}" in the current language, split around the name: worded once, not per box. */
let selectWording: { language: Language; before: string; after: string } | null = null;

/**
 * A record box named "Select <name>" as text (board cards, and rows where `name` cannot). A board
 * names up to 2,000 cards in one pass: putting the catalogue's words together for each would cost
 * tens of ms (overlay benchmark), so the words around the name are looked up once per language.
 */
export function nameAsText(box: Element, name: string): void {
  const language = currentLanguage.peek();
  if (selectWording?.language !== language) {
    const marker = '\u0000';
    const [before = '', after = ''] = translate(language, 'overlay.selectRecord', { name: marker }).split(marker);
    selectWording = { language, before, after };
  }
  box.setAttribute('aria-label', selectWording.before + name + selectWording.after);
}

/** A record's name for its box, or "record 123" in the user's language when the page shows none. */
export function nameOrId(name: string, id: string): string {
  return name || translate(currentLanguage.peek(), 'overlay.unnamedRecord', { id });
}
