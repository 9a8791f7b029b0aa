// Svenska texter för svar som bär mer än det som frågades (se readings-en.ts).
import type { readingsEn } from './readings-en.js';

export const readingsSv: Record<keyof typeof readingsEn, string> = {
  'step.measured': 'Tack – {mbps} Mbit/s över kabeln.',
  'step.measured.on_5ghz':
    'Tack – {mbps} Mbit/s över wifi på 5 GHz-nätet. Det är ett bra resultat för wifi: linjen och routern levererar din hastighet, och abonnemangets fulla hastighet får du bara över nätverkskabel, eftersom wifi alltid tappar en del på vägen.',
  'step.measured.near_router': 'Tack – {mbps} Mbit/s nära routern.',
  'step.measured.near_and_far':
    'Tack – {mbps} Mbit/s vid routern: din linje och router levererar hastigheten. {far} Mbit/s längre bort, där du sitter, är wifi:t som tappar styrka med avståndet och genom väggar. För det rummet hjälper en mesh-punkt (eller en wifi-förstärkare) placerad halvvägs mellan routern och rummet mest – eller en nätverkskabel hela vägen, för full hastighet.',
  'summary.result.measured.farther': '{mbps} Mbit/s vid routern, {far} Mbit/s längre bort',
  'summary.result.measured': '{mbps} Mbit/s',
  'repair.wait': 'Gör det – ta den tid du behöver och skriv här hur det gick.',
  'repair.wait.consent':
    'Ta den tid du behöver – inget ändras förrän du säger ja. Säg till när du har bestämt dig.',
  'repair.hedge.consent.again':
    'Ta den tid du behöver – ett ja eller nej räcker, och inget ändras förrän du säger ja.',
  'confirm.unclear':
    'Jag kan inte avgöra av det om det fungerar, så jag avslutar ärendet som obekräftat. Fungerar det fortfarande inte skriver du bara här med ditt ärendenummer {reference}, så fortsätter jag felsöka.',
  'step.check_again.power_on':
    'Bra – routern behöver en minut eller två för att starta, och jag ser den inte i vårt nät än. Vänta en minut, kontrollera att strömlampan fortsätter lysa och säg till när den gör det.',
  'ask.step.move_closer.near_router':
    'Ingen fara – då testar vi utan kabel: ta enheten nära routern, anslut till 5 GHz-nätet (oftast samma namn med ”5G” eller ”5GHz” på slutet, samma lösenord) och gör ett hastighetstest, till exempel på bredbandskollen.se eller fast.com. Säg till när du har gjort det.',
  'again.consent.cpe_reboot': 'Ska jag starta om den nu?',
  'again.consent.cpe_factory_reset': 'Ska jag återställa den nu?',
  'again.consent.cpe_firmware_upgrade': 'Ska jag starta uppdateringen nu?',
  'again.consent.account_password_reset': 'Ska jag skapa det tillfälliga lösenordet nu?',
  'again.consent.wifi_password_change': 'Ska jag sätta det nya wifi-lösenordet nu?',
  'again.consent.wifi_ssid_change': 'Ska jag byta namnet nu?',
  'again.consent.wifi_ssid_change.named': 'Ska jag byta namn till ”{name}” nu?',
  'again.consent.wifi_channel_change': 'Ska jag flytta det till en lugnare kanal nu?',
  'again.consent.wifi_radio_enable': 'Ska jag slå på det nu?',
  'again.consent.dns_reset': 'Ska jag sätta tillbaka våra DNS-inställningar nu?',
  'again.consent.pppoe_credentials_resync': 'Ska jag skicka inloggningsuppgifterna nu?',
  'again.consent.admin_password_change': 'Ska jag byta administratörslösenordet nu?',
  'again.consent.port_forward_add': 'Ska jag lägga till den nu?',
  'again.step': 'Säg ”klart” när du har gjort det, eller ”det kan jag inte” om det inte går.',
  'verified.ok.cpe_firmware_upgrade':
    'Programuppdateringen är klar, och mina tester ser bra ut nu från vårt håll.',
  'verified.ok.cpe_reboot': 'Routern har startat om, och mina tester ser bra ut nu från vårt håll.',
  'verified.ok.cpe_factory_reset': 'Återställningen är klar, och mina tester ser bra ut nu från vårt håll.',
};
