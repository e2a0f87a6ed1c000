/*
 * HubSpot-like modal dialog, used by the bulk bar's Delete (HUBSPOT.md §1: "a dialog asks the
 * user to type the number of records and click Delete") and by "Remove from list".
 * Runs inside the page script's closure: `classes` (logical → hashed class names) is in scope.
 * Browser code, plain ES2017, no imports: it is inlined into the page.
 */
function openDialog(opts) {
  var previousFocus = document.activeElement;
  var titleId = 'dialog-title-' + Date.now();
  var backdrop = document.createElement('div');
  backdrop.className = classes['dialog-backdrop'];
  var dialog = document.createElement('div');
  dialog.className = classes.dialog;
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', titleId);
  dialog.setAttribute('data-test-id', opts.testId || 'confirm-dialog');
  var title = document.createElement('h2');
  title.className = classes['dialog-title'];
  title.id = titleId;
  title.textContent = opts.title;
  var body = document.createElement('div');
  body.className = classes['dialog-body'];
  var message = document.createElement('p');
  message.textContent = opts.message;
  body.appendChild(message);
  var error = document.createElement('p');
  error.className = classes['result-error'];
  error.setAttribute('role', 'alert');
  var input = null;
  if (opts.typedCount !== undefined) {
    var inputId = titleId + '-match';
    var label = document.createElement('label');
    label.htmlFor = inputId;
    label.textContent = 'Type the number of records to delete';
    input = document.createElement('input');
    input.id = inputId;
    input.className = classes.input;
    input.setAttribute('data-selenium-test', 'delete-dialog-match');
    input.setAttribute('inputmode', 'numeric');
    input.setAttribute('autocomplete', 'off');
    body.appendChild(label);
    body.appendChild(input);
  }
  body.appendChild(error);
  var footer = document.createElement('div');
  footer.className = classes['dialog-footer'];
  var confirm = document.createElement('button');
  confirm.type = 'button';
  confirm.className = classes.button + ' ' + classes[opts.danger ? 'button-danger' : 'button-primary'];
  confirm.setAttribute('data-test-id', 'delete-dialog-confirm-button');
  confirm.textContent = opts.confirmLabel;
  var cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = classes.button;
  cancel.textContent = 'Cancel';
  footer.appendChild(confirm);
  footer.appendChild(cancel);
  dialog.appendChild(title);
  dialog.appendChild(body);
  dialog.appendChild(footer);
  backdrop.appendChild(dialog);

  // HubSpot compares the typed number with the selection count; thousands separators are allowed.
  function typedMatches() {
    return input === null || input.value.replace(/[\s,.\u00a0]/g, '') === String(opts.typedCount);
  }
  function refreshConfirm() {
    confirm.disabled = !typedMatches();
  }
  function close() {
    document.removeEventListener('keydown', onKey, true);
    backdrop.remove();
    if (previousFocus && previousFocus.focus) previousFocus.focus();
  }
  function onKey(event) {
    if (event.key === 'Escape') close();
  }
  if (input) input.addEventListener('input', refreshConfirm);
  cancel.addEventListener('click', close);
  confirm.addEventListener('click', function () {
    if (!typedMatches()) return;
    confirm.disabled = true;
    cancel.disabled = true;
    error.textContent = '';
    Promise.resolve(opts.onConfirm()).then(close, function (err) {
      error.textContent = (err && err.message) || 'Something went wrong. Nothing was changed.';
      cancel.disabled = false;
      refreshConfirm();
    });
  });
  document.addEventListener('keydown', onKey, true);
  refreshConfirm();
  document.body.appendChild(backdrop);
  (input || confirm).focus();
  return { close: close, element: dialog };
}

/** A short confirmation at the bottom of the page, like HubSpot's toasts. */
function showToast(text) {
  var toast = document.createElement('div');
  toast.className = classes.toast;
  toast.setAttribute('role', 'status');
  toast.textContent = text;
  document.body.appendChild(toast);
  setTimeout(function () {
    toast.remove();
  }, 4000);
}
