// Svenska texter för svar som inte är ett rakt svar: frågor medan ett medgivande eller en kontroll
// väntar, ett uppskjutet medgivande, "vet inte än" och råd när ett wifi-steg inte går att göra.
import type { askedEn } from './asked-en.js';

/** Vad ett nytt nätverksnamn betyder för enheterna, var det än frågas. */
const RENAME =
  'Ja, en gång: lösenordet är detsamma, men varje enhet behöver välja det nya namnet en gång – mobil och dator i wifi-listan, tv:n i nätverksinställningarna, en skrivare i sin egen wifi-meny eller med WPS-knappen.';

/** Whether the devices need the admin password: no, they use the Wi-Fi key. */
const ADMIN_DONE =
  'Nej – dina enheter, även smart-tv:n, använder wifi-lösenordet, och det har jag inte ändrat. Adminlösenordet behövs bara för att logga in på routerns inställningssida, så inget behöver ändras på dina enheter.';
const ADMIN_ASKED =
  'Nej – dina enheter använder wifi-lösenordet, och det är kvar som det är. Adminlösenordet behövs bara för att logga in på routerns inställningssida, så inget ändras på dina enheter.';

export const askedSv: Record<keyof typeof askedEn, string> = {
  // Vad påslaget wifi eller ny kanal gör med enheterna: namn och lösenord är desamma. Frågat igen
  // ("nya uppgifter?? nytt lösenord?"), sagt enklare: `.again`.
  'reply.lose_settings.consent.wifi_radio_enable':
    'Ja, det är säkert: ditt wifi har samma namn och samma lösenord som förut – jag slår bara på sändaren igen, och dina enheter hittar nätverket av sig själva.',
  'reply.lose_settings.consent.wifi_radio_enable.again':
    'Inget nytt lösenord: namnet och lösenordet blir precis som de är nu. Ingenting ändras på dina enheter.',
  'reply.lose_settings.consent.wifi_channel_change':
    'Ditt wifi behåller samma namn och samma lösenord – bara kanalen det sänder på ändras, och dina enheter ansluter igen av sig själva inom några sekunder.',
  'reply.lose_settings.consent.wifi_channel_change.again':
    'Inget nytt lösenord: namnet och lösenordet blir precis som de är nu. Du behöver inte ändra något på dina enheter.',
  'reply.what_happens_next.consent.wifi_radio_enable':
    'Inget att göra på dina enheter: namnet och lösenordet är desamma, så de (tv:n också) hittar nätverket av sig själva när wifi:t är på.',
  'reply.what_happens_next.consent.wifi_channel_change':
    'Enheter på wifi:t, även tv:n, tappar några sekunder och ansluter igen av sig själva – namnet och lösenordet är desamma, så inget behöver ändras på dem.',
  'reply.reconnect_devices': 'Nej – dina enheter ansluter igen av sig själva; inget behöver ändras på dem.',
  'reply.reconnect_devices.consent.wifi_channel_change':
    'Nej – nätverksnamnet och lösenordet är desamma, så dina enheter (de smarta också) ansluter igen av sig själva inom några sekunder.',
  'reply.reconnect_devices.consent.wifi_radio_enable':
    'Nej – namnet och lösenordet är desamma, så när wifi:t är på igen hittar dina enheter nätverket av sig själva.',
  'reply.reconnect_devices.consent.wifi_password_change':
    'Ja – med ett nytt lösenord behöver varje enhet på wifi:t, även smart-tv:n och skrivaren, ansluta en gång med det; ingen gör det av sig själv. Nätverksnamnet är detsamma.',
  'reply.reconnect_devices.config.wifi_name': RENAME,
  // Efter ett nytt wifi-lösenord: inget ansluter av sig självt, och den som bara hade det gamla är ute.
  'reply.reconnect_devices.wifi_password_change':
    'Ja – varje enhet på wifi:t, även smart-tv:n och skrivaren, behöver det nya lösenordet en gång; ingen av dem ansluter av sig själv. Nätverksnamnet är detsamma.',
  'reply.devices_drop.wifi_password_change':
    'Ja – den som bara hade det gamla wifi-lösenordet är ute ur ditt nätverk nu och kommer inte in igen. Dina egna enheter, även tv:n och skrivaren, är utan nät tills du ansluter var och en en gång med det nya lösenordet.',
  'reply.devices_drop.wifi_ssid_change':
    'Varje enhet på wifi:t är utan nät tills den anslutit till det nya nätverksnamnet en gång (lösenordet är detsamma); ingen av dem gör det av sig själv.',
  'reply.reconnect_devices.consent.wifi_ssid_change': RENAME,
  // "will the tv need it too?" at the rename's permission: the name, not a new password.
  'reply.each_device.consent.wifi_ssid_change.named': RENAME,
  'reply.reconnect_devices.wifi_ssid_change': RENAME,
  // "do my smart tv and stuff need the new password now?" after (or at) a new admin password: the devices
  // use the Wi-Fi key, which it leaves as it is.
  'reply.reconnect_devices.admin_password_change': ADMIN_DONE,
  'reply.each_device.admin_password_change': ADMIN_DONE,
  'reply.reconnect_devices.consent.admin_password_change': ADMIN_ASKED,
  'reply.each_device.consent.admin_password_change': ADMIN_ASKED,
  'reply.reconnect_devices.consent.cpe_reboot':
    'Nej – efter omstarten ansluter dina enheter igen av sig själva inom ett par minuter.',
  'reply.reconnect_devices.consent.cpe_firmware_upgrade':
    'Nej – efter uppdateringen startar routern om och dina enheter ansluter igen av sig själva.',
  // En telefon som sitter i routern (IP-telefoni) går via den, aldrig över wifi.
  'reply.router_phone':
    'En telefon som sitter i routern går via routern och använder inte wifi: den är tyst bara medan routern startar om eller saknar anslutning, och fungerar igen av sig själv så fort routern är tillbaka.',
  'reply.router_phone.consent.cpe_reboot':
    'Ja – telefonen som sitter i routern går via den, så den är tyst den minut eller två som omstarten tar; sedan fungerar den igen av sig själv, utan att du behöver göra något med den.',
  'reply.router_phone.consent.cpe_firmware_upgrade':
    'Ja – telefonen som sitter i routern går via den, så den är tyst de minuter som uppdateringen och omstarten tar; sedan fungerar den igen av sig själv.',
  'reply.router_phone.cpe_reboot':
    'Telefonen som sitter i routern kom tillbaka med den: den går via routern, så nu när routern är igång ska den fungera igen. Lyft luren – hörs ingen kopplingston skriver du bara här.',
  'reply.router_phone.cpe_firmware_upgrade':
    'Telefonen som sitter i routern kom tillbaka med den efter uppdateringen: den ska fungera igen nu. Lyft luren – hörs ingen kopplingston skriver du bara här.',
  // "blir det dyrare?" vid en fråga om lov: en ändring härifrån kostar ingenting.
  'reply.cost.consent.wifi_change':
    'Nej, det kostar ingenting – det är bara en inställning i din router som jag ändrar härifrån, och ditt abonnemang och pris är desamma.',
  'reply.cost.consent.config_change':
    'Nej, det kostar ingenting – det är bara en inställning i din router som jag ändrar härifrån, och ditt abonnemang och pris är desamma.',
  // "hur öppnar jag en port? … och kostar det nåt?": att lägga upp en portvidarebefordran är en inställning, ingen reparation.
  'reply.cost.port_forward_request':
    'Nej, det kostar ingenting – en portvidarebefordran är bara en inställning i din router som jag lägger upp härifrån, och ditt abonnemang och pris är desamma.',
  'reply.cost.consent.reboot':
    'Nej, det kostar ingenting – jag startar om routern härifrån, och ditt abonnemang och pris är desamma.',
  'reply.cost.consent.firmware_update':
    'Nej, det kostar ingenting – uppdateringen är gratis och jag startar den härifrån; ditt abonnemang och pris är desamma.',
  'reply.cost.consent.factory_reset':
    'Nej, det kostar ingenting – jag återställer routern härifrån, och ditt abonnemang och pris är desamma.',
  'reply.cost.consent.account_password_reset':
    'Nej, det kostar ingenting – jag sätter bara ett nytt inloggningslösenord till ditt konto hos oss, härifrån.',
  'reply.login_needed':
    'Nej – du behöver inte göra något med det nu. Adminlösenordet behövs bara om du själv vill ändra en inställning på routerns inställningssida (192.168.1.1); spara det på ett säkert ställe.',
  'reply.router_login':
    'På en enhet som är ansluten till ditt hemnätverk (wifi eller kabel) öppnar du webbläsaren och går till 192.168.1.1. Logga in med användarnamnet admin och routerns adminlösenord – har det inte bytts står det på klistermärket på routern.',
  'reply.router_login.consent.wifi_change':
    'På en enhet som är ansluten till ditt hemnätverk (wifi eller kabel) öppnar du webbläsaren och går till 192.168.1.1. Logga in med användarnamnet admin och routerns adminlösenord – har det inte bytts står det på klistermärket på routern (har vi satt ett nytt åt dig gäller det). Under Wifi byter du lösenordet till ett du väljer själv: minst 8 tecken, gärna några ord du kommer ihåg. Alla wifi-enheter behöver sedan det nya lösenordet en gång.',
  'reply.router_login.admin_password_change':
    'På en enhet som är ansluten till ditt hemnätverk (wifi eller kabel) öppnar du webbläsaren och skriver 192.168.1.1 i adressfältet. Logga in med användarnamnet admin och det nya adminlösenordet jag just gav dig.',
  'reply.router_old.no_action':
    'Du behöver ingen ny router för det här: inget i ärendet tyder på fel i din router. Krånglar den igen skriver du här med ditt ärendenummer, så tittar vi på att byta ut den.',
  'reply.router_old.any_action':
    'Du behöver ingen ny router för det här: inget i ärendet tyder på fel i din router. Krånglar den igen efter att vi har rättat felet skriver du här med ditt ärendenummer, så tittar vi på att byta ut den.',
  'reply.router_old.cpe_reboot':
    'Du behöver ingen ny: routern hade slutat skicka trafik efter att ha varit igång länge, och omstarten löste det – mina tester visar inget hårdvarufel. Händer det igen skriver du här med ditt ärendenummer, så tittar vi på att byta ut den.',
  'reply.router_old.cpe_firmware_upgrade':
    'Du behöver ingen ny: avbrotten kom från ett känt fel i routerns programvara, som uppdateringen rättar – mina tester visar inget hårdvarufel. Händer det igen skriver du här, så tittar vi på att byta ut den.',
  // "kan du sätta tillbaka det gamla lösenordet": wifi-nyckeln som den var, ärlig om vad som sparas.
  'reply.restore_key.sticker_gone':
    'Ett tidigare wifi-lösenord kan jag inte läsa fram: när ett nytt har satts sparas det gamla ingenstans där jag kan se det, och när klistermärket är borta går det inte att läsa av på routern heller. Minns du det kan du sätta det igen själv på routerns inställningssida (192.168.1.1, under Wi-Fi).',
  'reply.restore_key':
    'Ett tidigare wifi-lösenord kan jag inte läsa fram: när ett nytt har satts sparas det gamla ingenstans där jag kan se det. Har det aldrig ändrats är det ”Wi-Fi-nyckeln” på klistermärket under routern; minns du det kan du sätta det igen själv på routerns inställningssida (192.168.1.1, under Wi-Fi).',
  'reply.restore_key.no_change':
    'Jag har inte ändrat ditt wifi-lösenord – det är detsamma som förut, så dina enheter är anslutna precis som vanligt.',
  'reply.restore_key.wifi_password_change':
    'Det gamla kan jag inte sätta tillbaka själv: när ett nytt lösenord har satts sparas det gamla ingenstans där jag kan se det. Minns du det kan du sätta det igen på routerns inställningssida (192.168.1.1, under Wi-Fi), så ansluter dina enheter som förut; annars är det nya lösenordet jag gav dig det du skriver in på varje enhet.',
  'reply.current_password.sticker_gone':
    'Av säkerhetsskäl kan jag inte visa det nuvarande wifi-lösenordet {viaChannel}, och när klistermärket är borta går det inte att läsa av på routern heller – så vägen är ett nytt: jag kan sätta ett nytt wifi-lösenord åt dig.',
  'reply.current_password':
    'Av säkerhetsskäl kan jag inte visa det nuvarande wifi-lösenordet {viaChannel}. Om det aldrig har ändrats står det på klistermärket på routern (”Wi-Fi-nyckel” eller ”WPA”). Annars kan jag sätta ett nytt åt dig.',
  'reply.sticker.sticker_gone':
    'När klistermärket är borta går inte den vägen, så jag kan sätta ett nytt wifi-lösenord åt dig i stället.',
  'reply.sticker':
    'Ja – om lösenordet aldrig har ändrats är det ”Wi-Fi-nyckeln” på klistermärket under routern. Prova den; fungerar den inte kan jag sätta ett nytt.',
  'reply.which_cable.step.wired_test':
    'En nätverkskabel från en av routerns LAN-portar (oftast numrerade 1–4) till datorn. Har datorn ingen nätverksport hoppar vi över testet – skriv bara ”det kan jag inte”.',
  'reply.was_hacked':
    'Inget av det jag har kontrollerat tyder på intrång eller virus. Ser du enheter på ditt wifi som du inte känner igen, säg till så låser jag routern med ett nytt wifi-lösenord.',
  // Intrång som frågas medan låsningen erbjuds eller görs: aldrig "säg till om du ser enheter".
  'reply.was_hacked.security_worry':
    'Inget jag har kontrollerat i själva routern tyder på intrång eller virus. Det utesluter inte att någon har haft ert wifi-lösenord, så att låsa routern är det säkra steget: ett nytt wifi-lösenord stänger ute alla enheter som inte ska vara där, och ett nytt administratörslösenord skyddar dess inställningar.',
  'reply.was_hacked.default_admin_password':
    'Bara någon i ditt hemnätverk som kände till fabrikslösenordet kunde ha använt det – inget jag ser tyder på att någon har gjort det, och det nya lösenordet stänger den vägen. Tror du att någon har ändrat dina inställningar, säg till så kontrollerar jag dem.',
  'reply.was_hacked.dns_misconfigured':
    'Nej, inget tyder på intrång eller virus: en inställning i din router (dess DNS, som hittar webbplatser) hade ändrats – ofta gör en app eller en återställning det. Du behöver inte köra antivirus för det här. Någon annan kan bara ändra den inställningen med routerns administratörslösenord – att byta det lösenordet skyddar mot det.',
  'reply.was_hacked.wifi_radio_disabled':
    'Inget tyder på intrång, och att grannar skulle ha gjort det är mycket osannolikt: wifi stängs oftast av med wifi-knappen på routern (lätt att trycka på av misstag, även för barn), i dess app eller inställningssida, eller av ett schema. Känns det osäkert kan jag sätta ett nytt wifi-lösenord.',
  'reply.was_hacked.port_forward_add':
    'Öppningen gör just den enheten nåbar från internet på den porten, så dess eget skydd är viktigt: ge den ett eget starkt lösenord i stället för fabrikens, och håll dess programvara uppdaterad. Inget annat i ditt nätverk nås den vägen, och jag kan ta bort öppningen igen när du vill.',
  'reply.was_hacked.consent.port_forward_add':
    'Öppningen gör just den enheten nåbar från internet på den porten, så dess eget skydd är viktigt: ge den ett eget starkt lösenord i stället för fabrikens, och håll dess programvara uppdaterad. Inget annat i ditt nätverk nås den vägen, och jag kan ta bort öppningen igen när du vill.',
  'reply.was_hacked.config.port_forward':
    'Öppningen gör just den enheten nåbar från internet på den porten, så dess eget skydd är viktigt: ge den ett eget starkt lösenord i stället för fabrikens, och håll dess programvara uppdaterad. Inget annat i ditt nätverk nås den vägen, och jag kan ta bort öppningen igen när du vill.',
  'reply.switch_to_5g':
    'Ja – byt till 5 GHz-nätet (namnet som slutar på 5G eller 5GHz; samma lösenord). Nära routern är det mycket snabbare än 2,4 GHz-nätet; längre bort, genom väggar, når 2,4 GHz-nätet bättre.',
  'reply.switch_to_5g.step.wired_test':
    'Ja – byt till 5 GHz-nätet (namnet som slutar på 5G eller 5GHz; samma lösenord). Nära routern är det mycket snabbare än 2,4 GHz-nätet; längre bort, genom väggar, når 2,4 GHz-nätet bättre. Gör sedan hastighetstestet igen och säg vad det visar.',
  'reply.switch_to_5g.step.move_closer':
    'Ja – byt till 5 GHz-nätet (namnet som slutar på 5G eller 5GHz; samma lösenord). Nära routern är det mycket snabbare än 2,4 GHz-nätet; längre bort, genom väggar, når 2,4 GHz-nätet bättre. Gör sedan hastighetstestet igen och säg vad det visar.',
  'reply.which_band':
    'Med ett enda nätverksnamn väljer routern band åt dig; nära routern är du oftast på 5 GHz. Så kollar du: på en Mac håller du ned Alt/Option och klickar på wifi-symbolen (den visar kanal och 2,4 eller 5 GHz); i Windows visar wifi-egenskaperna ”Nätverksband”; i mobilen visar wifi-nätverkets detaljer frekvensen.',
  'reply.why_broke.request.billing':
    'Varför fakturan ändrats ser vår fakturaavdelning rad för rad, så de svarar på det i ditt ärende – fakturaraderna kan jag inte se härifrån.',
  'reply.why_broke':
    'Jag kan inte säga säkert vad som startade det; det jag hittar och allt jag ändrar står i sammanfattningen av ditt ärende.',
  'reply.why_broke.dns_misconfigured':
    'Routerns DNS-inställningar hade ändrats – det händer när en app eller en enhet skriver in egna namnservrar i routern, eller efter en återställning av routern; någon annan kan bara göra det med routerns administratörslösenord. Att ändra tillbaka dem till våra servrar löser det.',
  'reply.why_broke.wifi_radio_disabled':
    'Wifi:t hade stängts av i routern – oftast med wifi-knappen på routern, i dess app eller webbsida, eller av ett schema. Inget vi ser tyder på intrång.',
  'reply.who_switched_off.wifi_radio_disabled':
    'Oftast är det wifi-knappen (WLAN) på routern som tryckts in av misstag, eller en ändring i appen eller på inställningssidan – inget vi ser tyder på intrång. Är du orolig kan jag också sätta ett nytt wifi-lösenord och ett nytt administratörslösenord på routern.',
  'reply.why_broke.ppp_auth_failure':
    'Routerns inloggningsuppgifter mot vårt nät stämde inte längre med våra – det kan hända efter en återställning eller en programuppdatering av routern.',
  'reply.why_broke.cpe_hung':
    'Routern hade slutat skicka trafik efter att ha varit igång länge – det händer ibland med alla routrar, och en omstart löser det.',
  'reply.why_broke.firmware_bug_drops':
    'Din router har en programversion med ett känt fel som gör att uppkopplingen försvinner ibland; uppdateringen rättar det.',
  'reply.why_broke.wifi_channel_congestion':
    'Många grannätverk använder samma wifi-kanal, mest på kvällarna, så de stör varandra.',
  'reply.why_broke.portal_account_locked':
    'Kontot låser sig självt efter flera felaktiga lösenord i rad, för att skydda det. Det händer igen bara om fel lösenord skrivs flera gånger – är du osäker på det, använd hellre ”Glömt lösenord” på inloggningssidan än att gissa.',
  'reply.why_broke.cable_unplugged':
    'Det räcker att kontakten sitter lite löst – då tappar routern kontakten med vårt nät. Oftast får den ett litet ryck när man flyttar eller städar bakom; sitter den i ordentligt (eller är iskruvad hela vägen) så sitter den kvar.',
  'reply.why_broke.optical_power_low':
    'För lite ljus når fram till din fiberbox. Oftast beror det på en smutsig eller skarpt böjd fiberkabel eller kontakt, mer sällan en skada utomhus, till exempel vid grävning. Teknikern mäter längs fibern och hittar var.',
  'reply.why_broke.fiber_los':
    'Inget ljus alls når fram till din fiberbox, så fibern är av eller urkopplad någonstans – inomhus, till exempel en kabel som dragits ut eller böjts, eller utomhus, till exempel efter grävning. Teknikern hittar var.',
  'reply.why_broke.docsis_power_out_of_range':
    'Signalnivån i ditt kabel-tv-uttag ligger utanför det tillåtna – oftast en lös eller sliten kontakt, en fördelare eller en förstärkare i huset. Teknikern justerar det.',
  'reply.why_broke.dsl_low_snr':
    'Din telefonledning är störd – ofta ett filter (splitter) som saknas eller är trasigt, ett löst jack eller en gammal förlängningssladd, ibland ledningen utomhus.',
  'reply.why_broke.speed_wifi_limited':
    'Linjen ger full hastighet fram till routern; wifi:t mellan routern och din enhet är långsammare – avstånd, väggar och det långsammare 2,4 GHz-bandet drar ner farten.',
  'reply.why_broke.wifi_weak_signal':
    'En wifi-signal blir svagare med avståndet och genom väggar, golv och skåp, så ett rum långt från routern får bara svag signal.',
  'reply.why_broke.speed_line_degraded':
    'Hastigheten fram till din router ligger långt under ditt abonnemang fast linjen ser frisk ut; våra andralinjetekniker hittar orsaken i vårt nät.',
  'reply.why_broke.hardware_failure':
    'Routern rapporterar själv ett maskinvarufel – delar slits, ibland efter en spänningstopp. Det är inget du har gjort.',
  'reply.why_broke.cpe_powered_off':
    'Routern hade ingen ström – oftast en kontakt som dragits ut, en grenkontakt som stängts av eller strömknappen som tryckts in av misstag.',
  'reply.router_blame.cpe_powered_off':
    'Nej – routern är inte trasig: den hade ingen ström eller var avstängd, och när den är på fungerar den som den ska.',
  'reply.router_blame.speed_wifi_limited':
    'Nej, routern är inte boven: mitt test mätte full hastighet ända fram till den. Det som bromsar är wifi:t mellan routern och din enhet.',
  'reply.router_blame.wifi_weak_signal':
    'Nej – routern fungerar som den ska; wifi-signalen når bara inte så långt genom väggarna.',
  'reply.router_blame.wifi_channel_congestion':
    'Nej – routern fungerar; dess wifi delar en trång kanal med grannarnas nätverk, och det är det som gör det långsamt.',
  'reply.router_blame.speed_line_degraded':
    'Nej – hastigheten är för låg redan fram till routern, så felet ligger före routern och en ny router skulle inte ändra det.',
  'reply.router_blame.dsl_low_snr':
    'Nej – routern är hel; telefonledningen in till den är störd, och det gör anslutningen instabil.',
  'reply.router_blame.optical_power_low':
    'Nej – routern är hel; för lite ljus når fram till din fiberbox genom fibern eller dess kontakter.',
  'reply.router_blame.fiber_los':
    'Nej – routern är hel; inget ljus når fram till din fiberbox, så felet ligger på fiberlinjen.',
  'reply.router_blame.docsis_power_out_of_range':
    'Nej – modemet är helt; signalnivån i ditt kabel-tv-uttag ligger utanför det tillåtna.',
  'reply.router_blame.cable_unplugged':
    'Nej – själva routern är hel; en kabel till den satt löst eller var urdragen.',
  'reply.router_blame.dns_misconfigured':
    'Bara en av dess inställningar: routerns DNS-inställning var fel. Själva routern är hel.',
  'reply.router_blame.ppp_auth_failure':
    'Bara en av dess inställningar: routerns inloggningsuppgifter mot vårt nät stämde inte längre. Själva routern är hel.',
  'reply.router_blame.wifi_radio_disabled':
    'Bara en inställning: wifi:t var avstängt i routern. Själva routern är hel.',
  'reply.router_blame.cpe_hung':
    'Den är inte trasig: routern hade hängt sig – den slutade skicka trafik efter att ha varit igång länge – och en omstart rättar det.',
  'reply.router_blame.firmware_bug_drops':
    'Nej – själva routern är inte trasig, så du behöver ingen ny: dess programvara har ett känt fel som tappar anslutningen, och uppdateringen rättar det.',
  'reply.router_blame.hardware_failure':
    'Ja – routern rapporterar själv ett maskinvarufel. Det är vår utrustning, och vi byter den kostnadsfritt.',
  // "betyder det att den är trasig?" vid omstarten av en router som rapporterar maskinvarufel: svaras innan något görs.
  'reply.router_blame.consent.cpe_reboot.hardware_failure':
    'Ja, troligen – routern rapporterar själv ett maskinvarufel. Jag startar om den en gång för att vara säker; hjälper det inte byter vi den utan kostnad.',
  'reply.router_blame.area_outage': 'Nej – felet ligger i vårt nät i ditt område, inte i din router.',
  'reply.router_blame.billing_suspended':
    'Nej – routern är hel; anslutningen är pausad på grund av en obetald faktura.',
  'reply.for_good':
    'Det bör det: det jag ändrade tar bort orsaken jag hittade. Skulle det komma tillbaka skriver du bara här med ditt ärendenummer, så tar jag tag i det.',
  'reply.for_good.consent.wifi_channel_change':
    'Det bör hjälpa länge: jag flyttar det till den lugnaste kanalen just nu. Om grannarnas nätverk trängs dit senare kan det komma tillbaka – skriv då bara här, så flyttar jag det igen.',
  'reply.for_good.wifi_channel_change':
    'Det bör hjälpa länge: det ligger på den lugnaste kanalen just nu. Om grannarnas nätverk trängs dit senare kan det komma tillbaka – skriv då bara här, så flyttar jag det igen.',
  'reply.for_good.firmware_bug_drops':
    'Det bör det: uppdateringen tar bort det kända felet bakom avbrotten för gott. Tappar den igen skriver du bara här, så tittar jag vidare.',
  'reply.for_good.cpe_hung':
    'Oftast ja: efter en omstart går en router normalt länge. Händer det ofta, skriv här så tittar vi på att byta den.',
  'reply.already_restarted': 'Tack, bra att veta – jag har antecknat det.',
  'reply.already_restarted.consent.cpe_reboot':
    'Tack – en omstart härifrån är ändå värd att göra: den rensar det som byggts upp sedan dess, och jag kan kontrollera resultatet direkt.',
  'defer.consent':
    'Självklart, det kan vänta. Skriv ”kör” här när det passar så gör jag det då – det tar bara några minuter.',
  'defer.again': 'Inga problem – inget händer förrän du säger till. Skriv bara ”kör” när du är redo.',
  'confirm.seen':
    'Bra – syns nätet i telefonen är wifi:t tillbaka. Era andra enheter hittar det igen av sig själva när de är inom räckhåll.',
  'confirm.later':
    'Okej – det jag ändrade är på plats. Prova när du kan; fungerar det inte som det ska skriver du bara här igen så fortsätter jag där vi är.',
  'confirm.later.looks_ok':
    'Bra att det ser rätt ut hittills – det jag ändrade är på plats. Prova ordentligt när du kan; krånglar det igen skriver du bara här så fortsätter jag där vi är.',
  'confirm.new_need.portal_password':
    'Då ger jag dig ett tillfälligt lösenord till {portal}, så att du kan logga in och välja ett nytt.',
  'confirm.new_need.wifi_password': 'Då sätter jag ett nytt wifi-lösenord åt dig.',
  'repair.move_device':
    'Du behöver inte flytta några möbler – ta bara med själva enheten (datorn eller mobilen) till routern en minut och se hur wifi:t är där. Säg ”klart” när du har provat, eller ”det kan jag inte” om det inte går.',
  'repair.move_device.router':
    'Routern kan stå kvar där den är – det är enheten (datorn eller mobilen) som ska till routern en minut, så ser vi hur wifi:t är där. Säg ”klart” när du har provat, eller ”det kan jag inte” om det inte går.',
  'rename.objection': 'Förlåt, det var fel av mig.',
  'rename.name_taken': 'Självklart – ”{name}”, precis som du skrev det.',
  'rename.name_is':
    'Ditt nätverk heter nu ”{name}”, precis så. Visar en enhet ett annat namn är det det gamla nätverket den minns: välj ”{name}” i dess wifi-lista.',
  'rename.again': 'Förlåt – jag sätter det precis som du skrev det.',
  'repair.objection': 'Förlåt om jag uttryckte mig otydligt. Säg vad som inte stämmer så rättar jag det.',
  'rename.instead':
    'Förlåt, jag missförstod – du vill byta namn på nätverket, inte lösenordet. Lösenordet lämnar jag som det är.',
  'advice.wifi_weak_signal':
    'Inga problem. Wifi blir svagare för varje vägg och våning, så det här hjälper: ställ routern centralt och öppet, gärna högt och inte i ett skåp eller i källaren; eller sätt en mesh-punkt eller wifi-förstärkare halvvägs till där enheten är. När du kan, testa med enheten bredvid routern – fungerar det bra där är avståndet orsaken. Tappar den fortfarande efter det skriver du bara till oss här igen.',
  'advice.wifi_weak_signal.far':
    'Då är avståndet den troliga orsaken: wifi blir svagare för varje vägg och våning. Det här hjälper: flytta routern till en mer central och öppen plats, gärna högt och inte i ett skåp eller i källaren; eller sätt en mesh-punkt eller wifi-förstärkare halvvägs till det rummet. När du kan, testa med enheten bredvid routern – fungerar det bra där är avståndet orsaken. Tappar den fortfarande efter det skriver du bara till oss här igen.',
  'resolved.unconfirmed': 'Ditt ärende {reference} är avslutat.',
  'advice.elsewhere.closing':
    'Då avslutar jag ärendet som det är: din linje och router fungerar som de ska, och nära routern går det bra. Längre bort är det rådet jag gav som hjälper – var routern står, eller en mesh-enhet halvvägs.',
  'advice.wifi_key_sticker.sticker_gone':
    'När klistermärket är borta går den gamla nyckeln inte att läsa av på routern – ber en enhet om wifi-lösenordet och du inte har det skriver du bara här, så sätter jag ett nytt åt dig.',
  'advice.wifi_key_sticker':
    'Om wifi-lösenordet aldrig har ändrats är det ”Wi-Fi-nyckeln” på klistermärket under routern. Fungerar den inte skriver du bara här så sätter jag ett nytt åt dig.',
  'advice.restart_yourself':
    'Då kan du starta om den själv när det passar: stäng av routern, vänta tio sekunder och slå på den igen; den är tillbaka inom ett par minuter. Fungerar internet fortfarande inte efter det skriver du bara här igen.',
  'advice.wifi_channel_declined':
    'Då är 5 GHz-nätet bästa vägen runt det – färre grannar använder det, så det håller farten nära routern. Är kvällarna fortfarande sega skriver du bara här så kan jag flytta kanalen då.',
};
