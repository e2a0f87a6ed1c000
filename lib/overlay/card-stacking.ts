/**
 * Whether anything inside a board card paints over a float, so the cards' boxes (page-style.ts)
 * must be lifted (positioned, z-index 1) to be seen.
 *
 * CSS paints a float above the in-flow blocks around it but below positioned descendants and
 * below anything that makes a stacking context (CSS 2.1 Appendix E): a transformed, translucent,
 * filtered or isolated card body would cover our box. A lifted box is a paint layer of its own —
 * once anything is picked, one in every card (2,000 on a large board) — so the lift is kept only
 * where a card needs it: the first card's elements are read once (computed style only, no
 * layout), and no card means the safe answer.
 */
export function cardCoversFloats(card: Element | null): boolean {
  if (card === null) return true;
  for (const element of card.querySelectorAll('*')) {
    if (element.hasAttribute('data-crmx')) continue;
    const style = getComputedStyle(element);
    if (
      style.position !== 'static' ||
      style.transform !== 'none' ||
      style.filter !== 'none' ||
      Number(style.opacity) < 1 ||
      style.isolation === 'isolate' ||
      style.willChange !== 'auto' ||
      style.mixBlendMode !== 'normal' ||
      style.contain !== 'none' ||
      style.clipPath !== 'none'
    )
      return true;
  }
  return false;
}
