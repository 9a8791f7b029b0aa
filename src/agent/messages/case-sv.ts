// Svenska texter för frågor om ett ärende som redan ligger hos en person eller väntar på att en
// driftstörning åtgärdas (src/agent/case-questions.ts), och problemraden för en annan tjänst.
import type { caseEn } from './case-en.js';

export const caseSv: Record<keyof typeof caseEn, string> = {
  'case.loan_device':
    'Jag har noterat i ärende {reference} att du vill låna en router under tiden. {team} svarar dig om det här.',
  'case.loan_device.hardware_failure':
    'Jag har noterat i ärende {reference} att du vill ha en router under tiden. Teknikern tar med sig en ny router till besöket, så då får du en som fungerar.',
  'case.restart_meanwhile':
    'En omstart hjälper inte mot det här felet – det sitter inte i routerns inställningar. Låt utrustningen vara påslagen, så ser vi den härifrån när felet är åtgärdat.',
  'case.restart_meanwhile.fiber_los':
    'Nej, en omstart hjälper inte vid LOS – felet sitter i fiberlinjen. Låt fiberboxen vara påslagen tills teknikern har varit där.',
  'case.restart_meanwhile.optical_power_low':
    'Inte egentligen – signalen i fibern är för svag, så avbrotten fortsätter tills teknikern har varit där. En omstart gör bara att boxen kopplar upp sig lite snabbare efter ett avbrott.',
  'case.restart_meanwhile.hardware_failure':
    'Du kan starta om den om den slutar fungera helt, men en omstart tar inte bort felet – det är routern själv som är trasig, och teknikern byter ut den.',
  'case.restart_meanwhile.billing_suspended':
    'En omstart hjälper inte: abonnemanget är pausat hos oss, och anslutningen öppnas igen när betalningen är registrerad.',
  'case.restart_meanwhile.outage':
    'Nej, en omstart hjälper inte nu – felet sitter i vårt nät. Låt routern vara på: när felet är lagat kommer internet tillbaka av sig självt. Har det inte kommit tillbaka inom en kvart efter det, starta om routern då.',
  'case.unplug_phone':
    'Att dra ur telefonen skadar ingenting, så det kan du prova. Märker du någon skillnad, skriv det här så noterar jag det i ärende {reference}.',
  'case.unplug_phone.dsl_low_snr':
    'Det kan du prova: dra ur telefonen ur jacket en stund. Slutar avbrotten medan den är urdragen, skriv det här – då vet teknikerna att telefonen eller dess filter är en del av felet. Det skadar ingenting.',
  'case.keep_using':
    'Ja – använd den som vanligt under tiden. Att använda anslutningen kan inte förstöra något eller göra felet värre, även om den tappar ibland.',
  'case.restart_harm':
    'Nej – omstarter skadar inte routern; den är gjord för att slås av och på. Felet är inget du har orsakat.',
  'case.notify_how':
    '{team} svarar dig här, i den här konversationen, inom {when}, och ringer bara om de behöver. Vill du hellre bli uppringd kan du skriva ditt telefonnummer här, så lägger jag till det i ärendet.',
  'case.notify_sms':
    'Sms kan jag inte skicka härifrån. {team} svarar dig här, i den här konversationen, inom {when}.',
  'case.notify_sms.outage':
    'Sms kan jag tyvärr inte skicka härifrån. Beskedet att felet är åtgärdat kommer här, i den här konversationen – du behöver inte ha chatten öppen: inget försvinner om du stänger den.',
  'case.notify_email':
    '{team} svarar dig här, i den här konversationen, inom {when}; något separat mejl om det skickar jag inte.',
  'case.notify_email.email': 'Ja – {team} svarar dig med mejl, som svar i den här tråden, inom {when}.',
  'case.notify_either':
    '{team} svarar dig här, i den här konversationen, inom {when} – inte med ett separat mejl – och ringer bara om de behöver. Vill du hellre bli uppringd kan du skriva ditt telefonnummer här, så lägger jag till det i ärendet.',
  'case.notify_either.email':
    '{team} svarar dig med mejl, som svar i den här tråden, inom {when}, och ringer bara om de behöver. Vill du hellre bli uppringd kan du skriva ditt telefonnummer här, så lägger jag till det i ärendet.',
  'case.notify_email.outage':
    'Nej, inte med mejl (och inte med sms): beskedet att det är lagat kommer här, i den här konversationen. Du behöver ändå inte sitta och vänta på beskedet – internet kommer tillbaka av sig självt när felet är lagat, och läget för felet hittar du på vår webbplats.',
  'case.notify_email.outage.again':
    'Nej, något mejl kan jag tyvärr inte skicka om det. Du behöver inte vänta på något här: internet kommer tillbaka av sig självt när lagningen är klar, och på vår webbplats ser du hur det går med den.',
  'case.notify_email.outage.email':
    'Ja – beskedet att felet är åtgärdat kommer med mejl, som svar i den här tråden. Internet kommer tillbaka av sig självt när felet är lagat.',
  'case.chat_closed':
    'Inget försvinner om du stänger webbläsaren: ärende {reference} är kvar med allt i. När du kommer tillbaka skriver du här eller uppger referensen {reference}.',
  'case.phone_noted': 'Jag har noterat ditt nummer {phone} i ärende {reference}.',
  'case.notify_how.outage':
    'Jag skriver till dig här, i den här konversationen, så fort felet är åtgärdat – du behöver inte fråga igen.',
  'case.pay_before_answer.billing':
    'Du kan vänta med att betala det du ifrågasätter. Jag har noterat i ärende {reference} att du bestrider fakturan; {ourTeam} tittar på den före förfallodagen, och är den fel får du en rättad faktura.',
  'case.pay_before_answer.billing_suspended':
    'Abonnemanget är pausat tills fakturan är betald eller {ourTeam} ser att den redan är det. De svarar dig här inom {when}.',
  'case.auto_pay.billing_suspended':
    'Ibland går en autogiro-dragning inte igenom, till exempel om medgivandet har upphört eller om det saknades täckning när den skulle dras. Betalningar kan jag inte se härifrån, så jag har lagt in din fråga i ärende {reference}; {ourTeam} ser exakt vad som hände och svarar dig här inom {when}.',
  'case.auto_pay':
    'Ibland går en autogiro-dragning inte igenom, till exempel om medgivandet har upphört eller om det saknades täckning när den skulle dras. Betalningar kan jag inte se härifrån, så jag har lagt in din fråga i ärende {reference}; {ourTeam} ser exakt vad som hände och svarar dig här inom {when}.',
  'case.paid_already.billing':
    'Tack – jag har lagt till i ärende {reference} att du redan har betalat. {team} kontrollerar betalningen och svarar dig här inom {when}.',
  'case.paid_already.billing_suspended':
    'Tack – jag har lagt till i ärende {reference} att du redan har betalat; {ourTeam} kontrollerar betalningen och svarar dig här inom {when}.',
  'case.who_handles.billing_suspended':
    'Betalningar sköts av vår fakturaavdelning. {team} har ditt ärende {reference}, kontrollerar betalningen med dem och svarar dig här inom {when}.',
  'case.who_handles':
    '{team} har ärende {reference} och tar in den som behövs; de svarar dig här inom {when}.',
  'case.pay_now.billing_suspended':
    'Jag kan inte ta emot en betalning {here}. Den obetalda fakturan finns på {portal}, och du betalar den därifrån eller i din internetbank (e-faktura, eller en överföring med OCR-numret på fakturan). Anslutningen öppnas igen av sig själv när betalningen har kommit fram till oss – hur snabbt beror på när betalningen registreras, så jag kan inte lova att det blir i dag.',
  'case.pay_now.billing':
    'Jag kan inte ta emot en betalning {here}. Dina fakturor finns på {portal}, och du betalar därifrån eller i din internetbank (e-faktura, eller en överföring med OCR-numret på fakturan). {ourTeam} har ärende {reference} om något på fakturan är fel.',
  'case.pay_method.billing_suspended':
    'Jag kan inte ta emot en betalning {here}, och jag ser inte vilka betalsätt din faktura har: de står på fakturan (på {portal}) – oftast internetbanken med OCR-numret, eller e-faktura; om Swish eller kort går att använda svarar {ourTeam} i ärende {reference}. Anslutningen öppnas igen av sig själv när betalningen har kommit fram till oss – hur snabbt beror på när betalningen registreras, så jag kan inte lova att det blir i dag.',
  'case.pay_method':
    'Jag kan inte ta emot en betalning {here}, och jag ser inte vilka betalsätt din faktura har: de står på fakturan (på {portal}) – oftast internetbanken med OCR-numret, eller e-faktura. Om Swish eller kort går att använda svarar {ourTeam} i ärende {reference}.',
  'case.amount_owed':
    'Beloppet ser jag inte härifrån: det står på fakturan på {portal} (under fakturor), och {ourTeam} bekräftar det – och vilken faktura det gäller – i ärende {reference}.',
  'case.pay_undisputed':
    'Ja – att betala det belopp du håller med om (ditt vanliga belopp) före förfallodagen är det vanliga medan {ourTeam} tittar på resten. Det du ifrågasätter står i ärende {reference}; de berättar här inom {when} om något av det ska betalas.',
  // Frågat igen efter "det var inte det jag frågade": samma svar, sagt rakare.
  'case.pay_undisputed.again':
    'Rakt svar på din fråga: ja – att betala det belopp du håller med om (ditt vanliga belopp) före förfallodagen går bra; {ourTeam} avgör den omtvistade delen i ärende {reference} och svarar dig här inom {when}.',
  'case.pay_undisputed.billing_suspended':
    'Anslutningen öppnas igen när den obetalda fakturan är betald. Ifrågasätter du en del av den, betala den del du håller med om nu: {ourTeam} har ärende {reference}, avgör resten och svarar dig här inom {when}.',
  'case.no_contact':
    'Har du inte hört något inom {when}, skriv här igen – eller starta en ny chatt och ange ärende {reference} – så jagar vi på {ourTeam} så att någon tar det direkt.',
  'case.back_after_payment.billing_suspended':
    'När betalningen är registrerad öppnas anslutningen igen av sig själv, oftast inom några timmar. Har du redan betalat kontrollerar {ourTeam} det i ärende {reference}.',
  'compensation.same_case':
    'Jag har lagt till det i ärende {reference} också, så hanterar {ourTeam} det tillsammans med fakturan.',
  'case.how_long': '{team} återkommer till dig här inom {when}.',
  'case.fixed_when':
    'Någon tid för lagningen kan jag inte lova själv: {ourTeam} tittar på felet och berättar inom {when} när det kan åtgärdas.',
  'case.which_number':
    'De ringer det nummer du ger mig: skriv numret de ska använda här, så lägger jag in det i ärende {reference}.',
  'case.who_contacts':
    '{team} – ärende {reference} ligger hos dem, och de återkommer till dig här inom {when}.',
  'case.cut_off.billing':
    'Att betala det belopp du håller med om före förfallodagen medan {ourTeam} tittar på resten är det vanliga, och det du ifrågasätter står i ärende {reference}. Jag kan inte själv lova något om din uppkoppling: {ourTeam} avgör den omtvistade delen och svarar dig här inom {when}.',
  'case.how_long.field': 'Våra fälttekniker kontaktar dig inom {when} för att boka en tid för besöket.',
  'case.how_long.outage':
    'Våra tekniker arbetar med felet; jag skriver till dig här så fort det är åtgärdat.',
  'case.noted.billing':
    'Påminnelser, betalningar och autogiro kan jag inte se härifrån, så jag har lagt in din fråga i ärende {reference}; {ourTeam} kontrollerar det tillsammans med din betalning och svarar dig här inom {when}.',
  'case.team_status.not_yet':
    'Inte än – din begäran ligger hos {ourTeam} i ärende {reference}, och de svarar dig här inom {when}.',
  'case.team_status.answered':
    'Ja – {ourTeam} har svarat dig i ärende {reference}; svaret finns här i konversationen. Är något oklart skriver du bara här.',
  'case.noted':
    'Det kan jag inte svara på härifrån, så jag har noterat din fråga i ärende {reference}; {ourTeam} svarar på den här inom {when}.',
  'case.still_active':
    'Inget är uppsagt: ditt abonnemang fungerar som vanligt. Inget ändras förrän {ourTeam} har kommit överens med dig och bekräftat det skriftligt.',
  'problem.cancellation': 'uppsägning av ditt abonnemang',
  'secondary.refund_dropped': 'Uppfattat – då skickar jag inte vidare begäran om avdrag.',
  'secondary.denied': 'Förlåt, mitt misstag – det gjorde du inte. Jag har strukit det.',
  'problem.subscription_question': 'en fråga om ditt abonnemang',
  'problem.house_move': 'en fråga om flytt av ditt abonnemang',
  'problem.house_move.to': 'flytt av ditt abonnemang till {address}',
  'problem.house_move.date': 'flytt av ditt abonnemang, inflyttning {date}',
  'problem.house_move.to.date': 'flytt av ditt abonnemang till {address}, inflyttning {date}',
  'move.answer.keep':
    'Abonnemanget kan följa med dig så länge vi levererar till den nya adressen; vår säljavdelning kontrollerar adressen och bekräftar det med dig.',
  'move.answer.or_cancel':
    'Inget sägs upp nu. Om ni hellre vill säga upp än flytta med abonnemanget berättar vår säljavdelning vad som gäller när de kontaktar dig, så kan ni bestämma er då.',
  'move.answer.when':
    'Meddela flyttdagen minst två veckor i förväg: då avslutar vi tjänsten på den gamla adressen och startar den på den nya samma dag där det går. Vår säljavdelning bekräftar dagen när de kontaktar dig.',
  'move.answer.date_rough':
    'Ett ungefärligt datum räcker så länge: vår säljavdelning stämmer av det exakta flyttdatumet med dig när de hör av sig. Det är bra om du vet det senast två veckor före flytten.',
  'move.answer.router':
    'När du flyttar abonnemanget följer routern med: ta med den och koppla in den på den nya adressen. Du behöver inte skicka tillbaka något.',
  'move.answer.address':
    'Vår säljavdelning kollar vilken anslutning som finns på den nya adressen och bekräftar allt när de kontaktar dig.',
  'cancel.answer.notice':
    'Uppsägningstiden är en månad, om inte ditt avtal säger något annat – du betalar till och med dess sista dag, inte för månaderna efter. Vår säljavdelning bekräftar den exakta sista dagen skriftligt när de tar hand om uppsägningen.',
  'cancel.answer.router':
    'Ja – routern ska tillbaka till oss: skicka den i det förbetalda paketet inom 30 dagar efter sista dagen, annars debiterar vi den.',
  'cancel.answer.package':
    'Ja – vi skickar ett förbetalt returpaket till dig efter sista dagen. Lägg routern i det och lämna det hos ett postombud; du behöver inte hämta något.',
  'cancel.answer.last_day':
    'Det kan du be om: datumet du vill ha går till vår säljavdelning med ditt ärende, och de bekräftar sista dagen skriftligt.',
  'cancel.answer.how':
    'Ja – du kan säga upp {here}; chatt, e-post och telefon fungerar lika bra. Kontoinnehavaren behöver bara verifieras först, med kundnummer och PIN-kod.',
  'cancel.answer.verify':
    'Tyvärr inte utan verifiering: för en uppsägning måste kontoinnehavaren verifieras med kundnummer och PIN-kod. När du är verifierad skickar jag uppsägningen vidare till vår säljavdelning direkt.',
  'cancel.noted':
    'Jag har också lagt din fråga i ärende {reference}, så att kollegan som tar ärendet kan bekräfta det åt dig.',
  'problem.security_worry': 'en oro för att någon annan är inne i ditt nätverk eller din router',
  'problem.other_service.tv': 'en fråga om tv',
  'problem.other_service.mobile': 'en fråga om mobiltjänsten',
  'problem.other_service.email': 'en fråga om e-post',
  'reply.what_happens_next.consent.wifi_change':
    'Ja – enheter på wifi, även en smart-tv, kopplas ner en kort stund, och efter ett nytt lösenord eller nätverksnamn ansluter var och en igen med de nya uppgifterna.',
};
