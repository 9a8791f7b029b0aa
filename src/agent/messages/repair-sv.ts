// Swedish texts for turns that close or hand over a case in the customer's terms: a request carried
// out (nothing was broken), a technician visit the customer does not want, a question the catalogue
// has no answer for, and contact details for someone who is not a customer yet.
export const repairSv = {
  'ask.resolution.confirm.request': 'Blev allt som du ville nu?',
  'problem.wifi_rename': 'att byta namn på ditt wifi-nätverk',
  'reply.cannot_answer':
    'Det kan jag inte svara på själv, så jag har noterat din fråga i ärende {reference} – en kollega svarar dig här.',
  'why.confirm':
    'Det jag behöver veta nu är om problemet är borta efter det jag just gjorde, så att jag kan avsluta ärendet eller prova nästa sak.',
  'why.confirm.request':
    'Det jag behöver veta nu är om ändringen jag just gjorde blev som du ville – inget annat i din anslutning har ändrats.',
  'why.identity':
    'Innan jag kan titta på ditt abonnemang eller ändra något behöver jag veta att jag pratar med kontoinnehavaren.',
  'why.consent': 'Jag ändrar bara något i din router när du säger ja – det är ditt val.',
  'why.step':
    'Det här kan bara du göra vid routern, och det visar mig om felet finns hemma hos dig eller hos oss.',
  'why.config': 'Jag behöver de här uppgifterna för att göra ändringen i din router.',
  'reply.must_i.step':
    'Inte om du inte kan: det hjälper mig bara att se om felet sitter hemma hos dig eller hos oss. Går det inte, säg bara det så går vi vidare på ett annat sätt.',
  'reply.must_i.step.wired_test':
    'Nej – har du ingen nätverkskabel testar vi över wifi nära routern i stället. Säg bara till.',
  'reply.must_i.consent':
    'Det är upp till dig: jag ändrar bara något i din router när du säger ja. Det är det steg jag skulle ta för felet jag hittade, men säger du nej ändras ingenting.',
  'reply.move_router.step.move_closer':
    'Du behöver inte flytta routern – det räcker att du tar enheten närmare den för det här testet.',
  'reply.must_i.identity':
    'Ja, tyvärr: innan jag kan titta på ditt abonnemang eller ändra något behöver jag veta att jag pratar med den som har abonnemanget.',
  'why.availability':
    'Jag frågar så att teknikern kan nå dig en tid som passar dig; du kan också säga att du inte vill ha något besök.',
  'why.clarify': 'Ditt svar visar vilket av de två jag ska hjälpa dig med först.',
  'why.check': 'Ditt svar visar mig var jag ska leta efter felet.',
  'reply.are_you_bot':
    'Jag är Frontline, den automatiska supportteknikern – ingen människa. Jag kan testa och åtgärda det mesta själv direkt; vill du hellre ha en människa säger du bara det, så lämnar jag över.',
  'advice.wifi_limited.still_slow.one_network':
    'Då levererar din linje och router den hastighet du betalar för – det som bromsar är wifi:t. Din enhet är ansluten på 2,4 GHz-bandet, som är långsammare och mer trångt. Med ett enda nätverksnamn väljer routern band själv, och den tar 5 GHz när du är tillräckligt nära: ha därför gärna enheten i samma rum som routern, ställ routern fritt och använd kabel till enheter som behöver full hastighet. Inget hos oss behöver åtgärdas, så jag avslutar ärendet – skriv bara här om det fortfarande är segt nära routern.',
  'advice.wifi_limited.untested':
    'Vårt eget hastighetstest i din router når den hastighet du betalar för, så din linje och router levererar den – det som bromsar i din enhet är wifi:t, och det kan ingen tekniker göra snabbare härifrån. Din enhet är ansluten på det långsammare 2,4 GHz-bandet: nära routern, anslut den till 5 GHz-nätet (oftast samma namn med ”5G” eller ”5GHz” på slutet, samma lösenord), ställ routern fritt och centralt, och använd nätverkskabel till enheter som behöver full hastighet; längre bort hjälper en mesh-enhet. Inget hos oss behöver åtgärdas, så jag avslutar ärendet med de här råden – är ett hastighetstest nära routern på 5 GHz, eller med kabel, också långsamt, skriv här igen så tittar vi vidare.',
  'advice.wifi_limited.still_slow':
    'Då levererar din linje och router den hastighet du betalar för – det som bromsar är wifi:t. Din enhet är ansluten på 2,4 GHz-bandet, som är långsammare och mer trångt. Anslut den i stället till routerns 5 GHz-nät (oftast samma namn med ”5G” eller ”5GHz” på slutet; båda namnen står på etiketten under routern), ha den gärna i samma rum som routern och använd kabel till enheter som behöver full hastighet. Inget hos oss behöver åtgärdas, så jag avslutar ärendet – skriv bara här om det fortfarande är segt på 5 GHz.',
  'visit.remote':
    'En omstart eller återställning härifrån skulle inte laga det här: felet sitter i linjen eller i själva utrustningen, inte i en inställning, och det som går att göra på distans är gjort.',
  'visit.remote.fiber_los':
    'En omstart härifrån hjälper inte: inget ljus når din fiberbox, så felet sitter i själva fiberlinjen, inte i routern.',
  'visit.remote.optical_power_low':
    'En omstart härifrån hjälper inte: fibersignalen hem till dig är för svag, och det sitter i själva fibern, inte i routerns inställningar.',
  'visit.remote.hardware_failure':
    'Jag har redan startat om routern härifrån och felet kom tillbaka – routern är trasig och behöver bytas.',
  'escalated.field.no_visit':
    'Då bokar jag inget besök. Jag har lämnat ditt ärende till våra fälttekniker (ärende {reference}) med allt jag hittade, och noterat att du inte vill ha något besök nu. De kontaktar dig inom {when}, och ingen kommer utan att du har sagt ja.',
  'reply.five_ghz_name.wifi_ssid_change':
    'Namnbytet gällde båda banden: ditt 5 GHz-nät har nu samma nya namn som 2,4 GHz-nätet, så det gamla namnet med ”5G” på slutet försvinner ur listan inom någon minut. Du ser ett namn, och enheten väljer bandet själv. Vill du ha ett eget namn för 5 GHz säger du bara till.',
  'reply.five_ghz_name.wifi_rename_request':
    'Ja – namnbytet gäller båda banden, 2,4 och 5 GHz: båda får det nya namnet, så det gamla namnet med ”5G” på slutet försvinner. Vill du ha ett eget namn för 5 GHz säger du bara till.',
  'reply.five_ghz_name':
    'Din router sänder på båda banden. 5 GHz-nätet har oftast samma namn som ditt vanliga med ”5G” eller ”5GHz” på slutet, och samma lösenord; båda namnen står på etiketten under routern. Välj det på din enhet när du är i samma rum som routern eller nära den.',
  'not_customer.contact':
    'Skriv ditt namn och ett telefonnummer eller en e-postadress här, så att vårt säljteam kan nå dig.',
  'not_customer.contact_noted':
    'Tack – jag har lagt till dina kontaktuppgifter i ärende {reference}, så att vårt säljteam kan nå dig på {contact}.',
  'not_customer.contact_updated':
    'Tack – jag har ändrat kontaktuppgifterna i ärende {reference}: vårt säljteam når dig på {contact}.',
  'not_customer.address_noted':
    'Jag har också antecknat adressen {address}, så att säljteamet kan se vad som går att få där.',
  'sales.price':
    'Priset beror på adressen och vilken hastighet du väljer, så det kan jag inte säga härifrån – vår säljavdelning ger dig ett exakt pris när de hör av sig.',
  'sales.availability':
    'Om fiber finns på adressen beror på själva adressen, och det ger vår säljavdelning dig besked om.',
  'sales.install_time':
    'Det beror på adressen: där huset redan har vår fiber brukar det ta ett par veckor från beställningen; måste fibern dras in tar det längre. Vår säljavdelning ger dig det exakta datumet när de hör av sig.',
  'not_customer.prefers_noted.sms':
    'Jag har också noterat att säljteamet ska skicka sms i stället för att ringa.',
  'not_customer.prefers_noted.email':
    'Jag har också noterat att säljteamet ska mejla dig i stället för att ringa.',
  'not_customer.prefers_noted.phone': 'Jag har också noterat att du helst vill bli uppringd.',
  'not_customer.prefers_kept.sms': 'Ja – det står i ärendet att säljteamet ska skicka sms, inte ringa.',
  'not_customer.prefers_kept.email': 'Ja – det står i ärendet att säljteamet ska mejla dig, inte ringa.',
  'not_customer.prefers_kept.phone': 'Ja – det står i ärendet att du helst vill bli uppringd.',
  'not_customer.when_noted': 'Jag har också noterat att de ska ringa dig {when}.',
  'not_customer.when_kept': 'Ja – det står i ärendet att de ska ringa dig {when}.',
  'sales.be_home':
    'Oftast ja: någon som är 18 år eller äldre behöver vara hemma och släppa in installatören. Vår säljavdelning bokar tiden med dig, så du kan välja en som passar.',
  'sales.personal_id':
    'Om du kan teckna abonnemang utan svenskt personnummer, och vilken legitimation avtalet kräver i stället, besked om det ger vår säljavdelning – det avgör inte jag härifrån.',
  'sales.phone':
    'Något telefonnummer till vår säljavdelning har jag inte att ge dig här – du behöver inte ringa: de kontaktar dig själva, på telefonnumret eller mejladressen i ditt ärende.',
  'sales.own_router':
    'Ja – en router ingår i abonnemanget, och du kan använda din egen router eller ditt mesh-system med den: koppla den till en av vår routers nätverksportar och ställ den i accesspunktsläge (ofta ”AP-läge” eller ”bryggläge” i dess app). Det du förlorar är vår hjälp på distans med din egen utrustning – vi kan se och åtgärda bara vår.',
  'sales.equipment.included':
    'Ja – en router ingår i abonnemanget, så du behöver inte köpa någon egen; vår säljavdelning berättar exakt vad som gäller för din adress.',
  'sales.equipment':
    'En router ingår i abonnemanget, så du behöver inte köpa någon egen; vår säljavdelning berättar exakt vad som gäller för din adress.',
  'not_customer.name_noted': 'Tack, {name} – jag har rättat ditt namn i ärende {reference}.',
  'not_customer.contact_noted.named':
    'Tack, {name} – jag har lagt till dina kontaktuppgifter i ärende {reference}, så att vår säljavdelning kan nå dig på {contact}.',
  'sales.included':
    'Om det ingår i ditt abonnemang eller kostar extra kan jag inte se härifrån; det kan vår säljavdelning svara på.',
  'sales.noted': 'Jag har lagt till din fråga i ärende {reference}.',
  'not_customer.outage_passes':
    'Ett sådant fel lagas inom några dagar som mest, så det står inte i vägen för ett nytt abonnemang eller en inflyttning längre fram.',
  'not_customer.no_outage': 'Det finns ingen känd störning i vårt nät just nu.',
  'not_customer.outage_where':
    'Vilken ort eller stadsdel menar du? Då kan jag säga om det finns en känd störning där.',
  'not_customer.nothing_to_do':
    'Nej, inget – du behöver bara vänta: vår säljavdelning hör av sig till de kontaktuppgifter du gav, inom 24 timmar (ärende {reference}).',
  'not_customer.noted':
    'Jag har lagt till det i ditt ärende {reference}, så att vår säljavdelning ser det när de hör av sig.',
  'not_customer.is_customer':
    'Då är det en flytt av ditt abonnemang och inte ett nytt: jag noterar det i ärende {reference} åt vår säljavdelning. En flytt ändrar ditt konto, så jag behöver verifiera dig först.',
  'not_customer.no_number_needed':
    'Det stämmer – du behöver inget kundnummer. Din förfrågan ligger hos vår säljavdelning i ärende {reference}, och de hör av sig till dig.',
  'problem.new_customer.to': 'ett nytt abonnemang på {address} (inte kund än)',
  'problem.equipment': 'ny utrustning att köpa eller hyra av oss (till exempel en router)',
  'problem.new_customer': 'ett nytt abonnemang (inte kund än)',
  'person.heard': 'Självklart – jag lämnar över dig till en kollega.',
  'person.heard.billing':
    'Självklart – de som kan titta på din faktura finns på vår fakturaavdelning, och jag skickar din fråga till dem.',
  'person.heard.account_change':
    'Självklart – ändringar av abonnemanget sköts av våra kollegor på säljavdelningen, och jag skickar din förfrågan till dem.',
  'person.heard.identity':
    'Absolut – du får prata med en kollega, och när ditt konto är verifierat har hen det framför sig direkt.',
  'person.identify_first.again':
    'Ja – du får prata med en människa. För att hen ska se din linje direkt: vilket är ditt kundnummer? Har du det inte till hands skriver du bara ”nej”, så lämnar jag över dig nu.',
  'reply.anything_else.contact.availability':
    'Mer går inte att göra härifrån för det här felet – det måste lagas på plats. Vill du hellre inte ha något besök nu säger du bara det, så lämnar jag över ärendet utan att boka något.',
};
