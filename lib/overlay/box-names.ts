import { OURS } from './mutations';

const WORD_ID = 'crmx-word-select';
const ID_PREFIX = 'crmx-name-';

/**
 * Names record checkboxes "Select <name>" by reference: `aria-labelledby` points at our own
 * hidden word "Select" and at the page's element that shows the record's name (the row's name
 * link). The browser then computes the name exactly as assistive technology reads the link — its
 * text without aria-hidden parts such as an avatar's initials — and the overlay does not read the
 * text itself: that took up to six DOM calls per row (with an avatar), a reference takes three.
 * On the 5,000-row benchmark table the gain was a few per cent, within that machine's noise.
 *
 * The name element gets an id of ours when it has none. One that already has an id of the page's
 * is named the old way (`aria-label` from its text): that id need not be unique, and a reference
 * to the wrong element would name the box after another record. On abort the ids we gave go.
 */
export class BoxNamer {
  private readonly given = new Set<Element>();
  private next = 0;
  private word: HTMLElement | null = null;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener(
      'abort',
      () => {
        for (const element of this.given) if (element.id.startsWith(ID_PREFIX)) element.removeAttribute('id');
        this.given.clear();
        this.word?.remove();
      },
      { once: true },
    );
  }

  /**
   * Names `box` after `nameElement`; false when a reference will not do (the element has an id of
   * the page's own) and the caller names the box from the text.
   */
  name(box: Element, nameElement: Element): boolean {
    let id = nameElement.id;
    if (id === '') {
      id = `${ID_PREFIX}${++this.next}`;
      nameElement.id = id;
      this.given.add(nameElement);
    } else if (!id.startsWith(ID_PREFIX)) {
      return false;
    }
    if (this.word === null) this.restoreWord();
    box.setAttribute('aria-labelledby', `${WORD_ID} ${id}`);
    return true;
  }

  /** Puts the word back if the page took it out (called once per decoration pass, not per box). */
  restoreWord(): void {
    if (this.word?.isConnected || this.signal.aborted) return;
    const word = document.createElement('span');
    word.setAttribute(OURS, '');
    word.id = WORD_ID;
    word.hidden = true;
    word.textContent = 'Select';
    document.body.append(word);
    this.word = word;
  }
}
