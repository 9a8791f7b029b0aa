// Svenska svar på frågor vid ett tillstånd, ett steg eller frågan om kundnummer, för åtgärden eller
// steget i fråga, och råden när wifi:t fungerar nära routern men inte längre bort.
import type { incaseEn } from './incase-en.js';

export const incaseSv: Record<keyof typeof incaseEn, string> = {
  'reply.devices_drop':
    'Det beror på ändringen: efter en omstart eller en ny radiokanal tappar det som är på wifi:t uppkopplingen en stund och kopplar upp sig igen av sig själv; efter ett nytt wifi-lösenord eller nätverksnamn är varje enhet utan nät tills du ansluter den en gång med de nya uppgifterna.',
  'reply.devices_drop.consent.wifi_channel_change':
    'Ja, kort: allt som är på wifi:t (även tv:n, om den går på wifi) tappar några sekunder och kopplar upp sig igen av sig själv. Nätverksnamn och lösenord är desamma.',
  'reply.devices_drop.consent.wifi_password_change':
    'Ja: allt som är på wifi:t (även tv:n, om den går på wifi) kopplas bort, och varje enhet ansluter en gång på nytt med det nya lösenordet. Det som sitter med kabel påverkas inte.',
  'reply.devices_drop.consent.cpe_reboot':
    'Ja, ett par minuter: allt tappar internet medan routern startar om, även det som sitter med kabel, och kopplar sedan upp sig igen av sig själv.',
  'reply.devices_drop.consent.cpe_firmware_upgrade':
    'Ja, några minuter: routern startar om efter uppdateringen, så allt är nere en stund och kopplar sedan upp sig igen av sig själv.',
  'reply.devices_drop.consent.wifi_change':
    'Ja – enheter på wifi:t, även en smart-tv, tappar en kort stund; efter ett nytt lösenord eller namn ansluter var och en på nytt med de nya uppgifterna.',
  'reply.devices_drop.consent.wifi_radio_enable':
    'Nej – inget är på wifi:t medan det är avstängt; när det är på hittar dina enheter nätverket av sig själva.',
  'reply.devices_drop.consent.dns_reset':
    'Nej – att ändra DNS-inställningen kopplar inte bort något; sidorna börjar bara öppnas igen.',
  'reply.devices_drop.consent.admin_password_change':
    'Nej – administratörslösenordet skyddar bara routerns inställningssida; inget kopplas bort och ditt wifi-lösenord är detsamma.',
  'reply.devices_drop.consent.cpe_factory_reset':
    'Ja – efter en fabriksåterställning har routern wifi-namnet och lösenordet från etiketten igen, så alla enheter behöver anslutas på nytt med dem.',
  'reply.new_password_shown':
    'Ja – jag visar det nya lösenordet {here} så fort det är ändrat. Spara det på ett säkert ställe.',
  'reply.new_password_shown.consent.admin_password_change':
    'Ja – jag visar det nya administratörslösenordet {here} direkt när jag har bytt det. Spara det på ett säkert ställe; du behöver det bara för att logga in på routerns inställningssida.',
  'reply.new_password_shown.consent.wifi_password_change':
    'Ja – jag visar det nya wifi-lösenordet {here} direkt när det är ändrat, och sedan ansluter du dina enheter med det.',
  // "should I change that admin password then?" with no change asked for: yes, wise, and the offer — never
  // "I set a new one" before it ran (round 32, a2); after the change: that it was done.
  'reply.what_admin_password':
    'Administratörslösenordet skyddar routerns inställningssida – det är inte ditt wifi-lösenord. Den som kan det kan ändra routerns inställningar, och fabrikslösenordet är detsamma på många routrar – så ja, det är klokt att byta det. Jag kan sätta ett nytt, säkert lösenord härifrån och visa det för dig {here}: säg till om du vill det så gör jag det.',
  'reply.what_admin_password.admin_password_change':
    'Administratörslösenordet skyddar routerns inställningssida – det är inte ditt wifi-lösenord. Den som kan det kan ändra routerns inställningar, och fabrikslösenordet är detsamma på många routrar – därför satte jag ett nytt, säkert lösenord i det här ärendet; det är det jag visade dig {here}.',
  'reply.upgrade_helps':
    'Ett snabbare abonnemang hjälper bara när det är linjen som begränsar, inte när det är wifi:t. Abonnemanget ändrar vår säljavdelning.',
  'reply.upgrade_helps.speed_wifi_limited':
    'Nej, du behöver inte uppgradera: din linje ger redan den hastighet du betalar för fram till routern; det är wifi:t som begränsar din enhet, och ett snabbare abonnemang ändrar inte det. Kabel, 5 GHz-nätet nära routern eller en mesh-punkt hjälper mer än ett större abonnemang.',
  'reply.upgrade_helps.wifi_weak_signal':
    'Nej, en uppgradering hjälper inte här: din linje ger redan den hastighet du betalar för fram till routern – det är wifi-signalen som försvagas genom väggar och på avstånd, och ett snabbare abonnemang ändrar inte det. En mesh-punkt eller kabel hjälper mer.',
  'reply.upgrade_helps.speed_line_degraded':
    'Nej, en uppgradering hjälper inte: hastigheten försvinner innan den når din router, och våra andralinjetekniker letar efter orsaken. När det är åtgärdat får du den hastighet du redan betalar för.',
  'reply.upgrade_helps.nothing_found':
    'Mina tester visar att din linje redan ger ditt abonnemangs hastighet, så ett snabbare abonnemang hjälper bara om du verkligen behöver mer än så. Kabel, eller 5 GHz-nätet nära routern, ger mest av det du har; abonnemanget ändrar vår säljavdelning.',
  'reply.firmware_current.firmware.ok':
    'Din router har redan den rekommenderade programvaruversionen, så det finns ingen uppdatering som väntar.',
  'reply.firmware_current.firmware.outdated':
    'Nej – det finns en nyare programvaruversion till din router. En uppdatering startar om routern i några minuter; säg till om du vill att jag gör den.',
  'reply.firmware_current.firmware.known_bad':
    'Nej – din router har en programvaruversion med ett känt fel; en uppdatering rättar det, och routern startar om i några minuter.',
  'reply.router_from_us':
    'En ny eller bättre router från oss – till exempel en med Wi-Fi 6 – ordnar vår säljavdelning: de vet vilka modeller vi har, och priset beror på modell, så det kan jag inte ange här. Fråga dem, eller skriv att du vill beställa en så skickar jag vidare det.',
  'reply.router_from_us.hardware_failure':
    'Din router har ett hårdvarufel och behöver bytas – det ingår i felavhjälpningen, det är inget du köper. Kollegan som tar ditt ärende ordnar det: antingen skickas en ny router till dig eller så kommer en tekniker och byter den, och de berättar vilket.',
  'reply.buy_equipment':
    'Om vi säljer mesh-system eller wifi-förstärkare kan vår säljavdelning svara på – det ser inte jag härifrån. Ett mesh-system eller en förstärkare från en vanlig elektronikbutik fungerar lika bra med vår router: ställ den andra enheten halvvägs till rummet, där signalen fortfarande är bra.',
  'reply.buy_equipment.again':
    'Det kan jag tyvärr inte se själv: om vi säljer mesh-system vet vår säljavdelning. Ett från en vanlig elektronikbutik fungerar lika bra med vår router.',
  'reply.equipment_cost':
    'Felsökningen är gratis, men ett mesh-system eller en förstärkare kostar: det är utrustning du köper. Vår säljavdelning kan svara på om vi säljer det och vad det kostar, eller så köper du ett eget i en vanlig elektronikbutik – det fungerar med vår router.',
  'reply.wifi_standard':
    'En ny dator med Wi-Fi 6 fungerar med din router oavsett: Wi-Fi 6-enheter ansluter också till äldre routrar och får bra hastighet nära routern – bara de extra Wi-Fi 6-funktionerna kräver en Wi-Fi 6-router. Vilken wifi-generation din router har står på etiketten under den eller på dess inställningssida på 192.168.1.1 (Wi-Fi 6 märks ofta ”AX”); det ser jag inte härifrån.',
  'advice.is_wifi':
    'Ja – din linje ger full hastighet fram till routern, så det är wifi:t och inte anslutningen.',
  'reply.extender':
    'Ett mesh-system (en andra enhet halvvägs till rummet) fungerar bäst, en enkel wifi-förstärkare hjälper också men ungefär halverar hastigheten, och en trådbunden accesspunkt är allra bäst. Placera den där signalen fortfarande är bra, inte i det svaga rummet.',
  'reply.other.step.move_closer':
    'Ta bara med själva enheten (mobilen eller datorn) in i samma rum som routern, en meter eller två bort, en minut – inget behöver flyttas för gott. Fungerar det bra där vet vi att det är avståndet eller väggarna.',
  'reply.other.step.rejoin_wifi':
    'På mobilen eller datorn: öppna wifi-inställningarna, tryck på ditt nätverk och välj ”Glöm detta nätverk” (på vissa enheter ”Ta bort”), välj sedan nätverket igen och skriv in lösenordet.',
  'reply.other.consent.cpe_firmware_upgrade':
    'Uppdateringen byter routerns programvara mot en nyare version som rättar kända fel. Dina inställningar, wifi-namn och lösenord finns kvar; det tar ungefär fem minuter och routern startar om av sig själv – du behöver inte göra något.',
  'reply.other.consent.cpe_factory_reset':
    'En fabriksåterställning gör routern som när den kom från fabriken: dina egna inställningar (wifi-namn och lösenord, portöppningar) raderas och uppgifterna på etiketten gäller igen. Det tar några minuter.',
  'reply.other.consent.wifi_password_change':
    'Jag sätter ett nytt, långt slumpat lösenord på ditt wifi – nätverksnamnet är detsamma – och visar det för dig här. Du kan byta till ett eget senare i routerns inställningar.',
  'reply.other.consent.wifi_channel_change':
    'Wifi:t flyttar till en mindre trång radiokanal, så att grannarnas nätverk stör mindre. Namn och lösenord är desamma och enheterna kopplar upp sig igen av sig själva inom några sekunder.',
  'reply.other.consent.wifi_radio_enable':
    'Jag slår på routerns wifi igen härifrån. Nätverksnamn och lösenord är desamma som förut, så dina enheter hittar det av sig själva.',
  'reply.other.consent.dns_reset':
    'Routerns DNS-inställning (dess adressbok för internet) återställs till vår. Inget annat ändras och inget kopplas bort.',
  'reply.other.consent.admin_password_change':
    'Administratörslösenordet skyddar bara routerns inställningssida – ditt wifi-lösenord är detsamma och inget kopplas bort. Fabrikslösenordet är detsamma på många routrar, så ett nytt hindrar andra i ditt nätverk från att ändra dina inställningar. Jag visar det nya för dig här.',
  'reply.other.consent.account_password_reset':
    'Du får ett tillfälligt lösenord till {portal} här; det gamla slutar då fungera. När du loggar in med det väljer du ett eget nytt lösenord.',
  'reply.which_cable.step.power_on':
    'Strömsladden – den från routerns strömadapter till eluttaget. Kolla att den sitter ordentligt både i routern och i uttaget (inte i en avstängd grenkontakt) och att strömknappen, om det finns en, är intryckt.',
  'reply.which_cable.step.power_cycle':
    'Strömsladden – den från routerns strömadapter till eluttaget. Dra ur den ur routern, vänta 30 sekunder och sätt tillbaka den.',
  'reply.why_pin.ask.identity.customer_number.other_service':
    'Bara så att min kollega hittar ditt abonnemang och ser vilken tjänst du har – ingenting testas på ditt internet för det här. Har du det inte till hands går det bra: din fråga går till dem ändå.',
  'reply.why_pin.verified':
    'Om PIN-koden: den kopplar ärendet till ditt abonnemang – det är det som gör att jag kan testa din linje och router och ändra något på ditt konto. Utan den vet jag inte att det är kontoinnehavaren som skriver.',
  'reply.why_pin.move':
    'En flytt ändrar ditt abonnemang, så jag behöver PIN-koden för den: den visar att det är du som har kontot. Du hittar PIN-koden i ditt välkomstbrev eller på {portal} under dina uppgifter; hittar du den inte kan du ringa oss, så verifierar vi dig på annat sätt.',
  'reply.why_pin.account_change':
    'En ändring av ditt abonnemang kräver PIN-koden: den visar att det är du som har kontot. Du hittar PIN-koden i ditt välkomstbrev eller på {portal} under dina uppgifter; hittar du den inte kan du ringa oss, så verifierar vi dig på annat sätt.',
  'reply.why_pin.identity.customer_number':
    'Med kundnumret hittar jag din adress, din linje och din router – det är också så jag direkt ser om ett fel i ditt område är det som drabbar dig.',
  'advice.elsewhere.wifi_weak_signal':
    'Då är din linje och router i ordning – bredvid routern fungerar det; signalen når bara inte fram genom väggarna till det rummet. Ställ routern så centralt, högt och fritt som möjligt. Nära routern är 5 GHz-nätet snabbast; längre bort når 2,4 GHz bättre. För bra wifi i det rummet på riktigt är en mesh-punkt halvvägs den verkliga lösningen (en wifi-förstärkare fungerar också, men ungefär halverar hastigheten).',
  'advice.elsewhere.speed_wifi_limited.one_network':
    'Då levererar din linje den hastighet du betalar för – med kabel får du den; längre bort är det wifi:t som bromsar. Med ett enda nätverksnamn väljer routern själv det snabbare 5 GHz-bandet när du är nära, så ställ routern centralt, högt och fritt, och för rum långt bort hjälper en mesh-punkt (eller en wifi-förstärkare) halvvägs mest.',
  'advice.elsewhere.speed_wifi_limited':
    'Då levererar din linje den hastighet du betalar för – med kabel får du den; längre bort är det wifi:t som bromsar. Använd 5 GHz-bandet när du är nära routern (med ett nätverksnamn väljer enheten det själv; ser du ett andra namn som slutar på ”5G” är det det nätet), ställ routern centralt, högt och fritt, och för rum långt bort hjälper en mesh-punkt (eller en wifi-förstärkare) halvvägs mest.',
  // Kunden har sagt att routern inte kan flyttas ("sladden är för kort", "fibern kommer in vid dörren").
  'advice.elsewhere.speed_wifi_limited.router_stays':
    'Då levererar din linje den hastighet du betalar för – med kabel får du den; längre bort är det wifi:t som bromsar. Routern kan stå kvar där den står: nära den, använd 5 GHz-bandet (med ett nätverksnamn väljer enheten det själv), och för rum långt bort ger en mesh-punkt (eller en wifi-förstärkare) halvvägs snabbt wifi där.',
  'advice.elsewhere.wifi_weak_signal.router_stays':
    'Då är din linje och router i ordning – bredvid routern fungerar det; signalen når bara inte fram genom väggarna till det rummet. Routern kan stå kvar där den står: för ett rum så långt bort är en mesh-punkt halvvägs (där signalen fortfarande är bra) den verkliga lösningen – en wifi-förstärkare fungerar också men ungefär halverar hastigheten, och en trådbunden accesspunkt är allra bäst.',
  'reply.why_remote':
    'Det jag hittade är ett fysiskt fel – i linjen, kabeln eller själva utrustningen – och dit når inget jag kan ändra härifrån; därför måste någon åtgärda det på plats.',
  'reply.why_remote.optical_power_low':
    'För att felet är fysiskt: för lite ljus når din fiberbox, oftast på grund av en smutsig eller skadad kontakt eller en böj på fibern. Ingen inställning jag ändrar härifrån gör ljuset starkare – en tekniker behöver rengöra eller byta den på plats.',
  'reply.why_remote.fiber_los':
    'För att inget ljus alls når din fiberbox – fibern eller kontakten är trasig eller lös någonstans. Det är fysiskt, så ingen inställning jag ändrar härifrån hjälper; en tekniker behöver åtgärda det på plats.',
  'reply.why_remote.docsis_power_out_of_range':
    'Signalnivån i ditt kabel-tv-uttag ligger utanför vad modemet klarar, och den kan bara justeras på plats, i uttaget eller kabelnätet – dit når ingen inställning jag kan ändra härifrån, så en tekniker behöver komma.',
  'reply.why_remote.hardware_failure':
    'För att själva routern är trasig – en omstart eller nya inställningar härifrån lagar inte hårdvaran. Den behöver bytas.',
  'reply.cable_cause':
    'Det kan det vara. Kolla att kabeln sitter ordentligt i båda ändar och inte är skarpt böjd eller skadad, och säg sedan vad du ser.',
  'reply.cable_cause.fiber_los':
    'Det kan det vara. Kolla att den tunna fiberkabeln mellan vägguttaget och fiberboxen sitter ordentligt i båda ändar och inte är skarpt böjd – var försiktig och titta inte in i änden. Lyser den röda lampan fortfarande efter det behöver en tekniker komma.',
  'reply.wifi_reach':
    'För wifi längre bort – trädgården, en balkong, en annan våning – ställ routern så nära den sidan av bostaden som det går, högt och fritt, inte i ett skåp. Längre bort når 2,4 GHz-nätet bättre än 5 GHz-nätet. För en stadig signal där ute fungerar en mesh-enhet eller en wifi-förstärkare inomhus vid ett fönster eller en dörr mot den platsen bäst (en accesspunkt för utomhusbruk med kabel ännu bättre).',
  'reply.see_signal':
    'Ja – routerns egen statussida visar det: öppna 192.168.1.1 i en webbläsare och logga in med administratörslösenordet (det står på routerns etikett om du inte har bytt det). Där ser du om linjen är uppe och dess signalnivå, och systemloggen visar varje avbrott med klockslag.',
  'reply.see_signal.optical_power_low':
    'Ja – routerns egen statussida visar det: öppna 192.168.1.1 i en webbläsare och logga in med administratörslösenordet (det står på routerns etikett om du inte har bytt det). Där ser du fibersignalens nivå, och systemloggen visar varje avbrott med klockslag. När jag mätte var din fibersignal {rxDbm} dBm; under ungefär −27 dBm är den för svag, och det är det som ger avbrotten. Våra mätningar följer med ditt ärende till teknikern.',
  'reply.see_signal.fiber_los':
    'Ja – routerns egen statussida visar det: öppna 192.168.1.1 i en webbläsare och logga in med administratörslösenordet (det står på routerns etikett om du inte har bytt det). Just nu visar den ingen fibersignal alls – inget ljus når din fiberbox, och det är felet som teknikern åtgärdar; systemloggen visar avbrotten med klockslag.',
  'reply.signal_level':
    'dBm är enheten för signalstyrka – ju närmare 0, desto starkare. En fibersignal är normal från ungefär −8 ner till −27 dBm; svagare än så börjar anslutningen tappa. För wifi klarar sig en enhet bra över ungefär −67 dBm och får svårt under −75 dBm.',
  'reply.signal_level.optical_power_low':
    'Ja, den är för svag. {rxDbm} dBm är styrkan på fibersignalen som når din fiberbox – ju närmare 0, desto starkare. Normalt är från ungefär −8 ner till −27 dBm; {rxDbm} dBm ligger under det, och därför tappar du anslutningen – och därför kommer teknikern och letar upp var ljuset försvinner.',
  'reply.signal_level.fiber_los':
    'dBm är enheten för fibersignalens styrka – normalt är från ungefär −8 ner till −27 dBm. Just nu når ingen signal alls fram till din fiberbox, och det är det felet teknikern åtgärdar.',
  'reply.signal_level.docsis_power_out_of_range':
    'dBm och dBmV mäter styrkan på signalen i kabeln. För ditt modem ska den ligga inom ungefär ±15 dBmV; din ligger utanför, och därför tappar du anslutningen – och därför kommer teknikern och kontrollerar kabeln och uttagen.',
  'reply.portal_invoices':
    'Ja – när du är inloggad på {portal} hittar du dina fakturor under Fakturor; där kan du öppna varje faktura och spara den som pdf.',
  'reply.relocate_router':
    'Routern kan du flytta själv: dra ur den, flytta den och koppla in den igen. Kabeln från uttaget i väggen (fiberboxen, telejacket eller kabel-tv-uttaget) måste räcka fram – en längre nätverkskabel mellan boxen och routern går bra. Bara om själva uttaget behöver flyttas är det ett teknikerbesök, som vår kundtjänst bokar (det kan kosta).',
  'reply.power_button':
    'Strömknappen finns på alla routrar och går inte att stänga av, men det är lätt att se till att den inte trycks in av misstag: ställ routern där den inte kommer åt (på en hylla hellre än på golvet), en bit tejp över knappen hjälper, och koppla den direkt i väggen i stället för i en grenkontakt med strömbrytare. Vill ni ändå ha en annan modell kan vår säljavdelning berätta om routrarna vi erbjuder.',
};
