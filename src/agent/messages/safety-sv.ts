// Svenska: "är det säkert?" vid en fråga om lov, besvarat för åtgärden det gäller (vad den öppnar, vad
// den lämnar som det är, om den kan ångras); sedan frågas om lov igen.
import { keyedBy } from './keyed.js';
import type { safetyEn } from './safety-en.js';

const SAFE = {
  port_forward_add:
    'När porten öppnas går just den enheten att nå från internet, på just den porten – inget annat i ditt nätverk, och resten av routern förblir stängd. Det är sedan enheten själv som skyddar dig: den som hittar porten kommer till dess inloggningssida, så ge den ett starkt eget lösenord (inte fabrikslösenordet) och håll dess programvara uppdaterad. Det gäller mest en kamera eller en filserver. Jag kan stänga porten igen när du vill.',
  cpe_reboot:
    'Ja, det är säkert. En omstart är samma sak som att stänga av och sätta på routern. Dina inställningar finns kvar, och inget öppnas eller ändras. Internet är bara borta en minut eller två.',
  cpe_factory_reset:
    'Det är säkert för routern, men dina egna inställningar raderas. Wifi-namnet och lösenordet blir de som står på routerns etikett, och till exempel portöppningar behöver göras om. Inget öppnas utåt. Routern är lika väl skyddad efteråt.',
  cpe_firmware_upgrade:
    'Ja, det är säkert. Det är vår egen testade programvara för din routermodell, och den täpper också till kända säkerhetshål. Dina inställningar finns kvar. Routern startar om en gång och är tillbaka inom några minuter.',
  wifi_password_change:
    'Ja, det är säkert, och det gör ditt wifi säkrare. Bara den som har det nya lösenordet kan ansluta. Dina andra inställningar är kvar. Dina egna enheter behöver det nya lösenordet en gång.',
  wifi_ssid_change:
    'Ja, det är säkert. Det är bara namnet som dina enheter ser som ändras. Lösenordet och dina andra inställningar är kvar, och det gamla namnet kan sättas tillbaka när du vill.',
  wifi_channel_change:
    'Ja, det är säkert. Bara radiokanalen byts. Inget öppnas och inget annat ändras, och enheterna kan tappa nätet några sekunder.',
  wifi_radio_enable:
    'Ja, det är säkert. Wifit kommer tillbaka med samma namn och lösenord som förut, så bara enheter som kan lösenordet kommer in.',
  dns_reset:
    'Ja, det är säkert. Våra egna DNS-servrar, som slår upp webbadresser åt dig, sätts tillbaka. Inget öppnas och dina andra inställningar är kvar.',
  pppoe_credentials_resync:
    'Ja, det är säkert. Bara routerns egen inloggning mot vårt nät rättas. Inget öppnas och dina andra inställningar är kvar.',
  admin_password_change:
    'Ja, det är säkert, och det gör routern säkrare. Bara lösenordet till routerns inställningssida byts. Ditt wifi och dina enheter påverkas inte.',
  account_password_reset:
    'Ja, det är säkert. Det gamla lösenordet slutar gälla direkt, och du väljer ett eget nytt när du loggar in med det tillfälliga.',
} as const;

export const safetySv: typeof safetyEn = {
  ...keyedBy('reply.is_it_safe.consent.', SAFE),
  'reply.is_it_safe.port_forward_add':
    'Till största delen, ja: den öppna porten släpper in trafik utifrån till just den enheten, på just den porten – inget annat i ditt nätverk går att nå utifrån. Risken är enheten själv, så håll den och programmet bakom porten uppdaterade. Vill du att porten stängs igen säger du bara till här.',
  'reply.is_it_safe.config.port_forward':
    'Oftast, ja: en öppen port släpper in trafik utifrån till just den enheten, på just den porten – inget annat i ditt nätverk går att nå, och jag kan stänga den igen när du vill. Risken sitter i själva enheten, så håll den uppdaterad (en spelkonsol uppdaterar sig själv).',
};
