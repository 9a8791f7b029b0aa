// Svenska svar på frågor efter ärendets utfall som ärendet självt kan besvara
// (src/agent/after-answers.ts), och avbokning av ett teknikerbesök.
import type { afterEn } from './after-en.js';

export const afterSv: Record<keyof typeof afterEn, string> = {
  // "kan jag byta namn på wifit nån gång? inte nu": hur det går till och att de kan skriva när som helst – inget nu.
  'after.later.rename':
    'Ja, när det passar dig: skriv hit eller starta en ny chatt, säg vad nätet ska heta, så byter jag namnet härifrån på en minut. Lösenordet är detsamma; varje enhet väljer sedan det nya namnet en gång. Inget ändras förrän dess.',
  'after.later.wifi_password':
    'Ja, när det passar dig: skriv hit eller starta en ny chatt, så sätter jag ett nytt wifi-lösenord härifrån på en minut. Varje enhet behöver sedan det nya lösenordet en gång. Inget ändras förrän dess.',
  'after.later':
    'Ja, när det passar dig: skriv hit eller starta en ny chatt, så gör jag det härifrån – det tar bara en minut eller två. Inget ändras förrän dess.',
  'after.key_just_set':
    'Det nya wifi-lösenordet är det jag gav dig ovan här i samtalet: anslut varje enhet med det. Vill du hellre ha ett annat säger du bara till, så sätter jag det.',
  'after.security.wps_off':
    'WPS är avstängt i din router – jag kontrollerade det i säkerhetstestet i det här ärendet.',
  'after.security.wps_off.all_ok':
    'WPS är avstängt i din router – jag kontrollerade det tillsammans med adminlösenordet och wifi-krypteringen, och alla tre ser bra ut nu.',
  'after.security.wps_on':
    'WPS är påslaget i din router. Det låter en enhet ansluta med ett knapptryck; använder du det inte kan du stänga av det på routerns adminsida (192.168.1.1) under Wifi → WPS, med ditt adminlösenord.',
  'after.security.ok':
    'Min senaste säkerhetskontroll av din router ser bra ut: adminlösenordet är inte fabrikslösenordet, WPS är avstängt och wifit är krypterat.',
  'after.security.issues': 'Min senaste säkerhetskontroll av din router visar fortfarande: {issues}.',
  'after.security.item.security.default_admin_password': 'adminlösenordet är fortfarande fabrikslösenordet',
  'after.security.item.security.wps_enabled': 'WPS är påslaget',
  'after.security.item.security.open_wifi': 'wifit har inget lösenord',
  'after.security.unchecked':
    'Jag testade inte routerns säkerhetsinställningar i det här ärendet, så jag kan inte säga säkert. Du ser dem på routerns adminsida (192.168.1.1) under Wifi.',
  'after.cause.ppp_auth_failure':
    'Varför det hände: inloggningsuppgifterna i routern stämde inte längre med våra. Det händer oftast efter en ändring eller uppdatering hos oss eller en återställning av routern – inget du har gjort.',
  'after.cause.dns_misconfigured':
    'Varför det hände: routern hade andra DNS-inställningar än våra – oftast efter en återställning, en uppdatering eller en ändring på dess adminsida.',
  'after.cause.wifi_radio_disabled':
    'Varför det hände: wifit hade stängts av i routern – ofta ett tryck på wifi-knappen, en återställning eller en inställning på adminsidan.',
  'after.cause.cpe_hung':
    'Varför det hände: routern hade hängt sig – det händer ibland alla routrar som står på länge.',
  'after.cause.wifi_channel_congestion':
    'Varför det hände: många grannars nät låg på samma wifi-kanal som ditt och störde varandra.',
  'after.cause.firmware_bug_drops':
    'Varför det hände: routerns programvara hade ett känt fel som fick den att tappa anslutningen.',
  'after.cause.cable_unplugged':
    'Varför det hände: kabeln hade lossnat, så routern hade ingen kontakt med vårt nät.',
  'after.cause.cpe_powered_off': 'Varför det hände: routern hade ingen ström – avstängd eller urkopplad.',
  'after.cause.wifi_weak_signal':
    'Varför det hände: wifi-signalen blir svagare med avstånd och väggar mellan dig och routern.',
  'after.recurrence':
    'Händer det igen skriver du bara här – eller startar en ny chatt och anger ärende {reference} – så tittar jag på det direkt, med det vi gjorde i dag framför mig.',
  'after.recurrence.firmware_bug_drops':
    'Uppdateringen tar bort den kända buggen som orsakade avbrotten, så de bör sluta nu.',
  'after.recurrence.wifi_channel_congestion':
    'Trängseln är värst på kvällen, så det är i kväll det märks – ditt wifi ligger nu på en lugnare kanal.',
  'after.recurrence.cpe_hung':
    'Omstarten löste upp låsningen i routern, så den bör inte komma tillbaka i första taget.',
  'after.recurrence.dns_misconfigured':
    'Routern använder nu våra DNS-inställningar, och de ligger kvar om ingen ändrar dem.',
  'after.recurrence.ppp_auth_failure':
    'Routern har nu rätt inloggningsuppgifter mot vårt nät, och de ligger kvar.',
  'after.recurrence.wifi_weak_signal':
    'Signalen beror på avstånd och väggar: ställ routern fritt, högt upp och så centralt du kan.',
  'after.recurrence.wifi_radio_disabled':
    'Wifit är påslaget igen och förblir det om ingen stänger av det i routern.',
  'after.recurrence.cable_unplugged':
    'Det händer inte igen så länge kabeln sitter i – inget är trasigt. Dra den gärna där den inte rycks eller stöts loss (bakom möbler i stället för över golvet); försvinner anslutningen igen, kontrollera först att den sitter ordentligt i båda ändar.',
  'after.recurrence.cpe_powered_off':
    'Det händer inte igen så länge kontakten sitter i – det är inget fel på själva routern. Sätt den gärna i ett uttag där den inte dras ut eller stängs av av misstag (inte en grenkontakt som brukar slås av); slocknar lamporna någon gång, kontrollera först att den är inkopplad och påslagen.',
  'after.recurrence.dsl_low_snr':
    'Nu när filtret (splittern) och kablarna sitter ordentligt stör telefonen inte linjen längre, så samtal ska inte få anslutningen att tappa igen. Skulle den tappa när telefonen används skriver du bara här, så tittar våra linjetekniker på det.',
  'after.recurrence.handoff':
    'Händer det igen innan {ourTeam} hör av sig skriver du bara här: det hamnar direkt i ärende {reference}, så att de ser det också.',
  'after.device_button':
    'En skrivare eller annan enhet utan skärm ansluter oftast med WPS: håll in dess wifi- eller WPS-knapp (på många HP-skrivare knappen med wifi-symbolen) tills lampan blinkar, och tryck sedan på WPS-knappen på routern inom två minuter. Om routern inte reagerar använder du enhetens egen app eller meny (HP Smart för HP-skrivare): välj ditt wifi-nät där och skriv in lösenordet.',
  'after.device_button.new_password':
    'En skrivare eller annan enhet utan skärm ansluter oftast med WPS: håll in dess wifi- eller WPS-knapp (på många HP-skrivare knappen med wifi-symbolen) tills lampan blinkar, och tryck sedan på WPS-knappen på routern inom två minuter – inget lösenord att skriva. Om routern inte reagerar använder du enhetens egen app eller meny (HP Smart för HP-skrivare): välj ditt wifi-nät där och skriv in det nya lösenordet som jag gav dig ovan.',
  'after.connect_device':
    'På tv:n eller den andra enheten: öppna Inställningar → Nätverk (eller Wifi), välj ditt wifi-nätverk och skriv in lösenordet. Ligger den kvar på de gamla uppgifterna och frågar aldrig, välj ”Glöm nätverket” först (eller stäng av och slå på enheten) och välj sedan ditt nätverk igen.',
  'after.connect_device.new_password':
    'På tv:n eller den andra enheten: öppna Inställningar → Nätverk (eller Wifi), välj ditt wifi-nätverk och skriv in det nya lösenordet som jag gav dig ovan – du behöver inget nytt. Kommer tv:n ihåg det gamla lösenordet och frågar aldrig, välj ”Glöm nätverket” först (eller stäng av och slå på tv:n) och välj sedan ditt nätverk igen.',
  'after.rename_done':
    'Ja – ditt wifi-nätverk heter nu ”{name}” (ärende {reference}). Det kan ta en minut innan det nya namnet syns i wifi-listan, och varje enhet behöver ansluta till det en gång, med samma lösenord som förut.',
  'after.rename_done.five_ghz':
    'Ja – namnbytet gällde båda banden: ditt 5 GHz-nät heter nu också ”{name}”, precis som 2,4 GHz-nätet (ärende {reference}). Det gamla namnet med ”5G” på slutet försvinner ur wifi-listan inom någon minut; enheterna väljer bandet själva. Vill du ha ett eget namn för 5 GHz säger du bara till.',
  'after.rename_done.unnamed':
    'Ja – ditt wifi-nätverk har fått sitt nya namn (ärende {reference}). Det kan ta en minut innan det syns i wifi-listan, och varje enhet behöver ansluta till det en gång, med samma lösenord som förut.',
  'after.connect_device.new_name':
    'På tv:n eller den andra enheten: öppna Inställningar → Nätverk (eller Wifi), välj ditt wifi-nätverk under sitt nya namn och skriv in samma lösenord som förut.',
  'after.connect_device.same':
    'Nej – ditt wifi-nätverk har kvar sitt namn och lösenord, så dina enheter, även tv:n och mobilerna, ansluter igen av sig själva. Gör någon inte det, stäng av och slå på dess wifi.',
  'after.other_passwords':
    'Det är en klok försiktighetsåtgärd: byt lösenord på de viktiga konton du har använt via det här nätverket – e-post, bank och sociala medier först – och slå på tvåstegsinloggning där det går.',
  'after.police_report':
    'En polisanmälan behövs normalt inte för att någon har använt ditt wifi. Har något tagits eller missbrukats – ett konto, pengar – ska du anmäla det till polisen.',
  'after.police_report.security':
    'En polisanmälan behövs normalt inte: med de nya wifi- och administratörslösenorden kommer ingen annan in. Har något tagits eller missbrukats – ett konto, pengar – ska du anmäla det; vår säkerhetsavdelning följer också upp ditt ärende.',
  'after.devices_out':
    'Ja – den som bara hade det gamla wifi-lösenordet (en granne också) är ute ur ditt nätverk nu och kommer inte in igen; bara de enheter du ansluter med det nya lösenordet finns i det – även din egen tv och skrivare behöver det en gång.',
  'after.other_passwords.security': 'Vår säkerhetsavdelning kan ge dig fler råd när de hör av sig.',
  'after.service_back.eta':
    'Felet i ditt område beräknas vara åtgärdat {eta}; då kommer ditt internet tillbaka av sig självt, utan att du behöver göra något. Jag skriver till dig här när det är åtgärdat.',
  'after.service_back.eta.handoff':
    'Felet i ditt område beräknas vara åtgärdat {eta}; då kommer ditt internet tillbaka av sig självt, utan att du behöver göra något. {team} återkommer ändå till dig här inom {when} om resten.',
  'after.service_back.outage':
    'Våra tekniker arbetar med felet i ditt område; det finns ingen tidsuppskattning än. Ditt internet kommer tillbaka av sig självt när det är åtgärdat.',
  'after.line_or_wifi.line':
    'Det är linjen, inte ditt wifi: mitt hastighetstest fram till routern mätte {measured} av de {plan} Mbit/s som ingår i ditt abonnemang, innan wifit ens kommer in. Det är det {ourTeam} tittar på.',
  'after.line_or_wifi.wifi':
    'Din linje ger full hastighet fram till routern i mitt test, så det sega ligger i wifit – avstånd, väggar och 2,4 GHz-bandet är de vanliga orsakerna. Nära routern, eller på 5 GHz, bör det gå mycket fortare.',
  'after.call_number':
    'Kundtjänstens telefonnummer står på vår webbplats under Kontakt och på dina fakturor. I telefon kan de hjälpa dig även utan PIN-koden.',
  'after.contact_myself':
    'Nej, det behöver du inte: {team} har ärende {reference} och återkommer till dig här inom {when}. Vill du lägga till något skriver du det bara här.',
  'after.contact_myself.outage':
    'Nej, du behöver inte göra något – ditt ärende {reference} ligger öppet tills avbrottet är åtgärdat, och jag skriver till dig här när det är klart.',
  'after.contact_myself.closed':
    'Nej, du behöver inte göra något mer – ditt ärende {reference} är avslutat. Dyker något upp skriver du bara här.',
  'after.intruder_now.unverified':
    'Tills jag kan verifiera dig kan jag inte ändra något i routern, men du kan stänga ute alla direkt själv: dra ur routerns strömsladd – ingen kan använda ditt nätverk medan den är avstängd. PIN-koden står i välkomstbrevet du fick när du blev kund, och på {portal}. Så fort du har den skriver du till oss med den, så sätter vi ett nytt wifi-lösenord och ett nytt adminlösenord och skickar ärendet till vår säkerhetsavdelning.',
  'after.intruder_now.pin':
    'Du kan stänga ute alla direkt själv: dra ur routerns strömsladd – ingen kan använda ditt nätverk medan den är avstängd. PIN-koden står i välkomstbrevet du fick när du blev kund, och på {portal}. Så fort du ger mig den här sätter jag ett nytt wifi-lösenord och ett nytt adminlösenord i din router.',
  'after.intruder_now.security':
    'Tror du att någon fortfarande är inne i ditt nätverk, dra ur routerns strömsladd – då kopplas alla bort på en gång. De nya wifi- och adminlösenorden jag satte gäller, så den som bara kunde de gamla är utestängd. {team} har ärende {reference} och återkommer till dig inom {when}.',
  'visit.cancelled':
    'Uppfattat – jag har noterat i ärende {reference} att du inte vill ha något teknikerbesök, så våra fälttekniker bokar inget. Felet vi hittade finns dock kvar: fortsätter problemet skriver du bara här, så kan vi boka ett besök igen.',
  'visit.cancelled.stays':
    'Ditt teknikerbesök är fortfarande avbokat, så ingen kommer hem till dig (ärende {reference}). Finns problemet kvar skriver du bara här, så bokar jag ett nytt besök åt dig.',
  'visit.cancelled.again':
    'Ja – det är noterat i ärende {reference}: inget teknikerbesök. Ingen kommer hem till dig, och ditt abonnemang är precis som förut.',
  'visit.none':
    'Det finns inget teknikerbesök bokat i ditt ärende {reference}, så ingen kommer hem till dig.',
  'after.own_wifi_password':
    'Ja, du kan byta wifi-lösenordet till ett eget: på en enhet som är ansluten till ditt hemnätverk öppnar du webbläsaren och går till 192.168.1.1, loggar in med adminlösenordet (det står på routerns klistermärke om du inte har bytt det) och byter det under Wifi. Ta minst 8 tecken, gärna några ord du kommer ihåg. Alla wifi-enheter behöver sedan det nya lösenordet en gång.',
  'after.router_login':
    'På en enhet som är ansluten till ditt hemnätverk (wifi eller kabel) öppnar du webbläsaren och går till 192.168.1.1. Logga in med routerns adminlösenord – har du inte bytt det står det på klistermärket på routern. Där hittar du wifi-namn och lösenord, portöppningar och övriga inställningar.',
  'after.router_login.admin_password_change':
    'Inställningssidan finns i själva routern: på en enhet som är ansluten till ditt hemnätverk (wifi eller kabel) öppnar du webbläsaren och skriver 192.168.1.1 i adressfältet. Logga in med användarnamnet admin och det nya adminlösenordet som jag gav dig ovan {here} – inte längre det på klistermärket. Där hittar du wifi-namn och lösenord, portöppningar och övriga inställningar.',
  'after.own_speed_test':
    'Tack – ditt test visar {reported} Mbit/s. Mitt test till din router mätte {measured} Mbit/s, och ditt abonnemang är {plan}: båda ligger långt under det, så båda pekar på samma fel på linjen, inte på din dator.',
  'after.own_speed_test.handoff':
    'Tack – ditt test visar {reported} Mbit/s, och jag har lagt till det i ärende {reference}. Mitt test till din router mätte {measured} Mbit/s, och ditt abonnemang är {plan}: båda ligger långt under det, så båda pekar på linjefelet som {ourTeam} tittar på, inte på din dator.',
  'after.my_plan': 'Ditt abonnemang är {down}/{up} Mbit/s (ned/upp).',
  'after.my_plan.wifi':
    'Över wifi får man sällan ut allt – avståndet, väggarna och själva enheten tar sin del, och hälften eller mindre är vanligt; en dator med nätverkskabel kommer närmast abonnemangets hastighet.',
  'after.my_plan.below':
    'Testet fram till din router kom upp i {measured} Mbit/s, långt under de {down} Mbit/s som ingår i ditt abonnemang.',
  'after.my_plan.below.handoff':
    'Testet fram till din router kom upp i {measured} Mbit/s, långt under de {down} Mbit/s som ingår i ditt abonnemang – det är det som {ourTeam} tittar på.',
  'after.wifi_range':
    'Det är vanligt och oftast inget fel: wifi blir svagare med avståndet och med varje vägg eller bjälklag mellan routern och enheten, särskilt på det snabbare 5 GHz-bandet. Prova så här: ställ routern högt och fritt, inte i ett skåp; i rummet långt bort använder du 5 GHz-nätet om det når fram, annars 2,4 GHz-nätet som når längre; i en stor bostad hjälper ett mesh-system eller en förstärkare. Är det fortfarande segt där efter det skriver du här, så tittar jag på det.',
  'after.cause.outage':
    'Det är {what}. Våra tekniker lagar det; någon tid för när det är klart har jag inte än, och jag skriver till dig här så fort det är åtgärdat.',
  'after.cause.outage.eta':
    'Det är {what}. Våra tekniker lagar det och räknar med att det är åtgärdat {eta}; jag skriver till dig här så fort det är klart.',
  'after.eta_late':
    'Om lagningen drar ut på tiden uppdaterar vi den beräknade tiden och skriver till dig här direkt. Ditt ärende är kopplat till felet, så du behöver inte höra av dig igen.',
  'after.cause.outage.handoff':
    'Det är {what}. Våra tekniker lagar det; någon tid för när det är klart har jag inte än. Då kommer ditt internet tillbaka av sig självt, och {team} svarar dig här inom {when} om resten.',
  'after.cause.outage.eta.handoff':
    'Det är {what}. Våra tekniker lagar det och räknar med att det är åtgärdat {eta}; då kommer ditt internet tillbaka av sig självt, och {team} svarar dig här inom {when} om resten.',
  'after.eta_late.handoff':
    'Om lagningen drar ut på tiden uppdateras den beräknade tiden. {team} har ditt ärende {reference} och svarar dig här inom {when}, så du behöver inte höra av dig igen.',
  'after.eta_check.handoff':
    'Vi räknar med att det är åtgärdat {eta}, om lagningen går som planerat; då kommer ditt internet tillbaka av sig självt, utan att du behöver göra något.',
  'after.eta_check':
    'Vi räknar med att det är åtgärdat {eta}, om lagningen går som planerat. Jag skriver till dig här så fort det är klart.',
  'after.eta_promise.outage':
    'Nej, {eta} är vår uppskattning, inget löfte: en lagning kan ta längre tid, eller gå fortare. Jag skriver till dig här så fort det är åtgärdat.',
  'after.eta_promise.outage.none':
    'Vi har ingen tid för det än, så något löfte kan jag inte ge. Jag skriver till dig här så fort det är åtgärdat.',
  'after.eta_promise.outage.handoff':
    'Nej, {eta} är vår uppskattning, inget löfte: en lagning kan ta längre tid, eller gå fortare. Ditt internet kommer tillbaka av sig självt när det är lagat, utan att du behöver göra något.',
  'after.eta_promise.outage.none.handoff':
    'Vi har ingen tid för det än, så något löfte kan jag inte ge. Ditt internet kommer tillbaka av sig självt när det är lagat, utan att du behöver göra något.',
  'after.do_when_fixed.outage':
    'Nej, ingenting: när felet är lagat kommer internet tillbaka av sig självt. Är det inte tillbaka inom en kvart efter det, starta om routern då.',
  'after.which_fault.outage':
    'Det är driftstörningen ({what}): din router når inte vårt nät på grund av den. Lamporna du beskriver – internetlampan släckt, orange eller röd – är precis vad vi väntar oss då; inget hemma hos dig är trasigt.',
  'after.light_outage.outage':
    'Ja – lampan visar bara att modemet inte har kontakt med vårt nät på grund av avbrottet. Modemet är inte trasigt, och lampan blir som vanligt igen när felet är åtgärdat.',
  'after.mobile_data.outage':
    'Nej, 4G i mobilen är ett eget nät och ingår inte i det här felet. Det kan vara segt nu för att många grannar använder mobildata medan deras bredband ligger nere.',
  'after.refund_amount':
    'Beloppet bestämmer vår fakturaavdelning. Oftast blir det ett avdrag i proportion till hur länge tjänsten låg nere – för ett helt dygn ungefär en dags andel av månadsavgiften.',
  'after.hotspot_cost':
    'Att använda mobilen som surfzon drar av din mobildata, så vad det kostar beror på ditt mobilabonnemang; vi tar inget betalt för det.',
  'outage.noted.again':
    'Mer än det jag har berättat vet jag inte om det: felet är i vårt nät och våra tekniker lagar det. Ditt meddelande finns i ärende {reference}, och jag skriver till dig här så fort felet är åtgärdat.',
  'handoff.noted.again':
    'Det kan jag inte svara på själv. {team} ser dina meddelanden i ärende {reference} och svarar dig här.',
  'not_customer.noted.again':
    'Mer än så kan jag inte säga härifrån – det beror på adressen. Vår säljavdelning har din fråga i ärende {reference} och ger dig ett tydligt besked när de hör av sig.',
  'after.cause.outage.again':
    'Det jag vet är detta: det är {what}, och våra tekniker lagar det. Mer detaljer än så har jag inte; jag skriver till dig här så fort det är åtgärdat.',
  'after.cause.outage.eta.again':
    'Det jag vet är detta: det är {what}, våra tekniker lagar det och {eta} är fortfarande den beräknade tiden. Mer detaljer än så har jag inte; jag skriver till dig här så fort det är åtgärdat.',
  'after.invoice_line':
    'Fakturans rader ser jag inte härifrån, men det gör vår fakturaavdelning. Jag har skrivit i ärende {reference} att det gäller {amount} mer än vanligt och vad du tror att det är, så förklarar de raden och rättar den om den är fel.',
  'handoff.complaint':
    'Förlåt att jag inte kunde svara på allt här. {team} har ärende {reference} med allt du har skrivit och svarar dig här inom {when}.',
  'outage.complaint':
    'Förlåt att det drar ut på tiden. Ditt ärende {reference} är kopplat till felet, och jag skriver till dig här så fort det är åtgärdat.',
  'handoff.times_quoted':
    'Noterat: ”{times}” – det står i ärende {reference}, så {ourTeam} planerar efter det.',
  'closed.contact_noted.call':
    'Noterat: du vill hellre bli uppringd nästa gång. Jag har skrivit det i ärende {reference}, så mina kollegor ser det.',
  'closed.contact_noted.call.number':
    'Noterat: du vill hellre bli uppringd nästa gång, på {phone}. Jag har skrivit det i ärende {reference}, så mina kollegor ser det.',
  'closed.contact_noted.text':
    'Noterat: du vill hellre ha ett sms nästa gång. Sms kan jag inte skicka härifrån själv, men det står i ärende {reference}, så mina kollegor ser det.',
  'closed.contact_noted.text.number':
    'Noterat: du vill hellre ha ett sms nästa gång, på {phone}. Sms kan jag inte skicka härifrån själv, men det står i ärende {reference}, så mina kollegor ser det.',
  'closed.contact_noted.email':
    'Noterat: du vill hellre ha ett mejl nästa gång. Jag har skrivit det i ärende {reference}, så mina kollegor ser det.',
  'handoff.contact_noted.call':
    'Jag har skrivit i ärende {reference} att du hellre blir uppringd, så {ourTeam} ser det. Ska de ringa ett annat nummer än det som står på ditt konto, skriv det här.',
  'handoff.contact_noted.call.number':
    'Jag har skrivit i ärende {reference} att du hellre blir uppringd, på {phone}, så {ourTeam} ser det.',
  'handoff.contact_noted.text':
    'Sms kan jag inte skicka härifrån själv, men jag har skrivit i ärende {reference} att du hellre vill ha ett sms, så {ourTeam} ser det.',
  'handoff.contact_noted.email':
    'Jag har skrivit i ärende {reference} att du hellre vill ha ett mejl, så {ourTeam} ser det.',
  'handoff.contact_corrected.call':
    'Förlåt, mitt misstag – du bad inte om att bli uppringd. Jag har rättat det i ärende {reference}, så {ourTeam} vet att de inte ska ringa dig om det.',
  'handoff.contact_corrected.text':
    'Förlåt, mitt misstag – du bad inte om sms. Jag har rättat det i ärende {reference}, så {ourTeam} vet det.',
  'handoff.contact_corrected.email':
    'Förlåt, mitt misstag – du bad inte om mejl. Jag har rättat det i ärende {reference}, så {ourTeam} vet det.',
  'handoff.contact_refused.call':
    'Noterat – jag har skrivit i ärende {reference} att du inte vill bli uppringd.',
  'handoff.contact_refused.text': 'Noterat – jag har skrivit i ärende {reference} att du inte vill ha sms.',
  'handoff.contact_refused.email': 'Noterat – jag har skrivit i ärende {reference} att du inte vill ha mejl.',
  'handoff.contact_noted.linked':
    'Jag har skrivit i ärende {linked} att du hellre vill ha {way}, så att {team} kan nå dig på det sättet.',
  'contact.way.call': 'ett samtal',
  'contact.way.text': 'ett sms',
  'contact.way.email': 'ett mejl',
  'handoff.phone_received':
    'Ja – jag har ditt nummer {phone} i ärende {reference}, så {ourTeam} kan ringa dig på det.',
  'handoff.phone_missing':
    'Jag har inte fått något nummer från dig i det här samtalet. Skriv det här så lägger jag in det i ärende {reference}.',
  'handoff.phone_noted':
    'Jag har noterat ditt nummer {phone} i ärende {reference}, så att {ourTeam} kan ringa dig om de behöver.',
  'after.was_hacked.security':
    'Troligast var det någon som hade det gamla wifi-lösenordet – en granne, till exempel, eller en enhet som fått det någon gång; med det nya lösenordet är de utestängda. Vårt säkerhetsteam tittar närmare på routern och säger till här om de hittar mer än så.',
  'summary.fixed_after_all': 'Löst: {fix} löste felet – kunden bekräftade efteråt att allt fungerar.',
  'withdrawn.fixed':
    'Vad bra att allt fungerar – då gjorde åtgärden sitt jobb. Jag har avslutat ärende {linked} som löst, så {team} kommer inte att kontakta dig om det.',
  'withdrawn.fixed.called_off':
    'Vad bra att allt fungerar – då gjorde åtgärden sitt jobb. Jag har dragit tillbaka ärende {linked} och avslutat det som löst, så {team} kommer inte att kontakta dig om det.',
  'summary.withdrawn.never_asked':
    'Återkallat: kunden bad aldrig om det här ärendet ({team}); det finns inget att göra.',
  'summary.withdrawn.not_needed':
    'Återkallat: kunden behöver inte längre det här ärendet ({team}); det finns inget att göra.',
  // "varför beskrev du hur routern ser ut? jag frågade inte om det": förlåt för den extra texten; ärendet ligger kvar.
  'complaint.extra_text': 'Förlåt – den delen var mer än du frågade om.',
  'complaint.extra_text.kept': 'Ditt ärende {linked} ligger kvar hos {team}, precis som förut.',
  'withdrawn.restored':
    'Förlåt – det var mitt fel. Ärende {linked} ligger hos {team} igen, med allt vi hittade, precis som förut; de hör av sig som utlovat.',
  'withdrawn.not_done':
    'Inget har dragits tillbaka: ditt ärende {linked} ligger kvar hos {team}, med allt vi hittade, och de hör av sig som utlovat.',
  'withdrawn.routed':
    'Förlåt, där läste jag fel – jag har dragit tillbaka ärende {linked}, så {team} hör inte av sig om det.',
  'withdrawn.declined':
    'Uppfattat – jag har dragit tillbaka ärende {linked}, så {team} hör inte av sig om det.',
  'withdrawn.settled':
    'Bra att det löste sig – jag har dragit tillbaka ärende {linked}, så {team} hör inte av sig om det.',
  'withdrawn.none.refund':
    'Inget har skickats till vår fakturaavdelning: jag strök begäran om avdrag när du sa det, och ingen hör av sig om den.',
  'withdrawn.none.invoice':
    'Förlåt, jag missförstod – det finns inget fakturaärende: inget har skickats till vår fakturaavdelning, och ingen hör av sig om det.',
  'withdrawn.nothing_open':
    'Det finns inget öppet att avbryta: inget av dina ärenden ligger hos något team, och ditt abonnemang är kvar som det är.',
  'withdrawn.none':
    'Ingenting har sagts upp eller skickats till säljavdelningen: ditt abonnemang är precis som förut, och ingen hör av sig om någon ändring.',
};
