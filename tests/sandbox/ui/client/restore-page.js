/*
 * Client behaviour of HubSpot's restore page (restore-page.ts): rows fetched from the page's own
 * endpoint, paging with a page-size choice, search by name or email, a selection kept in state
 * across paging and search (as HubSpot's React table keeps it), a "select page" checkbox, and
 * Restore with a confirmation dialog and a result per record. Every fetch re-renders the rows from
 * scratch (new nodes, as React does); `aria-busy` is true on the page root while a fetch runs.
 * Two DOM variants: `table` (native table and checkboxes) and `grid` (ARIA grid, role=checkbox).
 * Runs inside the page script's closure: `config`, `classes`, `openDialog` are in scope.
 */
var root = document.querySelector('[data-test-id="restore-page"]');
var grid = config.variant === 'grid';
var state = { offset: 0, pageSize: config.pageSizes[0], q: '', data: null, results: null, seq: 0 };
var selected = Object.create(null);
var selectedCount = 0;

function h(text) {
  return String(text).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}
function fmt(n) {
  return n.toLocaleString('en-US');
}
function when(ms) {
  return ms == null ? '' : new Date(ms).toLocaleString('en-US', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' });
}
function cl(name) {
  return 'class="' + (classes[name] || '') + '"';
}
function select(id, on) {
  if (on && !selected[id]) {
    selected[id] = true;
    selectedCount++;
  } else if (!on && selected[id]) {
    delete selected[id];
    selectedCount--;
  }
}

root.innerHTML =
  '<div ' +
  cl('toolbar') +
  ' role="toolbar" aria-label="Bulk actions">' +
  '<input type="search" ' +
  cl('input') +
  ' data-test-id="restore-search" aria-label="Search by name or email" placeholder="Search by name or email">' +
  '<span ' +
  cl('bulk-count') +
  ' data-test-id="restore-selected-count"></span>' +
  '<button type="button" class="' +
  classes.button +
  ' ' +
  classes['button-primary'] +
  '" data-test-id="restore-button">Restore</button>' +
  '</div><div data-restore-results></div><div data-restore-cap></div><div data-restore-rows></div><div data-restore-pager></div>';

function checkbox(id, on, label) {
  if (grid) {
    return (
      '<span role="checkbox" tabindex="0" aria-checked="' +
      (on ? 'true' : 'false') +
      '" aria-label="' +
      h(label) +
      '"' +
      (id ? ' data-record-id="' + h(id) + '"' : ' data-test-id="select-all-checkbox"') +
      '></span>'
    );
  }
  return (
    '<input type="checkbox"' +
    (on ? ' checked' : '') +
    ' aria-label="' +
    h(label) +
    '"' +
    (id ? ' data-row-check value="' + h(id) + '"' : ' data-test-id="restore-select-page"') +
    '>'
  );
}

function renderRows() {
  var rows = state.data ? state.data.results : [];
  var pageAll =
    rows.length > 0 &&
    rows.every(function (r) {
      return selected[r.id];
    });
  var heads = ['', config.nameLabel, 'Deleted at', 'Deleted by'];
  var html;
  if (rows.length === 0) {
    html =
      '<p ' +
      cl('empty') +
      '>' +
      (state.q
        ? 'No deleted ' + h(config.plural) + ' match your search.'
        : 'No deleted ' + h(config.plural) + '. Deleted records stay here for 90 days.') +
      '</p>';
  } else if (grid) {
    html =
      '<div role="grid" data-test-id="recycle-bin-grid" aria-label="Deleted ' +
      h(config.plural) +
      '" aria-rowcount="' +
      (state.data.matched + 1) +
      '">' +
      '<div role="row">' +
      heads
        .map(function (t, i) {
          return '<div role="columnheader">' + (i === 0 ? checkbox(null, pageAll, 'Select all on this page') : h(t)) + '</div>';
        })
        .join('') +
      '</div>' +
      rows
        .map(function (r) {
          return (
            '<div role="row" ' +
            cl('row') +
            ' data-row-key="' +
            h(r.id) +
            '" aria-selected="' +
            !!selected[r.id] +
            '">' +
            '<div role="gridcell">' +
            checkbox(r.id, selected[r.id], 'Select ' + r.name) +
            '</div>' +
            '<div role="gridcell">' +
            h(r.name) +
            (r.email && r.email !== r.name ? ' <span ' + cl('subtle') + '>' + h(r.email) + '</span>' : '') +
            '</div>' +
            '<div role="gridcell">' +
            h(when(r.deletedAt)) +
            '</div><div role="gridcell">' +
            h(r.deletedBy) +
            '</div></div>'
          );
        })
        .join('') +
      '</div>';
  } else {
    html =
      '<table ' +
      cl('table') +
      ' data-test-id="restore-table" aria-label="Deleted ' +
      h(config.plural) +
      '"><thead><tr>' +
      heads
        .map(function (t, i) {
          return (
            '<th ' +
            cl(i === 0 ? 'cell-check' : 'th') +
            '>' +
            (i === 0 ? checkbox(null, pageAll, 'Select all on this page') : h(t)) +
            '</th>'
          );
        })
        .join('') +
      '</tr></thead><tbody>' +
      rows
        .map(function (r) {
          return (
            '<tr ' +
            (selected[r.id] ? cl('row-selected') : cl('row')) +
            ' data-test-id="row-' +
            h(r.id) +
            '">' +
            '<td ' +
            cl('cell-check') +
            '>' +
            checkbox(r.id, selected[r.id], 'Select row') +
            '</td>' +
            '<td ' +
            cl('td') +
            '>' +
            h(r.name) +
            (r.email && r.email !== r.name ? '<br><span ' + cl('subtle') + '>' + h(r.email) + '</span>' : '') +
            '</td>' +
            '<td ' +
            cl('td') +
            '>' +
            h(when(r.deletedAt)) +
            '</td><td ' +
            cl('td') +
            '>' +
            h(r.deletedBy) +
            '</td></tr>'
          );
        })
        .join('') +
      '</tbody></table>';
  }
  root.querySelector('[data-restore-rows]').innerHTML = html;
  var d = state.data;
  root.querySelector('[data-restore-cap]').innerHTML =
    d && d.total > d.shown
      ? '<p ' +
        cl('notice') +
        ' data-test-id="restore-cap-notice" role="note">Showing the ' +
        fmt(d.shown) +
        ' most recently deleted of ' +
        fmt(d.total) +
        ' ' +
        h(config.plural) +
        '. Restore some to see the rest.</p>'
      : '';
  var last = d ? Math.max(1, Math.ceil(d.matched / state.pageSize)) : 1;
  var page = Math.floor(state.offset / state.pageSize) + 1;
  root.querySelector('[data-restore-pager]').innerHTML =
    '<nav ' +
    cl('pager') +
    ' aria-label="Pagination" data-test-id="restore-pagination">' +
    '<button type="button" ' +
    cl('button') +
    ' aria-label="Previous page"' +
    (page <= 1 ? ' disabled' : '') +
    ' data-go="-1">Prev</button>' +
    '<span ' +
    cl('pager-current') +
    ' data-test-id="restore-page-status">Page ' +
    page +
    ' of ' +
    last +
    '</span>' +
    '<button type="button" ' +
    cl('button') +
    ' aria-label="Next page"' +
    (page >= last ? ' disabled' : '') +
    ' data-go="1">Next</button>' +
    '<select ' +
    cl('input') +
    (grid ? ' data-test-id="page-size-select" aria-label="Rows per page"' : ' aria-label="Records per page"') +
    '>' +
    config.pageSizes
      .map(function (n) {
        return '<option value="' + n + '"' + (n === state.pageSize ? ' selected' : '') + '>' + n + ' per page</option>';
      })
      .join('') +
    '</select></nav>';
  renderCount();
}

function renderCount() {
  root.querySelector('[data-test-id="restore-selected-count"]').textContent = fmt(selectedCount) + ' selected';
  root.querySelector('[data-test-id="restore-button"]').disabled = selectedCount === 0;
}

function renderResults() {
  var box = root.querySelector('[data-restore-results]');
  var results = state.results;
  if (!results) return (box.innerHTML = '');
  var ok = results.filter(function (r) {
    return r.status === 'RESTORED';
  }).length;
  var text = {
    RESTORED: 'Restored',
    EMAIL_CONFLICT: 'Not restored: a contact with this email already exists',
    NOT_FOUND: 'Not restored: this record no longer exists',
    NOT_ARCHIVED: 'Not restored: this record is not deleted',
    NOT_SHOWN: 'Not restored: only the 10,000 most recently deleted records can be restored at a time',
  };
  box.innerHTML =
    '<section ' +
    cl('panel') +
    ' role="status" aria-label="Restore results" data-test-id="restore-results"><strong>' +
    fmt(ok) +
    ' of ' +
    fmt(results.length) +
    ' restored.</strong><ul ' +
    cl('results') +
    '>' +
    results
      .map(function (r) {
        return (
          '<li ' +
          cl(r.status === 'RESTORED' ? 'result-ok' : 'result-error') +
          ' data-record-id="' +
          h(r.id) +
          '" data-status="' +
          h(r.status) +
          '">' +
          h(r.name) +
          ': ' +
          h(text[r.status] || r.status) +
          '</li>'
        );
      })
      .join('') +
    '</ul></section>';
}

function load() {
  var seq = ++state.seq;
  root.setAttribute('aria-busy', 'true');
  // The page's own query (the sandbox's user switch) goes along, as a session cookie would.
  var params = new URLSearchParams(location.search);
  params.set('offset', String(state.offset));
  params.set('limit', String(state.pageSize));
  params.set('q', state.q);
  var url = config.api + '/records?' + params.toString();
  return fetch(url)
    .then(function (r) {
      return r.json();
    })
    .then(function (data) {
      if (seq !== state.seq) return;
      state.data = data;
      if (state.offset > 0 && state.offset >= data.matched) {
        state.offset = Math.max(0, Math.floor((data.matched - 1) / state.pageSize) * state.pageSize);
        return load();
      }
      renderRows();
      root.setAttribute('aria-busy', 'false');
    });
}

function toggle(box) {
  // The header's "select all on this page" box carries no record ID.
  var id = box.hasAttribute('data-row-check') ? box.value : box.getAttribute('data-record-id');
  var on = grid ? box.getAttribute('aria-checked') !== 'true' : box.checked;
  if (id) select(id, on);
  else
    state.data.results.forEach(function (r) {
      select(r.id, on);
    });
  renderRows();
}

root.addEventListener('click', function (event) {
  var target = event.target;
  if (grid && target.getAttribute('role') === 'checkbox') return toggle(target);
  var go = target.closest('[data-go]');
  if (go && !go.disabled) {
    state.offset = Math.max(0, state.offset + Number(go.getAttribute('data-go')) * state.pageSize);
    load();
  }
});
root.addEventListener('keydown', function (event) {
  if (grid && event.key === ' ' && event.target.getAttribute('role') === 'checkbox') {
    event.preventDefault();
    toggle(event.target);
  }
});
root.addEventListener('change', function (event) {
  var target = event.target;
  if (target.type === 'checkbox') return toggle(target);
  if (target.tagName === 'SELECT') {
    state.pageSize = Number(target.value);
    state.offset = 0;
    load();
  }
});
var searchTimer = 0;
root.querySelector('[data-test-id="restore-search"]').addEventListener('input', function (event) {
  clearTimeout(searchTimer);
  var value = event.target.value;
  searchTimer = setTimeout(function () {
    state.q = value.trim();
    state.offset = 0;
    load();
  }, 150);
});

root.querySelector('[data-test-id="restore-button"]').addEventListener('click', function () {
  var ids = Object.keys(selected);
  if (ids.length === 0) return;
  var noun = ids.length === 1 ? config.singular : config.plural;
  openDialog({
    testId: 'restore-dialog',
    title: 'Restore ' + fmt(ids.length) + ' ' + noun + '?',
    message:
      fmt(ids.length) +
      ' ' +
      noun +
      ' will be restored with their properties, activity and associations.' +
      (config.typeId === '0-1' ? ' Restored contacts are not added back to static lists.' : ''),
    confirmLabel: 'Restore',
    onConfirm: function () {
      return fetch(config.api + '/restore' + location.search, { method: 'POST', body: JSON.stringify({ ids: ids }) })
        .then(function (r) {
          if (!r.ok) throw new Error('Restore failed. Nothing was restored.');
          return r.json();
        })
        .then(function (answer) {
          state.results = answer.results;
          selected = Object.create(null);
          selectedCount = 0;
          renderResults();
          return load();
        });
    },
  });
});

renderCount();
load();
