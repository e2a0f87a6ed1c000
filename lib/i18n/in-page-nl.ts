import type { InPageTranslations } from './catalogue';

/** Dutch words the in-page overlay may show (see in-page-en.ts). */
export const nlInPage: InPageTranslations = {
  'object.0-3': { one: 'deal', other: 'deals' },
  'object.0-5': { one: 'ticket', other: 'tickets' },
  // Made outside the pages and carried as Text (lib/i18n/text.ts); see messages-en.ts.
  'request.foreignSender': 'Bericht geweigerd: het kwam niet van crm-sweep zelf.',
  'request.notObject': 'Bericht geweigerd: het is geen object.',
  'request.unknownRoute': 'Onbekend verzoek "{route}".',
  'request.forbidden': '"{route}" kan alleen worden aangevraagd vanuit de pop-up of de instellingenpagina van crm-sweep.',
  'request.tooLarge': 'Bericht geweigerd: de inhoud is te groot.',
  'request.invalid': 'Verzoek geweigerd, er is niets gewijzigd: {problem}.',
  'request.noReply': 'crm-sweep antwoordde niet. Laad de pagina opnieuw en probeer het nog eens.',

  'start.noToken':
    'Er is geen HubSpot-servicesleutel (of privé-app-token) ingesteld. Er is niets gewijzigd. Voeg er een toe bij de instellingen van crm-sweep.',
  'selection.pagePortalMismatch':
    'Deze pagina staat in HubSpot-portal {pagePortal}, maar de servicesleutel van crm-sweep hoort bij portal {tokenPortal}. Er is niets geselecteerd. Selecteer de records in portal {tokenPortal}, of stel een servicesleutel van portal {pagePortal} in bij de instellingen van crm-sweep.',
  'selection.notSelectablePage': 'Deze pagina is geen HubSpot-tabel, -bord of -lijst. Er is niets geselecteerd.',
  'selection.removeNeedsList': '"Uit lijst halen" werkt alleen op een HubSpot-lijstpagina. Er is niets geselecteerd.',
  'selection.alreadyResolving': 'Deze selectie wordt al opgezocht.',
  'selection.cancelled': 'Geannuleerd: er is niets geselecteerd.',
  'selection.tooMany': 'Dat zijn {found} records; crm-sweep verwerkt er hoogstens {max} tegelijk. Er is niets geselecteerd.',
  'selection.notList': 'Deze pagina is geen HubSpot-lijst.',
  'selection.refused': '{reason} Er is niets geselecteerd.',
  'selection.selectAllPagesOnly': '“Alles selecteren” werkt alleen op HubSpot-tabellen, -borden en -lijsten.',
  'selection.filteredBoard':
    'crm-sweep kan geen hele kolom of pijplijn selecteren in een gefilterde weergave: de API van HubSpot ziet de filters van deze weergave niet, dus crm-sweep kan niet controleren of de gevonden records precies de records zijn die u ziet. Kies de kaarten die u ziet, of open de ongefilterde weergave "Alle".',
  'selection.filteredTable':
    'crm-sweep kan {what} niet selecteren in een gefilterde weergave: de API van HubSpot ziet de filters van deze weergave niet, dus crm-sweep kan niet controleren of de gevonden records precies de records zijn die u ziet. Selecteer de rijen of pagina’s die u ziet, of open de ongefilterde weergave "Alle".',
  'selection.allRecords': 'alle records',
  'selection.allOf': 'alle {count} {noun}',
  'selection.columnsDoNotAddUp':
    'De geselecteerde kolommen komen niet uit op het verzonden totaal. Er is niets geselecteerd. Laad het bord opnieuw en probeer het nog eens.',
  'selection.queryDoesNotFit': 'Een selectie van het type "{query}" past niet bij deze pagina ({page}). Er is niets geselecteerd.',
  'selection.nothingLeft': 'Er blijft niets over om te selecteren nadat de uitgevinkte records eraf zijn gehaald.',
  'selection.where.view': 'deze weergave',
  'selection.where.list': 'de lijst "{name}"',
  'selection.where.pipeline': 'de pijplijn "{name}"',
  'selection.where.column': 'de kolom "{name}"',
  'selection.where.columns': 'de {count} geselecteerde kolommen',
  'selection.moreThan': 'meer dan {count}',
  'selection.viewMismatch':
    'HubSpot toont {displayed} records in {where}, maar de API vindt er {found}. Er is niets geselecteerd: records kunnen zijn gewijzigd sinds de pagina werd geladen, of de pagina verbergt er een aantal met filters die de API niet ziet. Laad de pagina opnieuw en probeer het nog eens, of selecteer de rijen die u ziet.',
  'selection.apiCountChanged':
    'De API van HubSpot telde {displayed} records in {where} toen u ze allemaal selecteerde, maar vindt er nu {found}. Er is niets geselecteerd: de records zijn intussen gewijzigd. Selecteer opnieuw alles om het nieuwe aantal te zien.',
  'selection.boardMismatch':
    'Het bord toont {shown} in {where}, maar de API van HubSpot vindt er {found}. Er is niets geselecteerd: records kunnen zijn gewijzigd sinds het bord werd geladen, of het bord verbergt er een aantal met filters die de API niet ziet. Laad het bord opnieuw en probeer het nog eens, of kies de kaarten die u ziet.',
  'selection.unknownPipeline':
    'HubSpot heeft geen pijplijn "{pipeline}" voor dit object. Er is niets geselecteerd. Laad het bord opnieuw en probeer het nog eens.',
  'selection.whichPipeline':
    'crm-sweep kan niet zien welke pijplijn dit bord toont: kies de pijplijn in het pijplijnmenu van HubSpot (zodat het adres hem noemt) en probeer het nog eens. Er is niets geselecteerd.',
  'selection.boardsDealsTickets': 'Alleen borden met deals en tickets kunnen in hun geheel worden geselecteerd. Er is niets geselecteerd.',
  'selection.unknownColumn':
    'De kolom "{column}" is volgens de API van HubSpot geen fase van de pijplijn "{pipeline}". Er is niets geselecteerd. Laad het bord opnieuw en probeer het nog eens.',

  'overlay.toolbar': 'crm-sweep-selectie',
  'overlay.selected': '{count} geselecteerd',
  'overlay.cleared': 'Selectie gewist',
  'overlay.checking': 'De selectie wordt gecontroleerd bij HubSpot',
  'overlay.checkingProgress': '{resolved} van {expected} gecontroleerd bij HubSpot…',
  'overlay.clear': 'Wissen',
  'overlay.removeFromList': 'Uit lijst halen…',
  'overlay.delete': 'Verwijderen…',
  'overlay.deleteRecords': 'Records verwijderen…',
  'overlay.dismiss': 'Sluiten',
  'overlay.records': 'records',
  'overlay.select': 'Selecteer',
  'overlay.selectRecord': 'Selecteer {name}',
  'overlay.unnamedRecord': 'record {id}',
  'overlay.selectColumn': 'Selecteer kolom {column}',
  'overlay.selectColumnTitle': 'Selecteer alle records in {column}',
  'overlay.selectPipeline': 'Alles in de pijplijn selecteren',
  'overlay.selectPage': 'Alle records op deze pagina selecteren',
  'overlay.selectPageOf': 'Alle {count} {noun} op deze pagina selecteren',
  'overlay.selectAllOf': 'Alle {count} {noun} selecteren',
  'overlay.selectAllInView': 'Alle records in deze weergave selecteren',
  'overlay.selectAllInList': 'Alle leden van deze lijst selecteren',
  'overlay.counting': 'HubSpot toont hier geen totaal: de API van HubSpot wordt gevraagd hoeveel het er zijn…',
  'overlay.apiCounted': 'HubSpot toont hier geen totaal; de API telt {count} {noun}.',
  'overlay.columnCountsUnreadable':
    'crm-sweep kan niet van elke kolom op dit bord het aantal lezen en kan een selectie van hele kolommen dus niet controleren. Er is niets geselecteerd.',
  'overlay.noColumns': 'crm-sweep vindt de kolommen van het bord niet op deze pagina (HubSpot heeft die misschien gewijzigd).',
  'overlay.noColumnNames': 'crm-sweep kan de kolomnamen van het bord op deze pagina niet lezen.',
  'overlay.noTable': 'crm-sweep vindt de tabel met records niet op deze pagina (HubSpot heeft die misschien gewijzigd).',
  'overlay.pageChanged': 'De pagina is gewijzigd.',
  'overlay.cannotResolve': 'Op deze pagina kan “alles selecteren” niet worden opgezocht.',
  'overlay.nothingToResolve': 'Er is niets op te zoeken.',
  'overlay.ready': {
    one: '{count} record staat klaar: bevestig in het crm-sweep-venster. Er wordt niets verwijderd tot u dat doet.',
    other: '{count} records staan klaar: bevestig in het crm-sweep-venster. Er wordt niets verwijderd tot u dat doet.',
  },
  'overlay.changed.row': {
    one: 'Een rij veranderde in een ander record nadat het selectievakje was getekend (HubSpot tekende de rij opnieuw)',
    other: '{count} rijen veranderden in andere records nadat hun selectievakjes waren getekend (HubSpot tekende ze opnieuw)',
  },
  'overlay.changed.card': {
    one: 'Een kaart veranderde in een ander record nadat het selectievakje was getekend (HubSpot tekende de kaart opnieuw)',
    other: '{count} kaarten veranderden in andere records nadat hun selectievakjes waren getekend (HubSpot tekende ze opnieuw)',
  },
  'overlay.changedNothingSelected':
    '{what}. Er is niets geselecteerd om te verwijderen. Controleer wat is aangevinkt en klik nogmaals op Verwijderen….',
  'overlay.changedUnticked': {
    one: '{what}. Er is niets geselecteerd om te verwijderen. Het vinkje is weggehaald. Controleer wat is aangevinkt en klik nogmaals op Verwijderen….',
    other:
      '{what}. Er is niets geselecteerd om te verwijderen. De vinkjes zijn weggehaald. Controleer wat is aangevinkt en klik nogmaals op Verwijderen….',
  },
  'overlay.changedBeforeClick.row':
    'Deze rij veranderde vlak voor uw klik in een ander record (HubSpot tekende de rij opnieuw), dus er is niets geselecteerd. Het selectievakje hoort nu bij het record dat de rij toont: klik nogmaals om dat te selecteren.',
  'overlay.changedBeforeClick.card':
    'Deze kaart veranderde vlak voor uw klik in een ander record (HubSpot tekende de kaart opnieuw), dus er is niets geselecteerd. Het selectievakje hoort nu bij het record dat de kaart toont: klik nogmaals om dat te selecteren.',
  'connect.otherPortal':
    'De opgeslagen servicesleutel hoort bij HubSpot-portal {keyPortal}, maar de records van deze taak staan in portal {portal}. Er is verder niets gewijzigd. Sla een servicesleutel van portal {portal} op bij de instellingen van crm-sweep en ga dan verder.',

  // De herstelpagina van HubSpot (issue 19): het paneel dat crm-sweep daar toont terwijl het een batch selecteert.
  'restore.panelTitle': 'crm-sweep — exact herstellen',
  'restore.restoreButton': 'Herstellen',
  'restore.selecting': 'Records van deze batch selecteren: pagina {page}…',
  'restore.selectedOf': {
    one: '{selected} van de {count} record van deze batch is geselecteerd — druk op “{button}”',
    other: '{selected} van de {count} records van deze batch zijn geselecteerd — druk op “{button}”',
  },
  'restore.round': 'Ronde {round} van {rounds}: HubSpot herstelt hoogstens 10.000 records tegelijk.',
  'restore.noneShown': 'Geen enkel record van deze batch staat op deze pagina, dus er is niets geselecteerd.',
  'restore.notShown': {
    one: '{count} record van de batch staat niet op deze pagina:',
    other: '{count} records van de batch staan niet op deze pagina:',
  },
  'restore.reason.overCap': 'voorbij de 10.000 die HubSpot tegelijk toont (herstel deze eerst en open dan de volgende ronde)',
  'restore.reason.notOnPage': 'niet in deze prullenbak (al hersteld, of definitief verwijderd)',
  'restore.more': '… en nog {count}',
  'restore.untickedOthers': {
    one: '{count} record buiten deze batch was aangevinkt; crm-sweep heeft het vinkje weggehaald.',
    other: '{count} records buiten deze batch waren aangevinkt; crm-sweep heeft de vinkjes weggehaald.',
  },
  'restore.unreadableRows': {
    one: 'Van {count} rij kon het record-ID niet zeker worden gelezen; die is niet aangevinkt.',
    other: 'Van {count} rijen kon het record-ID niet zeker worden gelezen; die zijn niet aangevinkt.',
  },
  'restore.countMismatch':
    'HubSpot zegt dat {page} records geselecteerd zijn, maar crm-sweep heeft er {ours} aangevinkt. Controleer de selectie voordat u op “{button}” drukt.',
  'restore.failed':
    'crm-sweep kon het selecteren op deze pagina niet afmaken: {problem}. Controleer wat er is aangevinkt voordat u op “{button}” drukt.',
  'restore.restored':
    'HubSpot heeft de records hersteld. crm-sweep controleert ze nu en herstelt wat HubSpot heeft weggelaten — zie de pop-up.',
  'restore.noPage': 'crm-sweep kan deze herstelpagina niet lezen (HubSpot heeft die misschien gewijzigd). Er is niets geselecteerd.',
  'restore.pageStalled': 'de herstelpagina toonde de volgende pagina niet op tijd',
  'restore.ticksRefused': {
    one: '{count} selectievakje nam het vinkje niet aan',
    other: '{count} selectievakjes namen het vinkje niet aan',
  },
  'restore.reportRefused': 'Dit tabblad is niet de herstelpagina die crm-sweep voor deze batch opende. Er is niets vastgelegd.',

  // The action bar's placement, collapse and keyboard shortcut (lib/overlay/bar-*.ts).
  'overlay.region': 'crm-sweep',
  'overlay.move': 'Werkbalk verplaatsen',
  'overlay.collapse': 'Werkbalk inklappen',
  'overlay.toolbarHelp':
    'Alt+Shift+K verplaatst de focus tussen de pagina en deze werkbalk. Met de pijltoetsen ga je van knop naar knop. Op Werkbalk verplaatsen zet Enter de werkbalk in de volgende hoek en verschuift Shift met een pijltoets hem; je kunt hem ook slepen.',
};
