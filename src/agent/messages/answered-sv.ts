// Svenska texter för frågor som desken besvarar utifrån ärendet i stället för att lämna dem till en
// kollega (se answered-en.ts).
import type { answeredEn } from './answered-en.js';

const FORWARD_IN_PLACE =
  'Inget mer på routern – vidarebefordringen är på plats och ligger kvar. På datorn måste programmet släppas igenom brandväggen: svara ja när Windows frågar första gången, eller tillåt det under brandväggsinställningarna. Det riktiga testet görs utifrån: din vän ansluter till din publika adress (inte 192.168…-adressen) medan programmet är igång. Fungerar det inte då, skriv bara här.';

export const answeredSv: Record<keyof typeof answeredEn, string> = {
  'reply.did_you_act.no_action.wifi_radio_disabled':
    'Nej – vi har inte stängt av något. Wifi:t hade stängts av i själva routern – oftast med wifi-knappen på routern, i dess app eller webbsida, eller av ett schema. Inget vi ser tyder på intrång.',
  'reply.is_it_safe.identity.pin':
    'Ja – PIN-koden använder vi bara till att kontrollera att vi pratar med kontoinnehavaren; ensam kan den inte användas för att logga in någonstans eller ändra något. Vi frågar aldrig efter dina lösenord.',
  'reply.is_it_safe.identity.customer_number':
    'Ja – kundnumret använder jag bara till att hitta ditt abonnemang; ensamt kan det inte användas för att ändra något. Vi frågar aldrig efter dina lösenord.',
  'reply.who_sees_password':
    'Nej – det nya lösenordet visas bara för dig, här i den här konversationen. I våra system är det dolt, så vår personal kan inte läsa det, och du kan själv byta det på routerns inställningssida när du vill.',
  'reply.my_side.dsl_low_snr':
    'Inte egentligen – ett delningsfilter eller en telefonsladd som sitter löst eller saknas är mycket vanligt och lätt att missa. För att vara säker: ring ett samtal på den fasta telefonen och se att internet håller.',
  'reply.what_you_meant.no_action':
    'Förlåt om jag var otydlig – jag har inte ändrat något i din router i det här ärendet: inget lösenord är bytt, och ingen annan avdelning är inblandad. Jag ändrar bara något efter att ha frågat dig.',
  'reply.what_you_meant':
    'Förlåt om jag var otydlig – det enda jag har ändrat är det jag frågade dig om här. Inget lösenord är bytt, och ingen annan avdelning är inblandad.',
  'reply.public_ip.wan':
    'Dina vänner ansluter till din publika adress, som just nu är {publicIp} – skicka den till dem; 192.168…-adressen fungerar bara hemma hos dig. Den är dynamisk, så den kan ändras (till exempel när routern startar om): sök på ”vad är min ip” på datorn så ser du den aktuella. Ett dynamiskt DNS-namn (en gratistjänst som du ställer in på routerns inställningssida) följer med adressen, så kan dina vänner alltid använda namnet i stället. Se också till att datorns brandvägg släpper igenom porten.',
  'reply.public_ip':
    'Dina vänner ansluter till din publika adress – den som internet ser, inte 192.168…-adressen. Den kan jag inte läsa av härifrån just nu; sök på ”vad är min ip” på datorn så ser du den. Den är dynamisk, så den kan ändras (till exempel när routern startar om); ett dynamiskt DNS-namn (en gratistjänst som du ställer in på routerns inställningssida) följer med adressen, så kan dina vänner alltid använda namnet i stället. Se också till att datorns brandvägg släpper igenom porten.',
  // "do i need to do anything else?", "behöver jag göra något mer?" once the forward is in place: nothing on
  // the router; the computer's firewall and a test from outside.
  'reply.anything_else.port_forward_add': FORWARD_IN_PLACE,
  'reply.what_happens_next.port_forward_add': FORWARD_IN_PLACE,
  'reply.remote_management':
    'Fjärrstyrning betyder att man når routerns inställningssida via internet, hemifrån. Den är avstängd från början, och vi rekommenderar att låta den vara det: när den är på kan vem som helst på internet försöka logga in på din router. Behöver du den verkligen, använd ett starkt administratörslösenord och slå bara på den medan du behöver den.',
  'reply.invoice_fee':
    'Vilken avgift det är kan jag inte se härifrån – fakturans rader ser vår fakturaavdelning. De har din faktura framför sig, förklarar skillnaden och rättar den om den är fel.',
  'reply.what_band':
    '2,4 GHz och 5 GHz är de två wifi-banden som din router sänder på. 2,4 GHz når längre genom väggar men är långsammare och trängre; 5 GHz är mycket snabbare men når kortare. Du kan fixa det själv: välj 5 GHz-nätet på datorn om det når rummet (ofta samma namn med 5G eller 5GHz), eller använd en nätverkskabel för full hastighet.',
  'reply.did_you_act.no_action':
    'Nej – jag har inte ändrat något i din router i det här ärendet; det gör jag bara efter att ha frågat dig.',
  'reply.did_you_act.any_action':
    'Ja – jag gjorde ändringen härifrån, på distans, för en stund sedan; du behövde inte göra något vid routern.',
  'reply.did_you_act.cpe_reboot':
    'Ja – jag startade om din router på distans för en stund sedan. En omstart tar bara en minut eller två, så lamporna är lätta att missa.',
  'reply.did_you_act.cpe_factory_reset':
    'Ja – jag återställde din router till fabriksinställningarna på distans för en stund sedan; den startade om av sig själv som en del av det.',
  'reply.did_you_act.cpe_firmware_upgrade':
    'Ja – jag uppdaterade routerns programvara på distans för en stund sedan, och den startade om av sig själv när uppdateringen var klar.',
  'reply.did_you_act.wifi_channel_change':
    'Ja – jag flyttade ditt wifi till en lugnare kanal på distans för en stund sedan. Routern startar inte om för det, så inga lampor blinkar.',
  'reply.did_you_act.wifi_radio_enable': 'Ja – jag slog på routerns wifi igen på distans för en stund sedan.',
  'reply.did_you_act.dns_reset':
    'Ja – jag lade tillbaka rätt DNS-inställningar i din router på distans för en stund sedan; routern startar inte om för det.',
  'reply.did_you_act.pppoe_credentials_resync':
    'Ja – jag skickade rätt inloggningsuppgifter till din router på distans för en stund sedan, och den loggade in igen med dem.',
  'reply.did_you_act.wifi_password_change':
    'Ja – jag satte det nya wifi-lösenordet i din router på distans för en stund sedan; det är det jag visade dig här.',
  'reply.did_you_act.admin_password_change':
    'Ja – jag satte ett nytt administratörslösenord i din router på distans för en stund sedan; det är det jag visade dig här.',
  'reply.send_by_sms':
    'SMS kan jag tyvärr inte skicka härifrån. Ett lösenord som jag sätter visas för dig {here} så fort det är satt, och ingen annanstans.',
  'reply.how_get_password':
    'Jag visar det för dig {here} så fort det är ändrat – du behöver inte göra något för att få det.',
  'reply.how_get_password.consent.wifi_password_change':
    'Jag visar det nya wifi-lösenordet {here} så fort det är satt, och sedan ansluter du dina enheter med det.',
  'reply.how_get_password.consent.admin_password_change':
    'Jag visar det nya administratörslösenordet {here} så fort det är ändrat. Spara det på ett säkert ställe; du behöver det bara för routerns inställningssida.',
  'reply.wifi_name_rules':
    'Nästan vad som helst: upp till 32 tecken, och mellanslag går bra. Å, ä och ö går också, men vissa äldre enheter visar dem konstigt. Emojier skulle jag hoppa över – tv-apparater och skrivare visar dem ofta som rutor eller hittar inte nätverket alls.',
  'reply.what_found.faults': 'Det här visade mina tester: {found}',
  // ({routerAnswered} är tom: den finns bara när testerna nådde routern och den svarade – wan-facts.ts.)
  'reply.what_found':
    'Jag hittade inga fel: din linje och din router svarar på mina tester som de ska.{routerAnswered}',
  'reply.what_found.not_yet':
    'Jag har inte testat något än – det gör jag så fort jag vet vilket abonnemang det gäller, och sedan berättar jag vad jag hittade.',
  // An answer an earlier reply gave word for word, asked for again or in other words (turn.ts saySaidBefore).
  'reply.said_before':
    'Jag har redan berättat allt jag vet om det, och mer än så kan jag inte svara härifrån – det jag kan se och ändra är din anslutning och din router. Svarade det inte på din fråga kan vår kundtjänst: skriv ”jag vill prata med en person” så lämnar jag över dig till dem.',
  'reply.said_before.case':
    'Jag har redan berättat allt jag vet om det, och mer än så kan jag inte svara härifrån. Din fråga finns i ärende {reference}, och en kollega svarar dig här.',
  'reply.cannot_answer.here':
    'Det kan jag inte svara på härifrån – det jag kan se och ändra är din anslutning och din router.',
  'reply.which_question':
    'Förlåt, det var fel av mig: jag läste en del av ditt meddelande som en fråga du inte hade ställt. Det finns ingen öppen fråga från dig, och inget väntar på svar.',
  'reply.which_question.after':
    'Förlåt, det var fel av mig: jag läste en del av ditt meddelande som en fråga du inte hade ställt. Inget väntar på svar, och ditt ärende fortsätter som jag beskrev.',
  'check.step_done': 'Ja – det var det.',
  'outage.check_after_identity':
    'Det kollar jag för din adress så fort du är verifierad – en känd störning i ditt område syns direkt.',
  'case.offer.sales':
    'Hastigheter och priser beror på adressen. Vår säljavdelning skickar alternativen för din adress – jag har lagt till din fråga i ärende {reference}.',
  // Allmänna frågor (question-topics.ts GENERAL_TOPICS): besvaras med det varje kundtjänst vet.
  'reply.band_split':
    'Ett eget 5 GHz-nät betyder att routerns två wifi-band (2,4 GHz och 5 GHz) får var sitt namn, så att du kan koppla till exempel en spelkonsol till det snabba 5 GHz-nätet. Det kan jag göra åt dig härifrån: 5 GHz-bandet får ditt vanliga nätverksnamn med ”-5G” på slutet, 2,4 GHz-bandet behåller sitt namn och lösenordet är detsamma – säg bara till. Du kan också göra det själv på routerns inställningssida (192.168.1.1, under Wi-Fi).',
  'reply.address_changes':
    'En portöppning (liksom allt som ställs in för en viss enhet) pekar på en adress: får datorn en ny adress når portöppningen inte fram längre och slutar fungera. Ge datorn en fast adress så fortsätter den att fungera: en DHCP-reservation på routerns inställningssida (192.168.1.1, under LAN eller DHCP) ger alltid datorn samma adress. Någon reservation kan jag inte lägga in härifrån; du gör det där på en minut, eller så gör våra andralinjetekniker det åt dig.',
  'reply.pin_bankid':
    'Nej – BankID kan jag inte ta emot här, så det är PIN-koden från välkomstbrevet som jag verifierar kontoinnehavaren med (den står också på {portal} under dina uppgifter). Har du den inte kan du ringa oss, så verifierar vi dig på annat sätt, eller skriva igen när du har brevet.',
  'reply.pin_bank':
    'Nej – det är inte din bankkod. Den ska du aldrig ge till någon, inte heller till oss: vi frågar aldrig efter den. PIN-koden jag menar är en fyrsiffrig kod från oss, som står i välkomstbrevet du fick när du blev kund; du ser den också på {portal} under dina uppgifter.',
  'reply.whose_pin':
    'Kontoinnehavarens – den som abonnemanget står på. Är det du är det din PIN-kod: en fyrsiffrig kod i välkomstbrevet, och du ser den också på {portal} under dina uppgifter. Ingen annan i hushållet behöver någon.',
  'reply.e_invoice':
    'Ja – du kan få dina fakturor via mejl i stället för på papper (eller som e-faktura i din internetbank). Du kan byta själv på {portal} under fakturor, eller så byter vår fakturaavdelning åt dig.',
  'reply.account_password.account_password_reset':
    'Logga in med det tillfälliga lösenordet som jag gav dig ovan – då väljer du direkt ett eget nytt (senare byter du det under dina uppgifter eller inställningar på {portal}).',
  'reply.account_password':
    'Lösenordet till {portal} byter du själv: logga in, öppna dina uppgifter eller inställningar och välj att byta lösenord. Har du glömt det säger du bara till, så skapar jag ett tillfälligt lösenord åt dig som du sedan byter där.',
  'reply.updates_future':
    'Ja – vi skickar ut programuppdateringar till våra routrar på distans själva, så du behöver inte kontakta oss för dem, och dina inställningar finns kvar. Du behöver bara skriva till oss om internet börjar krångla.',
  'reply.one_name_bands':
    'Med ett namn väljer routern och din enhet bandet själva: nära routern är du på 5 GHz, längre bort byter enheten till 2,4 GHz, som når bättre genom väggar. Du behöver inte göra något. Vill du välja själv kan jag ge 5 GHz-bandet ett eget namn.',
  'reply.restart_device':
    'Den behöver du oftast inte starta om: enheten hittar nätet igen av sig själv inom någon minut. Gör den inte det, slå av och på wifi:t på den eller starta om just den – routern behöver du inte röra.',
  'reply.discount':
    'Priser och rabatter (till exempel för pensionärer eller studenter) sköter vår säljavdelning: de ser vilka erbjudanden som finns för ditt abonnemang. Någon rabatt kan jag inte lova härifrån.',
  'reply.discount.again':
    'För att svara rakt: det är vår säljavdelning du pratar med om rabatt – de bestämmer om priser och erbjudanden, inte jag.',
  'reply.ping':
    'Ping är hur lång tid det tar för en signal att nå en server och komma tillbaka. Över fiber eller kabel svarar servrar i närheten på några millisekunder; servrar i andra länder (där många spelservrar finns) och DSL-linjer lägger till mer, ofta 20–60 ms. För spel fungerar allt under ungefär 60 ms bra, och från ungefär 100 ms märks det. Det som förstör ett spel är att anslutningen tappar eller hoppar upp och ner, inte en jämn ping.',
  'reply.ping.said':
    'Ping är hur lång tid det tar för en signal att nå en server och komma tillbaka. {pingMs} ms är helt okej för spel: under ungefär 60 ms fungerar bra, och från ungefär 100 ms märks det. Över fiber eller kabel svarar servrar i närheten på några millisekunder; servrar i andra länder (där många spelservrar finns) och DSL-linjer lägger till mer, ofta 20–60 ms. Det som förstör ett spel är att anslutningen tappar eller hoppar upp och ner, inte en jämn ping.',
  'reply.ping.said.high':
    'Ping är hur lång tid det tar för en signal att nå en server och komma tillbaka. {pingHigh} ms är högt: under ungefär 60 ms fungerar bra, och från ungefär 100 ms märks det. Över fiber eller kabel svarar servrar i närheten på några millisekunder; servrar i andra länder och DSL-linjer lägger till mer, ofta 20–60 ms. Så hög ping beror oftast på wifi:t, en belastad linje eller en server långt bort – prova samma spel med nätverkskabel så ser du vilket.',
  'reply.guest_network':
    'Ja – ett gästnät är en inställning i routern: dina besökare får ett eget wifi-namn och lösenord och kommer inte åt dina egna enheter. Jag kan inte slå på det härifrån. Du kan göra det själv på routerns inställningssida (192.168.1.1, under Wi-Fi: gästnätverk), eller så ställer våra andralinjetekniker in det åt dig.',
  'reply.throttling':
    'Nej – vi stryper eller bromsar aldrig någons anslutning: du får ditt abonnemangs hastighet oavsett vad du använder den till. När det går segt är det något på vägen som är orsaken, och det är det mina tester letar efter.',
  'reply.key_safe':
    'Om ditt wifi-lösenord: jag kan inte se härifrån om det fortfarande är det som står på routerns etikett. Är det det, och bara ditt hushåll känner till det, är det tillräckligt starkt – det är långt och slumpmässigt – och du behöver inte byta det. Har du gett det till folk som du inte längre vill ha på ditt wifi, eller tror att någon annan känner till det, är ett nytt en bra idé: säg bara till så sätter jag ett (dina enheter behöver det då en gång).',
  'reply.key_safe.wifi_password_change':
    'Wifi-lösenordet jag satte åt dig är nytt, långt och slumpmässigt, och bara du har sett det – det är starkt, och du behöver inte byta det igen.',
  'offer.taken':
    'Då skickar jag det till {team}: ärende {linked}, med det du bad om och dina egna ord. De hör av sig här inom {when}.',
  'knowledge.passed':
    'Jag har skickat det vidare till {ourTeam} i ärende {reference}; de svarar dig här inom {when}.',
  'handoff.splitter_bypass':
    'Det kan mycket väl vara just det: koppla routerns kabel till filterdosans DSL-uttag (ibland märkt MODEM) i stället för direkt i väggen – telefonen sitter kvar i dosans TELEFON-uttag. Jag har skrivit in det i ditt ärende {reference}, så att {ourTeam} ser det.',
};
