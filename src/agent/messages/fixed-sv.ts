// Svenska: vad vi hittade, i dåtid, i sammanfattningen av ett LÖST ärende, per grundorsak i kontraktet.
// Åtgärderna i sammanfattningen säger vad som löste det; ett olöst eller eskalerat ärende behåller nutid.
import { keyedBy } from './keyed.js';
import type { FIXED_CAUSES_EN } from './fixed-en.js';

const FIXED_CAUSES_SV: Record<keyof typeof FIXED_CAUSES_EN, string> = {
  cpe_powered_off: 'Din router var avstängd, så den hade ingen kontakt med vårt nät.',
  cable_unplugged:
    'En kabel till din router satt löst eller var urdragen, så routern kom inte ut på vårt nät.',
  fiber_los: 'Ljuset i fiberkabeln nådde inte fram till dig: det var ett fel på fiberlinjen.',
  optical_power_low: 'Fibersignalen hem till dig var för svag, vilket gav avbrott.',
  dsl_low_snr:
    'Telefonledningen var för störd, så anslutningen tappade kontakten; ofta beror det på ett uttag, en filterdosa eller en kabel.',
  docsis_power_out_of_range: 'Signalen i kabel-tv-nätet var utanför det tillåtna, vilket gav avbrott.',
  ppp_auth_failure: 'Din router hade fel inloggningsuppgifter mot vårt nät, så den kom inte ut på internet.',
  dns_misconfigured:
    'Din router kunde inte slå upp webbadresser eftersom dess DNS-inställning (adressboken för webbadresser) var fel.',
  cpe_hung: 'Din router hade hängt sig: den sa att den var ansluten, men ingen trafik kom fram.',
  firmware_bug_drops: 'Routerns programvara hade ett känt fel som fick anslutningen att tappa.',
  wifi_channel_congestion:
    'Ditt wifi delade en trång kanal med grannarnas nätverk, vilket gjorde det långsamt och ryckigt.',
  wifi_weak_signal: 'Din enhet hade svag wifi-signal: den var för långt från routern eller bakom väggar.',
  wifi_radio_disabled: 'Routerns wifi var avstängt, så trådlösa enheter hittade inget nätverk.',
  wifi_password_forgotten: 'Inget var fel på din anslutning: du behövde ditt wifi-lösenord.',
  speed_wifi_limited:
    'Hastigheten fram till routern var som den skulle; det var wifi:t, på det långsammare 2,4 GHz-bandet, som begränsade hastigheten i din enhet.',
  speed_line_degraded:
    'Hastigheten fram till routern var långt under ditt abonnemang, trots att ledningen såg normal ut.',
  area_outage: 'Det var en störning i ditt område; felet låg hos oss, inte hos dig.',
  billing_suspended:
    'Ditt abonnemang var pausat på grund av en obetald faktura, därför var internet avstängt.',
  portal_account_locked: 'Ditt konto på {portal} var låst efter för många felaktiga inloggningsförsök.',
  default_admin_password:
    'Routerns administratörslösenord var fortfarande fabrikslösenordet, vilket gjorde det lätt för obehöriga att ändra inställningarna.',
  hardware_failure: 'Routern rapporterade ett fel i själva hårdvaran.',
};

export const fixedSv = {
  ...keyedBy('summary.fixed.', FIXED_CAUSES_SV),
  // Ett länkat andra ärende medan ett annat ärende har ett fel på linjen: inget "inget var fel" bredvid.
  'summary.fixed.held.wifi_password_forgotten': 'Du behövde ett nytt wifi-lösenord.',
};
