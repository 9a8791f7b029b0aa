// Svenska svar på frågor under ett steg, vid en tillåtelse eller vid ”fungerar det nu?”, där desken vet
// nog för att svara som en Tier-1-tekniker: en tid per åtgärd, skälet bakom ett steg.
import type { stepQuestionsEn } from './step-questions-en.js';

export const stepQuestionsSv = {
  'reply.how_long.consent.wifi_channel_change':
    'Bara några sekunder: wifi:t byter kanal direkt och enheterna ansluter igen av sig själva.',
  'defer.consent.wifi_channel_change':
    'Självklart, det kan vänta. Skriv ”kör” här när det passar så gör jag det då – enheterna tappar bara nätet några sekunder.',
  'defer.consent.cpe_reboot':
    'Självklart, det kan vänta. Skriv ”kör” här när det passar så gör jag det då – internet är borta i ungefär två minuter.',
  'defer.consent.cpe_firmware_upgrade':
    'Självklart, det kan vänta. Skriv ”kör” här när det passar så gör jag det då – det tar ungefär fem minuter.',
  'reply.will_it_help.hardware_failure':
    'Nej – routern rapporterar själv ett fel i sin hårdvara, och en omstart lagar inte hårdvara: routern behöver bytas, och det gör teknikern.',
  'reply.will_it_help.consent.cpe_reboot.hardware_failure':
    'Bra fråga. En omstart som jag gör härifrån visar om felet sitter i routerns hårdvara: finns felet kvar efteråt bokar jag en tekniker direkt – inga fler steg för dig.',
  'reply.why_pin.request.login_problem':
    'PIN-koden visar att jag pratar med kontoinnehavaren innan jag ändrar något på ditt konto – kundnumret står ju på varje faktura. Du hittar PIN-koden i ditt välkomstbrev (inte på {portal}, eftersom du inte kommer in där just nu).',
  'reply.why_pin.request.password_reset':
    'PIN-koden visar att jag pratar med kontoinnehavaren innan jag ändrar något på ditt konto – kundnumret står ju på varje faktura. Du hittar PIN-koden i ditt välkomstbrev (inte på {portal}, eftersom du inte kommer in där just nu).',
  'reply.where_customer_number.request.login_problem':
    'Ditt kundnummer står överst på fakturan, på papper eller i mejlet – 5 till 8 siffror.',
  'reply.where_customer_number.request.password_reset':
    'Ditt kundnummer står överst på fakturan, på papper eller i mejlet – 5 till 8 siffror.',
  'reply.power_outlet':
    'Sätt routern i ett uttag du vet fungerar, till exempel ett där en lampa lyser. Sitter den i ett grenuttag med egen strömbrytare, tryck på knappen så att lampan på grenuttaget tänds. Fungerar inget i det uttaget heller, kolla att ingen säkring eller jordfelsbrytare har löst ut.',
  'reply.is_it_safe.step.power_on':
    'Nej, det är inte farligt: routern drivs med låg spänning från sin lilla nätadapter, så det är ofarligt att röra routern, sladden och strömbrytaren på ett grenuttag. Håll den bara torr. Att trycka på strömknappen eller grenuttagets knapp kan inte heller förstöra något.',
  'reply.is_it_safe.step.power_cycle':
    'Nej, det är inte farligt: routern drivs med låg spänning från sin lilla nätadapter, så det är ofarligt att dra ur sladden och sätta i den igen, och inget raderas. Håll den bara torr.',
  'reply.is_it_safe.step.check_cables':
    'Nej, det är inte farligt: kablarna till routern har ingen nätspänning, så det är ofarligt att röra dem, dra ur dem och trycka i dem igen – inget går sönder.',
  'reply.which_button.step.power_on':
    'Strömknappen sitter oftast på routerns baksida, bredvid där strömsladden går in – ofta rund, ibland märkt ON/OFF eller med en ⏻-symbol. Den är helt ofarlig att trycka på: tryck en gång, så tänds lamporna inom en minut. Tryck aldrig i det lilla reset-hålet: det raderar alla routerns inställningar. Sitter kontakten i ett grenuttag med egen strömbrytare, kolla att den också är på.',
  'reply.which_button':
    'Tryck aldrig i det lilla reset-hålet på routern: det raderar alla dess inställningar, även wifi-namnet och lösenordet. Den enda knapp du behöver är strömknappen – den vanliga på baksidan, ofta rund.',
  'closing.promised_withdrawn': 'Skönt att det löste sig – jag har stängt ärende {linked}.',
  'ask.step.check_cables.fiber':
    'Kontrollera kabeln från fiberdosan på väggen till routern (dess WAN- eller Internet-port): den ska sitta ordentligt i båda ändar. Säg till när du är klar.',
  'ask.step.check_cables.dsl':
    'Kontrollera kabeln från telejacket i väggen till routern, via det lilla filtret (splittern) om du har ett: den ska sitta ordentligt i båda ändar. Säg till när du är klar.',
  'ask.step.check_cables.cable':
    'Kontrollera den runda antennkabeln från kabel-tv-uttaget i väggen till modemet: den ska vara ordentligt iskruvad i båda ändar. Säg till när du är klar.',
  'advice.wifi_limited.band_question':
    'Din router sänder på två band: 5 GHz är snabbt men når inte lika långt, 2,4 GHz når längre genom väggar men är långsammare. Längre från routern går enheten över till 2,4 GHz, och därför sjunker hastigheten där. Över wifi är full hastighet realistisk bara nära routern på 5 GHz; genom en vägg eller två är ungefär hälften normalt, och full hastighet får du alltid med nätverkskabel. Routern mer centralt, eller en mesh-enhet halvvägs, ger dig det snabba bandet längre bort.',
  // "Jag ser två nät, Nilsson och Nilsson-5G, jag är på det första. Ska jag byta?"
  'advice.wifi_limited.band_question.two_names':
    'Ja – byt till nätet vars namn slutar på ”5G” (samma lösenord): det är 5 GHz-bandet, mycket snabbare än 2,4 GHz-nätet du är på. Genom en vägg ger det mindre än bredvid routern: ungefär hälften av din hastighet är normalt där, och full hastighet får du alltid med nätverkskabel. Tappar det anslutningen där du sitter, gå tillbaka till det andra namnet – det når längre.',
  // "Jag ser bara ett wifi-namn, hur väljer jag 2,4 eller 5?"
  'advice.wifi_limited.band_question.one_name':
    'Med ett nätverksnamn behöver du inte välja: routern och din enhet väljer bandet själva – nära routern är du på 5 GHz, längre bort går enheten över till 2,4 GHz, som når längre men är långsammare. Vill du hellre välja själv kan 5 GHz-bandet få ett eget namn i routerns inställningar.',
  'advice.elsewhere.wifi_weak_signal.asked':
    'Som det är nu blir det sämre i det rummet: nära routern går det fort, så din linje och router är som de ska – signalen når bara inte in i det rummet genom väggarna. Inget på linjen behöver åtgärdas, och du behöver inte köpa något av oss. Det som hjälper där är att ställa routern så centralt och fritt som möjligt, eller en mesh-enhet (eller en trådbunden accesspunkt) halvvägs.',
  'advice.elsewhere.wifi_weak_signal.again':
    'Då är det avståndet, inget fel: vid routern fungerar det, så din linje och router är som de ska, och det kan ingen tekniker ändra härifrån. Det som ger bra wifi i det rummet är att ställa routern mer centralt, eller en mesh-enhet (eller en trådbunden accesspunkt) halvvägs – en wifi-förstärkare fungerar också, men ungefär halverar hastigheten. Jag avslutar ärendet med de här råden; skriv här igen om du vill ha hjälp att sätta upp det.',
  'advice.elsewhere.speed_wifi_limited.again':
    'Då är det avståndet, inget fel: nära routern får du din hastighet, så din linje och router är som de ska, och det kan ingen tekniker ändra härifrån. Långt bort är wifi långsammare: använd 5 GHz-nätet där det går, ställ routern mer centralt, eller lägg till en mesh-enhet (eller en trådbunden accesspunkt) halvvägs – en wifi-förstärkare fungerar också, men ungefär halverar hastigheten. Jag avslutar ärendet med de här råden; skriv här igen om du vill ha hjälp att sätta upp det.',
  'reply.other_will_do.step.wired_test':
    'Vilken dator som helst med nätverksuttag fungerar för testet, en gammal laptop också, med en vanlig nätverkskabel. Har den inget nätverksuttag fungerar en USB-nätverksadapter, eller så testar vi nära routern på 5 GHz-nätet i stället. Anslut den till routern med kabeln, gör ett hastighetstest och säg till när du har gjort det.',
  'reply.other_will_do.step.move_closer':
    'Vilken enhet som helst på ditt wifi fungerar för testet: mobil, surfplatta eller laptop. Ta den nära routern, anslut till 5 GHz-nätet och gör ett hastighetstest.',
  'reply.other_will_do.step': 'Gör den samma sak fungerar den för det här steget.',
  'ask.resolution.confirm.close':
    'Ska jag avsluta ärendet, eller finns det något mer jag kan hjälpa till med?',
} satisfies Record<keyof typeof stepQuestionsEn, string>;
