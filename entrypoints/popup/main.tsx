import '@/components/theme.css';

/**
 * Thin entry. popup.html holds the header, which paints as soon as this tiny module has run; the
 * app — Preact, Dexie, the views, ~200 kB whose evaluation took the main thread for tens of ms
 * before anything showed — is loaded after that frame (a timeout queued from the frame's
 * animation callback runs once the frame is out). The opening database read is already under way
 * (popup-first-read.js), so the list does not wait for this.
 */
requestAnimationFrame(() => setTimeout(() => void import('@/components/popup/start-popup').then((app) => app.startPopup()), 0));
