// Svenska svar på "fungerar det nu?" när svaret var ett kanske, en fråga om lamporna eller uppstarten, eller
// en rättelse av hur förra svaret lästes (src/agent/confirm-kinds.ts).
import type { confirmKindsEn } from './confirm-kinds-en.js';

const RESTART =
  'Efter en omstart behöver routern en minut eller två: internetlampan blinkar medan den ansluter och lyser sedan med fast sken. Vänta en stund och prova att öppna en webbsida.';

export const confirmKindsSv: Record<keyof typeof confirmKindsEn, string> = {
  'confirm.startup': RESTART,
  'confirm.startup.cpe_powered_off':
    'När routern har slagits på behöver den en minut eller två för att starta: internetlampan blinkar medan den ansluter till vårt nät och lyser sedan med fast sken. Vänta en stund och prova att öppna en webbsida.',
  'confirm.startup.cable_unplugged':
    'När kabeln sitter i igen behöver routern en minut eller två för att ansluta: internetlampan blinkar medan den gör det och lyser sedan med fast sken. Vänta en stund och prova att öppna en webbsida.',
  'confirm.startup.cpe_reboot': RESTART,
  'confirm.startup.cpe_firmware_upgrade':
    'Efter uppdateringen startar routern om av sig själv och behöver några minuter: lamporna blinkar medan den startar och ansluter, sedan lyser internetlampan med fast sken. Vänta en stund och prova att öppna en webbsida.',
  // An improvement reported ("seems faster", "lite bättre"): never a no; whether it is good enough is asked once.
  'ask.resolution.confirm.better':
    'Skönt att det blivit bättre. Räcker det nu, eller är det fortfarande för segt ibland?',
  'confirm.partly':
    'Då är själva felet åtgärdat – det fungerar på dina andra enheter. Den som fortfarande krånglar håller kvar det gamla läget: stäng appen eller webbläsaren där, eller starta om just den enheten (ofta räcker det att slå av och på dess wifi), och prova igen.',
  'confirm.partly.dns_misconfigured':
    'Då fungerar åtgärden – sidorna laddar på dina andra enheter. Datorn (eller den enhet som fortfarande krånglar) minns den misslyckade uppslagningen från före åtgärden, så det ligger hos dig och inget är fel på anslutningen: stäng webbläsaren helt och öppna den igen, eller starta om enheten, så laddar sidan. (På en dator kan du också tömma dess DNS-cache: ipconfig /flushdns i Windows.)',
  'confirm.partly.wifi_radio_disabled':
    'Då är wifi:t tillbaka – din mobil har bara slutat leta efter det. Lösenordet är detsamma som förut: stäng av och slå på wifi i mobilen, eller välj nätet i wifi-listan. Vill den ändå inte ansluta, välj ”Glöm nätverket” och anslut igen med samma lösenord.',
  'confirm.partly.wifi_password_forgotten':
    'Då fungerar det nya wifi-lösenordet – dina andra enheter är anslutna. Den som fortfarande krånglar håller kvar det gamla lösenordet: välj ”Glöm nätverket” på den och anslut igen med det nya lösenordet.',
  'confirm.correction': 'Förlåt, jag missförstod ditt förra svar.',
  'confirm.correction.cpe_firmware_upgrade':
    'Förlåt, jag missförstod ditt svar. Om dina inställningar: uppdateringen behåller ditt wifi-namn, ditt wifi-lösenord och dina andra inställningar som de var.',
  'confirm.correction.works': 'Då behövs ingen tekniker.',
};
