// Swedish texts for "kan ni inte bara öppna / kolla / fixa det nu?" while a team has the case
// (src/agent/desk-limits.ts): what this desk can and cannot do for that team's case, and why; and the
// refund text for a slow or unstable line (src/agent/compensation-kind.ts).
import type { deskLimitsEn } from './desk-limits-en.js';

export const deskLimitsSv: Record<keyof typeof deskLimitsEn, string> = {
  'desk_limit.billing':
    'Det kan jag tyvärr inte göra härifrån: fakturor, betalningar och ett pausat abonnemang sköts bara av {ourTeam} – jag kan varken se eller ändra dem. Jag har lagt till det du ber om i ärende {reference}.',
  'desk_limit.billing_suspended':
    'Jag kan tyvärr inte öppna anslutningen härifrån: ett abonnemang som är pausat för en obetald faktura kan bara {ourTeam} öppna igen, när de har sett betalningen. Jag har lagt till det du ber om i ärende {reference}.',
  'desk_limit.sales':
    'Det kan jag tyvärr inte göra härifrån: priser, erbjudanden och ändringar av abonnemanget sköts bara av {ourTeam}. Jag har lagt till det du ber om i ärende {reference}.',
  'desk_limit.field':
    'Det kan jag tyvärr inte göra härifrån: det som går att testa och ändra på distans är gjort, och felet behöver en tekniker på plats. Jag har lagt till det du ber om i ärende {reference}.',
  'desk_limit.tier2':
    'Det kan jag tyvärr inte göra härifrån: jag har gjort de tester och åtgärder jag får göra, och resten behöver {ourTeam}, som har verktyg som inte jag har. Jag har lagt till det du ber om i ärende {reference}.',
  'desk_limit.noc':
    'Det kan jag tyvärr inte göra härifrån: felet sitter i vårt nät, och bara {ourTeam} kan åtgärda det. Jag har lagt till det du ber om i ärende {reference}.',
  'desk_limit.agents':
    'Det kan jag inte göra själv – det behöver en person på {ourTeam}. Jag har lagt till det du ber om i ärende {reference}.',
  'desk_limit.security':
    'Mer än så kan jag inte göra härifrån: jag har ändrat det jag får ändra i din router, och resten av utredningen sköter {ourTeam}. Jag har lagt till det du ber om i ärende {reference}.',
  'desk_limit.when': '{team} svarar dig här inom {when}.',
  // Pengar tillbaka där linjen ger full hastighet: inget fel hos oss, sagt rakt – och hur man bestrider.
  'reply.compensation.no_line_fault':
    'Jag förstår att det är irriterande. Din linje levererar den hastighet du betalar för – det är wifi:t mellan routern och din enhet som bromsar, så det ger inget avdrag på fakturan. Vill du ändå bestrida fakturan är det vår fakturaavdelning som beslutar: jag skickar din begäran till dem med dina egna ord när vi är klara här.',
  // Pengar tillbaka innan linjen är kontrollerad: tas upp, glöms inte.
  'reply.compensation.identity':
    'Om pengar tillbaka: det beror på om ett fel hos oss har orsakat det, och det ser jag när jag har kontrollerat din linje – jag återkommer till det då, och eventuellt avdrag beslutar vår fakturaavdelning om.',
  'reply.compensation.slow':
    'Om din uppkoppling har varit mycket långsammare än ditt abonnemang på grund av ett fel hos oss kan du få avdrag på fakturan för den perioden. Det beslutar vår fakturaavdelning om.',
  'reply.compensation.unstable':
    'Om din uppkoppling har brutits gång på gång på grund av ett fel hos oss kan du få avdrag på fakturan för den perioden. Det beslutar vår fakturaavdelning om.',
  'handoff.also_noted':
    'Din andra fråga har jag lagt i ärende {reference}; {ourTeam} svarar på den här inom {when}.',
  'handoff.nothing_changed':
    'Nej – inget är uppsagt eller ändrat. Jag har bara skickat din fråga vidare till {ourTeam}; ingenting händer med ditt abonnemang förrän du har kommit överens med dem.',
};
