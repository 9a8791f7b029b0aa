// Svenska: vad en ändring i routern lämnar orört, frågat vid tillståndet ("slutar min brors spelgrejer
// funka?") eller efteråt ("funkar portöppningen kvar?"), per åtgärd.
import { keyedBy } from './keyed.js';

const KEPT = {
  dns_reset:
    'Nej – bara DNS-inställningen (adressboken) ändras. Allt annat i routern är kvar som det är: portöppningar, till exempel för en spelkonsol, och wifi-namnet och lösenordet.',
  cpe_reboot:
    'Nej – en omstart behåller alla inställningar, även portöppningar och wifi-namn och lösenord; det är bara uppkopplingen som är borta en minut eller två.',
  pppoe_credentials_resync:
    'Nej – bara routerns inloggning mot vårt nät ändras; portöppningar och wifi-inställningar är kvar som de är.',
  wifi_channel_change:
    'Nej – bara wifi-kanalen ändras; nätverksnamnet, lösenordet och portöppningar är kvar. Enheterna kan tappa några sekunder.',
  wifi_radio_enable: 'Nej – det slår bara på wifit; inget annat ändras.',
  cpe_firmware_upgrade:
    'Nej – en programuppdatering behåller dina inställningar, även portöppningar och wifi-namn och lösenord.',
  cpe_factory_reset:
    'Ja, det kan det: en fabriksåterställning raderar dina egna inställningar, som portöppningar och wifi-namn och lösenord, och de måste göras om.',
  wifi_password_change:
    'Bara wifi-lösenordet ändras: alla enheter behöver det nya, medan portöppningar och nätverksnamnet är kvar.',
  wifi_ssid_change:
    'Ja, när den har anslutit till det nya namnet: lösenordet är detsamma, men varje enhet behöver välja det nya namnet en gång – en skrivare i sin egen wifi-meny eller med WPS-knappen, tv:n i nätverksinställningarna, mobil och dator i wifi-listan. Portöppningar och dina andra inställningar är kvar som de är.',
  admin_password_change:
    'Nej – bara lösenordet till routerns inställningssida ändras; dina portöppningar, ditt wifi och dina enheter påverkas inte.',
} as const;

export const keptSv = {
  ...keyedBy('reply.breaks_other.consent.', KEPT),
  ...keyedBy('reply.breaks_other.', KEPT),
  'reply.breaks_other.config.wifi_name': KEPT.wifi_ssid_change,
  'reply.breaks_other':
    'Nej – jag ändrar bara det jag beskrev. Dina andra inställningar, som portöppningar och wifi-namn och lösenord, är kvar som de är.',
};
