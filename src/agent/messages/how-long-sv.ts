// Svenska svar på "hur lång tid tar det?" efter var ärendet står (src/agent/how-long.ts), och de korta
// formerna av frågorna som ställs igen efter dem (src/agent/reask.ts).
const IDENTIFY_AND_TEST =
  'Inte länge: att hitta ditt abonnemang och testa din linje och router tar en minut eller två.';

export const howLongSv = {
  'reply.how_long.opening': IDENTIFY_AND_TEST,
  'reply.how_long.identity.customer_number': IDENTIFY_AND_TEST,
  'reply.how_long.identity.pin': IDENTIFY_AND_TEST,
  'reply.how_long.contact.availability':
    'Det här behöver en tekniker, så det beror på tiden vi bokar: säg när det passar dig så bokar jag första lediga besök. Själva besöket tar oftast ungefär en timme.',
  'reply.how_long.held.consent':
    'Kollen är klar. Säger du ja till det jag frågar nedan tar det bara några minuter till, och sedan kontrollerar jag att det hjälpte.',
  'reply.how_long.held.consent.reboot':
    'Kollen är klar. Låter du mig starta om routern tar det ungefär två minuter till, och sedan kontrollerar jag att det hjälpte.',
  'reply.how_long.held.consent.firmware_update':
    'Kollen är klar. Låter du mig uppdatera routern tar det ungefär fem minuter till, och sedan kontrollerar jag att det hjälpte.',
  'reply.how_long.resolution.confirm':
    'Inget mer att vänta på från mitt håll – det är klart. Laddar inte en sida direkt kan du ge routern en minut till.',
  'visit.how_long':
    'Teknikern kommer inom din bokade tid, {window} (ärende {reference}); själva besöket tar oftast ungefär en timme.',
  'visit.cancelled_asked':
    'Ingen tekniker kommer: du avbokade besöket, som du bad om (ärende {reference}). Felet finns dock kvar – ska jag boka ett besök igen? Säg bara när det passar dig.',
  'again.identity.customer_number': 'Vilket är ditt kundnummer?',
  'again.identity.pin': 'Och din fyrsiffriga PIN-kod?',
  'reask.identity.pin': 'För att skydda ditt konto behöver jag din fyrsiffriga PIN-kod.',
  'again.contact.availability': 'När skulle ett besök passa dig?',
};
