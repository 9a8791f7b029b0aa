// Swedish texts for a booked visit the customer asks to change or asks about (see visits-en.ts).
import type { visitsEn } from './visits-en.js';

const VISIT_COST =
  'Nej – ett teknikerbesök för ett fel i vårt nät eller i utrustning vi har levererat är gratis. Bara om felet visar sig sitta i din egen utrustning eller kabeldragning i hemmet kan det kosta, och då säger teknikern det innan något debiterbart arbete börjar.';

export const visitsSv: Record<keyof typeof visitsEn, string> = {
  'reply.cost.contact.availability': VISIT_COST,
  'reply.cost.fiber_los': VISIT_COST,
  'reply.cost.optical_power_low': VISIT_COST,
  'reply.cost.docsis_power_out_of_range': VISIT_COST,
  'reply.cost.hardware_failure':
    'Nej – ett teknikerbesök för ett fel i utrustning vi har levererat är gratis, och en trasig router från oss byts ut utan kostnad, så du behöver inte köpa en ny själv.',
  'visit.person_kept':
    'Absolut. Ditt teknikerbesök ligger kvar {window} – jag har inte flyttat det. Jag har bett en kollega på kundtjänst att ta över här i ärende {reference}; vill du ha en annan tid kan ni bestämma den tillsammans.',
  'visit.person.technician':
    'Du får en människa: det här felet lagar en tekniker på plats – en person – och ditt ärende ligger hos våra fälttekniker, personer som ser allt du har skrivit här.',
  'visit.person.technician.ask':
    'Du får en människa: det här felet lagar en tekniker på plats – en person som kommer hem till dig. För att boka besöket behöver jag veta när du kan vara hemma.',
  'visit.person.team':
    'Du får en människa: ditt ärende ligger hos våra fälttekniker – personer – som ser allt du har skrivit här och hör av sig om nästa steg.',
  'visit.kept':
    'Det finns ingen ledig besökstid de tider du angav nu, så jag har behållit ditt besök {window} (ärende {reference}). Inget är ändrat.',
  'visit.kept.offer':
    'Det finns ingen ledig besökstid de tider du angav nu. Närmaste lediga tid till dem är {nearest}. Jag har behållit ditt besök {window} (ärende {reference}) – vill du byta till {nearest} i stället?',
  'visit.asked.free':
    'Ja – {nearest} är ledig. Jag har behållit ditt besök {window} (ärende {reference}) så länge – vill du att jag flyttar det till {nearest}?',
  'visit.offer_taken':
    'Klart – besöket är nu bokat {window} (ärende {reference}). Den tidigare tiden är avbokad.',
  'visit.call':
    'Ja – teknikern ringer eller skickar ett sms ungefär 30 minuter innan hen kommer, så att du vet när hen är där. Missar du samtalet försöker teknikern igen eller skickar ett sms; den bokade tiden gäller. Måste tiden ändras hör vårt fältteam av sig till dig innan dess.',
  'visit.call.noted': 'Jag har skrivit i ärende {reference} hur du helst nås, så att teknikern vet.',
  // "Ring gärna innan på 070-…", "please text me 30 min before": the wish honoured, the number said back.
  'visit.ahead_noted.call':
    'Jag har lagt in i ärende {reference} att du vill bli uppringd innan besöket, så att teknikern ser det: hen ringer dig ungefär 30 minuter innan hen kommer. Ska hen ringa ett annat nummer än det som står på ditt konto, skriv det här.',
  'visit.ahead_noted.call.number':
    'Jag har lagt in ditt nummer {phone} och att du vill bli uppringd innan besöket i ärende {reference}, så att teknikern ser det: hen ringer dig ungefär 30 minuter innan hen kommer.',
  'visit.ahead_noted.text':
    'Jag har lagt in i ärende {reference} att du vill ha ett sms innan besöket, så att teknikern ser det: hen skickar ett sms ungefär 30 minuter innan hen kommer. Ska hen använda ett annat nummer än det som står på ditt konto, skriv det här.',
  'visit.ahead_noted.text.number':
    'Jag har lagt in ditt nummer {phone} och att du vill ha ett sms innan besöket i ärende {reference}, så att teknikern ser det: hen skickar ett sms ungefär 30 minuter innan hen kommer.',
  'visit.still_booked': 'Besöket är fortfarande bokat {window}.',
  'visit.whole_window':
    'Teknikern kan komma när som helst under den bokade tiden, så någon som fyllt 18 behöver vara hemma hela tiden – är någon annan över 18 hemma kan du gå ut. Själva besöket tar oftast ungefär en timme.',
  'visit.hours_noted':
    'Jag har noterat i ärende {reference} vilka tider du är hemma den dagen, så att teknikern kommer inom dem.',
  'visit.comes': 'Ja – en tekniker kommer hem till dig på den bokade tiden.',
  'visit.earliest':
    'Det är den första lediga tiden inom de tider du gav. Kan du ta en tidigare tid, säg när så letar jag efter en.',
  'visit.inside':
    'Ja – teknikern behöver komma in för att nå routern eller modemet och uttaget där linjen kommer in i bostaden. Någon som fyllt 18 behöver vara hemma och släppa in teknikern.',
  'visit.before_limit':
    'Ingen ledig besökstid slutar före {limit}, så att teknikern kommer före {limit} kan jag inte lova – men jag har skrivit i ärendet till teknikern att komma före {limit} om det går.',
  'visit.before_limit.kept':
    'Det finns ingen ledig besökstid som slutar före {limit} de tider du nämnde, så besöket står kvar {window} (ärende {reference}). Att teknikern kommer före {limit} kan jag inte lova, men jag har skrivit till teknikern att komma före {limit} om det går. Vill du hellre ha en annan dag säger du bara vilken, så flyttar jag besöket.',
  'visit.door_code_noted': 'Tack – jag har noterat portkod {code} åt teknikern i ärende {reference}.',
  'visit.door_code_noted.details':
    'Tack – jag har noterat portkod {code} åt teknikern i ärende {reference}, och även: {details}.',
  'visit.access_noted': 'Tack – jag har noterat det här åt teknikern i ärende {reference}: {details}.',
  'visit.prepare':
    'Inget särskilt: se bara till att teknikern kommer åt routern eller modemet och uttaget där linjen kommer in, och låt routern vara på. Finns det en portkod kan du skriva den här, så noterar jag den åt teknikern.',
  'visit.time_off.after_work':
    'Nej – besöket är {window}, efter vanlig arbetstid, så du ska inte behöva ta ledigt. Någon som fyllt 18 behöver vara hemma då och släppa in teknikern.',
  'visit.time_off.work_hours':
    'Besöket är {window}, under arbetstid, så någon som fyllt 18 behöver vara hemma då och släppa in teknikern – det behöver inte vara du. Passar en tid efter jobbet eller en helg bättre säger du bara till, så letar jag efter en.',
  'visit.thanks': 'Varsågod! Teknikern kommer {window} (ärende {reference}). Skriv bara här om något ändras.',
  'check_first.cable':
    'Ja, det kollar vi först – jag bokar inget besök än. Kontrollera att kablarna sitter ordentligt i båda ändar och inte är skarpt böjda eller skadade. Säg till när du har gjort det, så testar jag igen.',
  'check_first.cable.fibre':
    'Ja, det kollar vi först – jag bokar inget besök än. Tryck försiktigt in den tunna fiberkabeln mellan vägguttaget och fiberboxen ordentligt i båda ändar, utan att böja den skarpt, och titta inte in i änden. Säg till när du har gjort det, så testar jag linjen igen.',
};
