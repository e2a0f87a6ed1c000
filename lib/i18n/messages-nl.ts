import type { Translations } from './catalogue';
import { nlInPage } from './in-page-nl';

/** Dutch. Object names follow HubSpot's Dutch interface where it has one. */
export const nl: Translations = {
  ...nlInPage,
  'common.about': 'ongeveer {value}',
  'common.items': '{count} {object}',
  'object.0-1': { one: 'contactpersoon', other: 'contactpersonen' },
  'object.0-2': { one: 'bedrijf', other: 'bedrijven' },
  'object.0-48': { one: 'gesprek', other: 'gesprekken' },
  'object.0-46': { one: 'notitie', other: 'notities' },
  'object.0-49': { one: 'e-mail', other: 'e-mails' },
  'object.0-47': { one: 'vergadering', other: 'vergaderingen' },
  'object.0-27': { one: 'taak', other: 'taken' },
  'object.custom': { one: 'record van een aangepast object', other: 'records van een aangepast object' },
  'app.options': 'Instellingen',
  'app.loading': 'Laden…',
  'language.en': 'English',
  'language.da': 'Dansk',
  'language.nl': 'Nederlands',

  'popup.inProgress': 'Bezig',
  'pause.user.detail': 'Door jou gepauzeerd. Er wordt niets meer verwijderd tot je hervat.',
  'pause.rateLimit.detail': 'HubSpot antwoordde steeds "te veel verzoeken". Gepauzeerd; crm-sweep hervat zelf over een minuut.',
  'pause.network.detail':
    'HubSpot was niet betrouwbaar bereikbaar. Gepauzeerd; crm-sweep probeert het zelf over een minuut opnieuw. ({detail})',
  'pause.stopped': 'Gestopt.',
  'pause.dailyReserve.detail':
    'Gepauzeerd om het dagelijkse API-tegoed van HubSpot over te laten voor je andere tools: er zijn vandaag nog {left} aanroepen over en {reserve} worden in reserve gehouden.',
  'job.batchesFailed': {
    one: '{count} batch kon niet worden voltooid. De rest is klaar; je kunt de mislukte opnieuw proberen.',
    other: '{count} batches konden niet worden voltooid. De rest is klaar; je kunt de mislukte opnieuw proberen.',
  },
  'record.alreadyGone': 'Niet verwijderd door crm-sweep: HubSpot had dit record niet meer (al verwijderd of samengevoegd).',
  'record.stillPresent': 'HubSpot accepteerde het verwijderen, maar het record bestaat nog. Probeer opnieuw of verwijder het in HubSpot.',
  'record.gdprStillPresent': 'HubSpot heeft deze contactpersoon nog na het definitief verwijderen.',
  'record.stillMember': 'HubSpot toont dit record nog als lid.',
  'record.noSnapshot': 'Er is geen momentopname van dit record bewaard, dus het kan niet opnieuw worden aangemaakt.',
  'record.emailConflict': 'Niet opnieuw aangemaakt: contactpersoon {contactId} heeft nu dit e-mailadres. Voeg zo nodig handmatig samen.',
  'record.recreatedNotVisible': 'Opnieuw aangemaakt, maar HubSpot toont het nieuwe record niet.',
  'record.archiveRefusedResent':
    'HubSpot weigerde het verwijderen toen crm-sweep het na een herstart opnieuw stuurde ({category}): {said}. De eerste poging, afgebroken door de herstart, kan het toch hebben verwijderd; terugdraaien controleert het.',
  'record.archiveRefused': 'Niet verwijderd: HubSpot weigerde het ({category}): {said}',
  'record.unreadable': 'Niet verwijderd: HubSpot wilde het niet lezen voor de snapshot ({category}): {said}',
  'record.unverified': 'HubSpot kon niet bevestigen dat dit gedaan is ({category}): {said}',
  'record.recreateRefused': 'Niet opnieuw aangemaakt: HubSpot weigerde het ({category}): {said}',
  'record.notChecked': 'Niet opnieuw aangemaakt: HubSpot wilde niet zeggen of het al terug is ({category}): {said}',
  'record.createUnconfirmed': 'Niet opnieuw aangemaakt: het antwoord van HubSpot zei niet of het gelukt is, en er is geen kopie gevonden.',
  'record.linkRefused': 'Opnieuw aangemaakt, maar HubSpot weigerde een van de koppelingen ({category}): {said}',
  'record.listRecordMissing': 'Niet uit de lijst verwijderd: HubSpot vond dit record niet.',
  'record.listNotReadded': 'HubSpot heeft het niet opnieuw aan lijst {listId} toegevoegd.',
  'restoreOpen.permanent': 'Definitief verwijderde records kunnen niet worden hersteld: HubSpot bewaart er niets van.',
  'restoreOpen.notADelete': 'Alleen verwijderde records kunnen in HubSpot worden hersteld, en deze batch heeft er geen verwijderd.',
  'restoreOpen.noBin': 'HubSpot heeft geen prullenbak voor dit soort records, dus ze kunnen niet exact worden hersteld.',
  'restoreOpen.stale': 'Deze batch is meer dan {days} dagen geleden verwijderd: HubSpot heeft deze records uit de prullenbak gewist.',
  'restoreOpen.allBack': {
    one: 'Het record van deze batch is al terug in HubSpot: er valt niets te herstellen.',
    other: 'Alle {count} records van deze batch zijn al terug in HubSpot: er valt niets te herstellen.',
  },
  'restoreOpen.nothingInBin':
    'Geen enkel record van deze batch staat nog in de prullenbak van HubSpot (al terug: {back}; definitief weg: {purged}; niet leesbaar: {unreadable}).',
  'restoreVerify.noSession':
    'Er is geen exact herstel van deze batch om te controleren: open eerst de herstelpagina van HubSpot vanuit de pop-up.',
  'restoreVerify.nothingToVerify':
    'Elk record van deze batch is opnieuw aangemaakt met een nieuw ID: er valt niets van het herstel in HubSpot te controleren.',
  'restoreVerify.stillInBin': 'Staat nog in de prullenbak van HubSpot: het herstel in HubSpot heeft het niet teruggebracht.',
  'restoreVerify.emailInUse':
    'HubSpot weigerde het te herstellen: contactpersoon {contactId} gebruikt nu het e-mailadres. Voeg die contactpersoon samen of verwijder hem en herstel opnieuw, of maak het record opnieuw aan.',
  'restoreVerify.purged': 'Definitief weg: niet in HubSpot en niet in de prullenbak (gewist na 90 dagen, of definitief verwijderd).',
  'restoreVerify.noSnapshot': 'Terug met hetzelfde ID. Er is geen momentopname meer om de lijsten en koppelingen mee te vergelijken.',
  'restoreVerify.repaired':
    'Terug met hetzelfde ID. crm-sweep heeft opnieuw toegevoegd wat het herstel in HubSpot wegliet: lidmaatschappen van lijsten: {lists}; koppelingen: {associations}.',
  'restoreVerify.listsUnread': 'Terug met hetzelfde ID, maar HubSpot wilde de lijsten niet lezen, dus die zijn niet gecontroleerd: {said}',
  'restoreVerify.listGone': 'Terug met hetzelfde ID, maar lijst {listId} bestaat niet meer, dus het is daar niet opnieuw aan toegevoegd.',
  'restoreVerify.associationsUnread':
    'Terug met hetzelfde ID, maar HubSpot wilde de koppelingen niet lezen, dus die zijn niet gecontroleerd: {said}',
  'restoreVerify.otherEndGone':
    'Terug met hetzelfde ID, maar record {recordId} waaraan het gekoppeld was, bestaat niet meer: die koppeling is niet opnieuw gemaakt.',
  'restoreVerify.linkRefused': 'Terug met hetzelfde ID, maar HubSpot weigerde een van de koppelingen opnieuw te maken ({category}): {said}',
  'undo.refused.binRefusal': {
    one: '{count} contactpersoon van deze batch staat nog in de prullenbak van HubSpot. Als crm-sweep die opnieuw aanmaakt, weigert HubSpot hem exact te herstellen (met zijn ID en geschiedenis): zijn e-mailadres is dan in gebruik door de nieuwe kopie. Herstel hem eerst exact, of kies bewust voor opnieuw aanmaken.',
    other:
      '{count} contactpersonen van deze batch staan nog in de prullenbak van HubSpot. Als crm-sweep ze opnieuw aanmaakt, weigert HubSpot die {count} contactpersonen exact te herstellen (met hun ID en geschiedenis): hun e-mailadressen zijn dan in gebruik door de nieuwe kopieën. Herstel ze eerst exact, of kies bewust voor opnieuw aanmaken.',
  },
  'undo.jobGone': 'De taak waar deze terugdraaiing bij hoort, bestaat niet meer.',
  'undo.listUnknown': 'De lijst van deze taak is onbekend.',
  'undo.refused.notInLog': 'Die batch staat niet meer in het logboek voor terugdraaien. Er is niets gewijzigd.',
  'undo.refused.permanent': 'Definitief verwijderde contactpersonen kunnen niet terugkomen: HubSpot bewaart niets, en crm-sweep ook niet.',
  'undo.refused.undoOfUndo': 'Een terugdraaiing kan hier zelf niet worden teruggedraaid. Er is niets gewijzigd.',
  'undo.refused.running': 'Pauzeer het verwijderen of laat het afronden voordat je het terugdraait. Er is niets gewijzigd.',
  'undo.refused.open': 'Er loopt al een terugdraaiing van deze batch.',
  'undo.refused.nothingDeleted': 'Er is niets in deze batch verwijderd, dus er valt niets terug te draaien.',
  'job.listMissing': 'Deze taak zegt niet bij welke lijst hij hoort. Er is niets gewijzigd.',

  'undo.notInLog': 'Die batch staat niet meer in het logboek voor ongedaan maken.',

  'notify.finished': '{kind} voltooid',
  'notify.finishedWithFailures': '{kind} voltooid met fouten',
  'notify.paused': '{kind} gepauzeerd',
  'notify.counts': '{done} klaar, {failed} mislukt van {total}.',

  'confirm.heading': 'Verwijderen bevestigen',
  'confirm.none': 'Er wacht niets op bevestiging. Selecteer records in een HubSpot-tabel, -bord of -lijst en kies dan “Verwijderen…”.',
  'page.unavailable':
    'crm-sweep heeft niets aan deze HubSpot-pagina toegevoegd, omdat die er anders uitziet dan verwacht: {reason} Hier kan niets met crm-sweep worden geselecteerd tot de pagina van HubSpot weer overeenkomt.',
  'page.notLoaded':
    'crm-sweep is niet geladen op deze HubSpot-pagina, dus er kan niets op worden geselecteerd. Laad de pagina opnieuw om het nog eens te proberen.',
  'page.unsupported': 'crm-sweep selecteert records op HubSpot-tabellen, -borden en -lijsten; deze pagina is geen van die.',
  'confirm.expired': 'Deze selectie is verlopen. Er is niets verwijderd. Selecteer de records opnieuw op de HubSpot-pagina.',
  'confirm.removeUnavailable':
    'Uit deze lijst kunnen geen records worden verwijderd (of hij kon niet worden gelezen), dus alleen verwijderen wordt aangeboden. Er is niets gewijzigd.',
  'confirm.objectType': 'Object',
  'confirm.portal': 'HubSpot-portal',
  'confirm.actor.serviceKey':
    'Servicesleutel {hint} op portal {portalId} — handelt met de scopes van de sleutel; HubSpots Bulk delete-machtiging per gebruiker geldt niet.',
  'confirm.actor.privateApp':
    'Privé-app-token {hint} op portal {portalId} — handelt met de scopes van de privé-app; HubSpots Bulk delete-machtiging per gebruiker geldt niet.',
  'confirm.actingAs': 'Handelt als',
  'confirm.pickedBy': 'Geselecteerd door',
  'confirm.count': 'Records',
  'confirm.source': 'Geselecteerd op',
  'confirm.source.board': 'een HubSpot-bord',
  'confirm.source.table': 'een HubSpot-tabel',
  'confirm.source.list': 'een HubSpot-lijst',
  'confirm.source.page': 'een HubSpot-pagina',
  'confirm.expires': 'Verloopt',
  'confirm.apiCounted': 'HubSpot toonde geen totaal op de pagina; de API telde {counted} toen u ze allemaal selecteerde.',
  'confirm.displayedMismatch': 'HubSpot toonde {displayed} op de pagina; er zijn {count} verschillende records geselecteerd.',
  'confirm.dismiss': 'Annuleren, niets verwijderen',
  'confirm.dismissed': 'Geannuleerd. Er is niets verwijderd.',
  'confirm.starting': 'Bezig met starten…',
  'confirm.started': 'Gestart. U kunt dit venster sluiten: de taak loopt op de achtergrond door.',

  'preview.heading': 'Wat dit raakt',
  'preview.loading': 'HubSpot wordt gevraagd naar deze records…',
  'preview.failed': 'Het voorbeeld kon niet worden geladen: {message}',
  'preview.sample': 'Steekproef op naam ({shown} van {total})',
  'preview.unnamed': 'Record {id}',
  'preview.sampleMissing': {
    one: '{count} record uit de steekproef bestaat niet meer in HubSpot.',
    other: '{count} records uit de steekproef bestaan niet meer in HubSpot.',
  },
  'preview.estimated': 'Geschat op basis van een steekproef van {sample} van de {total} geselecteerde records.',
  'preview.exact': 'Geteld over alle {total} geselecteerde records.',
  'preview.association': {
    one: '{object}: {links} koppeling, bij {records} van de geselecteerde records',
    other: '{object}: {links} koppelingen, bij {records} van de geselecteerde records',
  },
  'preview.noAssociations': 'Geen koppelingen met andere records.',
  'preview.associationsNote': 'Gekoppelde records worden niet verwijderd; alleen hun koppeling met deze records verdwijnt.',
  'preview.lists': {
    one: 'In de lijst “{names}”: {memberships} van de geselecteerde records',
    other: '{memberships} lijstlidmaatschappen in {count} lijsten: {names}',
  },
  'preview.noLists': 'Op geen enkele lijst.',
  'preview.openSelf': {
    one: '{amount} van de geselecteerde {object} staat in een open pijplijnfase.',
    other: '{amount} van de geselecteerde {object} staan in open pijplijnfasen.',
  },
  'preview.openAssociated': {
    one: '{amount} gekoppelde {object} staat in een open pijplijnfase.',
    other: '{amount} gekoppelde {object} staan in open pijplijnfasen.',
  },
  'preview.gap': 'Kon {part} niet lezen: {message}',
  'preview.part.sample': 'de records',
  'preview.part.associations': 'koppelingen',
  'preview.part.lists': 'lijstlidmaatschappen',
  'preview.part.pipelines': 'pijplijnfasen',
  'preview.part.account': 'het account',
  'preview.portalMismatch':
    'De opgeslagen servicesleutel hoort bij portal {tokenPortal}, maar deze records staan in portal {portal}. Verwijderen wordt geweigerd; wijzig de servicesleutel bij Instellingen.',

  'mode.legend': 'Hoe',
  'mode.delete': 'Verwijderen, herstelbaar',
  'mode.delete.help':
    'HubSpot bewaart verwijderde records 90 dagen in de prullenbak, en crm-sweep bewaart een momentopname zodat u hier ongedaan kunt maken.',
  'mode.gdprDelete': 'Definitief verwijderen (privacywet)',
  'mode.gdprDelete.help': 'Verwijdert elke contactpersoon met al zijn inhoud voorgoed, zoals HubSpot doet bij privacyverzoeken.',
  'mode.removeFromList': 'Alleen uit de lijst “{list}” halen',
  'mode.removeFromList.help':
    'De records blijven in HubSpot; alleen hun lidmaatschap van deze lijst stopt. Ongedaan maken voegt ze weer toe.',
  'mode.permanentWarning':
    'Definitief verwijderen kan niet ongedaan worden gemaakt. HubSpot kan deze contactpersonen niet herstellen en crm-sweep bewaart er geen kopie van. Exporteer eerst een back-up als u de gegevens misschien nog nodig hebt.',

  'typed.label': 'Typ {count} om te bevestigen',
  'typed.hint': 'Met of zonder “{separator}” tussen de duizendtallen.',
  'typed.ok': 'Het aantal klopt.',
  'typed.problem.empty': 'Typ het aantal records om te bevestigen.',
  'typed.problem.notANumber': 'Typ alleen cijfers, zoals {example}.',
  'typed.problem.decimal': '“{typed}” wordt hier gelezen als een decimaal getal. Typ het hele aantal: {example} of {digits}.',
  'typed.problem.wrongSeparator': 'Gebruik “{separator}” tussen de duizendtallen, of geen scheidingsteken: typ {example} of {digits}.',
  'typed.problem.badGrouping': 'Duizendtalscheidingstekens staan om de drie cijfers: typ {example} of {digits}.',
  'typed.problem.mismatch': 'U typte {typed}, maar er zijn {count} records geselecteerd.',

  'action.delete': '{items} verwijderen',
  'action.deletePermanently': '{items} definitief verwijderen',
  'action.removeFromList': '{items} uit de lijst halen',
  'export.button': 'Back-up exporteren (CSV)',
  'export.progress': 'Bezig met exporteren… {done} van {total}',
  'export.done': '{file} opgeslagen met {count} records.',
  'export.missing': {
    one: '{count} record bestaat niet meer in HubSpot en staat niet in het bestand.',
    other: '{count} records bestaan niet meer in HubSpot en staan niet in het bestand.',
  },
  'export.failed': 'Export gestopt: {message}',

  'job.kind.delete': 'Verwijderen',
  'job.kind.gdprDelete': 'Definitief verwijderen',
  'job.kind.removeFromList': 'Uit lijst halen',
  'job.kind.undo': 'Ongedaan maken',
  'job.kind.restoreVerify': 'Controle van herstel',
  'job.title': '{kind}: {items}',
  'job.state.staged': 'Bezig met starten',
  'job.state.running': 'Bezig',
  'job.state.paused': 'Gepauzeerd',
  'job.state.done': 'Klaar',
  'job.state.failed': 'Mislukt',
  'job.state.cancelled': 'Geannuleerd',
  'job.progress': 'Voortgang van {kind}: {items}',
  'job.done.delete': 'Verwijderd',
  'job.done.gdprDelete': 'Verwijderd',
  'job.done.removeFromList': 'Uit lijst',
  'job.done.undo': 'Terug',
  'job.done.restoreVerify': 'Terug',
  'job.failed': 'Mislukt',
  'job.remaining': 'Nog te doen',
  'job.rate': '{rate} records/min',
  'job.eta': 'nog {duration}',
  'job.measuring': 'Snelheid wordt gemeten…',
  'job.error': 'Gestopt: {message}',
  'job.finished': 'Klaar op {time}',
  'job.pause': 'Pauzeren',
  'job.resume': 'Hervatten',
  'job.cancel': 'Taak annuleren',
  'job.retryFailed': 'Mislukte opnieuw proberen',
  'job.controlName': '{action}: {kind} van {items}',
  'job.cancelNote': 'Records die al verwerkt zijn, blijven dat; maak ze ongedaan bij Recente batches.',
  'duration.seconds': { one: '{count} seconde', other: '{count} seconden' },
  'duration.minutes': { one: '{count} minuut', other: '{count} minuten' },
  'duration.hours': { one: '{count} uur', other: '{count} uur' },

  'pause.rateLimit': 'Gepauzeerd: limiet van HubSpot',
  'pause.dailyReserve': 'Gepauzeerd: dagelijkse API-reserve bereikt',
  'pause.auth': 'Gepauzeerd: de servicesleutel werd niet geaccepteerd',
  'pause.scopes': 'Gepauzeerd: de servicesleutel mist een machtiging (scope)',
  'pause.network': 'Gepauzeerd: HubSpot was niet bereikbaar',
  'pause.user': 'Door u gepauzeerd',
  'pause.auto': 'crm-sweep gaat vanzelf verder.',

  'failed.heading': { one: '{count} record niet verwerkt', other: '{count} records niet verwerkt' },
  'failed.more': { one: '…en nog {count}', other: '…en nog {count}' },
  'failed.ALREADY_GONE': 'Al weg uit HubSpot',
  'failed.STILL_PRESENT': 'Na het verwijderen nog in HubSpot',
  'failed.CONFLICT': 'E-mailadres nu in gebruik bij een andere contactpersoon',
  'failed.NO_SNAPSHOT': 'Geen momentopname bewaard',
  'failed.STILL_IN_BIN': 'Nog in de prullenbak van HubSpot',
  'failed.EMAIL_IN_USE': 'Geweigerd door HubSpot: e-mailadres in gebruik',
  'failed.PURGED': 'Definitief weg',
  'failed.other': 'Geweigerd door HubSpot',
  'failed.repaired': { one: '{count} record terug en aangevuld', other: '{count} records terug en aangevuld' },
  'failed.incomplete': { one: '{count} record terug, maar niet volledig', other: '{count} records terug, maar niet volledig' },
  'gaps.associations': {
    one: 'Voor {items} wilde HubSpot niet alle koppelingen lezen vóór het verwijderen: ongedaan maken kan die niet herstellen.',
    other: 'Voor {items} wilde HubSpot niet alle koppelingen lezen vóór het verwijderen: ongedaan maken kan die niet herstellen.',
  },
  'gaps.lists': {
    one: 'Voor {items} wilde HubSpot de lijstlidmaatschappen niet lezen vóór het verwijderen: ongedaan maken kan die niet opnieuw toevoegen.',
    other:
      'Voor {items} wilde HubSpot de lijstlidmaatschappen niet lezen vóór het verwijderen: ongedaan maken kan die niet opnieuw toevoegen.',
  },
  'preview.partial': {
    one: '{count} record kon niet worden gelezen ({category})',
    other: '{count} records konden niet worden gelezen ({category})',
  },

  'recent.heading': 'Recente batches',
  'recent.empty': 'Nog geen batches. Verwijderingen die u hier bevestigt, verschijnen hier met de mogelijkheid om ze ongedaan te maken.',
  'recent.shown': 'De nieuwste {shown} van {total} batches.',
  'recent.more': 'Toon nog {count}',

  'undo.button': '{items} opnieuw aanmaken uit de momentopname (nieuwe ID’s)',
  'undo.buttonList': 'Ongedaan maken: {items} weer aan de lijst toevoegen',
  'undo.back': 'Wat terugkomt',
  'undo.back.records': 'De records, met elke eigenschapswaarde die HubSpot crm-sweep laat schrijven.',
  'undo.back.associations':
    'Hun koppelingen, met dezelfde labels; notities, e-mails, gesprekken, vergaderingen en taken worden opnieuw gekoppeld als ze nog bestaan.',
  'undo.back.lists': 'Hun lidmaatschap van statische lijsten (actieve lijsten voegen ze zelf weer toe).',
  'undo.notBack': 'Wat niet terugkomt',
  'undo.not.ids':
    'De oorspronkelijke record-ID’s: opnieuw aangemaakte records krijgen nieuwe ID’s, dus links en bestanden met de oude ID’s kloppen niet meer.',
  'undo.not.history':
    'Tijdlijngeschiedenis (eigenschapsgeschiedenis, paginaweergaven, formulierinzendingen). De inhoud van e-mails en notities wordt niet opnieuw aangemaakt; bestaande activiteiten worden alleen opnieuw gekoppeld.',
  'undo.not.calculated': 'Waarden die HubSpot berekent, zoals aanmaakdatum en scores, beginnen opnieuw.',
  'undo.not.conflicts':
    'Een contactpersoon van wie het e-mailadres nu bij een andere contactpersoon hoort, wordt gemeld en niet gedupliceerd.',
  'undo.not.recycleBin':
    'Na opnieuw aanmaken kunnen de originelen niet meer uit de prullenbak van HubSpot worden hersteld. Wilt u de originelen precies terug, gebruik dan “Precies herstellen in HubSpot”.',
  'undo.exact.heading': 'Precies ongedaan maken',
  'undo.recreate.heading': 'Of opnieuw aanmaken uit de momentopname',
  'undo.binRefusal.warning':
    'Contactpersonen uit deze batch staan mogelijk nog in de prullenbak van HubSpot. Zodra ze opnieuw zijn aangemaakt, weigert HubSpot ze precies te herstellen: HubSpot herstelt geen contactpersoon van wie een actieve contactpersoon het e-mailadres gebruikt. Herstel eerst precies als dat kan.',
  'undo.binRefusal.accept': 'Ik begrijp het: HubSpot weigert deze contactpersonen daarna precies te herstellen.',
  'undo.listNote': 'Ongedaan maken voegt de records weer toe aan de lijst waaruit ze zijn gehaald.',
  'undo.permanent': 'Definitief verwijderd: dit kan niet ongedaan worden gemaakt. HubSpot bewaart niets, en crm-sweep ook niet.',
  'undo.blocked.running': 'Pauzeer de taak of laat hem eerst afronden.',
  'undo.blocked.noSnapshot':
    'Er is geen momentopname meer (verwijderd of ouder dan de bewaartermijn), dus de records kunnen niet opnieuw worden aangemaakt. Herstel ze in HubSpot.',
  'undo.blocked.open': 'Deze batch wordt al ongedaan gemaakt.',
  'undo.outcome.restored': {
    one: '{items} was al terug in HubSpot (hersteld uit de prullenbak, met de oorspronkelijke ID) en is dus niet opnieuw aangemaakt.',
    other:
      '{items} waren al terug in HubSpot (hersteld uit de prullenbak, met de oorspronkelijke ID’s) en zijn dus niet opnieuw aangemaakt.',
  },
  'undo.outcome.recreated': {
    one: '{items} opnieuw aangemaakt uit de momentopname, met een nieuwe ID.',
    other: '{items} opnieuw aangemaakt uit de momentopname, met nieuwe ID’s.',
  },

  'exactRestore.help':
    'De eigen herstelpagina van HubSpot brengt de originelen terug met hun ID’s, geschiedenis en koppelingen, tot 90 dagen na het verwijderen. crm-sweep opent die pagina met precies de records van deze batch geselecteerd; u drukt daar zelf op Herstellen. Daarna controleert crm-sweep ze en zet het de lijstlidmaatschappen terug die HubSpot weglaat.',
  'exactRestore.button': 'Precies herstellen in HubSpot (dezelfde ID’s en geschiedenis; vereist de herstelmachtiging van HubSpot)',
  'exactRestore.notApplicable':
    'Precies herstellen kan niet voor deze batch: {reason} Maak de records in plaats daarvan opnieuw aan uit de momentopname (hieronder).',
  'exactRestore.round': 'Herstelpagina van HubSpot, ronde {round} van {rounds}',
  'exactRestore.restoreButton': 'Herstellen',
  'exactRestore.page.waiting': {
    one: '{count} record uit deze batch staat in de prullenbak van HubSpot. De herstelpagina van HubSpot opent in een nieuw tabblad, waar crm-sweep het op record-ID selecteert.',
    other:
      '{count} records uit deze batch staan in de prullenbak van HubSpot. De herstelpagina van HubSpot opent in een nieuw tabblad, waar crm-sweep ze op record-ID selecteert.',
  },
  'exactRestore.page.selected': {
    one: '{count} van de {total} records van deze batch is geselecteerd op de herstelpagina van HubSpot — druk daar op “{button}”.',
    other: '{count} van de {total} records van deze batch zijn geselecteerd op de herstelpagina van HubSpot — druk daar op “{button}”.',
  },
  'exactRestore.page.restored':
    'HubSpot heeft de geselecteerde records hersteld. crm-sweep controleert ze: dezelfde ID’s, koppelingen en lijstlidmaatschappen.',
  'exactRestore.page.noPermission':
    'De herstelpagina van HubSpot meldt dat u geen machtiging hebt om records te herstellen. Er is niets hersteld.',
  'exactRestore.page.unavailable': 'crm-sweep kon de records niet selecteren op de herstelpagina van HubSpot: {reason}',
  'exactRestore.page.unknown': 'de pagina zag er anders uit dan verwacht.',
  'exactRestore.permission.needs':
    'Verwijderde records herstellen in HubSpot vereist twee machtigingen: Accounttoegang en Gebruikers toevoegen en bewerken (Instellingen > Gebruikers en teams > de gebruiker > Machtigingen > Account).',
  'exactRestore.permission.who': 'Een superbeheerder kan ze u geven, of deze batch zelf met crm-sweep in de eigen browser herstellen.',
  'exactRestore.permission.recreate': 'In plaats daarvan opnieuw aanmaken uit de momentopname (nieuwe ID’s)',
  'exactRestore.notInBin.alreadyBack': {
    one: '{items} was al terug in HubSpot, niet in de prullenbak.',
    other: '{items} waren al terug in HubSpot, niet in de prullenbak.',
  },
  'exactRestore.notInBin.purged': {
    one: '{items} is definitief weg: HubSpot heeft het uit de prullenbak verwijderd.',
    other: '{items} zijn definitief weg: HubSpot heeft ze uit de prullenbak verwijderd.',
  },
  'exactRestore.notInBin.unreadable': {
    one: '{items} kon niet worden gelezen: HubSpot weigerde het lezen.',
    other: '{items} konden niet worden gelezen: HubSpot weigerde het lezen.',
  },
  'exactRestore.notShown.overCap': {
    one: '{count} record staat deze ronde niet op de pagina: HubSpot toont er hoogstens 10.000 tegelijk. Het volgt in de volgende ronde.',
    other:
      '{count} records staan deze ronde niet op de pagina: HubSpot toont er hoogstens 10.000 tegelijk. Ze volgen in de volgende ronde.',
  },
  'exactRestore.notShown.notOnPage': {
    one: '{count} record is niet gevonden op de herstelpagina van HubSpot.',
    other: '{count} records zijn niet gevonden op de herstelpagina van HubSpot.',
  },
  'exactRestore.check.help':
    'Nadat u in HubSpot op “{button}” hebt gedrukt, leest crm-sweep de records terug op ID en voegt het opnieuw toe wat het herstel van HubSpot weglaat.',
  'exactRestore.check': 'Herstel controleren',
  'exactRestore.checking': 'Bezig met controleren…',
  'exactRestore.nextRound': { one: 'De resterende {count} herstellen', other: 'De resterende {count} herstellen' },
  'exactRestore.outcome.heading': 'Resultaat van het precieze herstel',
  'exactRestore.outcome.restoredExactly': {
    one: '{items} precies hersteld: dezelfde ID en geschiedenis, er ontbreekt niets.',
    other: '{items} precies hersteld: dezelfde ID’s en geschiedenis, er ontbreekt niets.',
  },
  'exactRestore.outcome.repaired': {
    one: '{items} hersteld en aangevuld: dezelfde ID; crm-sweep voegde de lijstlidmaatschappen of koppelingen toe die het herstel van HubSpot wegliet.',
    other:
      '{items} hersteld en aangevuld: dezelfde ID’s; crm-sweep voegde de lijstlidmaatschappen of koppelingen toe die het herstel van HubSpot wegliet.',
  },
  'exactRestore.outcome.stillMissing': {
    one: '{items} ontbreekt nog: staat nog in de prullenbak van HubSpot of is definitief weg.',
    other: '{items} ontbreken nog: staan nog in de prullenbak van HubSpot of zijn definitief weg.',
  },
  'exactRestore.outcome.refusedEmailInUse': {
    one: '{items} geweigerd door HubSpot: een andere actieve contactpersoon gebruikt nu het e-mailadres.',
    other: '{items} geweigerd door HubSpot: andere actieve contactpersonen gebruiken nu hun e-mailadressen.',
  },

  'snapshot.kept': {
    one: 'Momentopname van {count} record, bewaard tot {date}.',
    other: 'Momentopname van {count} records, bewaard tot {date}.',
  },
  'snapshot.export': 'CSV exporteren',
  'snapshot.delete': 'Momentopname verwijderen',
  'snapshot.confirm':
    'De momentopname van {items} verwijderen? Opnieuw aanmaken is dan niet meer mogelijk; herstellen in HubSpot werkt nog 90 dagen na het verwijderen.',
  'snapshot.confirmButton': 'Momentopname nu verwijderen',
  'snapshot.keep': 'Bewaren',
  'snapshot.deleted': { one: 'Momentopname verwijderd ({count} record).', other: 'Momentopname verwijderd ({count} records).' },
  'snapshot.exportName': 'CSV van de momentopname exporteren: {items}',

  'options.heading': 'Instellingen van crm-sweep',
  'options.token': 'HubSpot-servicesleutel (of een bestaand privé-app-token)',
  'options.token.help':
    'Maak een servicesleutel in HubSpot: Development › Keys › Service keys › Create service key (superbeheerders en gebruikers met de Developer-machtiging kunnen dat). Voeg de onderstaande scopes toe, maak hem aan, open hem, klik op Show en kopieer hem. HubSpot laat u geen privé-apps meer maken; een bestaand privé-app-token werkt tot september 2027. Alleen bewaard in de eigen database van deze extensie (geen webpagina of contentscript kan hem lezen), alleen verzonden naar het API-adres hieronder en nooit meer volledig getoond.',
  'options.token.saved': 'De opgeslagen sleutel ({kind}) eindigt op {hint}. Laat het veld leeg om hem te houden.',
  'options.token.none': 'Nog geen servicesleutel opgeslagen.',
  'options.token.remove': 'De opgeslagen servicesleutel verwijderen',
  'options.token.scopes':
    "Scopes: crm.objects.contacts.read/write, crm.objects.companies.read/write, crm.objects.deals.read/write, tickets, crm.objects.custom.read/write (aangepaste objecten), crm.lists.read/write (lijstpagina's; lijstlidmaatschappen in snapshots).",
  'credential.serviceKey': 'servicesleutel',
  'credential.privateApp': 'privé-app-token',
  'options.apiBase': 'API-adres',
  'options.apiBase.help': 'HubSpot: https://api.hubapi.com. De lokale sandbox: http://127.0.0.1:<poort>.',
  'options.ratePercent': 'Aandeel van de limiet (%)',
  'options.ratePercent.help':
    'Hoeveel van de verzoeklimiet per tien seconden van HubSpot crm-sweep mag gebruiken; andere integraties delen de rest. {min}–{max}.',
  'options.dailyReservePercent': 'Dagelijkse reserve (%)',
  'options.dailyReservePercent.help': 'Taken pauzeren voordat ze dit deel van de dagelijkse limiet van de portal gebruiken. {min}–{max}.',
  'options.retentionDays': 'Momentopnamen bewaren (dagen)',
  'options.retentionDays.help':
    'Oudere momentopnamen worden eens per dag verwijderd; die records kunnen dan niet meer opnieuw worden aangemaakt. De prullenbak van HubSpot bewaart ze 90 dagen. {min}–{max}.',
  'options.language': 'Taal',
  'options.language.auto': 'Taal van de browser',
  'options.save': 'Testen en opslaan',
  'options.saving': 'Bezig met testen en opslaan…',
  'options.saved': 'Opgeslagen.',
  'options.notSaved': 'Er is niets opgeslagen. Corrigeer de gemarkeerde velden.',
  'options.test': 'Verbinding testen',

  'problem.required': 'Verplicht.',
  'problem.notWholeNumber': 'Vul een geheel getal in.',
  'problem.outOfRange': 'Vul een getal van {min} tot {max} in.',
  'problem.invalidUrl': 'Vul een webadres in dat begint met https://.',
  'problem.insecureUrl': 'Gebruik https://. Gewoon http:// mag alleen voor 127.0.0.1 en localhost (de lokale sandbox).',
  'problem.urlHasExtras': 'Laat gebruikersnamen, wachtwoorden en delen met “?” of “#” weg.',
  'problem.tokenFormat': 'Dit lijkt geen servicesleutel of toegangstoken: 8 tot 512 tekens zonder spaties.',
  'problem.tokenRejected': 'HubSpot accepteerde deze servicesleutel niet. {detail}',
  'problem.unreachable': 'Geen antwoord van dit API-adres. {detail}',

  'connection.portal': 'De sleutel ({kind}) hoort bij HubSpot-portal {portalId}.',
  'connection.allScopes': 'Het heeft elke scope die crm-sweep gebruikt.',
  'connection.missing': { one: 'Het mist {count} scope die crm-sweep gebruikt:', other: 'Het mist {count} scopes die crm-sweep gebruikt:' },
  'connection.scopesUnknown':
    'HubSpot geeft de scopes van een servicesleutel niet op, dus las crm-sweep één record van elk type. Schrijf-scopes kunnen niet worden gecontroleerd zonder gegevens te wijzigen; een taak meldt het wanneer er een ontbreekt.',
  'connection.scope': 'Scope',
  'connection.neededFor': 'Nodig voor',
  'connection.status': 'Status',
  'connection.has': 'Toegekend',
  'connection.lacks': 'Ontbreekt',
  'connection.lists': 'lijsten',
  'connection.disables': 'Zonder deze kan crm-sweep geen {objects} verwijderen of herstellen.',
  'connection.disables.lists': "Zonder deze kan crm-sweep niet werken op lijstpagina's of lijstlidmaatschappen bewaren voor herstel.",
  'connection.probed': 'Eén record gelezen',
  'connection.probeFailed': 'Niet gecontroleerd (HubSpot antwoordde niet)',
  'audit.heading': 'Activiteitenlogboek',
  'audit.retention': 'Wat crm-sweep in deze browser heeft gedaan, even lang bewaard als de momentopnamen voor terugdraaien ({days} dagen).',
  'audit.portal': 'Portal',
  'audit.allPortals': 'Alle portals',
  'audit.portalShort': 'portal {portal}',
  'audit.export': 'CSV exporteren',
  'audit.empty': 'Er is nog niets gedaan.',
  'audit.more': 'Oudere items tonen',
  'audit.col.when': 'Wanneer',
  'audit.col.what': 'Wat',
  'audit.col.outcome': 'Resultaat',
  'audit.col.who': 'Wie',
  'audit.actor.key': 'Je HubSpot-sleutel',
  'audit.counts': '{items}: {done} gedaan, {failed} mislukt, {remaining} te gaan',
  'audit.associations': { one: '{count} koppeling', other: '{count} koppelingen' },
  'audit.what.snapshots': 'Momentopnamen voor terugdraaien',
  'audit.outcome.started': 'Gestart',
  'audit.outcome.finished': 'Klaar',
  'audit.outcome.failed': 'Mislukt',
  'audit.outcome.cancelled': 'Geannuleerd',
  'audit.outcome.erased': 'Definitief gewist',
  'audit.outcome.purged': 'Verwijderd na de bewaartermijn',
  'audit.outcome.cleared': 'Door jou verwijderd',
  'audit.outcome.associationsSkipped': 'Niet opnieuw gekoppeld',
  'start.expired': 'Deze selectie is verlopen of al gebruikt. Er is niets verwijderd. Selecteer de records opnieuw op de HubSpot-pagina.',
  'start.typedProblem': '{problem} Er is niets verwijderd.',
  'start.notDeletable': 'Records van het type {objectTypeId} kunnen niet in bulk worden verwijderd. Er is niets verwijderd.',
  'start.gdprContactsOnly': 'Permanent verwijderen bestaat alleen voor contactpersonen. Er is niets verwijderd.',
  'start.portalMismatch':
    'De servicesleutel (of het privé-app-token) hoort bij HubSpot-portal {tokenPortal}, maar deze records staan in portal {portal}. Er is niets verwijderd. Gebruik een servicesleutel van portal {portal}.',
  'start.missingScopes':
    'De servicesleutel (of het privé-app-token) mist {scopes}. Er is niets verwijderd. Voeg deze scopes toe aan de servicesleutel in HubSpot (Development › Keys › Service keys).',
  'start.removeNeedsList': '"Uit lijst halen" werkt alleen met een selectie van een lijstpagina. Er is niets gewijzigd.',
  'start.activeList':
    '"{list}" is een actieve lijst: HubSpot bepaalt de leden aan de hand van de filters, dus leden kunnen niet handmatig worden verwijderd. Er is niets gewijzigd.',
  'start.listObjectMismatch': 'De lijst bevat een ander soort records dan de selectie. Er is niets gewijzigd.',
  'storage.jobNotFound': 'Taak {jobId} bestaat niet (misschien is die opgeruimd). Er is niets gewijzigd.',
  'storage.batchNotFound': 'Batch {seq} van taak {jobId} bestaat niet. Er is niets gewijzigd.',
  'storage.jobTransition': 'Taak {jobId} heeft de status {from} en kan niet overgaan naar {to}. Er is niets gewijzigd.',
  'storage.batchTransition': 'Batch {seq} van taak {jobId} heeft de status {from} en kan niet overgaan naar {to}. Er is niets gewijzigd.',
  'storage.batchTransitionWhy':
    'Batch {seq} van taak {jobId} heeft de status {from} en kan niet overgaan naar {to} ({why}). Er is niets gewijzigd.',
  'storage.snapshotNotWritten': 'de momentopname ervan is nog niet geschreven',
  'storage.auditRecordIds':
    'Logregels voor "{action}" mogen geen record-ID’s bevatten; dat mogen alleen gdprDelete-regels. Er is niets opgeslagen.',
  'storage.noSnapshotsKept': 'Taak {jobId} is een {kind}-taak en bewaart geen momentopnamen. Er is niets opgeslagen.',
  'storage.notInBatch': 'Record {recordId} ({objectTypeId}) hoort niet bij batch {seq} van taak {jobId}. Er is niets opgeslagen.',

  'settings.noToken':
    'Er is nog geen servicesleutel opgeslagen. Maak er een in HubSpot (Development › Keys › Service keys), plak hem en sla op.',
  'settings.tokenRefused': 'HubSpot accepteerde de opgeslagen servicesleutel niet.',
  'start.alreadyStarted':
    'Deze bevestiging heeft taak {job} al gestart ({description}, {count} records). Er is niets meer gestart; volg die taak in de pop-up.',
  'storage.emptySelection': 'De selectie bevat geen records, dus er is niets te doen. Er is niets opgeslagen.',
  'storage.invalidRecordId': '{value} is geen HubSpot-record-ID (verwacht wordt een reeks cijfers). Er is niets opgeslagen.',
  'hubspot.auth':
    'HubSpot accepteerde de servicesleutel niet (misschien ingetrokken, geroteerd of verlopen). Er is verder niets gewijzigd. Sla een geldige servicesleutel van deze portal op bij de instellingen van crm-sweep en ga dan verder.',
  'hubspot.scopes':
    'De servicesleutel mist een machtiging (scope) die deze stap nodig heeft. Er is verder niets gewijzigd. Voeg de ontbrekende scope toe aan de servicesleutel (of privé-app) in HubSpot en ga dan verder.',
  'hubspot.dailyLimit': 'De dagelijkse API-limiet van HubSpot voor deze portal is op. Er is verder niets gewijzigd; ga morgen verder.',
  'hubspot.status': 'HubSpot antwoordde {status}.',
  'hubspot.said': '{problem} HubSpot meldde: "{said}"',
  'hubspot.cancelled': 'Geannuleerd.',
  'hubspot.noAnswer': 'Geen antwoord van HubSpot ({detail}).',
};
