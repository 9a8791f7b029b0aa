// Svenska svar på frågor som ställs med själva problemet — om något måste köpas, vad vi kan göra från
// vår sida, vems felet är, om någon måste vara hemma — efter grundorsaken eller frågan som den första
// diagnosen ställer (problem-questions.ts).
import type { problemQuestionsEn } from './problem-questions-en.js';

export const problemQuestionsSv: Record<keyof typeof problemQuestionsEn, string> = {
  'reply.need_to_buy':
    'Inget av det jag har hittat hittills kräver att du köper något – och om vår linje eller vår utrustning behöver lagas eller bytas kostar det inget.',
  'reply.need_to_buy.wifi_weak_signal':
    'Du behöver inte köpa något av oss. Prova steget nedan först; blir rummet fortfarande svagt är en mesh-enhet eller en accesspunkt halvvägs dit (från vilken elektronikbutik som helst) det som hjälper.',
  'reply.need_to_buy.contact.availability':
    'Nej – lagningen står vi för och den kostar inget; teknikern tar med det som behövs.',
  'reply.remote_help':
    'Ja – jag har redan testat din linje och router härifrån, och det mesta kan jag också åtgärda härifrån; jag frågar dig innan jag ändrar något.',
  'reply.remote_help.wifi_weak_signal':
    'Jag har testat din linje och router härifrån, och båda fungerar som de ska – det svaga är wifi-signalen på väg till det rummet, och ingen inställning jag ändrar härifrån får den att nå längre.',
  'reply.remote_help.contact.availability':
    'Jag har testat härifrån: felet är fysiskt, så inget jag ändrar härifrån når det – en tekniker behöver åtgärda det på plats.',
  'reply.your_fault':
    'Mina tester visar var ett fel sitter, och jag berättar vad de hittar. Sitter det i vår linje eller vår utrustning kostar det inget att åtgärda.',
  'reply.your_fault.nothing_found':
    'Jag ser inget fel hos oss just nu: din linje och din router svarar som de ska i mina tester. Jag kan alltså inte peka på något fel hos oss i nuläget – händer det igen, skriv här medan det pågår, så testar jag direkt.',
  'reply.my_side.nothing_found':
    'Mina tester hittar inget fel just nu, varken i vårt nät eller i din router, så inget tyder på att du har gjort något. Händer det igen, skriv här medan det pågår, så testar jag direkt.',
  'reply.your_fault.other_service_request':
    'Den tjänsten kan jag inte testa härifrån, så jag kan inte säga än på vems sida felet ligger; det kan kollegan som tar din fråga.',
  'reply.your_fault.wifi_weak_signal':
    'Det är inget fel hos oss eller hos dig: din linje och router fungerar som de ska – wifi-signalen når bara inte så långt genom väggarna.',
  'reply.your_fault.contact.availability':
    'Inte ditt: felet sitter i vår linje eller vår utrustning, och det kostar inget att laga.',
  'reply.be_home.after.tier2':
    'Nej, du behöver inte stanna hemma. Vår andra linje arbetar först på distans: ett fel på linjen åtgärdas i stationen eller ute i gatan, utan besök. Om de ser att någon måste komma hem till dig säger de det och bokar en tid med dig först.',
  // "kommer en tekniker hem till oss?" när andra linjen har ärendet: på distans först, besök bara om det behövs.
  'reply.technician_when.after.tier2':
    'Inte till att börja med: vår andra linje arbetar först på distans. Behövs ett besök kommer de överens med dig om en tid först – ingen kommer utan att du vet om det.',
  'reply.be_home':
    'Inte för det jag gör härifrån – jag testar och ändrar din router på distans. Bara ett steg jag ber dig göra vid routern kräver att någon är där.',
  'reply.technician_when.after.resolved':
    'Nej, ingen tekniker kommer: felet är löst, så det behövdes inget besök. Skulle det komma tillbaka, skriv bara här.',
  'reply.technician_when.identity.pin':
    'Det vet jag inte än – först testar jag din linje och router och fixar det jag kan härifrån. Behövs en tekniker bokar jag besöket med dig här, på en tid som passar dig.',
  'reply.technician_when.identity.customer_number':
    'Det vet jag inte än – först testar jag din linje och router och fixar det jag kan härifrån. Behövs en tekniker bokar jag besöket med dig här, på en tid som passar dig.',
  'reply.technician_when.consent.reboot':
    'Inte än – först provar jag omstarten. Hjälper den inte kommer en tekniker och åtgärdar felet, och då bokar jag besöket med dig här, på en tid som passar dig.',
  'reply.technician_when.contact.availability':
    'Jag bokar besöket själv, {here}: teknikerna kommer vardagar på förmiddagen, eftermiddagen eller kvällen, och lördagar på förmiddagen. Skriv vilka dagar och tider som passar dig – och vilka som inte gör det – så bokar jag första lediga tid inom dem.',
  'reply.be_home.contact.availability':
    'För besöket, ja – någon som fyllt 18 behöver vara hemma och släppa in teknikern, så välj en tid när du är hemma.',
  // Frågat i meddelandet vars svar lämnar ärendet vidare: vad den gruppen gör.
  'reply.be_home.outcome.field':
    'Ja – felet behöver en tekniker hemma hos dig, så någon som fyllt 18 behöver vara hemma och släppa in teknikern och visa var routern och uttaget sitter. Passar inte tiden nedan säger du bara till här, så flyttas den.',
  'reply.technician_when.outcome.field':
    'Ja – felet behöver en tekniker på plats, så jag bokar ett besök åt dig nu.',
  'reply.be_home.outcome.tier2':
    'Inte just nu: ingen tekniker är bokad. Vår andra linje tittar först på felet på distans. Behövs ett besök kommer de överens med dig om en tid först – då behöver någon som fyllt 18 vara hemma och släppa in teknikern.',
  'reply.technician_when.outcome.tier2':
    'Inte till att börja med – inget besök är bokat. Vår andra linje tittar först på felet på distans; behövs ett besök kommer de överens med dig om en tid innan någon kommer.',
  'reply.need_upgrade':
    'Inget jag har hittat hittills säger att du behöver ett snabbare abonnemang: ett snabbare abonnemang hjälper bara när linjen används fullt ut, och ett fel lagar vi kostnadsfritt. Om ett större abonnemang passar hur ni använder internet kan vår säljavdelning svara på.',
  'reply.need_upgrade.wifi_channel_congestion':
    'Nej – din linje ger den hastighet du betalar för. Det som gör det segt är att ditt wifi delar en trång kanal med grannarnas nätverk, och det ändrar inte ett snabbare abonnemang på; en lugnare kanal gör det.',
  'reply.need_upgrade.speed_wifi_limited':
    'Nej – hela hastigheten i ditt abonnemang når fram till routern. Det är wifi:t på vägen till din enhet som bromsar, och det ändrar inte ett snabbare abonnemang på.',
  'reply.need_upgrade.wifi_weak_signal':
    'Nej – hela hastigheten i ditt abonnemang når fram till routern. Wifi-signalen är svag där enheten är, och det ändrar inte ett snabbare abonnemang på.',
  'reply.need_upgrade.speed_line_degraded':
    'Nej – hastigheten fram till routern är lägre än ditt abonnemang ger på grund av ett fel hos oss, och det lagar inte ett snabbare abonnemang. Felet åtgärdar vi kostnadsfritt.',
  'reply.need_upgrade.contact.availability':
    'Nej – det här är ett fel i vår linje eller utrustning, och det lagar inte ett snabbare abonnemang. Reparationen är vår och kostnadsfri.',
  // "would the new price apply already on this month's bill?" beside a plan change: sales sets it.
  // "vad kostar 1000 ungefär?" vid en uppgradering, innan kontot är känt: priset är säljs, aldrig "felsökning är gratis".
  'reply.cost.request.account_change':
    'Vad ett nytt abonnemang kostar beror på adressen, och priser ser jag inte härifrån – vår säljavdelning ger dig priset när de tar ändringen.',
  'reply.cost.sales_request':
    'Vad ett nytt abonnemang kostar, och från vilken faktura det nya priset gäller, bestämmer vår säljavdelning när de gör ändringen – priser och fakturadatum ser jag inte härifrån, så de bekräftar båda när de kontaktar dig.',
  // "vad är det för avgift?" asked with an invoice question: a line billing sees, never "troubleshooting is free".
  'reply.cost.billing_request':
    'Vilken avgift det är kan jag inte se härifrån – fakturans rader ser vår fakturaavdelning. De har din faktura framför sig, förklarar vad avgiften är och rättar den om den är fel.',
  'reply.remote_help.after.resolved':
    'Ja – jag ser din linje och router härifrån, och mina senaste tester efter åtgärden såg bra ut. Händer det igen skriver du här, så tittar jag på linjen härifrån igen.',
};
