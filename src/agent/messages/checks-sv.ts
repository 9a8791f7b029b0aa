// Swedish texts that follow what the customer said they did or have (see checks-en.ts).
export const checksSv = {
  'ask.config.port_forward.need_ip':
    'Port {port} noterad. Till vilken enhet ska den gå? Jag behöver dess IP-adress i ditt hemnätverk – den börjar med 192.168.1.',
  'ask.config.port_forward.need_port':
    'Vilken port ska öppnas (och TCP eller UDP, om du vet)? Spelet eller programmet brukar ange den på sina hjälpsidor.',
  'ask.config.port_forward.waiting':
    'Ta den tid du behöver – port {port} har jag klar. Skriv IP-adressen här när du har den (den börjar med 192.168.1.).',
  'ask.config.port_forward.port_for_host':
    'Jag ser {name} i din router, på {ip}. Vilken port ska öppnas till den (och TCP eller UDP, om du vet)?',
  'ask.config.port_forward.need_ip.service':
    '{service} använder {protocol}-port {port}, och den kan jag öppna. Till vilken enhet ska den gå? Jag behöver dess IP-adress i ditt hemnätverk – den börjar med 192.168.1.',
  'consent.port_forward_add.rule': 'Får jag vidarebefordra {protocol}-port {port} till {ip} i din router?',
  'consent.port_forward_add.rule_device':
    'Får jag vidarebefordra {protocol}-port {port} till {ip} (din {device}) i din router?',
  'consent.port_forward_add.service':
    '{service} använder {protocol}-port {port}. Får jag vidarebefordra den till {ip} i din router?',
  'consent.port_forward_add.service_device':
    '{service} använder {protocol}-port {port}. Får jag vidarebefordra den till {ip} (din {device}) i din router?',
  'ask.config.port_forward.waiting.how':
    'Ta den tid du behöver – port {port} har jag klar. Skriv IP-adressen här när du har den.',
  'done.port_forward_add.rule':
    'Portvidarebefordran är klar: {protocol}-port {port} går till {ip}. Den är sparad i routerns inställningar, så den finns kvar efter en omstart.',
  'done.port_forward_add.rule_device':
    'Portvidarebefordran är klar: {protocol}-port {port} går till {ip} (din {device}). Den är sparad i routerns inställningar, så den finns kvar efter en omstart.',
  'ask.config.port_forward.waiting.no_port':
    'Ta den tid du behöver. Skriv IP-adressen här när du har den, och vilken port som ska öppnas (spelet eller programmet anger den på sina hjälpsidor).',
  'port_forward.host_not_found':
    'Jag ser ingen enhet som heter {name} i din router just nu – den kan vara avstängd eller i viloläge.',
  'consent.port_forward_add.host':
    'Jag ser {name} i din router, på {ip}. Är det den – ska jag öppna port {port} till den?',
  'step.check_again':
    'Jag ser fortfarande felet härifrån. En kontakt som inte sitter hela vägen in är lätt att missa, och routern kan behöva en minut eller två för att koppla upp sig igen: kontrollera en gång till att kablarna sitter i ordentligt i båda ändar, vänta en minut och säg till när du är klar.',
  'reply.already_restarted.consent.reboot':
    'Jag vet att du redan har startat om den själv. En omstart härifrån hjälper ändå: jag kan följa den och läsa vad routern rapporterar efteråt.',
  'confirm.how_check.speed_test.wired_done':
    'Ditt test med kabel visade redan att linjen ger hastigheten, så du behöver inte testa med kabel igen. Det som återstår är wifi:t: gör hastighetstestet i mobilen eller datorn nära routern. Är det bra där är det wifi-räckvidden som bromsar längre bort; är det fortfarande lågt precis bredvid routern säger du till, så tittar jag vidare.',
  'confirm.how_check.speed_test.wired_done.for_now':
    'Bra – då räknar jag det som löst tills vidare. Ditt test med kabel visade redan att linjen är som den ska; när du kan, gör ett hastighetstest på wifi nära routern, och är det fortfarande lågt där skriver du här med ditt ärendenummer {reference} så tittar jag vidare.',
  'confirm.how_check.speed_test':
    'Gör ett nytt hastighetstest nära routern – med kabel, eller på 5 GHz-nätet. Får du nära ditt abonnemangs hastighet där är linjen som den ska, och det som sänker farten längre bort är wifi-räckvidden. Är det fortfarande lågt bredvid routern säger du till, så tittar jag vidare.',
  'confirm.how_check.speed_test.for_now':
    'Bra – då räknar jag det som fixat för nu. När du kan: gör ett hastighetstest nära routern (med kabel eller på 5 GHz-nätet); är det fortfarande lågt där skriver du här med ditt ärendenummer {reference}, så tittar jag vidare.',
  'confirm.how_check.slow.for_now':
    'Bra – då räknar jag det som fixat för nu. Det märks bäst när det brukar vara segt; är det segt igen då skriver du här med ditt ärendenummer {reference}, så tittar jag vidare.',
  'confirm.how_check.slow_evening.for_now':
    'Bra – då räknar jag det som fixat för nu. Det märks bäst i kväll, när det brukar vara segt; är det segt igen då skriver du här med ditt ärendenummer {reference}, så tittar jag vidare.',
  'confirm.how_check.slow':
    'Det märks bäst när det brukar vara segt: använd internet som vanligt då. Är det fortfarande segt skriver du här med ditt ärendenummer {reference}, så tittar jag vidare.',
  'confirm.how_check.slow_evening':
    'Det märks bäst i kväll, när det brukar vara segt: streama och surfa som vanligt då. Är det fortfarande segt skriver du här med ditt ärendenummer {reference}, så tittar jag vidare.',
  'ask.identity.customer_number.other_service':
    'Den tjänsten sköter jag inte själv, men jag skickar din fråga direkt till en kollega som gör det. Vilket är ditt kundnummer? Då hittar kollegan ditt abonnemang med en gång.',
  'summary.step_result': '{step} – {result}',
  'request.router_unreachable.outage':
    'Jag når inte din router just nu på grund av felet i vårt nät i ditt område, så jag kan inte göra ändringen än. När felet är åtgärdat kan du skriva här, så gör jag den direkt.',
  'reply.new_password_shown.none_done':
    'Nej – inget har ändrats i din router i det här ärendet, så det finns inget nytt lösenord än. När vi når din router igen kan du skriva här, så sätter jag ett och visar det för dig här.',
};
