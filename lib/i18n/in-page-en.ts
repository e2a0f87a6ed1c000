/**
 * English words the in-page overlay may show: its own, and those of the refusals and errors the
 * background answers the content script with. The background sends the content script these
 * words in the chosen language (in-page-words.ts); messages-en.ts adds those of crm-sweep's own pages.
 */
export const enInPage = {
  'object.0-3': { one: 'deal', other: 'deals' },
  'object.0-5': { one: 'ticket', other: 'tickets' },
  // Made outside the pages (background, API client, storage, overlay) and carried as Text
  // (lib/i18n/text.ts), so the page that shows them can word them in the reader's language.
  'request.foreignSender': 'Message refused: it did not come from crm-sweep itself.',
  'request.notObject': 'Message refused: not an object.',
  'request.unknownRoute': 'Unknown request "{route}".',
  'request.forbidden': '"{route}" can only be requested from the crm-sweep popup or options page.',
  'request.tooLarge': 'Message refused: payload too large.',
  'request.invalid': 'Request refused, nothing was changed: {problem}.',
  'request.noReply': 'crm-sweep did not answer. Reload the page and try again.',

  'start.noToken': "No HubSpot service key (or private-app token) is set. Nothing was changed. Add one in crm-sweep's options.",
  'selection.pagePortalMismatch':
    "This page is in HubSpot portal {pagePortal}, but crm-sweep's service key belongs to portal {tokenPortal}. Nothing was selected. Select the records in portal {tokenPortal}, or set a service key of portal {pagePortal} in crm-sweep's options.",
  'selection.notSelectablePage': 'This page is not a HubSpot table, board or list. Nothing was selected.',
  'selection.removeNeedsList': '"Remove from list" works on a HubSpot list page only. Nothing was selected.',
  'selection.alreadyResolving': 'This selection is already being resolved.',
  'selection.cancelled': 'Cancelled: nothing was selected.',
  'selection.tooMany': 'That is {found} records; crm-sweep handles at most {max} at a time. Nothing was selected.',
  'selection.notList': 'This page is not a HubSpot list.',
  'selection.refused': '{reason} Nothing was selected.',
  'selection.selectAllPagesOnly': 'Select all works on HubSpot tables, boards and lists only.',
  'selection.filteredBoard':
    "crm-sweep can't select a whole column or pipeline in a filtered view: HubSpot's API can't see this view's filters, so it can't check that the records it would find are exactly the ones you see. Pick the cards you see instead, or open the unfiltered \"All\" view.",
  'selection.filteredTable':
    "crm-sweep can't select {what} in a filtered view: HubSpot's API can't see this view's filters, so it can't check that the records it would find are exactly the ones you see. Select the rows or pages you see instead, or open the unfiltered \"All\" view.",
  'selection.allRecords': 'all records',
  'selection.allOf': 'all {count} {noun}',
  'selection.columnsDoNotAddUp':
    'The selected columns do not add up to the total sent. Nothing was selected. Reload the board and try again.',
  'selection.queryDoesNotFit': 'A "{query}" selection does not fit this {page} page. Nothing was selected.',
  'selection.nothingLeft': 'Nothing is left to select once the unticked records are taken out.',
  'selection.where.view': 'this view',
  'selection.where.list': 'the list "{name}"',
  'selection.where.pipeline': 'the pipeline "{name}"',
  'selection.where.column': 'the column "{name}"',
  'selection.where.columns': 'the {count} selected columns',
  'selection.moreThan': 'more than {count}',
  'selection.viewMismatch':
    "HubSpot shows {displayed} records in {where}, but its API lists {found}. Nothing was selected: records may have changed since the page loaded, or the page hides some with filters the API can't see. Reload the page and try again, or select the rows you see.",
  'selection.apiCountChanged':
    "HubSpot's API counted {displayed} records in {where} when you selected them all, but now finds {found}. Nothing was selected: records changed in the meantime. Select all again to see the new count.",
  'selection.boardMismatch':
    "The board shows {shown} in {where}, but HubSpot's API finds {found}. Nothing was selected: records may have changed since the board loaded, or the board hides some with filters the API can't see. Reload the board and try again, or pick the cards you see.",
  'selection.unknownPipeline':
    'HubSpot has no pipeline "{pipeline}" for this object. Nothing was selected. Reload the board and try again.',
  'selection.whichPipeline':
    "crm-sweep can't tell which pipeline this board shows: choose the pipeline in HubSpot's pipeline menu (so the address names it) and try again. Nothing was selected.",
  'selection.boardsDealsTickets': 'Only deal and ticket boards can be selected whole. Nothing was selected.',
  'selection.unknownColumn':
    'The column "{column}" is not a stage of the pipeline "{pipeline}" in HubSpot\'s API. Nothing was selected. Reload the board and try again.',

  'overlay.toolbar': 'crm-sweep selection',
  'overlay.selected': '{count} selected',
  'overlay.cleared': 'Selection cleared',
  'overlay.checking': 'Checking the selection with HubSpot',
  'overlay.checkingProgress': 'Checking {resolved} of {expected} with HubSpot…',
  'overlay.clear': 'Clear',
  'overlay.removeFromList': 'Remove from list…',
  'overlay.delete': 'Delete…',
  'overlay.deleteRecords': 'Delete records…',
  'overlay.dismiss': 'Dismiss',
  'overlay.records': 'records',
  'overlay.select': 'Select',
  'overlay.selectRecord': 'Select {name}',
  'overlay.unnamedRecord': 'record {id}',
  'overlay.selectColumn': 'Select column {column}',
  'overlay.selectColumnTitle': 'Select every record in {column}',
  'overlay.selectPipeline': 'Select all in pipeline',
  'overlay.selectPage': 'Select all records on this page',
  'overlay.selectPageOf': 'Select all {count} {noun} on this page',
  'overlay.selectAllOf': 'Select all {count} {noun}',
  'overlay.selectAllInView': 'Select all records in this view',
  'overlay.selectAllInList': 'Select all members of this list',
  'overlay.counting': "HubSpot shows no total here: asking HubSpot's API how many there are…",
  'overlay.apiCounted': 'HubSpot shows no total here; the API counts {count} {noun}.',
  'overlay.columnCountsUnreadable':
    "crm-sweep can't read every column's count on this board, so it can't check a whole-column selection. Nothing was selected.",
  'overlay.noColumns': "crm-sweep can't find the board's columns on this page (HubSpot may have changed it).",
  'overlay.noColumnNames': "crm-sweep can't read the board's column names on this page.",
  'overlay.noTable': "crm-sweep can't find the records table on this page (HubSpot may have changed it).",
  'overlay.pageChanged': 'The page changed.',
  'overlay.cannotResolve': 'This page cannot resolve "select all".',
  'overlay.nothingToResolve': 'Nothing to resolve.',
  'overlay.ready': {
    one: '{count} record is ready: confirm in the crm-sweep window. Nothing is deleted until you do.',
    other: '{count} records are ready: confirm in the crm-sweep window. Nothing is deleted until you do.',
  },
  'overlay.changed.row': {
    one: 'A row changed to another record after its checkbox was drawn (HubSpot re-drew it)',
    other: '{count} rows changed to other records after their checkboxes were drawn (HubSpot re-drew them)',
  },
  'overlay.changed.card': {
    one: 'A card changed to another record after its checkbox was drawn (HubSpot re-drew it)',
    other: '{count} cards changed to other records after their checkboxes were drawn (HubSpot re-drew them)',
  },
  'overlay.changedNothingSelected': '{what}. Nothing was selected for deletion. Check what is ticked and press Delete… again.',
  'overlay.changedUnticked': {
    one: '{what}. Nothing was selected for deletion. Its tick was taken off. Check what is ticked and press Delete… again.',
    other: '{what}. Nothing was selected for deletion. Their ticks were taken off. Check what is ticked and press Delete… again.',
  },
  'overlay.changedBeforeClick.row':
    'This row changed to another record just before your click (HubSpot re-drew it), so nothing was selected. Its checkbox now stands for the record it shows: click again to select that one.',
  'overlay.changedBeforeClick.card':
    'This card changed to another record just before your click (HubSpot re-drew it), so nothing was selected. Its checkbox now stands for the record it shows: click again to select that one.',
  'connect.otherPortal':
    "The saved service key belongs to HubSpot portal {keyPortal}, but this job's records are in portal {portal}. Nothing more was changed. Save a service key of portal {portal} in crm-sweep's options, then resume.",

  // HubSpot's restore page (issue 19): the panel crm-sweep shows there while it selects a batch.
  'restore.panelTitle': 'crm-sweep — exact restore',
  // HubSpot's Restore button when its own label cannot be read (restore-page.ts restoreButtonLabel).
  'restore.restoreButton': 'Restore',
  'restore.selecting': "Selecting this batch's records: page {page}…",
  'restore.selectedOf': {
    one: "{selected} of this batch's {count} record is selected — press “{button}”",
    other: "{selected} of this batch's {count} records are selected — press “{button}”",
  },
  'restore.round': 'Round {round} of {rounds}: HubSpot restores at most 10,000 records at a time.',
  'restore.noneShown': "None of this batch's records is on this page, so nothing was selected.",
  'restore.notShown': {
    one: '{count} record of the batch is not on this page:',
    other: '{count} records of the batch are not on this page:',
  },
  'restore.reason.overCap': 'beyond the 10,000 HubSpot shows at a time (restore these first, then open the next round)',
  'restore.reason.notOnPage': 'not in this recycle bin (restored already, or deleted for good)',
  'restore.more': '… and {count} more',
  'restore.untickedOthers': {
    one: '{count} record outside this batch was ticked; crm-sweep unticked it.',
    other: '{count} records outside this batch were ticked; crm-sweep unticked them.',
  },
  'restore.unreadableRows': {
    one: "{count} row's record ID could not be read for sure; it was not ticked.",
    other: "{count} rows' record IDs could not be read for sure; they were not ticked.",
  },
  'restore.countMismatch':
    'HubSpot says {page} records are selected, but crm-sweep ticked {ours}. Check the selection before you press “{button}”.',
  'restore.failed': 'crm-sweep could not finish selecting on this page: {problem}. Check what is ticked before you press “{button}”.',
  'restore.restored': 'HubSpot has restored the records. crm-sweep now checks them and repairs what HubSpot left out — see its popup.',
  'restore.noPage': "crm-sweep can't read this restore page (HubSpot may have changed it). Nothing was selected.",
  'restore.pageStalled': 'the restore page did not show the next page in time',
  'restore.ticksRefused': { one: '{count} checkbox did not take its tick', other: '{count} checkboxes did not take their ticks' },
  'restore.reportRefused': 'This tab is not the restore page crm-sweep opened for this batch. Nothing was recorded.',

  // The action bar's placement, collapse and keyboard shortcut (lib/overlay/bar-*.ts).
  'overlay.region': 'crm-sweep',
  'overlay.move': 'Move toolbar',
  'overlay.collapse': 'Collapse toolbar',
  'overlay.toolbarHelp':
    'Alt+Shift+K moves the focus between the page and this toolbar. Arrow keys move between its buttons. On Move toolbar, Enter takes the toolbar to the next corner and Shift with an arrow key moves it; you can also drag it.',
} as const;
