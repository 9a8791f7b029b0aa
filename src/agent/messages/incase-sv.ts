// Svenska svar på frågor vid ett tillstånd, ett steg eller frågan om kundnummer, för åtgärden eller
// steget i fråga, och råden när wifi:t fungerar nära routern men inte längre bort.
import type { incaseEn } from './incase-en.js';

export const incaseSv: Record<keyof typeof incaseEn, string> = {
  'reply.devices_drop':
    'Det som är på wifi:t (även tv:n, om den är på wifi) tappar uppkopplingen några sekunder och kopplar sedan upp sig igen av sig själv.',
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
    'Ja – jag visar det nya lösenordet här i chatten så fort det är ändrat. Spara det på ett säkert ställe.',
  'reply.new_password_shown.consent.admin_password_change':
    'Ja – jag visar det nya administratörslösenordet här i chatten direkt när jag har bytt det. Spara det på ett säkert ställe; du behöver det bara för att logga in på routerns inställningssida.',
  'reply.new_password_shown.consent.wifi_password_change':
    'Ja – jag visar det nya wifi-lösenordet här i chatten direkt när det är ändrat, och sedan ansluter du dina enheter med det.',
  'reply.what_admin_password':
    'Administratörslösenordet skyddar routerns inställningssida – det är inte ditt wifi-lösenord. De flesta sätter aldrig något, så det är fortfarande fabrikslösenordet, och då kan vem som helst i ditt nätverk ändra routerns inställningar. Jag sätter ett nytt och visar det för dig här.',
  'reply.extender':
    'Ja, det kan det: ett mesh-system (en andra enhet halvvägs till rummet) fungerar bäst, en enkel wifi-förstärkare hjälper också men ungefär halverar hastigheten, och en trådbunden accesspunkt är allra bäst. Placera den där signalen fortfarande är bra, inte i det svaga rummet.',
  'reply.which_cable.step.power_on':
    'Strömsladden – den från routerns strömadapter till eluttaget. Kolla att den sitter ordentligt både i routern och i uttaget (inte i en avstängd grenkontakt) och att strömknappen, om det finns en, är intryckt.',
  'reply.which_cable.step.power_cycle':
    'Strömsladden – den från routerns strömadapter till eluttaget. Dra ur den ur routern, vänta 30 sekunder och sätt tillbaka den.',
  'reply.why_pin.identity.customer_number':
    'Med kundnumret hittar jag din adress, din linje och din router – det är också så jag direkt ser om ett fel i ditt område är det som drabbar dig.',
  'advice.elsewhere.wifi_weak_signal':
    'Då är din linje och router i ordning – bredvid routern fungerar det; signalen når bara inte fram genom väggarna till det rummet. Ställ routern så centralt, högt och fritt som möjligt. Nära routern är 5 GHz-nätet snabbast; längre bort når 2,4 GHz bättre. För bra wifi i det rummet på riktigt är en mesh-punkt (eller en wifi-förstärkare) halvvägs den verkliga lösningen.',
  'advice.elsewhere.speed_wifi_limited':
    'Då levererar din linje den hastighet du betalar för – med kabel får du den; längre bort är det wifi:t som bromsar. Använd 5 GHz-nätet när du är nära routern (samma namn med ”5G” på slutet), ställ routern centralt, högt och fritt, och för rum långt bort hjälper en mesh-punkt (eller en wifi-förstärkare) halvvägs mest.',
};
