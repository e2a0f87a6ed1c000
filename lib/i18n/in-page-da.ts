import type { InPageTranslations } from './catalogue';

/** Danish words the in-page overlay may show (see in-page-en.ts). */
export const daInPage: InPageTranslations = {
  'object.0-3': { one: 'handel', other: 'handler' },
  'object.0-5': { one: 'sag', other: 'sager' },
  // Made outside the pages and carried as Text (lib/i18n/text.ts); see messages-en.ts.
  'request.foreignSender': 'Beskeden blev afvist: den kom ikke fra crm-sweep selv.',
  'request.notObject': 'Beskeden blev afvist: den er ikke et objekt.',
  'request.unknownRoute': 'Ukendt forespørgsel "{route}".',
  'request.forbidden': '"{route}" kan kun bruges fra crm-sweeps pop op-vindue eller indstillingsside.',
  'request.tooLarge': 'Beskeden blev afvist: den er for stor.',
  'request.invalid': 'Forespørgslen blev afvist, og intet blev ændret: {problem}.',
  'request.noReply': 'crm-sweep svarede ikke. Genindlæs siden, og prøv igen.',

  'start.noToken':
    'Der er ikke angivet nogen HubSpot-servicenøgle (eller private app-token). Intet blev ændret. Tilføj en under crm-sweeps indstillinger.',
  'selection.pagePortalMismatch':
    'Denne side er i HubSpot-portal {pagePortal}, men crm-sweeps servicenøgle hører til portal {tokenPortal}. Intet blev valgt. Vælg posterne i portal {tokenPortal}, eller angiv en servicenøgle fra portal {pagePortal} under crm-sweeps indstillinger.',
  'selection.notSelectablePage': 'Denne side er ikke en HubSpot-tabel, -tavle eller -liste. Intet blev valgt.',
  'selection.removeNeedsList': '"Fjern fra liste" virker kun på en HubSpot-listeside. Intet blev valgt.',
  'selection.alreadyResolving': 'Dette valg er allerede ved at blive slået op.',
  'selection.cancelled': 'Annulleret: intet blev valgt.',
  'selection.tooMany': 'Det er {found} poster; crm-sweep håndterer højst {max} ad gangen. Intet blev valgt.',
  'selection.notList': 'Denne side er ikke en HubSpot-liste.',
  'selection.refused': '{reason} Intet blev valgt.',
  'selection.selectAllPagesOnly': '“Vælg alle” virker kun på HubSpot-tabeller, -tavler og -lister.',
  'selection.filteredBoard':
    'crm-sweep kan ikke vælge en hel kolonne eller pipeline i en filtreret visning: HubSpots API kan ikke se visningens filtre, så crm-sweep kan ikke kontrollere, at de poster, den finder, er præcis dem, du ser. Vælg de kort, du ser, eller åbn den ufiltrerede visning "Alle".',
  'selection.filteredTable':
    'crm-sweep kan ikke vælge {what} i en filtreret visning: HubSpots API kan ikke se visningens filtre, så crm-sweep kan ikke kontrollere, at de poster, den finder, er præcis dem, du ser. Vælg de rækker eller sider, du ser, eller åbn den ufiltrerede visning "Alle".',
  'selection.allRecords': 'alle poster',
  'selection.allOf': 'alle {count} {noun}',
  'selection.columnsDoNotAddUp':
    'De valgte kolonner giver ikke det samme antal som det tilsendte. Intet blev valgt. Genindlæs tavlen, og prøv igen.',
  'selection.queryDoesNotFit': 'Et valg af typen "{query}" passer ikke til denne side ({page}). Intet blev valgt.',
  'selection.nothingLeft': 'Der er intet tilbage at vælge, når de fravalgte poster er trukket fra.',
  'selection.where.view': 'denne visning',
  'selection.where.list': 'listen "{name}"',
  'selection.where.pipeline': 'pipelinen "{name}"',
  'selection.where.column': 'kolonnen "{name}"',
  'selection.where.columns': 'de {count} valgte kolonner',
  'selection.moreThan': 'flere end {count}',
  'selection.viewMismatch':
    'HubSpot viser {displayed} poster i {where}, men API’et finder {found}. Intet blev valgt: posterne kan være ændret, siden siden blev indlæst, eller siden skjuler nogle med filtre, som API’et ikke kan se. Genindlæs siden, og prøv igen, eller vælg de rækker, du ser.',
  'selection.apiCountChanged':
    'HubSpots API talte {displayed} poster i {where}, da du valgte dem alle, men finder nu {found}. Intet blev valgt: posterne er ændret i mellemtiden. Vælg alle igen for at se det nye antal.',
  'selection.boardMismatch':
    'Tavlen viser {shown} i {where}, men HubSpots API finder {found}. Intet blev valgt: posterne kan være ændret, siden tavlen blev indlæst, eller tavlen skjuler nogle med filtre, som API’et ikke kan se. Genindlæs tavlen, og prøv igen, eller vælg de kort, du ser.',
  'selection.unknownPipeline':
    'HubSpot har ingen pipeline "{pipeline}" for dette objekt. Intet blev valgt. Genindlæs tavlen, og prøv igen.',
  'selection.whichPipeline':
    'crm-sweep kan ikke se, hvilken pipeline tavlen viser: vælg pipelinen i HubSpots pipelinemenu (så adressen nævner den), og prøv igen. Intet blev valgt.',
  'selection.boardsDealsTickets': 'Kun tavler med handler og sager kan vælges samlet. Intet blev valgt.',
  'selection.unknownColumn':
    'Kolonnen "{column}" er ikke en fase i pipelinen "{pipeline}" i HubSpots API. Intet blev valgt. Genindlæs tavlen, og prøv igen.',

  'overlay.toolbar': 'crm-sweep-valg',
  'overlay.selected': '{count} valgt',
  'overlay.cleared': 'Valget er ryddet',
  'overlay.checking': 'Valget kontrolleres hos HubSpot',
  'overlay.checkingProgress': 'Kontrollerer {resolved} af {expected} hos HubSpot…',
  'overlay.clear': 'Ryd',
  'overlay.removeFromList': 'Fjern fra liste…',
  'overlay.delete': 'Slet…',
  'overlay.deleteRecords': 'Slet poster…',
  'overlay.dismiss': 'Luk',
  'overlay.records': 'poster',
  'overlay.select': 'Vælg',
  'overlay.selectRecord': 'Vælg {name}',
  'overlay.unnamedRecord': 'post {id}',
  'overlay.selectColumn': 'Vælg kolonnen {column}',
  'overlay.selectColumnTitle': 'Vælg alle poster i {column}',
  'overlay.selectPipeline': 'Vælg alle i pipelinen',
  'overlay.selectPage': 'Vælg alle poster på denne side',
  'overlay.selectPageOf': 'Vælg alle {count} {noun} på denne side',
  'overlay.selectAllOf': 'Vælg alle {count} {noun}',
  'overlay.selectAllInView': 'Vælg alle poster i denne visning',
  'overlay.selectAllInList': 'Vælg alle medlemmer af denne liste',
  'overlay.counting': 'HubSpot viser intet samlet antal her: spørger HubSpots API, hvor mange der er…',
  'overlay.apiCounted': 'HubSpot viser intet samlet antal her; API’et tæller {count} {noun}.',
  'overlay.columnCountsUnreadable':
    'crm-sweep kan ikke læse antallet i alle tavlens kolonner og kan derfor ikke kontrollere et valg af hele kolonner. Intet blev valgt.',
  'overlay.noColumns': 'crm-sweep kan ikke finde tavlens kolonner på denne side (HubSpot kan have ændret den).',
  'overlay.noColumnNames': 'crm-sweep kan ikke læse navnene på tavlens kolonner på denne side.',
  'overlay.noTable': 'crm-sweep kan ikke finde tabellen med poster på denne side (HubSpot kan have ændret den).',
  'overlay.pageChanged': 'Siden blev skiftet.',
  'overlay.cannotResolve': 'Denne side kan ikke slå “vælg alle” op.',
  'overlay.nothingToResolve': 'Der er intet at slå op.',
  'overlay.ready': {
    one: '{count} post er klar: bekræft i crm-sweep-vinduet. Intet slettes, før du gør det.',
    other: '{count} poster er klar: bekræft i crm-sweep-vinduet. Intet slettes, før du gør det.',
  },
  'overlay.changed.row': {
    one: 'En række skiftede til en anden post, efter at dens afkrydsningsfelt blev tegnet (HubSpot tegnede den igen)',
    other: '{count} rækker skiftede til andre poster, efter at deres afkrydsningsfelter blev tegnet (HubSpot tegnede dem igen)',
  },
  'overlay.changed.card': {
    one: 'Et kort skiftede til en anden post, efter at dets afkrydsningsfelt blev tegnet (HubSpot tegnede det igen)',
    other: '{count} kort skiftede til andre poster, efter at deres afkrydsningsfelter blev tegnet (HubSpot tegnede dem igen)',
  },
  'overlay.changedNothingSelected': '{what}. Intet blev valgt til sletning. Tjek, hvad der er markeret, og tryk på Slet… igen.',
  'overlay.changedUnticked': {
    one: '{what}. Intet blev valgt til sletning. Markeringen blev fjernet. Tjek, hvad der er markeret, og tryk på Slet… igen.',
    other: '{what}. Intet blev valgt til sletning. Markeringerne blev fjernet. Tjek, hvad der er markeret, og tryk på Slet… igen.',
  },
  'overlay.changedBeforeClick.row':
    'Denne række skiftede til en anden post lige før dit klik (HubSpot tegnede den igen), så intet blev valgt. Afkrydsningsfeltet hører nu til den post, rækken viser: klik igen for at vælge den.',
  'overlay.changedBeforeClick.card':
    'Dette kort skiftede til en anden post lige før dit klik (HubSpot tegnede det igen), så intet blev valgt. Afkrydsningsfeltet hører nu til den post, kortet viser: klik igen for at vælge den.',
  'connect.otherPortal':
    'Den gemte servicenøgle hører til HubSpot-portal {keyPortal}, men jobbets poster er i portal {portal}. Intet mere blev ændret. Gem en servicenøgle fra portal {portal} under crm-sweeps indstillinger, og fortsæt derefter.',

  // HubSpots gendannelsesside (issue 19): panelet crm-sweep viser, mens det vælger en batch.
  'restore.panelTitle': 'crm-sweep — præcis gendannelse',
  'restore.restoreButton': 'Gendan',
  'restore.selecting': 'Vælger denne batchs poster: side {page}…',
  'restore.selectedOf': {
    one: '{selected} af denne batchs {count} post er valgt — tryk på “{button}”',
    other: '{selected} af denne batchs {count} poster er valgt — tryk på “{button}”',
  },
  'restore.round': 'Runde {round} af {rounds}: HubSpot gendanner højst 10.000 poster ad gangen.',
  'restore.noneShown': 'Ingen af denne batchs poster er på denne side, så intet blev valgt.',
  'restore.notShown': {
    one: '{count} post fra batchen er ikke på denne side:',
    other: '{count} poster fra batchen er ikke på denne side:',
  },
  'restore.reason.overCap': 'ud over de 10.000, HubSpot viser ad gangen (gendan disse først, og åbn så næste runde)',
  'restore.reason.notOnPage': 'ikke i denne papirkurv (allerede gendannet eller slettet for altid)',
  'restore.more': '… og {count} mere',
  'restore.untickedOthers': {
    one: '{count} post uden for denne batch var markeret; crm-sweep fjernede markeringen.',
    other: '{count} poster uden for denne batch var markeret; crm-sweep fjernede markeringerne.',
  },
  'restore.unreadableRows': {
    one: '{count} rækkes post-ID kunne ikke læses sikkert; den blev ikke markeret.',
    other: '{count} rækkers post-ID kunne ikke læses sikkert; de blev ikke markeret.',
  },
  'restore.countMismatch':
    'HubSpot siger, at {page} poster er valgt, men crm-sweep markerede {ours}. Tjek markeringen, før du trykker på “{button}”.',
  'restore.failed':
    'crm-sweep kunne ikke gøre markeringen færdig på denne side: {problem}. Tjek, hvad der er markeret, før du trykker på “{button}”.',
  'restore.restored': 'HubSpot har gendannet posterne. crm-sweep tjekker dem nu og reparerer det, HubSpot udelod — se pop op-vinduet.',
  'restore.noPage': 'crm-sweep kan ikke læse denne gendannelsesside (HubSpot kan have ændret den). Intet blev valgt.',
  'restore.pageStalled': 'gendannelsessiden viste ikke den næste side i tide',
  'restore.ticksRefused': {
    one: '{count} afkrydsningsfelt tog ikke imod markeringen',
    other: '{count} afkrydsningsfelter tog ikke imod markeringen',
  },
  'restore.reportRefused': 'Denne fane er ikke den gendannelsesside, crm-sweep åbnede for denne batch. Intet blev registreret.',

  // The action bar's placement, collapse and keyboard shortcut (lib/overlay/bar-*.ts).
  'overlay.region': 'crm-sweep',
  'overlay.move': 'Flyt værktøjslinjen',
  'overlay.collapse': 'Fold værktøjslinjen sammen',
  'overlay.toolbarHelp':
    'Alt+Skift+K flytter fokus mellem siden og denne værktøjslinje. Piletasterne flytter mellem dens knapper. På Flyt værktøjslinjen flytter Enter værktøjslinjen til næste hjørne, og Skift med en piletast flytter den; du kan også trække den.',
};
