/**
 * A whole number with English grouping ("1,234"), for the overlay's and the background's own
 * messages, which are English. No Intl: its first use in a content script's world loads locale
 * data for ~10 ms, on HubSpot's main thread. The popup formats in the user's locale (typed-count.ts).
 */
export function englishCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  return (n < 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+$)/g, ',');
}
