// Svenska: det säljavdelningen avgör, frågat efter ärendets utfall – vad en flytt kostar, en fast ip-adress,
// priset för en snabbare hastighet – och en betalning som kunden säger sig ha gjort.
export const salesAskedSv = {
  'reply.move_cost':
    'Vad en flytt kostar beror på den nya adressen och abonnemanget där, så det kan jag inte se härifrån – vår säljavdelning, som sköter flyttar, ger dig beskedet om priset.',
  'case.paid_told.billing_suspended':
    'Tack – jag har skrivit i ärende {reference}, med dina egna ord, att du redan har betalat, så att {ourTeam} kan kontrollera det. En betalning syns oftast hos oss inom några timmar, och när den har registrerats öppnas anslutningen igen av sig själv. Du behöver inte göra något mer – inte heller starta om routern.',
  'case.paid_told.billing_suspended.again':
    'Ja – att du har betalat står redan i ärende {reference}, och {ourTeam} kontrollerar det. När betalningen är registrerad öppnas anslutningen igen av sig själv.',
  'case.still_closed.billing_suspended.paid':
    'Anslutningen öppnas igen av sig själv så snart din betalning har registrerats hos oss – oftast inom några timmar. Du behöver inte göra något mer. Är den fortfarande stängd efter det, skriv här så tittar vi på det.',
  'case.still_closed.billing_suspended.unpaid':
    'Anslutningen öppnas igen av sig själv när fakturan är betald och betalningen har registrerats hos oss – oftast inom några timmar. Med fakturan hjälper {ourTeam} dig i ärende {reference}.',
  'case.nothing_more.billing_suspended':
    'Nej, inget mer: när betalningen är registrerad öppnas anslutningen igen av sig själv – oftast inom några timmar. Du behöver inte starta om routern.',
  'case.nothing_more':
    'Inget mer just nu: {team} har ditt ärende {reference} och återkommer till dig här inom {when}; behöver de något av dig säger de till då.',
  'sales.offer.plan_price':
    'Vad ett annat abonnemang kostar beror på vilken hastighet du väljer och på din adress, så priset kan jag inte se härifrån – det ger vår säljavdelning dig. Vill du att de hör av sig till dig om det?',
  'sales.offer.static_ip':
    'Vill du att jag skickar en förfrågan om fast ip-adress till vår säljavdelning? De hör av sig med priset och lägger till den i ditt abonnemang om du vill ha den.',
  'sales.ask.static_ip':
    'Vill du ha en, ber kontoinnehavaren vår säljavdelning om den: skriv här med ditt kundnummer och din PIN-kod, så skickar jag förfrågan vidare.',
  'sales.offer.declined':
    'Uppfattat – jag har inte skickat något till vår säljavdelning, och ingen hör av sig om det. Säg bara till om du vill veta priset senare.',
};
