/*
 * Client behaviour of HubSpot's pipeline board, reproducing what makes boards hard for extensions
 * (HUBSPOT.md §6, DESIGN.md §3):
 *  - LAZY columns: a column renders its first `config.batchSize` cards and appends the next batch
 *    when its body is scrolled near the bottom; the data arrives as JSON, not as DOM.
 *  - REACT-LIKE refresh: "Refresh" and a timer (config.refreshMs; 0 = off) re-read the data and
 *    REPLACE every rendered card node with a new one (same data, new elements).
 *  - Between refreshes, a reconcile pass removes nodes other scripts inserted inside cards, as React
 *    drops foreign children when it re-renders a subtree.
 *  - The search box hides non-matching cards with display:none; they stay in the DOM.
 * Runs inside the page script's closure: `config` and `classes` are in scope.
 */
var data = config.data;
var batch = config.batchSize;
var query = '';
var rendered = {};
var ours = typeof WeakSet === 'function' ? new WeakSet() : null;
var money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'DKK' });

function el(tag, className, attrs, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  for (var name in attrs) node.setAttribute(name, attrs[name]);
  if (text !== undefined) node.textContent = text;
  if (ours) ours.add(node);
  return node;
}

/** The older, flat card of HUBSPOT.md §6's main contract (variant flat-cards): the title link sits in the item. */
function buildFlatCard(card) {
  var item = el('div', classes['card-item'], { 'data-test-id': 'cdb-column-item', 'data-selenium-id': card.id });
  var inner = el('div', classes.card, {});
  var link = el(
    'a',
    classes['card-title'],
    { 'data-test-id': 'board-card-section-title-link', href: data.recordBase + card.id },
    card.title,
  );
  inner.appendChild(link);
  data.propertyLabels.forEach(function (label, i) {
    inner.appendChild(el('div', classes['card-prop'], {}, label + ': ' + (card.values[i] || '--')));
  });
  item.appendChild(inner);
  if (!matches(card)) item.style.display = 'none';
  return item;
}

function buildCard(card) {
  if (config.variant === 'flat-cards') return buildFlatCard(card);
  var item = el('div', classes['card-item'], { 'data-test-id': 'cdb-column-item', 'data-selenium-id': card.id });
  var draggable = el('div', '', {
    'data-rbd-draggable-context-id': '0',
    'data-rbd-draggable-id': card.id,
    'data-rbd-drag-handle-draggable-id': card.id,
    tabindex: '0',
    role: 'button',
    'aria-roledescription': 'Draggable item. Press space bar to lift',
  });
  var outer = el('div', classes.card, { 'data-test-id': 'cdb-card' });
  var inner = el('div', classes['card-inner'], { 'data-test-id': 'cdbc-card' });
  var title = el('div', classes['card-title'], { 'data-test-id': 'cdbc-title' });
  var link = el('a', '', { 'data-test-id': 'board-card-section-title-link', href: data.recordBase + card.id });
  link.appendChild(el('span', '', {}, card.title));
  title.appendChild(link);
  inner.appendChild(title);
  data.propertyLabels.forEach(function (label, i) {
    var row = el('div', classes['card-prop'], { 'data-test-id': 'cdbc-property-' + i, 'data-selenium-test': 'card-property' });
    row.appendChild(el('span', '', { 'data-test-id': 'cdbc-property-label' }, label + ': '));
    var value = el('span', classes['card-prop-value'], { 'data-test-id': 'cdbc-property-value' });
    value.appendChild(el('span', '', {}, card.values[i] || '--'));
    row.appendChild(value);
    inner.appendChild(row);
  });
  outer.appendChild(inner);
  draggable.appendChild(outer);
  item.appendChild(draggable);
  if (!matches(card)) item.style.display = 'none';
  return item;
}

function matches(card) {
  return query === '' || card.title.toLowerCase().indexOf(query) !== -1;
}
var columnNodes = {};
document.querySelectorAll('[data-test-id="cdb-column"]').forEach(function (node) {
  columnNodes[node.getAttribute('data-stage-id')] = node;
});
function columnNode(stageId) {
  return columnNodes[stageId];
}
function bodyOf(column) {
  return columnNode(column.stageId).querySelector('[data-test-id="cdb-column-body"]');
}

/** Counts and the amount total follow the data and the search box, as HubSpot's column header does. */
function updateHeader(column) {
  var node = columnNode(column.stageId);
  var visible = column.cards.filter(matches);
  var n = visible.length.toLocaleString('en-US');
  // Where the count shows depends on the page's variant (variants.ts): its own element, a trailing
  // element inside the column name, the column's ARIA label, or nowhere.
  var countNode =
    node.querySelector('[data-test-id="cdb-column-count"]') ||
    (config.variant === 'count-in-name' ? node.querySelector('[data-test-id="cdb-column-name"]').lastElementChild : null);
  if (countNode) countNode.textContent = n;
  if (config.variant === 'aria-label') node.setAttribute('aria-label', column.label + ', ' + n + ' ' + config.plural);
  var footer = node.querySelector('[data-test-id="cdb-column-footer"]');
  if (footer)
    footer.textContent =
      'Total amount: ' +
      money.format(
        visible.reduce(function (sum, c) {
          return sum + (c.amount || 0);
        }, 0),
      );
}

function appendBatch(column) {
  var body = bodyOf(column);
  var from = rendered[column.stageId] || 0;
  var to = Math.min(from + batch, column.cards.length);
  for (var i = from; i < to; i++) body.appendChild(buildCard(column.cards[i]));
  rendered[column.stageId] = to;
  return to > from;
}

/** Appends batches until the body can scroll (used while searching hides most cards). */
function fill(column) {
  var body = bodyOf(column);
  while (body.scrollHeight <= body.clientHeight + 200 && appendBatch(column)) {
    /* keep going */
  }
}

/** Replaces every rendered card of a column with new nodes, keeping how far it was scrolled. */
function rerenderColumn(column) {
  var body = bodyOf(column);
  var keep = Math.min(column.cards.length, Math.max(rendered[column.stageId] || 0, batch));
  var fragment = document.createDocumentFragment();
  for (var i = 0; i < keep; i++) fragment.appendChild(buildCard(column.cards[i]));
  var scrollTop = body.scrollTop;
  body.replaceChildren(fragment);
  body.scrollTop = scrollTop;
  rendered[column.stageId] = keep;
  updateHeader(column);
}

function rerenderAll() {
  data.columns.forEach(rerenderColumn);
  var count = document.querySelector('[data-test-id="record-count"]');
  if (count) count.textContent = data.total.toLocaleString('en-US') + (data.total === 1 ? ' record' : ' records');
}

/** Re-reads the data (a failed fetch keeps the old data) and re-renders every card. */
function refresh() {
  return fetch(config.dataUrl, { headers: { Accept: 'application/json' } })
    .then(function (res) {
      return res.ok ? res.json() : null;
    })
    .catch(function () {
      return null;
    })
    .then(function (fresh) {
      if (fresh && fresh.columns) data = fresh;
      rerenderAll();
    });
}

/** React's reconciliation drops children it did not create; so do we, inside every card. */
function removeForeignNodes() {
  if (!ours) return 0;
  var removed = 0;
  document.querySelectorAll('[data-test-id="cdb-column-item"]').forEach(function (item) {
    item.querySelectorAll('*').forEach(function (node) {
      if (!ours.has(node) && node.isConnected) {
        node.remove();
        removed++;
      }
    });
  });
  return removed;
}

data.columns.forEach(function (column) {
  appendBatch(column);
  bodyOf(column).addEventListener(
    'scroll',
    function (event) {
      var body = event.currentTarget;
      if (body.scrollTop + body.clientHeight >= body.scrollHeight - 200) appendBatch(column);
    },
    { passive: true },
  );
});

var search = document.querySelector('[data-board-search]');
if (search)
  search.addEventListener('input', function () {
    query = search.value.trim().toLowerCase();
    data.columns.forEach(function (column) {
      bodyOf(column)
        .querySelectorAll('[data-test-id="cdb-column-item"]')
        .forEach(function (item, i) {
          item.style.display = matches(column.cards[i]) ? '' : 'none';
        });
      updateHeader(column);
      if (query) fill(column);
    });
  });

var refreshButton = document.querySelector('[data-board-refresh]');
if (refreshButton)
  refreshButton.addEventListener('click', function () {
    refresh();
  });

var pipelineSelect = document.querySelector('[data-pipeline-select]');
if (pipelineSelect)
  pipelineSelect.addEventListener('change', function () {
    location.href = pipelineSelect.options[pipelineSelect.selectedIndex].getAttribute('data-href');
  });

if (config.refreshMs > 0) {
  setInterval(refresh, config.refreshMs);
  // Offset by half a period, so foreign nodes vanish both with and between refreshes.
  setTimeout(function () {
    setInterval(removeForeignNodes, config.refreshMs);
  }, config.refreshMs / 2);
}

// Test hook (unit tests and the Chromium check drive the board through it; HubSpot has none).
window.__sandboxBoard = {
  refresh: refresh,
  removeForeignNodes: removeForeignNodes,
  renderedCount: function (stageId) {
    return rendered[stageId] || 0;
  },
};
