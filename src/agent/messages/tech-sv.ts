// Svenska: det en tekniker svarar med en mening eller två på en allmän fråga (src/triage/tech-questions.ts),
// vem som än frågar och vad ärendet än gäller.
export const techSv = {
  // Omgång 35 (f48): den del av kabelsteget som fick vänta.
  'tech.other_end_later':
    'Ja – när du kommer åt den, kolla att kabeln sitter ordentligt i väggen också. Om det löser det, skriv här och berätta.',
  'tech.other_end_later.dsl_low_snr':
    'Ja – när du kommer åt den, kolla att kabeln sitter ordentligt i jacket i väggen och, om det sitter en liten dosa (splitter) där, att routerns kabel går i dess DSL-uttag och telefonen i dess TELEFON-uttag. Om avbrotten försvinner då, skriv här och berätta; våra andralinjetekniker ser det på ditt ärende.',
  // Omgång 35 (f53): ett kapat konto, och att stänga ute en inkräktare (tech-questions.ts, "round 35 (f53)").
  'tech.account_not_router':
    'Mycket osannolikt – ett Instagram-, mejl- eller annat konto tas över med kontots eget lösenord (från en läcka, ett lösenord som används på flera ställen eller en falsk inloggningssida), inte via din router. Byt lösenordet till kontot, logga ut andra inloggningar och slå på tvåstegsverifiering där. Det nya wifi-lösenordet och administratörslösenordet skyddar ditt hemnätverk.',
  'tech.cut_off_intruder':
    'Båda går bra. Drar du ur routern kopplas alla enheter bort, en inkräktare också – men bara tills du sätter i den igen. Byter du wifi-lösenordet själv på routerns inställningssida kopplas alla enheter bort tills de ansluter med det nya lösenordet, så bara de du ger det till kommer in igen.',
  // Omgång 35 (f54): vad man gör om det händer igen (tech-questions.ts, blocket "round 35 (f54)").
  'tech.if_again_do':
    'Händer det igen skriver du bara till oss här – du behöver inte ringa: ärendet öppnas igen med hela historiken, och jag kontrollerar din linje och router direkt.',
  'tech.if_again_do.email':
    'Händer det igen svarar du bara på det här mejlet – du behöver inte ringa: ärendet öppnas igen med hela historiken, och jag kontrollerar din linje och router direkt.',
  'tech.if_again_do.cpe_hung':
    'Händer det igen kan du först starta om routern själv: dra ur strömsladden, vänta tio sekunder, sätt i den igen och ge den två–tre minuter. Hjälper inte det skriver du till oss här – du behöver inte ringa – så tittar jag på det direkt med det här ärendet framför mig.',
  'tech.if_again_do.cpe_hung.email':
    'Händer det igen kan du först starta om routern själv: dra ur strömsladden, vänta tio sekunder, sätt i den igen och ge den två–tre minuter. Hjälper inte det svarar du på det här mejlet – du behöver inte ringa – så tittar jag på det direkt med det här ärendet framför mig.',
  // Omgång 34 (f46): teknikersvar på en rad (tech-questions.ts, blocket "round 34 (f46)").
  'tech.portal_device':
    'Ja – {portal} fungerar i webbläsaren på iPad, mobil och dator; logga in där som vanligt med samma uppgifter. Där ser du också dina fakturor.',
  'tech.must_call.area_outage':
    'Nej, du behöver inte ringa någon – ditt ärende ligger öppet tills avbrottet är åtgärdat, och vi skriver till dig här när det är klart.',
  'tech.must_call':
    'Nej, du behöver inte ringa någon – vi tar det här, och behöver någon annan ta över ordnar jag det åt dig.',
  // Omgång 34 (f43): frågor som besvarades som en annan (tech-questions.ts, blocket "round 34 (f43)").
  'tech.reset_sticker':
    'Ja: en fabriksåterställning (den lilla knappen i hålet, intryckt i cirka tio sekunder) sätter tillbaka routern till det som står på klistermärket – adminlösenordet, och wifi-namnet och wifi-lösenordet också. En vanlig omstart eller ett strömavbrott behåller dina nya inställningar. Blir routern någon gång återställd, hör av dig så sätter vi ett nytt adminlösenord igen.',
  'tech.admin_change':
    'Ja, det är värt det: fabrikens adminlösenord står på routern och är detsamma på många routrar, så den som finns på ditt nätverk och kan det skulle kunna ändra dina inställningar. Be mig, så sätter jag ett nytt härifrån; det är inte ditt wifi-lösenord, så dina enheter förblir anslutna.',
  'tech.admin_change.default_admin_password':
    'Ja: med ett nytt adminlösenord kommer ingen som kan fabrikslösenordet på klistermärket in i routerns inställningar. Det är inte ditt wifi-lösenord, så dina enheter förblir anslutna.',
  'tech.reply_by_email':
    'En person från gruppen som har ditt ärende svarar dig här, i den här konversationen – du ser svaret när du öppnar chatten igen.',
  'tech.reply_by_email.email':
    'Ja: en person från gruppen som har ditt ärende svarar dig med mejl, till den här adressen, i samma konversation.',
  'tech.always_5g':
    'Ja – använd 5G-nätet där det har bra signal: det är snabbare och mindre trångt. Det når kortare genom väggar, så där det blir svagt eller tappar (längre från routern, i ett annat rum) är nätet utan 5G (2,4 GHz) det bättre valet.',
  'tech.router_for_fibre':
    'Fiber behöver en fiberrouter, och den ingår i fiberabonnemanget – en DSL-router fungerar inte på fiber. Vår säljavdelning kollar om fiber når din adress och vad det kostar.',
  'tech.why_phone_noise':
    'DSL går på samma kopparpar som telefonen, bara på högre frekvenser. En telefon utan filter lägger brus på de frekvenserna när den ringer eller används, så modemet tappar anslutningen – och med den alla enheter hemma. Filtret håller isär de två, därför behöver varje telefon på linjen ett.',
  'tech.why_phone_noise.fiber':
    'Det kan den inte: ditt internet går via fibern, inte telefonlinjen, så en telefon påverkar det inte.',
  'tech.why_phone_noise.cable':
    'Det kan den inte: ditt internet går via kabel-tv-nätet, inte telefonlinjen, så en telefon påverkar det inte.',
  // Omgång 34 (f44): teknikersvar på en rad (tech-questions.ts, blocket "round 34 (f44)").
  'tech.buy_new_router':
    'Nej, du behöver inte köpa någon: routern ingår i abonnemanget, och är den trasig byter vi den utan kostnad.',
  'tech.buy_new_router.cpe_hung':
    'Nej, du behöver inte köpa en ny: alla routrar kan hänga sig ibland, och din svarar normalt nu. Händer det ofta, hör av dig så tittar vi på den – en trasig router byter vi utan kostnad.',
  'tech.buy_new_router.hardware_failure':
    'Nej, du behöver inte köpa någon: din router är trasig, och vi byter den utan kostnad.',
  'tech.clean_connector':
    'Nej – låt fiberkontakterna vara, det är teknikerns sak: rengöring kräver specialverktyg, och laserljuset i fibern kan skada ögonen, så titta aldrig in i änden. Låt kabeln sitta i.',
  'tech.clean_connector.optical_power_low':
    'Nej – låt fiberkontakterna vara, det är teknikerns sak: rengöring kräver specialverktyg, och laserljuset i fibern kan skada ögonen, så titta aldrig in i änden. Låt kabeln sitta i; teknikern rengör och mäter kontakterna vid besöket.',
  'tech.on_during_outage':
    'Låt den vara på: den kopplar upp sig själv så fort felet är lagat, och då ser vi härifrån att den är tillbaka. Att stänga av den skadar inte, men vinner inget heller.',
  'tech.only_us':
    'När jag kollar din anslutning kollar jag också efter kända fel i ert område: finns det ett säger jag det, annars sitter felet i er egen linje eller router, och det är det jag letar efter.',
  'tech.only_us.area_outage':
    'Det är inte bara ni: det finns ett känt fel i vårt nät i ert område, och alla kunder där berörs tills det är lagat.',
  'tech.only_us.handoff.field':
    'Jag har kollat: det finns inget känt fel i ert område, så det gäller inte hela huset – felet mäts på er egen linje och utrustning. Har grannarna samma problem, säg det till teknikern; hen kan kolla husets ledningar också.',
  'tech.only_us.handoff.tier2':
    'Jag har kollat: det finns inget känt fel i ert område, så det gäller inte hela huset – felet mäts på er egen linje och utrustning. Har grannarna samma problem, skriv det här så hamnar det i ditt ärende.',
  'tech.write_again':
    'Ja – händer det igen skriver du bara här i samma konversation: ärendet öppnas igen och hela historiken finns kvar, så du behöver inte förklara allt från början.',
  'tech.write_again.email':
    'Ja – händer det igen svarar du bara på det här mejlet: ärendet öppnas igen och hela historiken finns kvar, så du behöver inte förklara allt från början.',
  'tech.keep_chat_open':
    'Nej, du behöver inte ha chatten öppen: inget försvinner om du stänger den, och beskedet om att det är lagat kommer här, i den här konversationen. Sms kan jag inte skicka.',
  'tech.keep_chat_open.area_outage':
    'Nej, du behöver inte ha chatten öppen: inget försvinner om du stänger den, och beskedet om att det är lagat kommer här, i den här konversationen – sms kan jag inte skicka. Uppkopplingen kommer tillbaka av sig själv när felet är lagat.',
  'tech.keep_chat_open.email':
    'Nej, inget behöver vara öppet: svaret kommer med mejl, som svar i den här tråden.',
  'tech.firmware_auto':
    'Ja – vi skickar programuppdateringar till din router automatiskt, oftast på natten; du behöver inte göra något.',
  'tech.firmware_auto.firmware_bug_drops':
    'Uppdateringar kommer normalt automatiskt: vi skickar ut dem till routrarna härifrån, på natten. Felet kom med en tidigare version, och din router hade inte fått den som rättar det än. Nu har den den senaste, och kommande uppdateringar kommer av sig själva.',
  'tech.login_stopped':
    'Det händer oftast efter en återställning eller en programuppdatering av routern: den tappar då inloggningsuppgifterna eller går tillbaka till gamla, och då stämmer de inte längre med våra. Ingen behöver ha brutit sig in för det.',
  'tech.fibre_available':
    'Adresser kan jag inte kolla härifrån, men vår säljavdelning kan, och adresskollen på vår webbplats visar vad som finns på er adress och vad det kostar.',
  'tech.cancel_other_provider':
    'Nej – ert nuvarande abonnemang hos det andra bolaget säger ni upp själva, hos dem. Kolla deras uppsägningstid så att de inte överlappar längre än nödvändigt; vår säljavdelning hjälper er att välja startdatum hos oss.',
  'tech.gigabit_over_wifi':
    'Sällan: över wifi får även en ny dator oftast 300–700 Mbit/s, så det är wifi som sätter gränsen, inte abonnemanget. 1000 Mbit/s lönar sig mest för enheter med nätverkskabel, eller när flera använder mycket samtidigt.',
  'tech.plan_options':
    'För att fråga behövs ingen PIN-kod: våra abonnemang och priser finns på vår webbplats, och vår säljavdelning går gärna igenom dem med dig. Det är bara själva bytet som kräver kontoinnehavarens PIN-kod.',
  // Omgång 33: teknikersvar på en rad (tech-questions.ts, blocket "round 33").
  'tech.lights_when_ok':
    'Inte alla: när allt fungerar lyser ström- och internetlampan fast (oftast grönt eller vitt), och wifi-lampan lyser eller blinkar när något skickas. Lampor för uttag där inget är inkopplat kan vara släckta. Är internetlampan släckt, blinkar den i mer än några minuter eller lyser den rött – hör av dig.',
  'tech.lights_when_ok.fiber':
    'Inte alla: när allt fungerar lyser ström-, PON- (fiberlänken) och internetlampan fast, oftast grönt eller vitt, och wifi-lampan lyser eller blinkar när något skickas. Lampor för uttag där inget är inkopplat kan vara släckta. Lyser LOS-lampan rött, eller är internetlampan släckt eller blinkar i mer än några minuter – hör av dig.',
  'tech.lights_when_ok.dsl':
    'Inte alla: när allt fungerar lyser ström-, DSL- (linjen) och internetlampan fast, oftast grönt eller vitt, och wifi-lampan lyser eller blinkar när något skickas. Lampor för uttag där inget är inkopplat kan vara släckta. Blinkar DSL- eller internetlampan i mer än några minuter, är den släckt eller lyser den rött – hör av dig.',
  'tech.lights_when_ok.cable':
    'Inte alla: när allt fungerar lyser ström-, online- och internetlampan fast, oftast grönt eller vitt, och wifi-lampan lyser eller blinkar när något skickas. Lampor för uttag där inget är inkopplat kan vara släckta. Blinkar online-lampan i mer än några minuter, är den släckt eller lyser den rött – hör av dig.',
  'tech.my_computer':
    'Det är lätt att ta reda på: är dina andra enheter lika långsamma eller tappar de samtidigt, är det inte datorn. Prova en annan enhet, eller datorn med nätverkskabel direkt i routern – blir det likadant ligger felet i anslutningen, inte i datorn.',
  'tech.my_computer.speed_line_degraded':
    'Nej, det är inte din dator: mitt eget hastighetstest till din router, utan någon dator inblandad, når också bara en del av hastigheten i ditt abonnemang. Det är linjen, och det är den vårt team tittar på.',
  'tech.my_computer.dsl_low_snr':
    'Nej, det är inte din dator: felet jag hittade är störningar på telefonlinjen, och de får anslutningen att tappa för alla enheter hemma.',
  'tech.my_computer.area_outage':
    'Nej, det är inte din dator: felet är i vårt nät i ditt område, och ingen enhet hemma kan koppla upp sig förrän det är lagat.',
  'tech.my_computer.speed_wifi_limited':
    'Inte själva datorn: linjen ger full hastighet till routern, så det som försvinner går förlorat i wifi:t mellan routern och datorn – avstånd, väggar och 2,4 GHz-bandet. Nära routern, på 5 GHz eller med kabel går det mycket fortare.',
  'tech.phone_crackle':
    'Det kan det: på en DSL-linje delar telefonen och internet samma koppartråd, så knaster i telefonen betyder ofta störningar på linjen eller i ett uttag – och de störningarna stör också internet. Kontrollera att varje telefon har sitt filter; knastrar det ändå, säg till så kontrollerar våra tekniker linjen.',
  'tech.phone_crackle.dsl_low_snr':
    'Ja, med stor sannolikhet: knastret i telefonen och avbrotten pekar båda på störningar på kopparlinjen eller i ett uttag – samma störningar som jag mätte på din linje. Det är precis det våra tekniker tittar på; nämn knastret för dem.',
  'tech.phone_crackle.fiber':
    'Nej, det hänger inte ihop: ditt internet kommer genom fibern, inte telefonlinjen, så knaster i telefonen påverkar det inte. Knastret får du ta med den som levererar telefonlinjen.',
  'tech.phone_crackle.cable':
    'Nej, det hänger inte ihop: ditt internet kommer genom kabel-tv-nätet, inte telefonlinjen, så knaster i telefonen påverkar det inte. Knastret får du ta med den som levererar telefonlinjen.',
  'tech.tv_needs_minute':
    'Ja, ge den en minut eller två: tv:n och dess appar kopplar upp sig själva när internet är tillbaka. Snurrar det fortfarande efter det, stäng appen och öppna den igen, eller stäng av och slå på tv:n.',
  'tech.who_lets_in':
    'Teknikern behöver komma in, till routern och väggutaget där linjen kommer in – men det behöver inte vara du som öppnar: vem som helst hemma som är 18 år eller äldre kan släppa in, bara de vet var routern står.',
  'tech.who_lets_in.cable':
    'Teknikern behöver komma in, till modemet och kabel-tv-uttaget på väggen – men det behöver inte vara du som öppnar: vem som helst hemma som är 18 år eller äldre kan släppa in.',
  'tech.who_lets_in.fiber':
    'Teknikern behöver komma in, till fiberboxen och fiberuttaget på väggen – men det behöver inte vara du som öppnar: vem som helst hemma som är 18 år eller äldre kan släppa in.',
  'tech.who_lets_in.dsl':
    'Teknikern behöver komma in, till routern och telefonjacket på väggen – men det behöver inte vara du som öppnar: vem som helst hemma som är 18 år eller äldre kan släppa in.',
  'tech.speed_or_ping':
    'För spel betyder ping och en stabil anslutning mycket mer än hastigheten: ett spel använder bara några Mbit/s, så 100 Mbit/s räcker gott. En nätverkskabel till konsolen eller datorn hjälper mer än ett snabbare abonnemang; under ungefär 30–40 ms ping är bra.',
  'tech.know_fixed_closed':
    'Det behöver du inte chatten till: anslutningen kommer tillbaka av sig själv. När routerns internetlampa lyser fast igen och webbsidor laddar är det lagat. Vårt besked om det ligger också kvar här när du öppnar chatten igen.',
  'tech.know_fixed_closed.area_outage':
    'Du behöver inte ha chatten öppen: anslutningen kommer tillbaka av sig själv när felet är lagat. När routerns internetlampa lyser fast igen och webbsidor laddar är det över. Fungerar det fortfarande inte i morgon bitti, starta om routern en gång och skriv till oss.',
  'tech.cable_in_box':
    'Oftast ja: en kort nätverkskabel (ofta gul, grå eller vit) följer med i routerns kartong. Är den borta fungerar vilken vanlig nätverkskabel som helst (Cat 5e eller Cat 6) från en elektronikbutik.',
  'tech.tv_wifi_menu':
    'På de flesta tv-apparater ligger det under Inställningar → Nätverk. På en Samsung: Inställningar → Allmänt → Nätverk → Nätverksinställningar → Trådlöst; på en LG: Inställningar → Nätverk → Wi-Fi-anslutning; på Android/Google TV: Inställningar → Nätverk och internet. Välj ditt nätverk där och skriv wifi-lösenordet.',
  'tech.call_back':
    'Ett samtal kan jag inte boka härifrån: våra team svarar dig här, i den här konversationen. Vill du hellre prata med någon, ring vår kundtjänst – numret står på kontaktsidan på vår webbplats och på dina fakturor.',
  'tech.which_number':
    'Kundtjänstens telefonnummer och öppettider står på kontaktsidan på vår webbplats, och numret står också på dina fakturor.',
  'tech.replacement_free':
    'Det är gratis: en trasig router från oss byts utan kostnad för dig, och teknikerbesöket kostar inget heller.',
  'tech.replacement_free.hardware_failure':
    'Det är gratis: teknikern har med sig en ny router i stället för din trasiga, och varken routern eller besöket kostar dig något.',
  // Omgång 31: frågat som orsak, som något att vara utan, eller för dagarna tills felet är åtgärdat (tech-questions.ts).
  'tech.digging':
    'Det kan mycket väl vara det: grävskador är en av de vanligaste orsakerna till att en kabel i marken skadas. Teknikern kontrollerar kabeln hela vägen, så nämn gärna grävningen för hen.',
  'tech.digging.fiber_los':
    'Det kan mycket väl vara det – grävskador är en vanlig orsak till att ljuset i fibern försvinner. Teknikern kontrollerar kabeln hela vägen fram till dig.',
  'tech.pinched_cable':
    'Det kan det vara: en klämd eller skarpt böjd kabel kan störa uppkopplingen. Lossa den försiktigt så att den ligger fritt utan skarpa böjar, och se om det blir bättre.',
  'tech.pinched_cable.optical_power_low':
    'Det kan mycket väl vara orsaken: en klämd eller skarpt böjd fiberkabel släpper igenom för lite ljus. Lossa den försiktigt så att den inte kläms eller böjs skarpt – dra inte ur den och titta inte in i änden – och visa den för teknikern när hen kommer.',
  'tech.pinched_cable.fiber_los':
    'Det kan mycket väl vara orsaken: en fiberkabel som är klämd eller skarpt böjd kan stoppa ljuset helt. Lossa den försiktigt så att den inte kläms eller böjs skarpt – dra inte ur den och titta inte in i änden – och visa den för teknikern när hen kommer.',
  'tech.remove_splitter':
    'Om ingen telefon, inget larm och ingen fax är inkopplad någonstans i bostaden, ja: koppla routern direkt i telefonjacket och se om det blir bättre. Använder ni en telefon på linjen ska filtret sitta kvar.',
  'tech.remove_splitter.fiber':
    'Din anslutning går inte via telefonlinjen, så ett filter gör ingen skillnad för internet; använder ingen telefon det kan du ta bort det.',
  'tech.remove_splitter.cable':
    'Din anslutning går inte via telefonlinjen, så ett filter gör ingen skillnad för internet; använder ingen telefon det kan du ta bort det.',
  'tech.calls_meanwhile':
    'Ha mobilens surfzon (hotspot) redo: försvinner uppkopplingen under ett samtal kopplar du datorn till surfzonen och fortsätter. Det är det säkra sättet tills felet är åtgärdat.',
  'tech.restart_helps':
    'Den hjälper bara när routern själv har fastnat: då kopplar den upp sig från början. Vid ett fel på linjen eller i vårt nät ändrar den ingenting.',
  'tech.restart_helps.area_outage':
    'Nej, en omstart hjälper inte nu – felet sitter i vårt nät. Låt routern vara på: när felet är lagat kommer internet tillbaka av sig självt. Har det inte kommit tillbaka inom en kvart efter det, starta om routern då.',
  'tech.opens_on_payment':
    'Inte automatiskt direkt: anslutningen öppnas när betalningen syns hos oss och fakturaavdelningen har öppnat den. Har du betalat kan du skriva det här, så tittar de på det först.',
  'tech.reverse_payment':
    'Helst inte: fakturaavdelningen betalar tillbaka den dubbla dragningen, och ett belopp som de utreder leder inte till att linjen stängs under tiden.',
  'tech.los_light':
    'LOS betyder ”loss of signal”: fiberboxen får inget ljus från vårt nät. Fibern är avbruten, böjd eller lös någonstans – hemma hos dig eller utanför – så en omstart hjälper inte. Kontrollera att den tunna fiberkabeln in i boxen sitter i och inte är skarpt böjd (titta aldrig in i änden); lyser lampan fortfarande rött behövs en tekniker.',
  'tech.los_light.cable_checked':
    'LOS betyder ”loss of signal”: fiberboxen får inget ljus från vårt nät. Eftersom du redan har kollat att fiberkabeln in i boxen sitter i ordentligt sitter felet troligen längre ut, så en omstart hjälper inte och det behövs en tekniker.',
  'tech.pon_light':
    'PON-lampan visar fiberlänken till vårt nät: den blinkar medan boxen ansluter och lyser fast när länken fungerar. Släckt eller blinkande länge betyder att boxen inte har kontakt med vårt nät.',
  'tech.wifi_vs_internet':
    'Det är två delar av samma box: internet kommer in i routern genom ledningen från oss, och wifi är det trådlösa nätverk som routern gör hemma hos dig så att dina enheter når den. Därför kan wifi visa fulla staplar fast internet inte fungerar (det är ledningen som är trasig), eller internet fungera med kabel fast wifi är svagt.',
  'tech.modem_vs_router':
    'Modemet (med fiber: fiberboxen) pratar med vårt nät över ledningen; routern delar den uppkopplingen hemma hos dig, med kabel och över wifi. Ofta sitter båda i samma box.',
  'tech.why_restart':
    'En omstart tömmer routerns minne och får den att ansluta till vårt nät från början, som när man startar om en telefon som hängt sig. Den hjälper en router som har fastnat; dina inställningar och ditt wifi-lösenord är kvar.',
  'tech.restart_devices':
    'Oftast inte: dina enheter hittar routern igen av sig själva inom en minut eller två. Har någon fortfarande ingen anslutning efter det, slå av och på dess wifi eller starta om just den enheten.',
  'tech.filter_supply':
    'Varje telefon, larm eller fax på en DSL-linje behöver ett eget mikrofilter. Vi skickar inte ut dem, men alla elektronikbutiker säljer dem (fråga efter ett ADSL- eller DSL-mikrofilter, runt 100 kr); ett per telefon.',
  'tech.tv_box_cable':
    'Nej – tv-boxens kabel är bara till tv:n och bär inte ditt internet. För internet spelar bara kabeln från uttaget i väggen till modemet roll. Delar tv-boxen och modemet på ett uttag via en delare kan båda sitta kvar på den.',
  'tech.microfilter':
    'På en DSL-linje behöver varje telefon, larm eller fax på samma linje ett eget mikrofilter mellan sig och jacket i väggen, och routern sitter i filtrets DSL-uttag. En telefon utan filter stör internet när den ringer eller används.',
  'tech.static_ip':
    'För spel, kameror och de flesta portöppningar behövs ingen: din router får en adress av oss som är densamma långa perioder. En fast (statisk) adress behövs om du kör en server som andra alltid ska hitta på samma adress; den är ett tillval som vår säljavdelning kan ordna.',
  'tech.what_ip':
    'En IP-adress är en enhets nummer i ett nätverk, ungefär som en gatuadress. Ditt hem får en av oss på internet, och routern ger varje enhet hemma en egen, oftast som börjar med 192.168.',
  'tech.mac_address':
    'En MAC-adress är en enhets egen hårdvarubeteckning, skriven som AA:BB:CC:11:22:33. Du hittar den i enhetens nätverks- eller wifi-inställningar eller på dess etikett; den är inte samma sak som IP-adressen.',
  'tech.wps':
    'WPS låter en enhet ansluta till wifi med ett knapptryck på routern i stället för att skriva lösenordet. Det är smidigt men mindre säkert än bara lösenordet, så använder du det inte är det bäst avstängt; du hittar det i routerns wifi-inställningar.',
  'tech.upnp':
    'UPnP låter spel och appar själva öppna de portar de behöver i routern. Det är det konsoler normalt använder; en manuell portöppning behövs bara när det inte räcker.',
  'tech.wifi_speed_normal':
    'Över wifi får man sällan hela hastigheten man betalar för: väggar, avstånd och andra enheter tar sin del. Nära routern på 5 GHz är 60–80 % av hastigheten normalt, längre bort mindre; full hastighet mäts med nätverkskabel till routern.',
  'tech.cable_vs_wifi':
    'En nätverkskabel är snabbare och stabilare än wifi: den ger hela hastigheten och störs inte av väggar eller grannarnas nätverk. Wifi är det smidiga; för en dator, tv eller konsol som står still är kabel det bättre valet.',
  'tech.cable_type':
    'En nätverkskabel märkt Cat 5e, Cat 6 eller nyare klarar en hel gigabit; en gammal Cat 5-kabel kan hålla dig på 100 Mbit. I övrigt spelar en hel, oskadad kabel större roll än märket.',
  'tech.alarm_during_outage':
    'Ett larm, en IP-telefon eller en kamera som går via din router slutar fungera medan uppkopplingen ligger nere, om den inte har egen mobil reserv (4G/GSM) – många hemlarm har det, och ditt larmbolag kan svara på det. Vid en nödsituation, ring 112 från en mobiltelefon.',
  'tech.upload_download':
    'Nedladdning är det som kommer till dig (strömning, webbsidor, uppdateringar); uppladdning är det du skickar (videosamtal, bilder till molnet, säkerhetskopior). På många anslutningar är uppladdningen lägre än nedladdningen, så är den byggd; ditt abonnemang anger båda.',
  'tech.vpn':
    'Ja, VPN-appar för jobbet eller för integritet fungerar på vår uppkoppling utan ändringar. Bara om du kör en egen VPN-server hemma (till exempel WireGuard) behöver en port öppnas mot den enheten.',
  'tech.parental_controls':
    'Föräldrakontroll är enklast på enheterna själva (Skärmtid på Apple-enheter, Family Link på Android, konsolens egna inställningar): den följer då med barnet utanför hemmet också. En del routrar har det även på sin inställningssida.',
  'tech.neighbours_on_wifi':
    'Inte utan lösenordet: ditt wifi är krypterat, så bara enheter som har lösenordet kan ansluta, och ingen utanför kan läsa din trafik. Tror du att någon har det slänger ett nytt wifi-lösenord ut alla.',
  'tech.neighbours_on_wifi.wifi_password_forgotten':
    // The case offers the new key and says who it throws off: said once.
    'Inte utan lösenordet: ditt wifi är krypterat, så bara enheter som har lösenordet kan ansluta, och ingen utanför kan läsa din trafik.',
  'tech.hide_network':
    'Du kan dölja nätverksnamnet, men det gör inte wifi säkrare – enheter hittar det ändå – och det blir krångligare att ansluta. Det är ett starkt lösenord som skyddar det.',
  'tech.wifi_schedule':
    'Ett schema (tidsstyrning) i routern stänger av wifi:t vissa tider, till exempel på natten, och slår på det igen efteråt. Du stänger av det på routerns inställningssida: gå till http://192.168.1.1, logga in och välj Wifi → Schema (ibland kallat Tidsstyrning), och slå av schemat där.',
  'tech.device_faulty':
    'Troligen inte: mobiler och datorer går sällan sönder på det sättet. Hastigheten över wifi beror mest på avståndet till routern och på bandet – på 2,4 GHz eller långt bort får en enhet mycket mindre än nära routern på 5 GHz.',
  'tech.device_faulty.speed_wifi_limited':
    'Nej, din enhet är inte trasig. Din linje ger full fart fram till routern; på 2,4 GHz-bandet eller långt från routern får en mobil runt 40 Mbit/s, och nära routern på 5 GHz får den mycket mer.',
  'tech.what_ssid':
    'SSID är helt enkelt wifi-nätverkets namn: det dina enheter visar i listan över wifi-nätverk.',
  'tech.router_off_at_night.again':
    'Kort sagt: låt den vara på. Att stänga av den på natten hjälper varken anslutningen eller routern; när den är avstängd kan den inte ta emot sina programuppdateringar (de kommer på natten), och en linje som går ner varje natt ser instabil ut i våra kontroller. Det skadar inte att stänga av den ibland, men det finns inget att vinna.',
  'tech.router_off_at_night':
    'Det går, men den mår bäst av att vara på: den drar ungefär lika lite ström som en liten lampa, den tar sina uppdateringar på natten, och enheterna måste annars hitta den igen varje morgon.',
  'tech.tv_picture':
    'Det kan det, om tv:n får sin signal från samma kabel-tv-uttag som modemet: ett fel på signalen där märks på båda. På fiber eller DSL är tv-tjänsten skild, och jag kontrollerar din internetanslutning.',
  'tech.tv_picture.docsis_power_out_of_range':
    'Ja, troligen: tv:n och modemet får signal från samma kabel-tv-uttag, och det är signalnivån där som är fel. Teknikern tittar på båda när hen kommer.',
  'tech.router_warm':
    'En router är varm att ta på när den arbetar; det är normalt. Låt den stå fritt, inte i ett stängt skåp eller under andra saker, så att den kan kylas.',
  'tech.power_cut':
    'Efter ett strömavbrott startar routern av sig själv när strömmen kommer tillbaka; ge den några minuter tills lamporna är som vanligt. Har internet inte kommit tillbaka efter tio minuter, slå av och på den en gång.',
  'tech.how_many_devices':
    'Routern klarar flera dussin enheter samtidigt. Det som gör det långsamt är att många strömmar eller laddar ner samtidigt, inte hur många som är anslutna.',
  'tech.dsl_distance':
    'På DSL beror hastigheten på hur lång och hur bra kopparledningen är från telestationen till dig: ju längre bort, desto lägre hastighet klarar linjen. Abonnemangets hastighet är det mesta linjen ger under goda förhållanden.',
  'tech.snr':
    'SNR (signal/brus) är hur mycket starkare signalen på din linje är än bruset på den. Ett lågt värde gör att linjen blir långsam eller tappar; telefoner utan mikrofilter, gamla förlängningssladdar och fuktiga jack är vanliga orsaker.',
  'tech.fibre_cable_care':
    'Var varsam med fiberkabeln: den får inte böjas skarpt, klämmas eller dras i, och den ska sitta i. Titta aldrig in i änden – ljuset kan skada ögonen. Att flytta boxen en bit går bra så länge kabeln inte blir sträckt.',
  'tech.slow_in_evening':
    'På kvällen använder de flesta grannar sitt wifi samtidigt, och nätverk på samma kanal gör varandra långsammare. En nätverkskabel eller 5 GHz-bandet påverkas mycket mindre.',
  'tech.what_firmware':
    'Firmware är routerns egen programvara, som operativsystemet i en telefon. En uppdatering rättar kända fel och säkerhetshål; routern startar om en gång och dina inställningar är kvar.',
  'tech.bridge_mode':
    'Bryggläge gör att vår router skickar uppkopplingen rakt vidare till en egen router, som sedan sköter wifi och hemnätverket. Det ställs in av vår andra linje på begäran.',
  // Rollspel omgång 28: frågor om kundens eget ärende som en tekniker svarar på med en mening.
  // "vad betyder det att lampan blinkar?": vad blinkandet betyder.
  'tech.blink_meaning':
    'En lampa som blinkar betyder oftast bara att data går igenom – det är normalt. En lampa som blinkar medan routern startar lyser fast inom en minut eller två; en lampa som är släckt eller röd är det du ska se upp med.',
  // During an outage a blinking light is the modem failing to reach our network, never data passing.
  'tech.blink_meaning.area_outage':
    'Under avbrottet betyder en blinkande online- eller internetlampa att modemet eller routern försöker få kontakt med vårt nät men inte får det – ingen data går igenom. Din utrustning är inte trasig: det är avbrottet, och lampan lyser stadigt igen när felet är åtgärdat.',
  'tech.wifi_off_at_night':
    'Ja, det går: tryck på WLAN-knappen (wifi-knappen) på routern så stängs wifi:t av, och tryck igen på morgonen. Eller ställ in ett schema på routerns inställningssida (192.168.1.1, under Wifi) så går det av och på av sig självt. Det som sitter med nätverkskabel fungerar som vanligt.',
  // A device that does not list the network: its list refreshed, and an older device sees only 2.4 GHz.
  'tech.device_not_seeing':
    'Stäng av och slå på wifi:t på enheten (eller starta om den), så uppdateras listan över nätverk och det syns. Syns det fortfarande inte kan enheten vara äldre och bara se 2,4 GHz – säg till, så kollar jag ditt wifi härifrån.',
  'tech.wall_or_strip':
    'Båda går bra. Direkt i väggen slipper du att någon råkar slå av routern med grenuttagets strömbrytare; sitter den kvar i grenuttaget, lägg det där ingen trampar på knappen.',
  'tech.neighbour_old_key':
    'Ja, det är mycket möjligt: en telefon eller dator som en gång fått ert gamla wifi-lösenord ansluter av sig själv så fort den är inom räckhåll. Med det nya lösenordet kommer den inte in längre.',
  'tech.password_keep':
    'Ja, spara det på ett säkert ställe – på en lapp hemma eller i en lösenordshanterare. Du behöver det bara när något frågar efter det; till vardags skriver du det aldrig.',
  'tech.password_keep.default_admin_password':
    'Ja, spara det på ett säkert ställe – på en lapp hemma eller i en lösenordshanterare. Du behöver det bara för att ändra routerns inställningar på dess inställningssida (192.168.1.1); wifi:t och vardagen frågar aldrig efter det.',
  'tech.wifi_light_blinking':
    'Ja, det är normalt: en blinkande wifi-lampa betyder bara att data skickas över wifit – ju mer som används, desto mer blinkar den. Det är en släckt eller röd lampa man ska hålla utkik efter.',
  'tech.light_blinking':
    'Ja, det är bra: lampan blinkar medan routern kopplar upp, och inom en minut eller två lyser den fast. Blinkar den fortfarande efter fem minuter, säg till.',
  'tech.old_router':
    'När en tekniker byter din router tar hen med sig den gamla – du behöver inte skicka tillbaka något.',
  'tech.old_router.hardware_failure':
    'Teknikern har med sig den nya routern och tar med sig den gamla – du behöver inte göra något med den eller skicka tillbaka den.',
  'tech.payment_shows':
    'En kort- eller Swishbetalning syns oftast hos oss samma dag, en bankgirobetalning efter 1–2 bankdagar. Så fort fakturaavdelningen ser den öppnas en anslutning som stängts för en obetald faktura igen.',
  'tech.refund_time':
    'När fakturaavdelningen har godkänt en återbetalning brukar pengarna finnas på ditt konto inom några bankdagar; de skriver i ditt ärende när den är på väg.',
  'tech.bank_screenshot':
    'Oftast ser fakturaavdelningen betalningen i vårt system utan den. Vill du visa den kan du skriva betalningsuppgifterna här (datum, belopp och OCR- eller referensnummer), eller bifoga skärmdumpen när fakturaavdelningen svarar dig i ärendet.',
  'tech.bank_screenshot.email':
    'Oftast behövs det inte – fakturaavdelningen ser dina betalningar i vårt system. Vill du ändå skicka den bifogar du den bara i ett svar på det här mejlet; då hamnar den i ditt ärende, där fakturaavdelningen ser den.',
  'tech.login_tries':
    'Efter några felaktiga PIN-koder i rad kan jag inte längre verifiera dig här; då loggar du in på {portal} eller ringer oss i stället. Är du osäker på koden, titta hellre i välkomstbrevet än gissa.',
  'tech.login_tries.portal_account_locked':
    'Portalen låses efter några misslyckade inloggningar i rad. Är du osäker på lösenordet, be mig om ett tillfälligt i stället för att gissa.',
  'tech.my_pages_instead':
    'Ja – logga in på {portal} och starta chatten därifrån: då är du verifierad utan PIN-kod, och vi kan ta ditt ärende direkt.',
  'tech.wifi_button':
    'På våra routrar sitter wifi-knappen på fram- eller sidan, märkt WLAN eller Wi-Fi eller med en vågsymbol (ibland samma knapp som WPS). Ett långt tryck på några sekunder slår av eller på wifi:t; ett kort tryck startar bara WPS-parkoppling.',
  'tech.wifi_button.wifi_radio_disabled':
    'Wifi-knappen sitter på fram- eller sidan av routern, märkt WLAN eller Wi-Fi eller med en vågsymbol. Ett långt tryck på några sekunder slår av eller på wifi:t – så ett tryck av misstag kan mycket väl vara det som stängde av ert.',
  'tech.restart_harm':
    'Nej – omstarter skadar inte routern, hur många det än blir: den är gjord för att stängas av och slås på.',
  'tech.restart_harm.area_outage':
    'Nej, omstarter skadar inte routern, hur många det än blir. De kan bara inte hjälpa medan felet sitter i vårt nät; när det är lagat kopplar routern upp sig själv igen.',
  'tech.why_restart.area_outage':
    'Nej, en omstart hjälper inte nu – felet sitter i vårt nät. Låt routern vara på: när felet är lagat kommer internet tillbaka av sig självt. Har det inte kommit tillbaka inom en kvart efter det, starta om routern då.',
  'tech.fixed_notice':
    'Vi skriver till dig här, i den här konversationen – sms kan jag inte skicka. Du behöver inte ha sidan öppen: inget försvinner om du stänger den, och ärendet är öppet tills det är klart.',
  'tech.fixed_notice.area_outage':
    'Beskedet att det är lagat kommer här, i den här konversationen – sms eller mejl om det kan jag inte skicka. Du behöver inte ha sidan öppen: inget försvinner om du stänger den, och anslutningen kommer tillbaka av sig själv när felet är åtgärdat.',
  'tech.fixed_notice.area_outage.email':
    'Ja – beskedet att det är lagat kommer med mejl, som svar i den här tråden. Sms kan jag inte skicka, och anslutningen kommer tillbaka av sig själv när felet är åtgärdat.',
  'tech.fixed_notice.email':
    'Ja – beskedet att det är lagat kommer med mejl, som ett svar i den här tråden. Sms kan jag inte skicka, och anslutningen kommer tillbaka av sig själv när felet är åtgärdat.',
  'tech.install_visit':
    'Oftast inte: routern kommer med posten, och du kopplar in den i fiberuttaget på väggen och i ström – den är klar på några minuter. Saknas fiberuttag i bostaden kommer en tekniker och installerar det; det bokar vår säljavdelning med dig.',
  'tech.install_visit.hardware_failure':
    'Ja – teknikern har med sig den nya routern och kopplar in den åt dig; du behöver inte ställa in något själv.',
  'tech.wait_long.handoff':
    'Jag förstår att det känns länge. Det är den längsta tiden det tar; de flesta ärenden tas om hand tidigare, ofta samma dag. Du behöver inte göra något under tiden – blir det sämre skriver du här, så hamnar det i ärendet.',
  'tech.wait_long.handoff.field':
    'Jag förstår att det känns länge. Det är den längsta tiden innan fältteknikerna hör av sig; oftast går det fortare, ofta samma arbetsdag. De kontaktar dig här för att boka besöket en tid som passar dig – fram till dess behöver du inte göra något.',
  'tech.wait_long.contact.availability':
    'Fältteknikerna hör av sig senast inom den tiden, oftast tidigare, för att boka besöket en tid som passar dig – tiderna du ger mig nu följer med ärendet.',
  'tech.just_distance':
    'Ja – nära routern fungerar det, så din anslutning är i ordning; wifi-signalen når bara inte tillräckligt långt genom väggarna. Routern på en öppnare, mer central plats, eller en mesh-punkt halvvägs, löser det.',
  'tech.just_distance.wifi_weak_signal':
    'Ja – nära routern fungerar det, så din anslutning är i ordning; wifi-signalen når bara inte tillräckligt långt genom väggarna. Routern på en öppnare, mer central plats, eller en mesh-punkt halvvägs, löser det.',
  'tech.just_distance.speed_wifi_limited':
    'Mycket troligt, ja: ett par rum och några väggar bort tappar wifi mycket av sin hastighet, medan vårt test visar att din linje ger full hastighet fram till routern. Ett hastighetstest nära routern visar det säkert.',
  'tech.just_distance.dsl':
    'Delvis: på DSL avgör avståndet till telestationen den högsta hastighet din linje klarar, och det går inte att ändra. Hastighet långt under det, eller avbrott, beror på linjens skick – det är det jag kontrollerar.',
  'tech.just_distance.dsl_low_snr':
    'Inte bara: avståndet avgör hur snabb din linje kan bli, men avbrotten kommer av brus på linjen (för låg signal-brusmarginal). En telefon utan filter eller en gammal förlängningssladd är den vanliga orsaken, och det går att åtgärda.',
  'tech.just_distance.speed_line_degraded':
    'Nej – din linje ger mycket mindre än den ska för sin längd; det är ett fel på linjen, som våra tekniker åtgärdar.',
  'tech.speed_ok':
    'Över wifi är 60–80 % av din hastighet nära routern normalt, längre bort mindre; med nätverkskabel ska du komma nära full hastighet. Ligger ett test med kabel långt under ditt abonnemang, säg till så kontrollerar jag linjen.',
  'tech.speed_ok.speed_wifi_limited':
    'Ja, det är bra för wifi: över wifi får du som mest 60–80 % av din hastighet, mindre genom väggar och möbler. Full hastighet får du bara med nätverkskabel.',
  'tech.patch_cable':
    'Ja, det får du gärna prova själv: en böjd eller smutsig patchkabel kan försvaga signalen. Håll i kontakterna på sidorna, rör inte ändarna och titta aldrig in i dem. Blir det bättre efteråt, säg till – då behövs besöket kanske inte.',
  'tech.fibre_cut_dsl':
    'Din DSL-linje är koppar bara den sista biten, från telestationen eller gatuskåpet hem till dig; därifrån går trafiken vidare i vårt fibernät. Ett fiberbrott slår ut allt som är kopplat bakom det, DSL-linjer också – det är inget fel på din egen linje.',
  'tech.restart_regularly':
    'Nej, det behövs inte: en router klarar sig i månader utan omstart. Hänger den sig igen inom kort, skriv till oss – då tittar vi på dess programvara i stället.',
  'tech.pull_plug':
    'Ja – dra ur routerns strömsladd, vänta 10 sekunder och sätt i den igen; den är tillbaka inom ett par minuter och inget försvinner. Hjälper det inte, skriv till oss.',
  'tech.pull_plug.area_outage':
    'Du behöver inte – routern kopplar upp sig själv igen när felet är åtgärdat. Vill du dra ur den ändå skadar det inget, men medan felet sitter i vårt nät hjälper det inte.',
  'tech.wps_button':
    'WPS-knappen sitter oftast på baksidan eller sidan av routern: en liten knapp märkt WPS eller med två pilar i en ring (på en del routrar är det samma knapp som wifi-knappen). Tryck kort på den och starta sedan WPS på skrivaren eller den andra enheten inom två minuter, så hittar de varandra. Tryck inte i det lilla reset-hålet – det raderar routerns inställningar.',
  'tech.coax_cause':
    'Det kan mycket väl vara den: en lång, tunn eller skadad sladd dämpar signalen. Sätt tillbaka den gamla korta sladden och se om anslutningen blir stabil; blir den det var det den nya sladden.',
  'tech.coax_cause.cable':
    'Det kan mycket väl vara den: på en kabel-tv-anslutning dämpar en lång eller enkel antennkabel, eller ett extra grenuttag på den, signalen till modemet – precis det som en signal utanför sitt område betyder. Sätt tillbaka den gamla korta antennkabeln mellan väggen och modemet; blir det stabilt då var det den nya kabeln, och då behövs kanske inget besök.',
  'tech.flush_dns':
    'Oftast inte: datorn glömmer de gamla uppslagen av sig själv inom några minuter efter att routern är rättad. Fungerar en sida ändå inte, gör en omstart av datorn (eller bara webbläsaren) samma sak som att tömma cachen; `ipconfig /flushdns` skadar inte heller.',
  'tech.apps_vs_sites':
    'Appar som Spotify eller WhatsApp håller sin anslutning till sina servrar öppen och minns adresserna de använder, så de behövde ingen ny uppslagning i den felaktiga adressboken (DNS). En webbläsare slår upp varje sida på nytt, och det var där den felaktiga DNS-inställningen märktes.',
  'tech.test_call':
    'Ja, gör gärna det: ring ett samtal på den fasta telefonen och använd internet under tiden. Håller internet hela samtalet har filtret löst det.',
  'tech.filter_empty_socket':
    'Nej – ett uttag där inget är inkopplat behöver inget filter. Bara uttag med en telefon, fax eller ett larm i behöver ett; kopplar du in något där senare sätter du ett filter på det då.',
  'tech.cable_for_drops':
    'En nätverkskabel hjälper när avbrotten sitter i wifi: väggar, avstånd och grannarnas nätverk spelar då ingen roll. När själva anslutningen går ner – för alla enheter samtidigt, med kabel eller inte – sitter felet på linjen, och då kan en kabel inne hos dig inte stoppa det.',
  'tech.cable_for_drops.optical_power_low':
    'Nej – avbrotten kommer av att fibersignalen in till dig är för svag, och det åtgärdas på linjen, inte inne hos dig: en kabel till datorn kan inte stoppa dem, så du behöver inte köpa någon för det här. Teknikerns besök åtgärdar det.',
  'tech.cable_for_drops.dsl_low_snr':
    'Nej – avbrotten kommer från telefonlinjen in till dig, och en kabel mellan routern och datorn kan inte stoppa dem: alla enheter tappar anslutningen samtidigt. Det som hjälper är en åtgärd på själva linjen.',
  'tech.cable_for_drops.docsis_power_out_of_range':
    'Nej – avbrotten kommer av signalnivån på kabel-tv-linjen in till modemet, och en nätverkskabel mellan routern och datorn kan inte stoppa dem. Det som hjälper är en åtgärd på signalen i linjen.',
  'tech.dns_before':
    'Före åtgärden pekade routern på andra DNS-servrar än våra, och de svarade inte på uppslagen. Det händer när en app eller en enhet skriver in egna namnservrar i routern, eller efter en återställning; det kommer inte tillbaka om ingen ändrar routerns DNS-inställningar igen.',
  'tech.dns_before.dns_misconfigured':
    'Före åtgärden använde routern {dnsBefore} som DNS-servrar – inte våra, och de svarade inte på uppslagen. Det händer när en app eller en enhet skriver in egna namnservrar i routern, eller efter en återställning; det kommer inte tillbaka om ingen ändrar routerns DNS-inställningar igen.',
  'tech.speed_at_address':
    'Vilka hastigheter som finns på en adress kan jag inte se härifrån – det beror på vilken anslutning som är dragen till huset. Vår säljavdelning kollar adressen när du ringer oss, och adressökningen på vår webbplats visar det också; det behövs ingen PIN-kod för det.',
  'tech.speed_at_address.again':
    'Som jag skrev ovan: adressökningen på vår webbplats visar vad adressen kan få, eller så kollar vi det när du ringer oss – det behövs ingen PIN-kod.',
  // Omgång 32: mesh efter bostadens storlek, egen router bakom vår, mobilens surfzon, vad ett fiberbrott är, och
  // varför deskens hastighetstest och kundens skiljer sig (tech-questions.ts).
  'tech.need_mesh':
    'Oftast inte: en router räcker normalt i en vanlig lägenhet – ungefär upp till 80–100 kvm på ett plan – särskilt om den står hyfsat centralt och fritt. Mesh hjälper i en stor bostad, över flera våningar eller genom tjocka väggar (betong, tegel), där en router inte når alla rum.',
  'tech.need_mesh.wifi_channel_congestion':
    'Nej, inte för det: en router räcker normalt i en vanlig lägenhet – ungefär upp till 80–100 kvm på ett plan. Mesh hjälper i en stor bostad, över flera våningar eller genom tjocka väggar. Det som gjorde ditt wifi segt var den trånga kanalen, inte räckvidden – och det är det kanalbytet är till för.',
  'tech.own_router':
    'Ja – du kan koppla din egen router eller ditt eget mesh-system till vår: sätt den i en av vår routers nätverksportar och ställ den i accesspunktsläge (ofta ”AP-läge” eller ”bryggläge” i dess app), så är vår router den som är ansluten till vårt nät. Det du förlorar är vår hjälp på distans med din egen utrustning: vår router kan jag se och åtgärda härifrån, din egen inte.',
  'tech.hotspot':
    'Ja – slå på surfzonen (hotspot) i mobilen, under Inställningar, och anslut datorn till den som till vilket wifi som helst; det fungerar för ett videomöte också. Den använder din mobildata, så håll koll på surfmängden i ditt mobilabonnemang: ett videosamtal tar ungefär 1 GB i timmen.',
  'tech.hotspot.area_outage':
    'Ja – slå på surfzonen (hotspot) i mobilen, under Inställningar, och anslut datorn till den som till vilket wifi som helst; det fungerar för ett videomöte också. Den använder din mobildata, så håll koll på surfmängden i ditt mobilabonnemang: ett videosamtal tar ungefär 1 GB i timmen. Din egen router är det inget fel på – den kopplar upp sig själv när felet är lagat.',
  'tech.what_fibre_cut':
    'Ett fiberbrott betyder att en fiberkabel i marken har skadats – oftast vid grävarbete eller annat markarbete – så att ljuset som bär trafiken inte kommer fram. Våra tekniker letar upp stället och skarvar ihop fibern igen; exakt vad som hände den här gången vet jag inte.',
  'tech.speed_test_differs':
    'De mäter olika sträckor: mitt test mäter din linje fram till routern; ditt hastighetstest går från din enhet – över wifi, om den inte sitter i en kabel – genom routern till en server på internet, och det varierar också med tiden på dygnet. För en rättvis jämförelse, testa på en dator med nätverkskabel direkt i routern, när inget annat använder uppkopplingen.',
  'tech.speed_test_differs.speed_line_degraded':
    'De mäter olika sträckor: mitt test mäter din linje fram till routern, vid ett tillfälle; ditt hastighetstest går från din enhet – över wifi, om den inte sitter i en kabel – genom routern till en server på internet, så det blir lägre och varierar över dygnet. Båda ligger långt under ditt abonnemang, och det är felet på linjen som ses över. För en rättvis jämförelse, testa på en dator med nätverkskabel direkt i routern.',
  'tech.team_language':
    'Ja – mina kollegor svarar på svenska eller engelska, som du vill, och de svarar dig här i samma konversation.',
  'tech.router_by_post':
    'Inte för det här felet, tyvärr: det sitter inte i routern utan i linjen eller signalen in till dig, och det kan bara en tekniker på plats åtgärda – en ny router med posten skulle inte ändra något. Därför behövs besöket.',
  'tech.router_by_post.hardware_failure':
    'Ofta, ja: när det bara är routern som är trasig, som här, kan vår fältgrupp skicka en ny med posten som du kopplar in själv i stället för besöket. De har ditt ärende och ser vad du skrivit här; tills de säger något annat gäller besöket.',
  'tech.landlord':
    'Nej, det behöver du inte: vår tekniker arbetar bara med vår egen utrustning – uttaget och dosan i din bostad – och behöver något göras i fastighetens nät ordnar vi det med fastighetsägaren själva. Du behöver bara släppa in teknikern.',
  'tech.not_holder':
    'Det går bra, så länge kontoinnehavaren är med dig och går med på det: hens PIN-kod visar mig det, och sedan kan du skriva åt hen.',
  'tech.reply_language':
    'Ja – de svarar på det språk du skriver på, här i ärendet; skriver du på engelska svarar de på engelska.',
} satisfies Record<string, string>;
