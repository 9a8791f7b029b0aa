// Swedish texts: what the desk knows about each fault kind (see fault-facts-en.ts).
import type { faultFactsEn } from './fault-facts-en.js';

export const faultFactsSv: Record<keyof typeof faultFactsEn, string> = {
  // "Men är det avbrott eller inte?": vad kontrollen av området visade, med ja eller nej.
  'reply.is_outage.incident.none':
    'Nej – det finns ingen driftstörning i ditt område; nätet runt dig fungerar som vanligt. Felet gäller din egen anslutning, inte ett större fel.',
  'reply.is_outage.incident.area_outage':
    'Ja – det finns en känd driftstörning i ditt område, och det är den som stoppar din anslutning.',
  'reply.is_outage':
    'Jag kollar kända driftstörningar i ditt område som en del av testerna av din linje och säger till direkt om det finns någon.',
  'reply.my_side.cpe_powered_off':
    'Inget är trasigt, varken hos oss eller hos dig: routern hade helt enkelt ingen ström – oftast ett avstängt grenuttag, en kontakt som glidit ur eller ett kort strömavbrott. När den är på fungerar den som vanligt.',
  'reply.my_side.cable_unplugged':
    'Inget är trasigt: en kabel hemma hos dig hade lossnat, vilket lätt händer när man flyttar något bakom routern. Vårt nät är i ordning, och intryckt ordentligt sitter kabeln kvar.',
  'reply.my_side.wifi_radio_disabled':
    'Inget är trasigt hos oss: routerns wifi har stängts av hemma – oftast med WLAN/wifi-knappen på routern (ofta på fram- eller sidan, märkt med en vågsymbol) som tryckts in av misstag, eller i dess app. Slår vi på det igen är det löst.',
  'reply.my_side.ppp_auth_failure':
    'Inget du har förstört: routerns inloggningsuppgifter mot vårt nät stämde inte längre – det kan hända efter en återställning eller en uppdatering av routern. Jag rättar dem härifrån.',
  // "Har ni ändrat något hos er?": per orsak där den vanliga texten om vems sida felet är på säger för lite.
  'reply.changed_by_us':
    'Det ser jag så snart jag kan testa din linje och router, och då berättar jag vad jag hittar – också om något i vårt nät ligger bakom.',
  'reply.changed_by_us.nothing_found':
    'Nej – ingenting har ändrats hos oss, och mina tester hittar inget fel på din linje eller router just nu.',
  'reply.changed_by_us.dns_misconfigured':
    'Nej – ingenting har ändrats hos oss. Routerns DNS-inställning (dess adressbok för webbsidor) pekade på servrar som inte svarar; det händer efter en återställning av routern eller när inställningen ändras för hand eller av en app. Appar som Spotify fortsatte fungera eftersom de hade adresserna de behövde sparade sedan tidigare.',
  'reply.my_side.dns_misconfigured':
    'Inget är trasigt: en inställning i din router (dess DNS, som hittar webbplatserna) hade ändrats – ofta gör en app eller en återställning det. Vårt nät är i ordning, och jag kan ställa tillbaka den härifrån.',
  'reply.my_side.cpe_hung':
    'Inget du har gjort: routern hade hängt sig efter att ha varit igång länge, vilket händer ibland med alla routrar. Vårt nät är i ordning, och en omstart löser det.',
  'reply.my_side.firmware_bug_drops':
    'Inget du har gjort: din router har en programvara med ett känt fel som gör att anslutningen tappas. Uppdateringen rättar det.',
  'reply.my_side.wifi_channel_congestion':
    'Inget du har gjort och inget trasigt: grannarnas wifi använder samma kanal som ditt och stör det. En lugnare kanal hjälper.',
  'reply.my_side.wifi_weak_signal':
    'Inget trasigt och inget du har gjort: vår linje och din router fungerar; wifi-signalen blir bara svagare genom väggar och på avstånd.',
  'reply.my_side.speed_wifi_limited':
    'Inget är trasigt: vår linje ger full hastighet fram till din router; det är wifit hemma som är långsammare – avstånd, väggar och 2,4 GHz-bandet.',
  'reply.my_side.speed_line_degraded':
    'Inget du har gjort: mina tester visar att hastigheten är låg redan innan den når ditt hem, så våra tekniker i andra linjen letar orsaken i vårt nät.',
  'reply.my_side.area_outage':
    'Inget du har gjort och inget hemma hos dig: det är ett fel i vårt nät i ditt område. Din anslutning kommer tillbaka av sig själv när det är åtgärdat.',
  'reply.my_side.portal_account_locked':
    'Inget är trasigt: kontot låser sig självt efter flera felaktiga lösenord i rad, för att skydda det.',
  'reply.my_side.default_admin_password':
    'Inget är trasigt: routern hade kvar sitt administratörslösenord från fabriken, som många aldrig byter. Ett nytt täpper till det.',
  'reply.my_side.wifi_password_forgotten':
    'Inget är trasigt – ett bortglömt wifi-lösenord händer alla. Jag kan sätta ett nytt.',
  'reply.what_you_do':
    'Först testar jag din linje och router härifrån; sedan berättar jag vad jag hittade och åtgärdar det jag kan direkt – jag frågar dig innan jag ändrar något.',
  'reply.what_you_do.cpe_powered_off':
    'Först får vi ström på routern; sedan testar jag linjen härifrån. Kommer den ändå inte upp bokar jag en tekniker.',
  'reply.what_you_do.cable_unplugged':
    'Först kollar vi kabeln tillsammans; sedan testar jag härifrån att routern når vårt nät. Gör den inte det tar en tekniker över.',
  'reply.what_you_do.dsl_low_snr':
    'Jag har testat din linje: den är störd, oftast av filtret (splittern) vid telejacket eller en kabel hemma. Först kollar vi det tillsammans; hjälper det inte skickar jag det vidare till våra tekniker, som tittar på linjen.',
  'reply.what_you_do.wifi_radio_disabled':
    'Jag slår på routerns wifi igen härifrån, med ditt tillstånd, och sedan kollar vi att dina enheter ser det.',
  'reply.what_you_do.ppp_auth_failure':
    'Jag skickar rätt inloggningsuppgifter till din router härifrån, med ditt tillstånd; den kopplar upp sig själv inom en minut.',
  'reply.what_you_do.dns_misconfigured':
    'Jag ställer tillbaka routerns DNS till våra servrar härifrån, med ditt tillstånd; webbplatserna fungerar direkt efteråt.',
  'reply.what_you_do.cpe_hung':
    'Jag startar om din router härifrån, med ditt tillstånd; det tar ett par minuter, sedan testar jag igen.',
  'reply.what_you_do.firmware_bug_drops':
    'Jag uppdaterar routerns programvara härifrån, med ditt tillstånd; den startar om en gång och dina inställningar finns kvar.',
  'reply.what_you_do.wifi_channel_congestion':
    'Jag flyttar ditt wifi till en lugnare kanal härifrån, med ditt tillstånd; dina enheter ansluter igen av sig själva.',
  'reply.what_you_do.wifi_weak_signal':
    'Mina tester visar att linjen och routern fungerar, så jag hjälper dig med wifit hemma: hur långt det når och vad som får det att nå längre.',
  'reply.what_you_do.speed_wifi_limited':
    'Mina tester visar att full hastighet når din router, så jag hjälper dig med wifit hemma: vad som bromsar det och hur du får ut mer.',
  'reply.what_you_do.fiber_los':
    'Det här kräver en tekniker: jag bokar ett besök, och teknikern hittar avbrottet i fibern och lagar det, utan kostnad.',
  'reply.what_you_do.optical_power_low':
    'Det här kräver en tekniker: jag bokar ett besök, och teknikern mäter fibern, hittar var signalen försvinner och åtgärdar det, utan kostnad.',
  'reply.what_you_do.docsis_power_out_of_range':
    'Det här kräver en tekniker: jag bokar ett besök, och teknikern mäter i ditt kabel-tv-uttag och justerar eller byter det som behövs, utan kostnad.',
  'reply.what_you_do.hardware_failure':
    'Din router har ett maskinvarufel, så jag bokar en tekniker som tar med en ny router, utan kostnad.',
  'reply.what_you_do.speed_line_degraded':
    'Jag skickar det vidare till våra tekniker i andra linjen med mina mätningar; de hittar orsaken i vårt nät och hör av sig till dig.',
  'reply.what_you_do.area_outage':
    'Våra tekniker åtgärdar redan felet i ditt område; din anslutning kommer tillbaka av sig själv när det är klart – du behöver inte göra något.',
  'reply.what_you_do.portal_account_locked':
    'Jag låser upp ditt konto härifrån när du är verifierad; sedan kan du logga in igen.',
  'reply.what_you_do.default_admin_password':
    'Jag sätter ett nytt, slumpat administratörslösenord på din router härifrån, med ditt tillstånd, och visar det bara för dig.',
  'reply.what_you_do.wifi_password_forgotten':
    'Jag sätter ett nytt wifi-lösenord härifrån, med ditt tillstånd, och visar det för dig här.',
  'reply.what_you_do.after.field':
    'Ditt ärende ligger hos våra fälttekniker: teknikern kommer till dig, hittar felet och lagar det, utan kostnad. Du behöver inte göra något innan dess.',
  'reply.what_you_do.after.tier2':
    'Våra tekniker i andra linjen tar över med allt jag hittade: de tittar på din linje och vårt nät och återkommer till dig här inom {when}.',
  'reply.what_you_do.after.resolved':
    'Inget mer behövs – felet är åtgärdat och mina tester ser bra ut. Kommer det tillbaka skriver du bara här.',
  'reply.what_you_do.after': '{team} har ditt ärende med allt jag hittade och svarar dig här inom {when}.',
  'reply.just_wait':
    'Just nu, ja – jag jobbar på det. Jag säger till här så fort jag vet mer eller behöver något av dig.',
  // "ska jag bara vänta?" medan routern slås på: minuterna det tar, aldrig "jag jobbar på det".
  'reply.just_wait.step.power_on': 'Ge den ett par minuter efter att den slagits på.',
  // "Hur vet jag att det är fixat? Ska jag bara vänta en dag?" när en programuppdatering rättat avbrott som kom och gick.
  'reply.just_wait.cpe_firmware_upgrade':
    'Ja – ett dygn med vanlig användning visar det; du behöver inte göra något annat.',
  'reply.how_know_fixed.cpe_firmware_upgrade':
    'Använd den som vanligt i ett dygn: har den inte tappat till i morgon kväll är det fixat; tappar den, svara här.',
  // "hur vet jag när det är tillbaka?" under ett avbrott: beskedet kommer här, och anslutningen av sig själv.
  'reply.how_know_fixed.area_outage':
    'När felet är åtgärdat skriver jag till dig här, och internet börjar helt enkelt fungera igen – du behöver inte kolla eller starta om något innan dess.',
  'reply.just_wait.area_outage':
    'Ja – låt routern vara på; din anslutning kommer tillbaka av sig själv när felet i vårt nät är åtgärdat.',
  'reply.just_wait.after.field':
    'Ja – du behöver inte göra något: teknikern kommer på den bokade tiden och ringer innan. Passar tiden inte längre skriver du bara här.',
  'reply.just_wait.after.field.visit':
    'Ja – du behöver inte göra något: teknikern kommer {window} och ringer innan. Passar tiden inte längre skriver du bara här.',
  'reply.just_wait.after.tier2':
    'Ja – inget mer behövs från dig: våra tekniker i andra linjen har allt jag hittade och svarar dig här inom {when}.',
  'reply.just_wait.after.resolved':
    'Det finns inget att vänta på – det är åtgärdat och mina tester ser bra ut. Krånglar det igen skriver du bara här.',
  'reply.just_wait.after':
    'Ja – inget mer behövs från dig: {ourTeam} har ditt ärende och svarar dig här inom {when}.',
  'reply.just_wait.outcome':
    'Inget mer behövs från dig just nu: jag lämnar över ditt ärende i det här meddelandet, och de som tar över svarar dig här.',
  'reply.just_wait.billing_suspended':
    'Den kommer inte tillbaka av sig själv: anslutningen öppnas igen när fakturan är betald, eller när vår fakturaavdelning har rett ut det om du redan har betalat.',
  'reply.should_restart':
    'Du behöver inte starta om routern själv om jag inte ber dig – jag kollar och ändrar det jag kan härifrån och säger till om något steg av dig skulle hjälpa.',
  'reply.should_restart.dns_misconfigured':
    'Nej, du behöver inte starta om – felet är en inställning som jag rättar härifrån. Låt routern vara på.',
  'reply.what_happens_next.consent.config_change':
    'Ingenting: jag ändrar inställningen härifrån och kollar att det fungerade; efteråt säger du bara om sidorna laddar hos dig.',
  'reply.should_restart.after.resolved':
    'Nej, du behöver inte starta om – allt fungerar nu och mina tester ser bra ut. Låt routern stå på som vanligt.',
  'reply.should_restart.area_outage':
    'Nej – en omstart hjälper inte: felet sitter i vårt nät, inte i din router. Låt routern vara på, så kommer anslutningen tillbaka av sig själv när felet är åtgärdat. Har den inte kommit tillbaka inom en kvart efter det, starta om routern då.',
  'reply.will_it_help.area_outage':
    'Nej, en omstart hjälper inte nu – felet sitter i vårt nät. Låt routern vara på: när felet är lagat kommer internet tillbaka av sig självt. Har det inte kommit tillbaka inom en kvart efter det, starta om routern då.',
  'reply.should_restart.fiber_los':
    'Nej – en omstart hjälper inte: inget ljus når din fiberbox, och det måste teknikern laga. Låt routern vara på.',
  'reply.should_restart.optical_power_low':
    'Nej – en omstart hjälper inte: själva fibersignalen är för svag, och det måste teknikern åtgärda. Låt routern vara på.',
  'reply.should_restart.docsis_power_out_of_range':
    'Nej – en omstart hjälper inte: signalen i ditt kabel-tv-uttag ligger fel, och det måste teknikern justera. Låt modemet vara på.',
  'reply.should_restart.dsl_low_snr':
    'Nej – en omstart hjälper inte mot en störd telelinje; det gör en koll av filtret (splittern) och kablarna. Låt routern vara på.',
  'reply.should_restart.speed_line_degraded':
    'Nej – en omstart hjälper inte: hastigheten försvinner innan den når din router. Låt den vara på så att våra tekniker kan mäta.',
  'after.meanwhile.dsl_low_snr':
    'Låt routern sitta på sitt filter (splitter) vid telejacket, koppla den med en kort kabel direkt till väggen i stället för en förlängningssladd, och använd nätverkskabel där du kan. En omstart hjälper inte själva linjen. Är något bråttom är mobilen som surfzon det snabbaste sättet att komma ut på nätet.',
  'after.meanwhile.speed_line_degraded':
    'Låt routern vara på så att våra tekniker kan mäta, och använd nätverkskabel till det viktigaste. Behöver du mer fart till något brådskande hjälper mobilen som surfzon under tiden.',
  'reply.which_button.wifi_radio_disabled':
    'Wifi-knappen är märkt WLAN eller Wi-Fi, ofta med en vågsymbol, och sitter oftast på routerns fram- eller sida. Ett tryck i några sekunder stänger av eller slår på wifit. Tryck aldrig i det lilla reset-hålet – det raderar routerns inställningar.',
  'reply.what_wan_port':
    'WAN-porten är routerns uttag för kabeln som kommer från väggen (fiberdosan, telejacket eller kabel-tv-uttaget). Den är oftast märkt WAN eller Internet, ofta i en annan färg än de numrerade LAN-portarna 1–4 bredvid.',
  'reply.what_coax':
    'Koaxkabeln är den runda, ganska tjocka antennkabeln från kabel-tv-uttaget i väggen till modemet; kontakten skruvas fast. Den ska vara ordentligt fastskruvad i båda ändar.',
  'reply.why_not_automatic.firmware_bug_drops':
    'Programuppdateringar når normalt routrarna från vår sida av sig själva, men just den här rättningen hade inte nått din router än – därför gör jag det härifrån nu i stället för att vänta. Efter det får routern kommande uppdateringar automatiskt.',
  // Linjens signalmarginal (SNR) med enkla ord, och om filtret ska kollas nu.
  'reply.what_snr':
    'Signalmarginalen (SNR) är hur mycket starkare internetsignalen på telefonledningen är än bruset på den – hur mycket marginal linjen har. Ju större marginal, desto stabilare anslutning.',
  'reply.what_snr.dsl_low_snr':
    'Signalmarginalen (SNR) är hur mycket starkare internetsignalen på din telefonledning är än bruset på den – hur mycket marginal linjen har. Din är låg, så minsta störning får anslutningen att tappa; ett filter (splitter) eller en telefonsladd som sitter löst eller saknas hemma är den vanligaste orsaken.',
  'reply.check_now':
    'Ja, gör gärna det – kontrollera att det sitter ordentligt och skriv här vad du hittar; det hamnar direkt i ditt ärende.',
  'reply.check_now.dsl_low_snr':
    'Ja, gör gärna det nu: kontrollera att filtret (splittern) sitter ordentligt i telejacket, att routerns kabel går i filtrets DSL-uttag och telefonen i TEL-uttaget. Skriv här vad du hittar – det hamnar direkt i ditt ärende.',
  // "hur länge ska vi vänta?": tills det fungerar igen, utifrån orsaken.
  'reply.wait_until_works':
    'Det beror på felet: mycket kan jag åtgärda härifrån på några minuter, och annars säger jag till vem som tar över och när.',
  'reply.wait_until_works.billing_suspended':
    'Tills fakturan är betald: anslutningen öppnas igen av sig själv när betalningen är registrerad, oftast inom några timmar – eller när vår fakturaavdelning har rett ut det om du redan har betalat.',
  'reply.wait_until_works.area_outage':
    'Tills felet i vårt nät är lagat: då kommer din anslutning tillbaka av sig själv, utan att du behöver göra något.',
  'reply.wait_until_works.after.field':
    'Tills teknikern har varit hos dig och åtgärdat felet; efter besöket fungerar det igen. Fram till dess kommer du snabbast ut på nätet med mobilens delade uppkoppling (hotspot).',
  'reply.wait_until_works.outcome.field':
    'Tills en tekniker har varit hos dig och åtgärdat felet: vår fältgrupp hör av sig för att boka en tid som passar dig.',
  'reply.wait_until_works.contact.availability':
    'Tills en tekniker har varit hos dig och åtgärdat felet – så säg när det passar dig, så ordnas besöket då.',
  'reply.wait_until_works.outcome.tier2':
    'Det beror på vad våra tekniker i andra linjen hittar: de tar över direkt med allt jag såg och återkommer till dig här så snart de vet mer.',
};
