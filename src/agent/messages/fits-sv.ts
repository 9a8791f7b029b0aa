// Svenska: varför steget eller ändringen som erbjuds passar det testerna hittade ("hjälper det verkligen?").
export const fitsSv = {
  'reply.will_it_help':
    'Det är det mina tester pekar på, så det är det troligaste som löser det. Jag testar igen direkt efteråt, så vi vet på en gång – och hjälper det inte fortsätter jag leta.',
  'reply.will_it_help.consent.cpe_reboot':
    'Troligen: din router har hängt sig, och det är precis det en omstart löser. Jag testar igen direkt efteråt, så vi vet på en gång – och hjälper det inte fortsätter jag leta.',
  'reply.will_it_help.consent.dns_reset':
    'Ja – den felaktiga DNS-inställningen är just anledningen till att vissa sidor inte laddar, och våra inställningar löser det. Jag testar igen direkt efteråt.',
  'reply.will_it_help.consent.pppoe_credentials_resync':
    'Ja – routern nekas eftersom dess inloggningsuppgifter är fel, och de rätta löser det. Jag testar igen direkt efteråt.',
  'reply.will_it_help.consent.wifi_channel_change':
    'Troligen: ditt wifi delar en trång kanal med grannarna, och en lugnare kanal ger det utrymme. Jag kollar resultatet direkt efteråt.',
  'after.outage_access.outage':
    'Fiberkabeln som gick av ligger längre in i vårt nät: den bär trafiken för alla hem i området, oavsett om sista biten in till dig är kabel-tv, DSL eller fiber. Därför ligger din anslutning också nere, och den kommer tillbaka när avbrottet är lagat.',
  'after.meanwhile.outage':
    'Tills felet är åtgärdat kommer du snabbast ut på nätet genom att dela mobilens uppkoppling (Personlig hotspot eller Surfzon i inställningarna) med datorn – det räcker för ett videomöte. Routern kopplar upp sig själv när felet är lagat; du behöver inte starta om något.',
  'after.meanwhile.outage.eta':
    'Vi räknar med att felet är åtgärdat {eta}. Tills dess kommer du snabbast ut på nätet genom att dela mobilens uppkoppling (Personlig hotspot eller Surfzon i inställningarna) med datorn – det räcker för ett videomöte. Routern kopplar upp sig själv när felet är lagat; du behöver inte starta om något.',
  'case.restart_meanwhile.other_service_request':
    'Att starta om själva enheten går bra att prova: dra ur sladden, eller stäng av den, i 30 sekunder och starta den igen. Routern har inget med det att göra, så den kan du låta vara. Hjälper det inte hjälper {ourTeam} dig vidare här.',
  'case.restart_meanwhile.other_service_request.tv':
    'Två saker går bra att prova under tiden: starta om tv-boxen – dra ur dess strömsladd i 30 sekunder och sätt i den igen, och ge den ett par minuter att starta – och kontrollera att dess sladdar sitter i ordentligt i båda ändar och att tv:n står på den HDMI-ingång som tv-boxen är ansluten till. Routern har inget med det att göra, så den kan du låta vara. Kommer bilden ändå inte tillbaka hjälper {ourTeam} dig vidare här.',
  'case.restart_meanwhile.no_fault':
    'Inget jag ser pekar på din router, så en omstart av den ändrar inget här. Att starta om själva enheten går bra att prova: dra ur sladden i 30 sekunder och sätt i den igen. Hjälper det inte hjälper {ourTeam} dig vidare här.',
  'reply.intruder_out':
    'Ute från ditt wifi, ja: med det nya wifi-lösenordet kopplas varje enhet som inte har det bort och kan inte komma tillbaka. Det nya administratörslösenordet låser routerns inställningar också, och vår säkerhetsavdelning kontrollerar resten.',
  'reply.intruder_out.wifi_key_kept':
    'Ärligt talat, ja: en enhet som kan wifi-lösenordet kan vara kvar tills wifi-lösenordet byts – administratörslösenordet låser bara routerns inställningar. Vill du få bort den är ett nytt wifi-lösenord vägen, och det kan jag sätta när du vill.',
  'reply.intruder_out.step.rejoin_wifi':
    'Ute från ditt wifi, ja: med det nya lösenordet kopplas varje enhet som inte har det bort och kan inte komma tillbaka. Det nya administratörslösenordet, som kommer härnäst, låser routerns inställningar också.',
  'case.send_receipt':
    'Du kan skriva betalningsuppgifterna direkt här – datum, belopp och OCR- eller referensnummer – eller bifoga kvittot när {ourTeam} svarar dig här. Jag har noterat i ärende {reference} att du har ett kvitto.',
  'after.light_blinking.wifi':
    'Ja, det är normalt: en blinkande wifi-lampa betyder bara att data skickas över wifit – ju mer som används, desto mer blinkar den. Det är en släckt eller röd lampa man ska hålla utkik efter.',
  'after.light_blinking.outage':
    'Under avbrottet betyder en blinkande online- eller internetlampa att modemet eller routern försöker få kontakt med vårt nät men inte får det – ingen data går igenom. Din utrustning är inte trasig: det är avbrottet, och lampan lyser stadigt igen när felet är åtgärdat.',
  'after.light_blinking':
    'En blinkande lampa är normalt: den visar att data går igenom. Det är en släckt eller röd lampa man ska hålla utkik efter.',
  'reply.is_genuine':
    'Bra att du är försiktig. {withUs}, och vi ber aldrig om lösenord eller kortuppgifter – bara den fyrsiffriga PIN-koden som visar att du är kontoinnehavaren. Vill du hellre kan du ringa numret som står på din faktura.',
  'reply.which_box':
    'Routern är lådan med wifi och flera nätverksuttag, oftast med vår logga. En andra, mindre låda är den som tar in linjen från väggen – kolla routern först.',
  'reply.which_box.fiber':
    'Routern är lådan med wifi och flera nätverksuttag, oftast med vår logga. Den mindre lådan där fiberkabeln kommer in från väggen är fiberboxen – den behöver också ström, så kolla båda, routern först.',
  'reply.which_box.cable':
    'Routern är lådan med wifi. Lådan som den runda antennkabeln från väggen går in i är kabelmodemet (ibland är det samma låda) – den behöver också ström, så kolla båda.',
  'reply.which_box.dsl':
    'Routern är lådan som telefonkabeln går in i, med wifi och nätverksuttag. En liten dosa vid telefonjacket är filtret (splittern); den behöver ingen ström.',
} satisfies Record<keyof typeof import('./fits-en.js').fitsEn, string>;
