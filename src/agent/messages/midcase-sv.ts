// Svenska texter för felsteg mitt i ett ärende (hjälp med PIN, driftstörning utan kundnummer, en
// fråga i svaret på "fungerar det nu?", frågor om ett steg).
import type { midcaseEn } from './midcase-en.js';

export const midcaseSv: Record<keyof typeof midcaseEn, string> = {
  'identity.pin_where':
    'PIN-koden står i välkomstbrevet du fick när abonnemanget startade – ta den tid du behöver. Hittar du den inte kan du också ringa oss.',
  'identity.pin_other_way':
    'PIN-koden kan jag inte skicka via mejl eller sms, och personnummer kan jag inte ta emot här – det är PIN-koden som visar att du är kontoinnehavaren, så utan den kan jag inte ändra något på kontot {here}. PIN-koden står i ditt välkomstbrev och på {portal} under dina uppgifter; annars ringer du oss, så verifierar vi dig på annat sätt.',
  'identity.pin_other_way.mail_confirm':
    'Nej – en bekräftelse till din mejl ersätter inte PIN-koden: det är PIN-koden som visar att du är kontoinnehavaren, så utan den kan jag inte ändra något på kontot {here}. PIN-koden står i ditt välkomstbrev och på {portal} under dina uppgifter; annars ringer du oss, så verifierar vi dig på annat sätt.',
  'identity.pin_later_for_change':
    'Utan PIN-koden kan jag inte göra ändringar i ditt abonnemang – kundnumret räcker inte, eftersom andra kan känna till det. Ta den tid du behöver: när du har PIN-koden (den står i ditt välkomstbrev eller avtal), skriv den här så tar jag ditt ärende vidare.',
  'identity.pin_fetching': 'Självklart – ta den tid du behöver.',
  'identity.pin_is_number.same.brief': 'Det är ditt kundnummer – det har jag redan, ingen fara.',
  'identity.pin_is_number.brief': 'Det ser ut som ett kundnummer och inte som PIN-koden – ingen fara.',
  'identity.pin_is_number.same':
    'Det är ditt kundnummer – det har jag redan, ingen fara. PIN-koden är en annan kod: de fyra siffrorna i ditt välkomstbrev.',
  'identity.pin_is_number':
    'Det ser ut som ett kundnummer och inte som PIN-koden – ingen fara. PIN-koden är de fyra siffrorna i ditt välkomstbrev.',
  'outage.no_pin_needed': 'För att höra om en störning behöver du ingen PIN-kod.',
  'outage.no_number_needed': 'För att höra om en störning behöver du inget kundnummer.',
  'outage.which_area':
    'Om det finns ett känt fel där du bor kan jag berätta utan pinkod: vilken ort eller stadsdel gäller det? Med pinkoden kan jag också testa din egen linje och router.',
  'ask.identity.pin.link':
    'Om du ger mig din pinkod kopplar jag ditt ärende till felet, så får du ett meddelande här när det är åtgärdat.',
  'outage.public':
    'Ja – det finns en känd störning i det området just nu ({title}). Våra tekniker arbetar med den och räknar med att den är åtgärdad {eta}.',
  'outage.public_no_eta':
    'Ja – det finns en känd störning i det området just nu ({title}). Våra tekniker arbetar med den.',
  'ask.identity.customer_number.link':
    'Om du ger mig ditt kundnummer kopplar jag ditt ärende till störningen, så får du ett meddelande här när den är åtgärdad. Har du det till hands?',
  'confirm.restart_device':
    'Du behöver inte starta om datorn eller mobilen – det räcker att ladda om sidan; laddar den ändå inte kan du stänga webbläsaren och öppna den igen.',
  'confirm.how_check.portal':
    'Prova att logga in på {portal} med ditt vanliga lösenord: kommer du in är det fixat.',
  'confirm.how_check':
    'Öppna en webbsida i mobilen eller datorn, ansluten till ditt hemnätverk (inte mobildata). Laddar den som vanligt är det fixat; annars säger du till så fortsätter jag leta.',
  // "verkar funka just nu antar jag", "det funkar nu men jag kan inte testa med telefonen": ett ja för nu, ärendet stängs.
  'confirm.how_check.for_now':
    'Bra – då räknar jag det som fixat. Slutar det fungera igen skriver du här med ditt ärendenummer {reference}, så tittar jag på det direkt.',
  'confirm.how_check.intermittent.for_now':
    'Bra – då räknar jag det som fixat för nu: åtgärden tar bort orsaken. Eftersom det bara bröts då och då: använd det som vanligt, och bryts det igen skriver du här med ditt ärendenummer {reference}, så tittar jag direkt på linjens historik.',
  'confirm.how_check.intermittent':
    'Eftersom det bara bröts då och då syns det inte direkt: använd det som vanligt och håll koll i ett dygn. Bryts det igen skriver du här med ditt ärendenummer {reference}, så tittar jag på linjens historik.',
  'confirm.but.intermittent':
    'Så var felet: det syntes bara då och då, och åtgärden tar bort orsaken. Laddar sidorna nu räknar jag det som fixat – håll koll i ett dygn, och bryts det igen skriver du här med ditt ärendenummer {reference}, så tittar jag på linjens historik.',
  'confirm.but':
    'Då avslutar jag inte ärendet än. Berätta vad som fortfarande inte är som det ska, så fortsätter jag leta.',
  'confirm.but.wifi_weak_signal':
    'Då är det inte fixat där du behöver det. Väggar och skåp dämpar wifi mycket: ställ routern fritt, högt upp och så centralt i hemmet som det går. Är det fortfarande svagt i det rummet efter det hjälper en mesh-punkt halvvägs dit (en wifi-förstärkare fungerar också, men ungefär halverar hastigheten). Prova att flytta routern och berätta hur det blir där.',
  'confirm.but.wifi_weak_signal.router_stays':
    'Då är det inte fixat där du behöver det. Routern kan stå kvar där den är: till ett rum så långt bort tar ett mesh-system (en andra enhet halvvägs till rummet, där signalen fortfarande är bra) eller en wifi-förstärkare dit wifi:t; tills dess får enheten bättre signal ju färre väggar det är mellan den och routern.',
  'confirm.but.speed_wifi_limited.router_stays':
    'Då är det inte fixat där du behöver det. Routern kan stå kvar där den är: långt från den går wifi långsammare, så använd 5 GHz-nätet där du kan, och till rum långt bort hjälper en mesh-punkt halvvägs dit.',
  'confirm.but.speed_wifi_limited':
    'Då är det inte fixat där du behöver det. Långt från routern går wifi långsammare: använd 5 GHz-nätet nära routern, ställ routern högt och fritt, och till rum långt bort hjälper en mesh-punkt.',
  'reply.if_again':
    'Händer det igen skriver du bara här med ditt ärendenummer {reference} – då ser jag allt vi gjort och tittar igen direkt.',
  'reply.if_again.wifi_channel_congestion':
    'Trängseln på wifi-kanalerna är värst på kvällen, så ikväll är det riktiga provet. Är det segt igen skriver du här med ditt ärendenummer {reference}, så tittar vi igen (till exempel på 5 GHz-bandet).',
  'reply.if_again.firmware_bug_drops':
    'Uppdateringen rättar det kända felet bakom avbrotten. Bryts det igen de närmaste dagarna skriver du här med ditt ärendenummer {reference}, så tittar jag på linjens historik.',
  'reply.several_jacks.dsl':
    'Varje jack där en telefon (eller fax, larm eller tv-box) är inkopplad behöver ett eget filter, mellan jacket och apparaten. I jacket där routern sitter kopplas routern till filtrets DSL-uttag. Ett jack som inget är inkopplat i behöver inget.',
  'reply.is_splitter':
    'Ja – den lilla dosan vid telefonjacket är splittern (filtret). Routerns kabel går i dess DSL- (eller MODEM-)uttag, en telefon i dess TELEFON- (TEL-)uttag, och själva dosan i jacket i väggen; tryck i varje kontakt tills den klickar.',
  'reply.phone_where':
    'Den också i dosan: telefonen i filtrets TELEFON- (TEL-)uttag, routern i dess DSL- (MODEM-)uttag och filtret i jacket i väggen. Det är bara filtret som sitter direkt i väggen.',
  'reply.what_splitter':
    'En splitter (eller ett filter) är en liten dosa i telefonjacket på väggen: telefonen kopplas in på ena sidan och routerns kabel på den andra, så att telefonen inte stör internet. Du har en om telefonens sladd går in i en liten dosa vid jacket i stället för direkt i väggen; alla hem med DSL och telefonjack ska ha en där.',
  'reply.router_behind':
    'Bakom tv:n är inte idealiskt: tv:ns metallbaksida och elektronik dämpar wifi:t, mest åt det hållet. Flytta fram routern lite – bredvid tv:n, gärna lite högre upp och fritt – så når den längre.',
  'reply.enclosed_router':
    'Det går, men ett skåp eller en garderob dämpar wifi rejält – ett stängt skåp av trä mycket, ett av metall ännu mer – och routern behöver luft omkring sig för att inte bli för varm. Bäst är en öppen hylla högt upp, så centralt i hemmet som det går och en bit från metall, speglar och mikrovågsugnen. Ett skåp med öppen baksida eller öppna luckor är en godtagbar kompromiss.',
  // "försvinner barnfiltret om ni återställer DNS?": vad DNS-ändringen gör med det.
  'reply.what_splitter.not_dsl':
    'Din anslutning går inte via telefonlinjen, så det finns inget filter eller någon splitter att tänka på – den lilla dosan hör bara till DSL-anslutningar. Menar du ett annat filter, säg vilket så svarar jag om det.',
  'reply.own_filter.consent.dns_reset':
    'Att sätta tillbaka vår DNS ändrar bara routerns DNS-inställning (servrarna som slår upp webbadresser); dina andra inställningar i routern finns kvar. Om ditt barnfilter fungerar via egna DNS-servrar – det gör många – slutar det filtrera tills det ställs in igen, till exempel i filtrets egen app eller på barnens enheter. Ett filter i routerns egen meny som spärrar sidor eller tider finns kvar som det är.',
  'reply.own_filter.dns_reset':
    'Jag ändrade bara routerns DNS-inställning tillbaka till vår. Om ditt barnfilter gick via egna DNS-servrar filtrerar det inte längre: ställ in det igen i filtrets egen app eller på barnens enheter. Ett filter i routerns egen meny som spärrar sidor eller tider är orört.',
  'reply.own_filter.dns_misconfigured':
    'Det kan mycket väl vara så – och inget du behöver klandra dig för: många barnfilter fungerar genom att skriva in egna DNS-servrar i routern, och det är just routerns DNS-inställning jag hittade ändrad. Svarar de servrarna inte som de ska slutar vissa sidor att öppnas.',
  'reply.own_filter':
    'Ett barnfilter som du ställt in i routern fungerar oftast via dess DNS-inställning eller via routerns egen meny. Jag ändrar inget utan att först säga vad och fråga dig, så du får veta om det berörs.',
  'reply.which_to_move':
    'Börja med mobilen eller datorn: ta den närmare routern och se om det blir bättre. Blir det det är det avståndet som är problemet, och det som hjälper på sikt är routern på en öppnare, mer central plats eller en mesh-enhet halvvägs till rummet.',
  'reply.no_landline_filter':
    'Utan fast telefon behövs inget filter eller splitter: koppla routerns kabel direkt i telefonjacket i väggen. Används en telefon fortfarande på linjen behöver varje jack med en telefon ett eget filter.',
  'reply.key_format.wifi_password_change':
    'Ja – skriv det nya lösenordet precis som jag skrev det, med bindestrecken: fyra grupper med fyra små bokstäver och siffror, bindestreck emellan och inga mellanslag.',
  'reply.key_format.wifi_password_change.again':
    'Ja, bindestrecken hör till lösenordet – skriv det exakt som det står ovan, med bindestrecken.',
  'reply.rejoin_playstation':
    'På en PlayStation: Inställningar → Nätverk → Inställningar → Konfigurera internetanslutning, välj ditt wifi-nätverk och skriv lösenordet (på PS4: Inställningar → Nätverk → Konfigurera internetanslutning → Använd wifi).',
  'reply.rejoin_xbox':
    'På en Xbox: tryck på Xbox-knappen → Profil och system → Inställningar → Allmänt → Nätverksinställningar → Konfigurera trådlöst nätverk, välj ditt nätverk och skriv lösenordet.',
  'reply.rejoin_switch':
    'På en Nintendo Switch: Systeminställningar → Internet → Internetinställningar, välj ditt nätverk och skriv lösenordet.',
  'reply.rejoin_tv':
    'På en tv: öppna Inställningar → Nätverk (eller Wifi), välj ditt wifi-nätverk och skriv lösenordet; försöker den fortfarande med det gamla, välj ”Glöm nätverket” först.',
  // En enhet klar, en annan kvar (rejoin-device-left.ts): steget står kvar för den.
  'step.rejoin_wifi.device_left': 'Säg till när den också är ansluten – eller om du hellre gör det senare.',
  'step.rejoin_wifi.one_on': 'Bra att den första är med!',
  'reply.each_device.step.rejoin_wifi':
    'Ja – alla enheter som använder wifi, även tv:n, behöver det nya lösenordet en gång: öppna enhetens wifi- eller nätverksinställningar, välj ditt nätverk och skriv in det nya lösenordet. Enheter med kabel behöver inget.',
  'reply.each_device.consent.wifi_change':
    'Ja – med ett nytt lösenord behöver alla enheter som använder wifi, även tv:n, anslutas på nytt en gång. Enheter med kabel påverkas inte.',
  'repair.decline_taken_back': 'Förlåt, jag tog det som ett nej – ditt ärende är öppet igen.',
  'reply.who_sees_password': 'Bara du: jag visar det nya lösenordet för dig {here}, och ingen annan får det.',
  'reply.who_sees_password.consent.admin_password_change':
    'Bara du: jag visar det nya adminlösenordet för dig {here}, och ingen annan får det. Vill du hellre ha ett som du väljer själv loggar du in på routerns inställningssida med det och byter där.',
  'reply.choose_password.consent.admin_password_change':
    'Här sätter jag ett starkt åt dig, eftersom ett lösenord som skrivs i {aChannel} inte är säkert. Vill du hellre ha ett eget loggar du in på routerns inställningssida med det nya och byter där — bara du ser det.',
  'reply.choose_password.consent.wifi_change':
    'Här sätter jag ett starkt lösenord åt dig, eftersom ett lösenord som skrivs i {aChannel} inte är säkert. När dina enheter är anslutna kan du byta till ett eget på routerns inställningssida.',
  'reply.how_speed_test.step.wired_test':
    'Öppna en webbläsare på datorn med kabeln och gå till bredbandskollen.se eller fast.com, och tryck på Starta mätning (på fast.com startar den av sig själv). Efter ungefär en halv minut ser du hastigheten ner och upp.',
  'reply.other_affected': 'Nej – bara det jag just beskrev ändras; allt annat är som förut.',
  'reply.other_affected.consent.dns_reset':
    'Nej – bara routerns DNS-inställning (dess adressbok för internet) går tillbaka till vår. Wifi-namn, lösenord och enheter är som förut.',
  'consent.wifi_ssid_change.named':
    'Ska jag döpa om ditt wifi-nätverk till ”{name}”? Dina enheter behöver anslutas till det på nytt.',
  'consent.wifi_password_change.and_name':
    'Ska jag sätta ett nytt wifi-lösenord och döpa om nätverket till ”{name}”? Varje enhet ansluter sedan en gång till det nya namnet med det nya lösenordet.',
  'consent.wifi_ssid_change.after_key':
    'Ska jag också döpa om nätverket till ”{name}” innan enheterna ansluter? Då ansluter varje enhet en gång till det nya namnet med det nya lösenordet.',
  'ask.step.rejoin_wifi.new_name_and_key':
    'Öppna wifi-listan på varje enhet, välj ”{name}” och skriv in det nya lösenordet. Säg till när du är klar.',
  'ask.step.rejoin_wifi.new_name':
    'Öppna wifi-listan i mobilen eller datorn, välj nätverket under sitt nya namn och skriv in samma lösenord som förut. Säg till när du är klar.',
  'rename.not_changed':
    'Jag har inte bytt namn på ditt wifi-nätverk i det här ärendet – det heter som det hette förut, och jag byter bara namn när du ber mig om det.',
  'rename.not_changed.offer':
    'Jag har inte bytt namn på ditt wifi-nätverk i det här ärendet. Visar det ett annat namn nu kan jag ge det namnet du vill ha.',
  'rename.along': 'Jag döper också om ditt wifi-nätverk till ”{name}” i det här ärendet.',
  'person.check_first':
    'Självklart – jag lämnar över dig till en kollega. Först letar jag upp ditt konto och kontrollerar din anslutning, så att de har resultaten framför sig direkt.',
  'identity.pin.request_noted':
    'Noterat – det tar jag också upp när du är verifierad; inget ändras innan dess.',
  'ask.identity.pin.request': 'Då behöver jag först din fyrsiffriga PIN-kod: skriv den här.',
  'ask.identity.pin.again': 'När du har den skriver du bara den fyrsiffriga PIN-koden här.',
  'reply.rejoin_no_screen':
    'En skrivare eller annan enhet utan skärm ansluter du oftast med WPS: tryck på WPS-knappen på routern och sedan på skrivarens WPS- eller wifi-knapp inom två minuter, så ansluter den av sig själv. Har den ingen WPS-knapp, använd tillverkarens app i mobilen – den för över nätverkets namn och lösenord till enheten.',
};
