/*
 * Client behaviour of HubSpot's index table (table view, list page, recycle bin): native select
 * checkboxes, the bulk bar with "Select all N records", HubSpot's own Delete / Remove / More ▾,
 * and in-place paging. Paging and the refresh after a delete swap the [data-index-region] block
 * with the one from a freshly fetched page, without changing the URL — like HubSpot's single-page
 * app, which replaces the rows (and anything other scripts put into them) instead of reloading.
 * Runs inside the page script's closure: `config`, `classes`, `openDialog`, `showToast` are in scope.
 */
var allMatching = false;
var currentUrl = location.pathname + location.search;

function region() {
  return document.querySelector('[data-index-region]');
}
function rowChecks() {
  return Array.prototype.slice.call(document.querySelectorAll('[data-index-region] input[data-row-check]'));
}
function checkedIds() {
  return rowChecks()
    .filter(function (c) {
      return c.checked;
    })
    .map(function (c) {
      return c.value;
    });
}
function total() {
  return Number(region().getAttribute('data-total'));
}
function noun(n) {
  return region().getAttribute(n === 1 ? 'data-noun-singular' : 'data-noun-plural');
}
function fmt(n) {
  return n.toLocaleString('en-US');
}
function selectionCount() {
  return allMatching ? total() : checkedIds().length;
}

function sync() {
  var checks = rowChecks();
  var picked = checks.filter(function (c) {
    return c.checked;
  }).length;
  if (picked < checks.length) allMatching = false;
  var pageBox = document.querySelector('[data-index-region] input[data-select-page]');
  if (pageBox) {
    pageBox.checked = checks.length > 0 && picked === checks.length;
    pageBox.indeterminate = picked > 0 && picked < checks.length;
  }
  checks.forEach(function (c) {
    var row = c.closest('tr');
    if (row) row.classList.toggle(classes['row-selected'], c.checked);
  });
  var bar = document.querySelector('[data-bulk-bar]');
  if (bar) bar.hidden = picked === 0;
  var count = document.querySelector('[data-bulk-count]');
  if (count) count.textContent = fmt(selectionCount()) + ' selected';
  var all = document.querySelector('[data-select-all-matching]');
  if (all) {
    all.hidden = !(picked > 0 && picked === checks.length && total() > checks.length);
    all.textContent = allMatching ? 'Clear selection' : 'Select all ' + fmt(total()) + ' ' + noun(total());
  }
  document.querySelectorAll('[data-requires-selection]').forEach(function (b) {
    b.disabled = picked === 0;
  });
}

function load(url) {
  return fetch(url, { headers: { Accept: 'text/html' } })
    .then(function (res) {
      return res.text();
    })
    .then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-index-region]');
      if (!fresh) throw new Error('The page did not load. Reload to try again.');
      // Adopted, not imported: a deep copy of 100 rows would be thrown away at once.
      region().replaceWith(document.adoptNode(fresh));
      currentUrl = url;
      allMatching = false;
      sync();
    });
}

function post(url, body) {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(function (res) {
    return res.json().then(function (json) {
      if (!res.ok) throw new Error(json.message || 'The request failed (' + res.status + '). Nothing was changed.');
      return json;
    });
  });
}

/** What the server should act on: the checked IDs, or the whole view / list ("Select all N"). */
function target() {
  return allMatching && config.scope ? config.scope : { ids: checkedIds() };
}

function closeMenus(except) {
  document.querySelectorAll('[data-menu-toggle]').forEach(function (toggle) {
    if (toggle === except) return;
    toggle.setAttribute('aria-expanded', 'false');
    var menu = document.getElementById(toggle.getAttribute('aria-controls'));
    if (menu) menu.hidden = true;
  });
}

var actions = {
  delete: function () {
    var n = selectionCount();
    openDialog({
      title: 'Delete ' + fmt(n) + ' ' + noun(n) + '?',
      message: 'You are about to delete ' + fmt(n) + ' ' + noun(n) + '. Deleted records can be restored from the recycle bin for 90 days.',
      typedCount: n,
      confirmLabel: 'Delete',
      danger: true,
      testId: 'delete-dialog',
      onConfirm: function () {
        return post(config.archiveUrl, target()).then(function (result) {
          showToast(fmt(result.archived) + ' ' + noun(result.archived) + ' deleted');
          return load(currentUrl);
        });
      },
    });
  },
  'remove-from-list': function () {
    var n = selectionCount();
    openDialog({
      title: 'Remove ' + fmt(n) + ' ' + noun(n) + ' from this list?',
      message: 'The records stay in your CRM; only their membership in this list ends.',
      confirmLabel: 'Remove',
      danger: false,
      testId: 'remove-dialog',
      onConfirm: function () {
        return post(config.removeUrl, target()).then(function (result) {
          showToast(fmt(result.removed) + ' removed from the list');
          return load(currentUrl);
        });
      },
    });
  },
};

document.addEventListener('change', function (event) {
  var t = event.target;
  if (!t.closest || !t.closest('[data-index-region]')) return;
  if (t.matches('select[data-page-size]')) {
    var option = t.options[t.selectedIndex];
    load(option.getAttribute('data-href'));
    return;
  }
  if (t.matches('input[data-select-page]')) {
    rowChecks().forEach(function (c) {
      c.checked = t.checked;
    });
    allMatching = false;
  }
  sync();
});

document.addEventListener('click', function (event) {
  var t = event.target.closest
    ? event.target.closest('a[data-page-link], [data-select-all-matching], [data-bulk-action], [data-menu-toggle]')
    : null;
  if (!t) {
    closeMenus(null);
    return;
  }
  if (t.matches('a[data-page-link]')) {
    event.preventDefault();
    load(t.getAttribute('href'));
  } else if (t.matches('[data-select-all-matching]')) {
    allMatching = !allMatching;
    if (!allMatching)
      rowChecks().forEach(function (c) {
        c.checked = false;
      });
    sync();
  } else if (t.matches('[data-menu-toggle]')) {
    var open = t.getAttribute('aria-expanded') !== 'true';
    closeMenus(t);
    t.setAttribute('aria-expanded', String(open));
    var menu = document.getElementById(t.getAttribute('aria-controls'));
    if (menu) menu.hidden = !open;
    if (open && menu && menu.querySelector('[role="menuitem"]')) menu.querySelector('[role="menuitem"]').focus();
  } else if (t.getAttribute('aria-disabled') !== 'true' && actions[t.getAttribute('data-bulk-action')]) {
    closeMenus(null);
    actions[t.getAttribute('data-bulk-action')]();
  }
});

document.addEventListener('keydown', function (event) {
  if (event.key === 'Escape') closeMenus(null);
});
// After the recycle bin's form POST: make a reload show the bin again instead of re-posting.
if (config.answeredPost && history.replaceState) history.replaceState(null, '', location.href);
sync();
// `?render=client` (client-render.ts): the rows come after the page, as HubSpot's app renders them.
if (config.rowsUrl) {
  window.addEventListener('load', function () {
    setTimeout(function () {
      load(config.rowsUrl).catch(function (error) {
        region().textContent = error.message;
      });
    }, config.rowsAfterMs);
  });
}
