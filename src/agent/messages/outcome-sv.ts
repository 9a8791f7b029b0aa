// Swedish texts for what happens after the outcome (see outcome-en.ts).
import type { outcomeEn } from './outcome-en.js';

export const outcomeSv: Record<keyof typeof outcomeEn, string> = {
  'reply.why_pin.outage':
    'Avbrottet gäller hela området, men för att koppla just ditt abonnemang till det – och skriva till dig här när det är löst – behöver jag veta att jag pratar med kontoinnehavaren. Det är det PIN-koden visar.',
  'escalated.field.booked_nearest':
    'Jag har skickat ditt ärende till våra fälttekniker (ärende {reference}). Det finns ingen ledig besökstid de tider du angav, så jag har bokat närmaste lediga tid: {window}. Passar den inte säger du bara här när du kan, så flyttar jag besöket.',
  'visit.when':
    'Teknikerbesöket är bokat {window} (ärende {reference}). Passar tiden inte säger du bara till här, så flyttar jag det.',
  'visit.home':
    'Ja, någon som är 18 år eller äldre behöver vara hemma och släppa in teknikern och visa var routern och uttaget sitter.',
  'visit.duration':
    'Ett besök tar oftast ungefär en timme; teknikern kommer någon gång inom den bokade tiden.',
  'visit.checked_still':
    'Tack för att du kollade. Eftersom det fortfarande inte fungerar är det inget du kan åtgärda hemma – en tekniker behöver titta på det.',
  'visit.booked_later':
    'Då bokar jag det: ett teknikerbesök är bokat {window} (ärende {reference}). Passar tiden inte säger du bara till här, så flyttar jag det.',
  'visit.booked_later_nearest':
    'Då bokar jag det. Det finns ingen ledig besökstid de tider du angav, så jag har bokat närmaste lediga tid: {window} (ärende {reference}). Passar den inte säger du bara här när du kan, så flyttar jag besöket.',
  'visit.wanted_noted':
    'Jag har noterat i ärende {reference} att du nu vill ha ett teknikerbesök, med de tider du angav; vår fältgrupp kommer överens med dig om tiden här.',
  'visit.moved':
    'Förlåt – jag har flyttat besöket till {window} (ärende {reference}). Den tidigare tiden är avbokad.',
  'visit.moved_back':
    'Förlåt – besöket är tillbaka på {window} (ärende {reference}), som det var från början.',
  'visit.moved_nearest':
    'Det finns ingen ledig besökstid de tider du angav, så jag har flyttat besöket till närmaste lediga tid: {window} (ärende {reference}). Den tidigare tiden är avbokad. Passar inte den heller säger du bara när du kan.',
  'visit.move_noted':
    'Jag har noterat i ärende {reference} att den bokade tiden inte passar dig; vår fältgrupp kommer överens med dig om en ny tid här.',
  'case.how_long.field.declined':
    'Våra fälttekniker tittar på ditt ärende inom {when} och hör av sig om nästa steg. Något besök bokas bara om du säger ja till det.',
  'handoff.sales.cheaper':
    'Absolut – jag har noterat i ärende {reference} att du hellre vill se över ett billigare eller långsammare abonnemang än säga upp.',
  'handoff.sales.cheaper.price':
    'Priser ser jag inte här – de beror på vad som finns på din adress. Jag har noterat i ärende {reference} att du vill ha ett billigare abonnemang, och {ourTeam} skickar dig alternativen inom {when}.',
  'handoff.not_urgent':
    'Uppfattat – ärende {reference} är inte längre markerat som brådskande; det behåller sin vanliga plats hos {ourTeam}, som svarar dig här inom {when}.',
  'handoff.not_urgent.none':
    'Uppfattat – ärende {reference} är inte markerat som brådskande; det behåller sin vanliga plats hos {ourTeam}.',
  'handoff.urgent':
    'Jag förstår – jag har markerat ärende {reference} som brådskande för {ourTeam}, med det du skrev, så att de ser det före ärenden som kan vänta. De svarar dig här inom {when}; du behöver inte skriva igen.',
  'handoff.unverified_follow_up':
    'Din fråga ligger nu i ärende {reference}. Kollegan som tar ärendet går igenom den med dig – du behöver inte PIN-koden för det, de kan kontrollera att det är du på ett annat sätt. {team} svarar dig här inom {when}.',
  'outage.no_visit':
    'En tekniker hemma hos dig hjälper tyvärr inte: felet sitter i vårt nät, inte hos dig, och våra tekniker arbetar redan med att laga det. Under tiden kan du använda mobilen som surfpunkt. Jag skriver till dig här i ärende {reference} så fort det är åtgärdat.',
  'handoff.phone':
    'Ja, du kan ringa vår kundtjänst: telefonnumret och öppettiderna står på kontaktsidan i vårt hjälpcenter. Ärende {reference} finns redan där med det du skrev, så den som svarar ser det. Eller stanna här: {ourTeam} svarar dig här inom {when}.',
  'handoff.times_noted':
    'Jag har skrivit in när du är hemma i ärendet, så att ett besök, om det behövs, planeras efter det.',
  'handoff.person':
    'Det är personer på {ourTeam}, inte jag, som har ärende {reference} och svarar dig här inom {when}.',
  'case.team_does':
    '{team} tar över ärende {reference} med allt jag har hittat och svarar dig här inom {when}.',
  'case.team_does.tier2':
    '{team} är våra specialister: de felsöker på distans – din linje och vårt nät bakom den – utifrån det jag redan har hittat. Behövs ett besök kommer de överens med dig om en tid.',
  'case.team_does.field':
    '{team} åtgärdar fel på plats – hemma hos dig eller i vår utrustning i närheten – utifrån det jag redan har hittat.',
  'closing.promised_linked':
    'Frågan som jag inte kunde svara på själv ligger nu i ett separat ärende {linked} hos {team}, så den försvinner inte med det här; de svarar dig här.',
  // "hur länge tar det innan det är lagat, dagar eller veckor?": ett fel som bara lagas på plats tar oftast några dagar.
  'case.fixed_when.field_fix':
    'Oftast inom några dagar: teknikerns besök bokas med dig först, och oftast lagas felet vid det besöket. Exakt vilken dag kan jag inte lova själv.',
  'case.home_visit': 'Ingen kommer hem till dig utan att ett besök först är överenskommet med dig.',
  'case.home_visit.field_fix':
    'Ja – det här felet lagas på plats, så en tekniker behöver komma ut till dig. Tiden bestäms med dig först (ärende {reference}); ingen kommer utan att du vet om det.',
  'case.home_visit.tier2':
    'Inte till att börja med: {ourTeam} arbetar på distans. Behövs ett besök kommer de överens med dig om en tid först – ingen kommer utan att du vet om det.',
  'incident.in_place': '{what} i {place}',
  'incident.kind.other': 'en störning i vårt nät',
  'incident.kind.fiber_cut': 'ett fiberavbrott',
  'incident.kind.fibre_cut': 'ett fiberavbrott',
  'incident.kind.power_outage': 'ett strömavbrott i vår utrustning',
  'incident.kind.node_failure': 'ett fel i vår nätutrustning',
  'incident.kind.maintenance': 'planerat underhåll',
  'incident.kind.planned_maintenance': 'planerat underhåll',
  'incident.kind.planned_work': 'planerat underhåll',
};
