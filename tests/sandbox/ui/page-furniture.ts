/**
 * Page furniture HubSpot shows around its index pages that floats over them, for the overlay's
 * "never in the way" tests (issue 20). Off unless asked for in the page's query, so every other
 * page stays as it was:
 * - `?chat=1` — the conversations chat launcher, bottom right, in HubSpot's documented embed
 *   container `#hubspot-messages-iframe-container` (a button here; HubSpot's is inside an iframe).
 * - `?footer=1` — a footer pinned to the bottom of the viewport with buttons of its own (a board's
 *   totals and actions), so the bottom edge has controls the action bar must leave clickable.
 * - `?bulkbar=floating` — the table's bulk-action bar floating at the bottom centre, as HubSpot's
 *   newer index pages show it, where crm-sweep's bar used to sit.
 * Client-side, reading `location.search`, so no page renderer needs to know about it.
 */
export function pageFurnitureScript(): string {
  return `(function () {
var q = new URLSearchParams(location.search);
function add(html) { document.body.insertAdjacentHTML('beforeend', html); }
if (q.get('chat') === '1') add('<div id="hubspot-messages-iframe-container" style="position:fixed;right:16px;bottom:16px;z-index:2147483000;width:60px;height:60px">' +
  '<button type="button" aria-label="Chat with us" data-test-id="chat-widget-launcher" style="width:60px;height:60px;border-radius:50%;border:none;background:#ff7a59;color:#fff;font:600 14px system-ui,sans-serif;cursor:pointer">Chat</button></div>');
if (q.get('footer') === '1') {
  add('<footer data-test-id="board-footer" aria-label="Board footer" style="position:fixed;left:0;right:0;bottom:0;z-index:40;display:flex;align-items:center;gap:8px;justify-content:center;height:52px;padding:0 24px;background:#fff;border-top:1px solid #cbd6e2">' +
    '<button type="button" data-footer-action="totals">Show totals</button><button type="button" data-footer-action="collapse">Collapse all stages</button><button type="button" data-footer-action="options">Board options</button><button type="button" data-footer-action="help">Help</button></footer>');
  document.body.style.paddingBottom = '52px';
  document.querySelectorAll('[data-footer-action]').forEach(function (b) {
    b.addEventListener('click', function () { document.body.setAttribute('data-footer-clicked', b.getAttribute('data-footer-action')); });
  });
}
if (q.get('bulkbar') === 'floating') add('<style>[data-bulk-bar]{position:fixed;left:50%;bottom:20px;transform:translateX(-50%);z-index:45;background:#fff;border:1px solid #cbd6e2;border-radius:6px;padding:8px 12px;box-shadow:0 4px 16px rgba(45,62,80,.25)}</style>');
})();`;
}
